"""Finds the header row of a district's sheet and which column holds which field.

Headers match when they differ only in spaces, line breaks, full-width characters or a
bracketed hint (``统一社会信用代码\\n（18位）``), and through each field's synonyms. Officers can
map the columns that remain by hand (``mapping``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from intlbase_desk.sheets.schema import Schema
from intlbase_desk.text.width import half_width

SEARCH_ROWS = 30  # the header is within the first rows: titles and a stamp line above it
MIN_MATCHES = 3
_BRACKETED = re.compile(r"[(\[【][^)\]】]*[)\]】]")
_FOOTER = re.compile(
    r"^(填表人|填报人|制表人|审核人|审核|日期|填表日期|注|备注|说明|盖章|联系人|负责人|签名|专家签名)"
    r"\s*[:：]"
)


def normalize_header(text: Any) -> str:
    value = half_width(str(text or ""))
    value = "".join(value.split())
    return _BRACKETED.sub("", value).lower()


@dataclass
class HeaderMatch:
    row_index: int  # index in the sheet's rows
    columns: dict[str, int] = field(default_factory=dict)  # field key → column index
    headers: dict[int, str] = field(default_factory=dict)  # column index → header as written
    unmatched: list[int] = field(default_factory=list)  # columns with a header but no field


def _lookup(schema: Schema) -> dict[str, str]:
    names: dict[str, str] = {}
    for f in schema.fields:
        for name in (f.label, *f.synonyms):
            names.setdefault(normalize_header(name), f.key)
    return names


def match_row(
    row: Sequence[Any], schema: Schema, mapping: Mapping[str, str] | None = None
) -> HeaderMatch:
    """Which field each header cell of ``row`` names; ``mapping`` (header → key) overrides."""
    names = _lookup(schema)
    manual = {normalize_header(k): v for k, v in (mapping or {}).items()}
    result = HeaderMatch(-1)
    for index, cell in enumerate(row):
        written = str(cell).strip() if cell not in (None, "") else ""
        if written:
            result.headers[index] = written
    # The officer's own mapping first: it wins over a header that merely looks like the field.
    for lookup in (manual, names):
        for index, written in result.headers.items():
            key = lookup.get(normalize_header(written))
            if key and key not in result.columns and index not in result.columns.values():
                result.columns[key] = index
    mapped = set(result.columns.values())
    result.unmatched = [i for i in result.headers if i not in mapped]
    return result


def find_header(
    rows: Sequence[Sequence[Any]], schema: Schema, mapping: Mapping[str, str] | None = None
) -> HeaderMatch | None:
    """The first row among the first ones that names enough fields (titles and stamps do not)."""
    best: HeaderMatch | None = None
    for index, row in enumerate(rows[:SEARCH_ROWS]):
        match = match_row(row, schema, mapping)
        if len(match.columns) >= MIN_MATCHES and (
            best is None or len(match.columns) > len(best.columns)
        ):
            match.row_index = index
            best = match
    return best


def is_footer(row: Sequence[Any]) -> bool:
    """Signature and note lines under the data: 填表人：…, 审核人：…, 日期：…, 注：…"""
    for cell in row:
        if cell is None or cell == "":
            continue
        # Only text can say 填表人：…; a number first (序号) is a data row, and most rows are.
        return isinstance(cell, str) and bool(_FOOTER.match(half_width(cell.strip())))
    return False
