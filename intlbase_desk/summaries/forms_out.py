"""The forms that go out: one workbook per base, its identity locked, each indicator pre-filled
with last year's value and marked as such (the base corrects what changed), a rule on every
number (≥ 0, whole for counts), units beside the values, an instruction sheet, and hidden keys
that recognise the file whatever it was renamed to; and the one sheet a recommending unit fills
for all its bases. Each file appears complete or not at all."""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import select

from intlbase_desk.infra import files
from intlbase_desk.infra.errors import UserError
from intlbase_desk.infra.jobs import Cancelled, Progress
from intlbase_desk.models import SummaryCampaign, SummarySubmission, SummaryTarget
from intlbase_desk.policy.report_form import ReportForm
from intlbase_desk.sheets.saving import save_workbook
from intlbase_desk.summaries import campaigns
from intlbase_desk.summaries.form_schema import FORM_TITLE, FORMAT, KEYS_SHEET, OPINION
from intlbase_desk.workspace import Workspace

log = logging.getLogger(__name__)
INPUT_FILL = "FFF2CC"
PREFILLED = "（已预填上年数值，请逐项核对，有变化的改为本年数值；没有的填 0）"


@dataclass(frozen=True)
class FormsWritten:
    files: list[Path]


def last_values(ws: Workspace, year: int) -> dict[int, dict[str, float]]:
    """Each base's numbers as filed for the year before (its latest filing), by base id."""
    with ws.db.transaction() as session:
        rows = session.exec(
            select(SummaryTarget.base_id, SummarySubmission.values_json)
            .join(SummarySubmission, SummarySubmission.target_id == SummaryTarget.id)  # type: ignore[arg-type]
            .join(SummaryCampaign, SummaryCampaign.id == SummaryTarget.campaign_id)  # type: ignore[arg-type]
            .where(
                SummaryCampaign.year == year - 1,
                SummarySubmission.replaced_by == None,  # noqa: E711
                SummarySubmission.state != "returned",
            )
        ).all()
    return {base_id: json.loads(values) for base_id, values in rows}


def _file_name(text: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text).strip()[:120]


def write_forms(
    ws: Workspace,
    year: int,
    out_dir: Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> FormsWritten:
    campaign = campaigns.get_campaign(ws, year)
    form = campaigns.campaign_form(campaign)
    targets = campaigns.campaign_targets(ws, year)
    if not targets:
        raise UserError(f"{year}年度没有应报送年度总结的基地")
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"“{out_dir}”是一个文件，不是文件夹；请选择保存报表的文件夹")
    files.check_can_write(out_dir / "x.xlsx")
    before = last_values(ws, year)
    written: list[Path] = []
    for done, target in enumerate(targets, start=1):
        if cancel is not None and cancel.is_set():
            raise Cancelled
        path = out_dir / f"{_file_name(f'{year}年度工作报表-{target.base_name}')}.xlsx"
        book = _form(campaign, form, target, before.get(target.base_id, {}))
        with files.replacing(path) as partial:
            save_workbook(book, partial)
        written.append(path)
        if progress is not None:
            progress(done / len(targets), target.base_name)
    log.info("wrote %d summary forms for %d", len(written), year)
    return FormsWritten(written)


def _form(
    campaign: SummaryCampaign, form: ReportForm, target: SummaryTarget, last: dict[str, float]
) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.workbook.protection import WorkbookProtection
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    notes = wb.active
    notes.title = "填表说明"
    for line in (
        f"{campaign.year}年度{form.title}填表说明",
        f"请于 {campaign.due_on.isoformat()} 前填好本表报送。",
        "基地名称、依托单位和统一社会信用代码已锁定，请勿改动；本表可以改名，系统仍能识别。",
        "数值一栏已预填上年数值（黄色底色）：请逐项核对，有变化的改为本年数值。",
        "没有的请填 0，不要留空；计数填整数，金额以万元为单位，可有小数。",
        "“其中外方经费”不能大于“项目总经费”，“国际专利授权数”不能大于“国际专利申请数”。",
        "文字部分请直接写在对应的单元格中，也可另附 Word 或 PDF 文件。",
    ):
        notes.append([line])
    notes["A1"].font = Font(bold=True, size=14)
    notes.column_dimensions["A"].width = 100
    sheet = wb.create_sheet(FORM_TITLE)
    sheet["A1"] = f"{campaign.year}年度{form.title}"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = f"基地名称：{target.base_name}"
    sheet["A3"] = f"依托单位：{target.org_name}（统一社会信用代码 {target.uscc}）"
    sheet["A4"] = PREFILLED if last else "（没有上年数值，请逐项填写；没有的填 0）"
    header = 5
    for column, text in enumerate(("栏目", "指标", "单位", "上年数值", "本年数值"), start=1):
        cell = sheet.cell(header, column, text)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    row = header
    for section in form.sections:
        for indicator in section.indicators:
            row += 1
            previous = last.get(indicator.name)
            for column, value in enumerate(
                (section.name, indicator.name, indicator.unit, previous, previous), start=1
            ):
                sheet.cell(row, column, value)
            entry = sheet.cell(row, 5)
            entry.protection = Protection(locked=False)
            entry.fill = PatternFill("solid", fgColor=INPUT_FILL)
            whole = indicator.kind == "count"
            rule = DataValidation(
                type="whole" if whole else "decimal",
                operator="greaterThanOrEqual",
                formula1="0",
                showErrorMessage=True,
                errorTitle="数值不符合要求",
                error=f"“{indicator.name}”应为不小于 0 的{'整数' if whole else '数'}",
            )
            sheet.add_data_validation(rule)
            rule.add(entry)
        for text in section.texts:
            row += 1
            sheet.cell(row, 1, section.name)
            sheet.cell(row, 2, text)
            sheet.cell(row, 3, "文字")
            entry = sheet.cell(row, 5)
            entry.protection = Protection(locked=False)
            entry.alignment = Alignment(wrap_text=True, vertical="top")
    if campaign.recommender_review:
        row += 1
        sheet.cell(row, 2, OPINION)
        sheet.cell(row, 3, "文字")
        sheet.cell(row, 5).protection = Protection(locked=False)
    for letter, width in zip("ABCDE", (22, 30, 8, 12, 60), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    keys = wb.create_sheet(KEYS_SHEET)
    for key, value in (
        ("format", FORMAT),
        ("year", campaign.year),
        ("target", target.id),
        ("base", target.base_id),
        ("uscc", target.uscc),
    ):
        keys.append([key, value])
    keys.sheet_state = "veryHidden"
    wb.security = WorkbookProtection(lockStructure=True)
    wb.active = 1
    return wb


def write_unit_sheet(ws: Workspace, year: int, path: Path) -> Path:
    """One row per expected base, its numbers pre-filled with last year's as in the forms."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    from intlbase_desk.summaries.form_schema import unit_schema

    campaign = campaigns.get_campaign(ws, year)
    form = campaigns.campaign_form(campaign)
    schema = unit_schema(form, campaign.recommender_review)
    before = last_values(ws, year)
    wb = Workbook()
    notes = wb.active
    notes.title = "填表说明"
    for line in (
        f"{year}年度{form.title}（推荐单位汇总填报）",
        f"每个基地一行，请于 {campaign.due_on.isoformat()} 前报送；已预填上年数值，请逐项核对。",
        "没有的请填 0，不要留空；计数填整数，金额以万元为单位。",
    ):
        notes.append([line])
    notes["A1"].font = Font(bold=True, size=14)
    notes.column_dimensions["A"].width = 100
    sheet = wb.create_sheet(schema.title)
    for column, field in enumerate(schema.fields, start=1):
        cell = sheet.cell(1, column, field.label)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[cell.column_letter].width = 22 if column <= 2 else 14
    for row, target in enumerate(campaigns.campaign_targets(ws, year), start=2):
        last = before.get(target.base_id, {})
        sheet.cell(row, 1, target.uscc).number_format = "@"
        sheet.cell(row, 2, target.base_name)
        for column, indicator in enumerate(form.indicators, start=3):
            sheet.cell(row, column, last.get(indicator.name))
    sheet.freeze_panes = "C2"
    wb.active = 1
    with files.replacing(path) as partial:
        save_workbook(wb, partial)
    return path
