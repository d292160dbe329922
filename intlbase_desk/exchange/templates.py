"""The templates districts fill in, written from the active profile.

An instruction sheet first, then the data sheet: the canonical headers (frozen, protected),
drop-down lists for base type, organisation kind and field fed from a hidden lookup sheet (an
inline list over 255 characters breaks Excel), the credit code as text with an 18-character
rule, date rules on date columns, and unlocked input cells.
"""

from __future__ import annotations

from pathlib import Path

from intlbase_desk.exchange.schemas import ImportSchema
from intlbase_desk.policy.profile import Profile

INPUT_ROWS = 1000
LISTS_SHEET = "_lists"
_WIDTH = {"uscc": 22, "date": 13, "number": 8, "email": 24, "phone": 16}


def write(path: Path, schema: ImportSchema, profile: Profile) -> Path:
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填表说明"
    type_names = [t.name for t in profile.base_types]
    lines = [
        f"{schema.title}（{profile.short_name}·{profile.name}）",
        "",
        f"1. 在“{schema.title}”工作表中每行填写一条，不要改动表头，不要合并单元格。",
        f"2. 基地类型请从下拉列表中选择：{'、'.join(type_names)}。",
        "3. 统一社会信用代码为18位，请按文本填写（不要写成数字），字母大写。",
        "4. 日期请按 2025-03-18 的格式填写。",
        "5. 带 * 的列必须填写。",
    ]
    for line in lines:
        notes.append([line])
    notes["A1"].font = Font(bold=True, size=14)
    notes.column_dimensions["A"].width = 100

    sheet = wb.create_sheet(schema.title)
    lists = wb.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    columns = {
        "base_type": type_names,
        "org_kind": profile.org_kinds.values,
        "field": profile.fields.values,
        "district": profile.districts,
    }
    list_ranges: dict[str, str] = {}
    for index, (key, values) in enumerate(columns.items(), start=1):
        letter = get_column_letter(index)
        for row, value in enumerate(values, start=1):
            lists.cell(row=row, column=index, value=value)
        if values:
            list_ranges[key] = f"{LISTS_SHEET}!${letter}$1:${letter}${len(values)}"

    header_fill = PatternFill("solid", fgColor="DDEBF7")
    last = INPUT_ROWS + 1
    for column, field in enumerate(schema.fields, start=1):
        letter = get_column_letter(column)
        cell = sheet.cell(row=1, column=column, value=field.label)
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if field.required:
            cell.comment = Comment("必填", "intlbase_desk")
        sheet.column_dimensions[letter].width = _WIDTH.get(
            field.kind, max(10, min(40, len(field.label) * 2 + 4))
        )
        cells = f"{letter}2:{letter}{last}"
        validation = None
        if field.key in list_ranges:
            validation = DataValidation(
                type="list", formula1=f"={list_ranges[field.key]}", allow_blank=True
            )
            # Base type must be one of the profile's; the other lists only suggest.
            validation.showErrorMessage = field.key == "base_type"
            validation.error = "请从下拉列表中选择本政策规定的基地类型"
        elif field.kind == "uscc":
            validation = DataValidation(
                type="textLength", operator="equal", formula1="18", allow_blank=True
            )
            validation.error = "统一社会信用代码应为18位"
            validation.showErrorMessage = True
        elif field.kind == "date":
            validation = DataValidation(
                type="date",
                operator="between",
                formula1="DATE(1949,10,1)",
                formula2="DATE(2100,12,31)",
                allow_blank=True,
            )
            validation.error = "请填写日期，例如 2025-03-18"
            validation.showErrorMessage = True
        if validation is not None:
            validation.add(cells)
            sheet.add_data_validation(validation)
        for row in range(2, last + 1):
            target = sheet.cell(row=row, column=column)
            target.protection = Protection(locked=False)
            if field.kind == "uscc" or field.kind == "code":
                target.number_format = "@"
            elif field.kind == "date":
                target.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    sheet.row_dimensions[1].height = 30
    # The header is protected (no password: this guards against slips, not people).
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.protection.insertRows = False
    sheet.protection.deleteRows = False
    sheet.protection.sort = False
    sheet.protection.autoFilter = False
    wb.active = 1
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
