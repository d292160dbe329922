"""The compound cells of an expert list: past employers with their periods, and declared
relations, several in one cell separated by ``；``.

    某某研究院（12100000400000624D），2018.07-2024.09
    某某公司（91110108551385082Q）：持股

The credit code in brackets is optional (not every past employer has one at hand); when given
it must be valid, since conflicts are found by it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from intlbase_desk.experts.relations import RELATIONS, relation_of
from intlbase_desk.text import uscc as uscc_text
from intlbase_desk.text.width import half_width

_SEPARATORS = re.compile(r"[；;\n]+")
# Name, then an optional (code) in half- or full-width brackets, then the rest after ， , ： :
# A bracket holding letters and digits only is a code; any other (集团, 北京) is part of the name.
_ENTRY = re.compile(
    r"^(?P<name>.+?)\s*(?:[（(]\s*(?P<code>[0-9A-Za-z０-９Ａ-Ｚａ-ｚ ]+?)\s*[）)])?"
    r"\s*(?:[，,：:]\s*(?P<rest>.*))?$"
)
_MONTH = r"(\d{4})\s*[./\-年]\s*(\d{1,2})\s*月?"
_PERIOD = re.compile(rf"^{_MONTH}\s*(?:[-—–~～至到]+)\s*(?:{_MONTH}|(至今|今|现在|目前))?$")


class EntryError(ValueError):
    """An entry that cannot be read; the message says which and why, in Chinese."""


@dataclass(frozen=True)
class Employment:
    employer: str
    uscc: str
    started_on: dt.date | None
    ended_on: dt.date | None  # None: still there


@dataclass(frozen=True)
class Relation:
    org_name: str
    uscc: str
    relation: str  # a key of RELATIONS


def split_entries(text: str) -> list[str]:
    return [e.strip() for e in _SEPARATORS.split(text or "") if e.strip()]


def _name_and_code(entry: str) -> tuple[str, str, str]:
    found = _ENTRY.match(entry)
    if found is None:  # pragma: no cover - the pattern matches any non-empty text
        raise EntryError(f"“{entry}”无法识别")
    name = found["name"].strip()
    code = uscc_text.normalize(found["code"] or "")
    if code and (problem := uscc_text.problem(code)):
        raise EntryError(f"“{entry}”：{problem}")
    return name, code, (found["rest"] or "").strip()


def _month(year: str, month: str, *, end: bool) -> dt.date:
    y, m = int(year), int(month)
    if not 1 <= m <= 12 or not 1900 <= y <= 2100:
        raise ValueError
    return dt.date(y, m, calendar.monthrange(y, m)[1] if end else 1)


def parse_employment(entry: str) -> Employment:
    name, code, rest = _name_and_code(entry)
    if not rest:
        raise EntryError(f"“{entry}”：缺少起止时间，应写成“单位（信用代码），2018.07-2024.09”")
    found = _PERIOD.match(half_width(rest))
    try:
        if found is None:
            raise ValueError
        started = _month(found[1], found[2], end=False)
        ended = None if found[3] is None else _month(found[3], found[4], end=True)
    except ValueError:
        raise EntryError(
            f"“{entry}”：起止时间“{rest}”无法识别，应写成“2018.07-2024.09”或“2018.07-至今”"
        ) from None
    if ended is not None and ended < started:
        raise EntryError(f"“{entry}”：离任时间早于入职时间")
    return Employment(name, code, started, ended)


def parse_relation(entry: str) -> Relation:
    name, code, rest = _name_and_code(entry)
    relation = relation_of(rest) if rest else None
    if relation is None:
        known = "、".join(RELATIONS.values())
        written = f"“{rest}”" if rest else "没有写明关系"
        raise EntryError(f"“{entry}”：{written}不是可识别的关系，应为{known}之一")
    return Relation(name, code, relation)


def employment_text(e: Employment) -> str:
    code = f"（{e.uscc}）" if e.uscc else ""
    start = e.started_on.strftime("%Y.%m") if e.started_on else ""
    end = e.ended_on.strftime("%Y.%m") if e.ended_on else "至今"
    return f"{e.employer}{code}，{start}-{end}"


def relation_text(r: Relation) -> str:
    code = f"（{r.uscc}）" if r.uscc else ""
    return f"{r.org_name}{code}：{RELATIONS.get(r.relation, r.relation)}"
