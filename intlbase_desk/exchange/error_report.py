"""The error report sent back to a district: its own sheet, faulty cells coloured, each commented.

The sheet is written again from the values as they were read (any format districts send can be
answered), with errors in red and warnings in yellow, and a summary sheet in front.
"""

from __future__ import annotations

from pathlib import Path

from intlbase_desk.exchange.checks import Report
from intlbase_desk.sheets import reader as sheet_reader

ERROR_FILL = "FFC7CE"  # Excel's own "bad" and "neutral" fills
WARNING_FILL = "FFEB9C"


def write(path: Path, source: Path, report: Report) -> Path:
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    sheet = next(s for s in sheet_reader.read(source) if s.name == report.sheet)
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "检查结果"
    summary.append([f"{report.file} 检查结果"])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append(
        [
            f"共 {len(report.rows)} 行，无误 {len(report.accepted)} 行，"
            f"错误 {len(report.errors)} 处，提醒 {len(report.warnings)} 处"
        ]
    )
    summary.append(
        ["红色单元格为错误（须改正后重新报送），黄色为提醒（请核实）；说明见单元格批注。"]
    )
    summary.append([])
    summary.append(["行号", "列", "内容", "问题"])
    for finding in sorted(report.errors + report.warnings, key=lambda f: (f.row, f.column)):
        summary.append(
            [
                finding.row,
                " ".join(finding.column.split()) or finding.field,
                finding.value,
                finding.message,
            ]
        )
    for letter, width in zip("ABCD", (8, 24, 30, 80), strict=True):
        summary.column_dimensions[letter].width = width

    out = wb.create_sheet(report.sheet[:31])
    for index, row in enumerate(sheet.rows):
        for column, value in enumerate(row):
            if value in (None, ""):
                continue
            cell = out.cell(
                row=sheet.first_row + index, column=sheet.first_column + column + 1, value=value
            )
            if isinstance(value, str):
                cell.data_type = "s"
    columns = {key: _column_of(sheet, report, key) for key in report.columns}
    for kind, findings, colour in (
        ("错误", report.errors, ERROR_FILL),
        ("提醒", report.warnings, WARNING_FILL),
    ):
        for finding in findings:
            column = columns.get(finding.field)
            if column is None:
                continue
            cell = out.cell(row=finding.row, column=column)
            if kind == "提醒" and cell.fill.fgColor.rgb.endswith(ERROR_FILL):
                pass  # an error on the same cell keeps the red
            else:
                cell.fill = PatternFill("solid", fgColor=colour)
            note = f"{kind}：{finding.message}"
            if cell.comment is not None:
                note = f"{cell.comment.text}\n{note}"
            cell.comment = Comment(note, "intlbase_desk", width=300, height=120)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _column_of(sheet: sheet_reader.Sheet, report: Report, key: str) -> int | None:
    header_index = report.header_row - sheet.first_row
    written = report.columns[key]
    for index, value in enumerate(sheet.rows[header_index]):
        if str(value).strip() == written:
            return sheet.first_column + index + 1
    return None
