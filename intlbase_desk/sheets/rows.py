"""Checks the rows of a sheet against a schema, cell by cell; nothing here knows what they are.

The sheet holding the header is found, the header row under titles and stamps, the data read up
to the signature and note lines. Each cell is read as its field's kind (codes half-width, dates
from serials and text, numbers whole, a choice among the values given); what cannot be read is
an error of that cell; an email or phone of the wrong shape, or a control character (cleaned),
a warning. Rows repeating the
natural key of an earlier row are errors. What a caller knows about its rows (a register, a
profile) it adds to the same report.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from intlbase_desk.sheets import cells, header
from intlbase_desk.sheets.reader import Sheet, UnreadableFile, Workbook
from intlbase_desk.sheets.schema import Field, Schema
from intlbase_desk.text import contact, uscc
from intlbase_desk.text.control import has_control


@dataclass(frozen=True)
class Finding:
    row: int  # the row number Excel shows
    field: str
    column: str  # the header as written in the file
    value: str
    code: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "field": self.field,
            "column": self.column,
            "value": self.value,
            "code": self.code,
            "message": self.message,
        }


@dataclass
class CheckedRow:
    row: int
    values: dict[str, Any]  # field key → value as read
    errors: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)


@dataclass(frozen=True)
class Choices:
    """The values a ``choice`` field may take: as written → as stored, and the refusal."""

    values: Mapping[str, str]
    code: str
    message: Callable[[str], str]  # the value as written → why it is refused


@dataclass
class Report:
    """A checked sheet: its rows, where each field was found, and the file it came from."""

    workbook: Workbook
    sheet: Sheet
    header_row: int  # the Excel row number of the header
    rows: list[CheckedRow]
    columns: dict[str, str]  # field key → header as written
    positions: dict[str, int]  # field key → Excel column number (1 for A)
    unmatched_columns: list[str]
    header_cells: list[str]  # every header, in column order
    written: int = 0

    @property
    def file(self) -> str:
        return self.workbook.file_name

    @property
    def sha256(self) -> str:
        return self.workbook.sha256

    @property
    def accepted(self) -> list[CheckedRow]:
        return [r for r in self.rows if not r.errors]

    @property
    def errors(self) -> list[Finding]:
        return [f for r in self.rows for f in r.errors]

    @property
    def warnings(self) -> list[Finding]:
        return [f for r in self.rows for f in r.warnings]

    def finding(self, row: int, key: str, value: Any, code: str, message: str) -> Finding:
        return Finding(row, key, self.columns.get(key, ""), cells.text(value), code, message)

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sheet": self.sheet.name,
            "header_row": self.header_row,
            "columns": dict(self.columns),
            "rows": len(self.rows),
            "accepted": len(self.accepted),
            "written": self.written,
            "errors": [f.as_dict() for f in self.errors],
            "warnings": [f.as_dict() for f in self.warnings],
        }


class NoHeader(UnreadableFile):
    """No sheet of the file has a header this kind of sheet is recognised by."""


def pick_sheet(
    workbook: Workbook,
    schema: Schema,
    name: str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> tuple[Sheet, header.HeaderMatch]:
    """The sheet that holds the header: visible ones first, hidden and instruction sheets not."""
    sheets = workbook.sheets
    if name is not None:
        chosen = [s for s in sheets if s.name == name]
        if not chosen:
            names = "、".join(s.name for s in sheets)
            raise NoHeader(f"文件中没有名为“{name}”的工作表（有：{names}）")
    else:
        chosen = [s for s in sheets if s.visible] or sheets
    for sheet in chosen:
        found = header.find_header(sheet.rows, schema, mapping)
        if found is not None:
            return sheet, found
    required = [f.label for f in schema.fields if f.required][:2]
    named = "”“".join(required)
    raise NoHeader(f"没有找到{schema.title}的表头：至少应有“{named}”等 {header.MIN_MATCHES} 列")


def check(
    workbook: Workbook,
    schema: Schema,
    *,
    sheet: str | None = None,
    mapping: Mapping[str, str] | None = None,
    choices: Mapping[str, Choices] | None = None,
) -> Report:
    chosen, found = pick_sheet(workbook, schema, sheet, mapping)
    report = Report(
        workbook=workbook,
        sheet=chosen,
        header_row=chosen.first_row + found.row_index,
        rows=[],
        columns={k: found.headers[i] for k, i in found.columns.items()},
        positions={k: chosen.first_column + i + 1 for k, i in found.columns.items()},
        unmatched_columns=[found.headers[i] for i in found.unmatched],
        header_cells=list(found.headers.values()),
    )
    plan = [(f, found.columns.get(f.key), {}) for f in schema.fields]
    for offset, row in enumerate(chosen.rows[found.row_index + 1 :], start=1):
        if header.is_footer(row):
            break
        if _blank(row):
            continue
        number = report.header_row + offset
        report.rows.append(_check_row(report, number, row, plan, choices or {}))
    _check_duplicates(report, schema)
    return report


def _blank(row: list[Any]) -> bool:
    for cell in row:
        if cell is not None and not (isinstance(cell, str) and not cell.strip()):
            return False
    return True


def _check_row(
    report: Report,
    number: int,
    row: list[Any],
    plan: list[tuple[Field, int | None, dict[tuple[type, Any], Verdict]]],
    choices: Mapping[str, Choices],
) -> CheckedRow:
    """``plan``: each field with its column index, if the sheet has it, and what each cell
    text meant for it so far: a sheet repeats its names, codes and scores on every row."""
    checked = CheckedRow(number, {})
    values = checked.values
    width = len(row)
    for f, index, read in plan:
        raw = row[index] if index is not None and index < width else None
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            values[f.key] = None
            if f.required:
                message = f"“{f.label}”不能为空"
                checked.errors.append(report.finding(number, f.key, raw, "required", message))
            continue
        key = (type(raw), raw)  # the type too: 1 and 1.0 and True hash alike
        verdict = read.get(key)
        if verdict is None:
            verdict = read[key] = _verdict(f, raw, choices.get(f.key))
        value, error, warnings = verdict
        values[f.key] = value
        if warnings:
            for code, message in warnings:
                checked.warnings.append(report.finding(number, f.key, raw, code, message))
        if error is not None:
            checked.errors.append(report.finding(number, f.key, raw, *error))
    return checked


# A cell's meaning for its field, whatever row it is on: the value kept (None when it cannot be
# read), the error (code, message) if any, and the warnings.
Verdict = tuple[Any, tuple[str, str] | None, tuple[tuple[str, str], ...]]

CONTROL_MESSAGE = "单元格中有看不见的控制字符（常见于从 Word 或 WPS 粘贴），已清除"


def _verdict(f: Field, raw: Any, choice: Choices | None) -> Verdict:
    warnings: list[tuple[str, str]] = []
    if isinstance(raw, str) and has_control(raw):
        warnings.append(("control_character", CONTROL_MESSAGE))
    try:
        value = _value(f, raw)
    except cells.CellError as exc:
        return None, (exc.code, exc.message), tuple(warnings)
    error: tuple[str, str] | None = None
    if f.kind == "uscc" and (problem := uscc.problem(value)):
        error = ("uscc_checksum" if "校验位" in problem else "uscc_format", problem)
    elif f.kind == "choice" and choice is not None:
        if value in choice.values:
            value = choice.values[value]
        else:
            error = (choice.code, choice.message(value))
    elif f.kind == "email" and not contact.is_email(value):
        warnings.append(("bad_email", contact.EMAIL_PROBLEM))
    elif f.kind == "phone" and not contact.is_phone(value):
        warnings.append(("bad_phone", contact.PHONE_PROBLEM))
    return value, error, tuple(warnings)


def _value(f: Field, raw: Any) -> Any:
    if f.kind == "uscc":
        return cells.uscc(raw)
    if f.kind == "number":
        return cells.number(raw)
    if f.kind == "decimal":
        return cells.decimal(raw)
    if f.kind == "date":
        return cells.date(raw)
    if f.kind in ("code", "phone", "email"):
        return cells.code(raw)
    return cells.text(raw)


def _check_duplicates(report: Report, schema: Schema) -> None:
    seen: dict[tuple[Any, ...], int] = {}
    last = schema.natural_key[-1]
    same = "、".join(schema.field(k).label for k in schema.natural_key)
    for row in report.rows:
        key = tuple(row.values.get(k) for k in schema.natural_key)
        if any(v is None for v in key):
            continue
        if key in seen:
            message = f"与第 {seen[key]} 行重复（{same}相同）"
            row.errors.append(
                report.finding(row.row, last, row.values[last], "duplicate_in_file", message)
            )
        else:
            seen[key] = row.row
