"""A template to fill in, written from a schema: what comes back reads as typed.

An instruction sheet first, then the data sheet: the canonical headers (frozen, protected),
drop-down lists fed from a hidden lookup sheet (an inline list over 255 characters breaks
Excel), credit codes as text with an 18-character rule, date rules on date columns, and
unlocked input cells.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intlbase_desk.infra import files
from intlbase_desk.sheets.saving import save_workbook
from intlbase_desk.sheets.schema import Field, Schema

INPUT_ROWS = 1000
LISTS_SHEET = "_lists"
HEADER_FILL = "DDEBF7"
_WIDTH = {"uscc": 22, "date": 13, "number": 8, "email": 24, "phone": 16}


@dataclass(frozen=True)
class DropDown:
    """The values offered in a column; ``strict``: no other value is accepted (``error``)."""

    values: Sequence[str]
    strict: bool = False
    error: str = ""


def write_template(
    path: Path, schema: Schema, notes: Sequence[str], lists: Mapping[str, DropDown]
) -> Path:
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    instructions = wb.active
    instructions.title = "填表说明"
    for line in notes:
        instructions.append([line])
    instructions["A1"].font = Font(bold=True, size=14)
    instructions.column_dimensions["A"].width = 100
    sheet = wb.create_sheet(schema.title)
    ranges = _lookup_sheet(wb, lists)
    for column, field in enumerate(schema.fields, start=1):
        _column(sheet, column, field, ranges.get(field.key), lists.get(field.key))
    sheet.freeze_panes = "A2"
    sheet.row_dimensions[1].height = 30
    # The header is protected (no password: this guards against slips, not people).
    protection = sheet.protection
    protection.sheet = True
    for allowed in (
        "formatColumns",
        "formatRows",
        "insertRows",
        "deleteRows",
        "sort",
        "autoFilter",
    ):
        setattr(protection, allowed, False)
    wb.active = 1
    with files.replacing(path) as partial:
        save_workbook(wb, partial)
    return path


def _lookup_sheet(wb: Any, lists: Mapping[str, DropDown]) -> dict[str, str]:
    from openpyxl.utils import get_column_letter

    lookup = wb.create_sheet(LISTS_SHEET)
    lookup.sheet_state = "hidden"
    ranges: dict[str, str] = {}
    for index, (key, drop_down) in enumerate(lists.items(), start=1):
        letter = get_column_letter(index)
        for row, value in enumerate(drop_down.values, start=1):
            lookup.cell(row=row, column=index, value=value)
        if drop_down.values:
            ranges[key] = f"{LISTS_SHEET}!${letter}$1:${letter}${len(drop_down.values)}"
    return ranges


def _column(
    sheet: Any, column: int, field: Field, list_range: str | None, drop_down: DropDown | None
) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(column)
    cell = sheet.cell(row=1, column=column, value=field.label)
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if field.required:
        cell.comment = Comment("必填", "intlbase_desk")
    default_width = max(10, min(40, len(field.label) * 2 + 4))
    sheet.column_dimensions[letter].width = _WIDTH.get(field.kind, default_width)
    last = INPUT_ROWS + 1
    validation = _validation(field, list_range, drop_down)
    if validation is not None:
        validation.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(validation)
    number_format = {"uscc": "@", "code": "@", "date": "yyyy-mm-dd"}.get(field.kind)
    for row in range(2, last + 1):
        target = sheet.cell(row=row, column=column)
        target.protection = Protection(locked=False)
        if number_format:
            target.number_format = number_format


def _validation(field: Field, list_range: str | None, drop_down: DropDown | None) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    if list_range is not None and drop_down is not None:
        validation = DataValidation(type="list", formula1=f"={list_range}", allow_blank=True)
        validation.showErrorMessage = drop_down.strict
        validation.error = drop_down.error
        return validation
    if field.kind == "uscc":
        validation = DataValidation(
            type="textLength", operator="equal", formula1="18", allow_blank=True
        )
        validation.error = "统一社会信用代码应为18位"
    elif field.kind == "date":
        validation = DataValidation(
            type="date",
            operator="between",
            formula1="DATE(1949,10,1)",
            formula2="DATE(2100,12,31)",
            allow_blank=True,
        )
        validation.error = "请填写日期，例如 2025-03-18"
    else:
        return None
    validation.showErrorMessage = True
    return validation
