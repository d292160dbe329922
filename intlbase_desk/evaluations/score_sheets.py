"""Score sheets out (评分表): one workbook per expert of a round's panels, a sheet per target
the expert scores, and the same blank sheets as a PDF for panels that score on paper.

A sheet lists the template's lines with their maximum points and criteria; only the score cells
can be typed in, each refusing what is not a number from 0 to the line's maximum; the total is
a formula; the layout and the workbook's structure are protected. A very hidden sheet carries
the round, the expert and which sheet is which target, so that a returned file is recognised
whatever it is renamed to.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from intlbase_desk.evaluations import score_lines
from intlbase_desk.evaluations.kinds import KINDS
from intlbase_desk.infra import files
from intlbase_desk.infra.errors import NotFoundError, UserError
from intlbase_desk.infra.jobs import Cancelled, Progress
from intlbase_desk.models import EvaluationRound, EvaluationTarget, Expert, PanelDraw, PanelMember
from intlbase_desk.sheets.saving import save_workbook
from intlbase_desk.workspace import Workspace

log = logging.getLogger(__name__)

KEYS_SHEET = "_keys"
FORMAT = "intlbase-scores-v1"
HEADER_ROW = 5
HEADERS = ("序号", "指标", "评分标准", "满分", "得分")
SCORE_COLUMN = 5  # E
SIGNATURE = "专家签名："


@dataclass(frozen=True)
class Assignment:
    """An expert of a round's panels and the targets they score, in the round's order."""

    expert: Expert
    targets: list[EvaluationTarget]


@dataclass(frozen=True)
class SheetsWritten:
    files: list[Path]
    experts: int
    sheets: int


def panels(session: Session, round_id: int) -> dict[str, list[int]]:
    """Each group's sitting members (declined ones replaced), in drawn order."""
    rows = session.exec(
        select(PanelDraw.group_key, PanelMember.expert_id)
        .join(PanelDraw, PanelDraw.id == PanelMember.draw_id)  # type: ignore[arg-type]
        .where(PanelDraw.round_id == round_id, PanelMember.role == "member")
        .order_by(PanelDraw.id, PanelMember.position)  # type: ignore[arg-type]
    )
    found: dict[str, list[int]] = {}
    for group, expert_id in rows:
        found.setdefault(group, []).append(expert_id)
    return found


def assignments(session: Session, round_id: int) -> list[Assignment]:
    targets = list(
        session.exec(
            select(EvaluationTarget)
            .where(EvaluationTarget.round_id == round_id, EvaluationTarget.included == True)  # noqa: E712
            .order_by(EvaluationTarget.id)  # type: ignore[arg-type]
        )
    )
    by_expert: dict[int, list[EvaluationTarget]] = {}
    for group, members in panels(session, round_id).items():
        for expert_id in members:
            by_expert.setdefault(expert_id, []).extend(t for t in targets if t.group_key == group)
    result = []
    for expert_id, scored in by_expert.items():
        expert = session.get(Expert, expert_id)
        assert expert is not None
        result.append(Assignment(expert, sorted(scored, key=lambda t: t.id or 0)))
    return result


def sheet_title(index: int, base_name: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in base_name)
    return f"{index:02d} {clean}"[:31]


def safe_file_name(text: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text).strip()[:120]


def write_sheets(
    ws: Workspace,
    round_id: int,
    out_dir: Path,
    *,
    pdf: bool = True,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> SheetsWritten:
    """Writes each expert's workbook (and PDF) into ``out_dir``; each file appears complete or
    not at all. The round's templates are frozen by the first sheets written."""
    with ws.db.transaction() as session:
        found = session.get(EvaluationRound, round_id)
        if found is None:
            raise NotFoundError(f"评估批次 {round_id} 不存在")
        if found.state != "open":
            raise UserError(f"{found.name}已办结，不再生成评分表")
        work = assignments(session, round_id)
        if not work:
            raise UserError(f"{found.name}还没有抽取专家组，无法生成评分表")
        templates = {
            t.group_key: score_lines.template_of(session, found, ws.profile, t.group_key)
            for a in work
            for t in a.targets
        }
        round_name = found.name
        kind = KINDS[found.kind]
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"“{out_dir}”是一个文件，不是文件夹；请选择保存评分表的文件夹")
    files.check_can_write(out_dir / "x.xlsx")
    planned = [
        out_dir / f"{safe_file_name(f'{round_name}评分表-{a.expert.name}-{a.expert.id}')}{suffix}"
        for a in work
        for suffix in ((".xlsx", ".pdf") if pdf else (".xlsx",))
    ]
    there = [p for p in planned if p.exists()]
    if there:
        # A returned, filled workbook may carry the same name: never written over.
        raise UserError(
            f"文件夹中已有 {len(there)} 份同名的评分表（如“{there[0].name}”）；为免覆盖已回收的"
            "评分表，请选择一个空文件夹"
        )
    written: list[Path] = []
    sheets = 0
    steps = len(work) * (2 if pdf else 1)
    done = 0
    for a in work:
        if cancel is not None and cancel.is_set():
            raise Cancelled
        stem = safe_file_name(f"{round_name}评分表-{a.expert.name}-{a.expert.id}")
        path = out_dir / f"{stem}.xlsx"
        with files.replacing(path) as partial:
            save_workbook(_workbook(round_id, round_name, kind, a, templates), partial)
        written.append(path)
        sheets += len(a.targets)
        done += 1
        if progress is not None:
            progress(done / steps, f"{a.expert.name}：{len(a.targets)} 张评分表")
        if pdf:
            from intlbase_desk.evaluations import sheet_pdf

            pdf_path = out_dir / f"{stem}.pdf"
            pages = [
                sheet_pdf.SheetPage(
                    round_name, t.base_name, t.org_name, a.expert.name, templates[t.group_key], {}
                )
                for t in a.targets
            ]
            sheet_pdf.render(pdf_path, pages)
            written.append(pdf_path)
            done += 1
            if progress is not None:
                progress(done / steps, f"{a.expert.name}：纸质评分表")
    log.info("wrote %d score workbooks for round %d", len(work), round_id)
    return SheetsWritten(written, len(work), sheets)


def _workbook(
    round_id: int,
    round_name: str,
    kind: str,
    a: Assignment,
    templates: dict[str, score_lines.Template],
) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.workbook.protection import WorkbookProtection
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    keys = [
        ("format", FORMAT),
        ("round", round_id),
        ("expert", a.expert.id),
        ("name", a.expert.name),
    ]
    for index, target in enumerate(a.targets, start=1):
        template = templates[target.group_key]
        title = sheet_title(index, target.base_name)
        keys.append(("sheet", title, target.id))
        sheet = wb.create_sheet(title)
        # "2026年度绩效评估" says its kind already; a round named otherwise is told it.
        said = "" if kind in round_name else f"（{kind}）"
        sheet["A1"] = f"{round_name}专家评分表{said}"
        sheet["A1"].font = Font(size=14, bold=True)
        sheet.merge_cells("A1:E1")
        sheet["A2"] = f"基地名称：{target.base_name}"
        sheet["A3"] = f"依托单位：{target.org_name}"
        sheet["A4"] = f"评审专家：{a.expert.name}"
        for column, text in enumerate(HEADERS, start=1):
            cell = sheet.cell(HEADER_ROW, column, text)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="D9E1F2")
            cell.border = box
            cell.alignment = Alignment(horizontal="center", vertical="center")
        first = HEADER_ROW + 1
        for offset, line in enumerate(template.lines):
            row = first + offset
            values = (offset + 1, line.name, line.criteria, line.points, None)
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(row, column, value)
                cell.border = box
                cell.alignment = Alignment(wrap_text=True, vertical="center")
            score = sheet.cell(row, SCORE_COLUMN)
            score.protection = Protection(locked=False)
            score.fill = PatternFill("solid", fgColor="FFF2CC")
            rule = DataValidation(
                type="decimal",
                operator="between",
                formula1="0",
                formula2=f"{line.points:g}",
                showErrorMessage=True,
                errorTitle="得分超出范围",
                error=f"“{line.name}”的得分应在 0 到 {line.points:g} 之间",
            )
            sheet.add_data_validation(rule)
            rule.add(score)
        last = first + len(template.lines) - 1
        total_row = last + 1
        sheet.cell(total_row, 2, "合计").font = Font(bold=True)
        sheet.cell(total_row, 4, template.total)
        sheet.cell(total_row, SCORE_COLUMN, f"=SUM(E{first}:E{last})").font = Font(bold=True)
        for column in range(1, 6):
            sheet.cell(total_row, column).border = box
        sheet.cell(total_row + 2, 1, SIGNATURE)
        sheet.cell(total_row + 2, 4, "日期：")
        for letter, width in zip("ABCDE", (6, 36, 40, 8, 10), strict=True):
            sheet.column_dimensions[letter].width = width
        if not any(line.criteria for line in template.lines):
            sheet.column_dimensions["C"].hidden = True  # no criteria: no empty column
        # Printed as the paper PDF is: A4 upright, one page wide.
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.orientation = "portrait"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.protection.sheet = True
        sheet.protection.formatColumns = False  # widths may be changed to read long criteria
    hidden = wb.create_sheet(KEYS_SHEET)
    for row in keys:
        hidden.append(list(row))
    hidden.sheet_state = "veryHidden"
    wb.security = WorkbookProtection(lockStructure=True)
    wb.active = 0
    return wb


@dataclass(frozen=True)
class PaperSheets:
    """What the window's entry grid offers: each seated expert, the bases they score, and the
    lines of each base's sheet."""

    experts: list[tuple[int, str]]
    targets_of: dict[int, list[tuple[int, str]]]
    lines_of: dict[int, list[score_lines.Line]]


def paper_sheets(ws: Workspace, round_id: int) -> PaperSheets:
    with ws.db.transaction() as session:
        found = session.get(EvaluationRound, round_id)
        if found is None:
            raise NotFoundError(f"评估批次 {round_id} 不存在")
        templates = score_lines.templates(session, found, ws.profile, freeze=False)
        work = assignments(session, round_id)
        experts = [(a.expert.id or 0, a.expert.name) for a in work]
        targets_of = {a.expert.id or 0: [(t.id or 0, t.base_name) for t in a.targets] for a in work}
        lines_of = {
            t.id or 0: templates[t.group_key].lines
            for a in work
            for t in a.targets
            if t.group_key in templates
        }
    return PaperSheets(experts, targets_of, lines_of)
