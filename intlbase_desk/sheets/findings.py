"""A checked sheet written back with its findings: faulty cells coloured, each commented.

The sheet is written again from the values as they were read, so a file in any format can be
answered; the findings' cells are those the check found (``Report.positions``). Errors are red,
warnings yellow (Excel's own "bad" and "neutral" fills), and a summary sheet comes first.
"""

from __future__ import annotations

from pathlib import Path

from intlbase_desk.infra import files
from intlbase_desk.sheets.rows import Report
from intlbase_desk.sheets.saving import save_workbook
from intlbase_desk.text.control import strip_control

ERROR_FILL = "FFC7CE"
WARNING_FILL = "FFEB9C"


def write_findings(path: Path, report: Report, legend: str) -> Path:
    """``legend`` tells the reader what to do with the colours (e.g. correct and send again)."""
    import openpyxl
    from openpyxl.styles import Font

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
    summary.append([legend])
    summary.append([])
    summary.append(["行号", "列", "内容", "问题"])
    for finding in sorted(report.errors + report.warnings, key=lambda f: (f.row, f.column)):
        column = " ".join(finding.column.split()) or finding.field
        summary.append([finding.row, column, strip_control(finding.value), finding.message])
    for letter, width in zip("ABCD", (8, 24, 30, 80), strict=True):
        summary.column_dimensions[letter].width = width
    _copy_with_findings(wb, report)
    with files.replacing(path) as partial:
        save_workbook(wb, partial)
    return path


def _copy_with_findings(wb: object, report: Report) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    sheet = report.sheet
    out = wb.create_sheet(sheet.name[:31])  # type: ignore[attr-defined]
    for index, row in enumerate(sheet.rows):
        for column, value in enumerate(row):
            if value in (None, ""):
                continue
            if isinstance(value, str):
                value = strip_control(value)
            cell = out.cell(
                row=sheet.first_row + index, column=sheet.first_column + column + 1, value=value
            )
            if isinstance(value, str):
                cell.data_type = "s"
    for kind, findings, colour in (
        ("错误", report.errors, ERROR_FILL),
        ("提醒", report.warnings, WARNING_FILL),
    ):
        for finding in findings:
            column = report.positions.get(finding.field)
            if column is None:
                continue
            cell = out.cell(row=finding.row, column=column)
            if not (kind == "提醒" and cell.fill.fgColor.rgb.endswith(ERROR_FILL)):
                cell.fill = PatternFill("solid", fgColor=colour)  # an error keeps its red
            note = f"{kind}：{finding.message}"
            if cell.comment is not None:
                note = f"{cell.comment.text}\n{note}"
            cell.comment = Comment(note, "intlbase_desk", width=300, height=120)
