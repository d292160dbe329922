"""Summaries coming back, checked before anything is written: a base's own form (known by its
hidden keys, whatever the file is called) or a recommending unit's sheet of all its bases, read
through the one spreadsheet engine. Every number must be written (0 rather than blank), not
negative, whole for counts, a part no greater than its whole; a base must be one of the year's.
Warnings: a number more than three times or under a third of last year's (from 10 up), and a
form returned with every number as pre-filled."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from intlbase_desk import register, sheets
from intlbase_desk.infra.jobs import Cancelled, Progress
from intlbase_desk.models import SummaryTarget
from intlbase_desk.policy.report_form import ReportForm
from intlbase_desk.sheets import Workbook, cells
from intlbase_desk.summaries import campaigns
from intlbase_desk.summaries.figure_checks import compare, relations
from intlbase_desk.summaries.filings import CheckedFilings, Filing, SummaryFinding
from intlbase_desk.summaries.form_schema import (
    FORM_SHEET,
    FORM_TITLE,
    FORMAT,
    KEYS_SHEET,
    OPINION,
    indicator_key,
    unit_schema,
)
from intlbase_desk.summaries.forms_out import last_values
from intlbase_desk.workspace import Workspace


@dataclass(frozen=True)
class _Year:
    form: ReportForm
    review: bool
    targets: dict[int, SummaryTarget]
    by_uscc: dict[str, list[SummaryTarget]]
    last: dict[int, dict[str, float]]
    ws: Workspace
    registered: dict[str, bool] = field(default_factory=dict)  # credit code → in the register

    def in_register(self, uscc: str) -> bool:
        if uscc not in self.registered:
            with self.ws.db.transaction() as session:
                found = register.organizations_by_uscc(session, [uscc])
            self.registered[uscc] = uscc in found
        return self.registered[uscc]


def check_files(
    ws: Workspace,
    year: int,
    paths: list[Path],
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> CheckedFilings:
    """Every file, each one whole: a file with an error gives no filing at all. Nothing is
    written here, so a cancel leaves nothing behind."""
    campaign = campaigns.get_campaign(ws, year)
    targets = campaigns.campaign_targets(ws, year)
    by_uscc: dict[str, list[SummaryTarget]] = {}
    for t in targets:
        by_uscc.setdefault(t.uscc, []).append(t)
    state = _Year(
        campaigns.campaign_form(campaign),
        campaign.recommender_review,
        {t.id or 0: t for t in targets},
        by_uscc,
        last_values(ws, year),
        ws,
    )
    checked = CheckedFilings(year)
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done / max(1, len(paths)), f"正在检查 {path.name}（{done + 1}/{len(paths)}）")
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        checked.files.append(path.name)
        try:
            workbook = sheets.read(path)
        except sheets.UnreadableFile as exc:
            _refuse(checked, path.name, "", 0, "file", "", "unreadable", str(exc))
            continue
        check_workbook(state, workbook, checked)
    return checked


def _refuse(checked: CheckedFilings, file: str, *args: Any) -> None:
    checked.refused_files.add(file)
    checked.errors.append(SummaryFinding(file, *args))


def check_workbook(state: _Year, workbook: Workbook, checked: CheckedFilings) -> None:
    name = workbook.file_name
    errors_before, warnings_before = len(checked.errors), len(checked.warnings)
    found: list[Filing] = []
    keys = next((s for s in workbook.sheets if s.name == KEYS_SHEET), None)
    keyed = {str(r[0]): r[1] for r in (keys.rows if keys else []) if r and r[0] is not None}
    try:
        if keyed.get("format") == FORMAT:
            found = _form(state, workbook, keyed, checked)
        else:
            found = _unit_sheet(state, workbook, checked)
    except sheets.NoHeader as exc:
        _refuse(checked, name, "", 0, "sheet", "", "no_header", str(exc))
    _attribute(checked, found, errors_before, warnings_before)
    if len(checked.errors) > errors_before:
        checked.refused_files.add(name)
        for filing in found:
            checked.refused_targets[filing.target.id or 0] = len(checked.errors) - errors_before
        return
    if not found:
        _refuse(checked, name, "", 0, "file", "", "no_filings", "文件中没有读到任何基地的报表")
        return
    checked.filings += found


def _attribute(
    checked: CheckedFilings, found: list[Filing], errors_before: int, warnings_before: int
) -> None:
    """Each base of a file gets what the file said of it: a form, all of it; a unit sheet,
    its row. A refused file leads with a note of the whole, for errors on other bases' rows."""
    errors = checked.errors[errors_before:]
    warnings = checked.warnings[warnings_before:]
    for filing in found:

        def own(f: SummaryFinding, row: int = filing.row) -> bool:
            return not row or f.row in (row, 0)

        mine = sorted((f for f in errors if own(f)), key=lambda f: f.row)  # as the file reads
        said = [("error", f) for f in mine]
        said += [("warning", f) for f in sorted(warnings, key=lambda f: f.row) if own(f)]
        if errors:
            elsewhere = len(errors) - len(mine)
            note = f"文件“{filing.file_name}”有 {len(errors)} 处错误，整份未导入" + (
                f"（其中 {elsewhere} 处在其他基地的行）" if elsewhere else ""
            )
            refused = SummaryFinding(filing.file_name, "", 0, "file", "", "", "file_refused", note)
            said.insert(0, ("error", refused))
        checked.findings_of[filing.target.id or 0] = said


def _form(
    state: _Year, workbook: Workbook, keyed: dict[str, Any], checked: CheckedFilings
) -> list[Filing]:
    file = workbook.file_name
    year = _int(keyed.get("year"))
    if year != checked.year:
        checked.errors.append(
            SummaryFinding(
                file,
                "",
                0,
                "year",
                str(year),
                "other_year",
                f"这是{year}年度的报表，不是{checked.year}年度的",
            )
        )
        return []
    target = state.targets.get(_int(keyed.get("target")) or -1)
    if target is None:
        uscc = str(keyed.get("uscc") or "")
        checked.errors.append(
            SummaryFinding(
                file,
                "",
                0,
                "base",
                uscc,
                "not_expected",
                f"统一社会信用代码为 {uscc} 的基地不在{checked.year}年度应报送的名单中",
            )
        )
        return []
    report = sheets.check(workbook, FORM_SHEET, sheet=FORM_TITLE)
    for f in report.errors:
        checked.errors.append(
            SummaryFinding(
                file, report.sheet.name, f.row, f.field, f.column, f.value, f.code, f.message
            )
        )
    given = {r.values["item"]: (r.row, r.values.get("value")) for r in report.accepted}
    sheet = report.sheet.name
    column = report.columns.get("value", "本年数值")
    values: dict[str, float] = {}
    for indicator in state.form.indicators:
        row, raw = given.get(indicator.name, (0, None))
        number = _number(checked, file, sheet, row, indicator, column, raw)
        if number is not None:
            values[indicator.name] = number
    texts = {t: str(given[t][1] or "") for t in state.form.texts if t in given}
    opinion = str(given.get(OPINION, (0, ""))[1] or "")
    filing = Filing(target, values, texts, opinion, file, workbook.sha256, "form")
    relations(state.form, checked, filing, sheet, {n: r for n, (r, _v) in given.items()})
    compare(state.last, checked, filing, sheet)
    return [filing]


def _unit_sheet(state: _Year, workbook: Workbook, checked: CheckedFilings) -> list[Filing]:
    file = workbook.file_name
    report = sheets.check(workbook, unit_schema(state.form, state.review))
    sheet = report.sheet.name
    for f in report.errors:
        checked.errors.append(
            SummaryFinding(file, sheet, f.row, f.field, f.column, f.value, f.code, f.message)
        )
    found: list[Filing] = []
    for row in report.accepted:
        target = _target_of(state, checked, file, sheet, row.row, row.values)
        if target is None:
            continue
        values: dict[str, float] = {}
        for i, indicator in enumerate(state.form.indicators):
            column = report.columns.get(indicator_key(i), indicator.name)
            number = _number(
                checked, file, sheet, row.row, indicator, column, row.values.get(indicator_key(i))
            )
            if number is not None:
                values[indicator.name] = number
        filing = Filing(
            target,
            values,
            {},
            str(row.values.get("opinion") or ""),
            file,
            workbook.sha256,
            "unit_sheet",
            row.row,
        )
        rows = {i.name: row.row for i in state.form.indicators}
        relations(state.form, checked, filing, sheet, rows)
        compare(state.last, checked, filing, sheet)
        found.append(filing)
    return found


def _target_of(
    state: _Year, checked: CheckedFilings, file: str, sheet: str, row: int, values: dict[str, Any]
) -> SummaryTarget | None:
    uscc, name = values.get("uscc"), values.get("base_name")
    matches = state.by_uscc.get(uscc or "", [])
    if name and len(matches) > 1:
        matches = [t for t in matches if t.base_name == name]
    if len(matches) == 1:
        return matches[0]
    if matches:
        message = "该依托单位有多个基地，请填写基地名称以区分"
        checked.errors.append(
            SummaryFinding(
                file,
                sheet,
                row,
                "base_name",
                "基地名称",
                str(name or ""),
                "ambiguous_base",
                message,
            )
        )
    elif uscc and state.in_register(uscc):
        message = f"该依托单位的基地不在{checked.year}年度应报送的名单中（当年资格不在有效期内）"
        checked.errors.append(
            SummaryFinding(
                file, sheet, row, "uscc", "统一社会信用代码", str(uscc), "not_expected", message
            )
        )
    else:
        message = f"名录中没有统一社会信用代码为 {uscc or '（空）'} 的依托单位"
        checked.errors.append(
            SummaryFinding(
                file,
                sheet,
                row,
                "uscc",
                "统一社会信用代码",
                str(uscc or ""),
                "unknown_base",
                message,
            )
        )
    return None


def _number(
    checked: CheckedFilings, file: str, sheet: str, row: int, indicator: Any, column: str, raw: Any
) -> float | None:
    def error(code: str, message: str) -> None:
        text = "" if raw is None else str(raw)
        checked.errors.append(
            SummaryFinding(file, sheet, row, indicator.name, column, text, code, message)
        )

    if raw is None or (isinstance(raw, str) and not raw.strip()):
        error("blank_number", f"“{indicator.name}”没有填写；没有的请填 0")
        return None
    try:
        number = raw if isinstance(raw, float | int) else cells.decimal(raw)
    except cells.CellError as exc:
        error(exc.code, f"“{indicator.name}”：{exc.message}")
        return None
    if number < 0:
        error("negative", f"“{indicator.name}”不能为负数")
        return None
    if indicator.kind == "count" and float(number) != int(number):
        error("not_integer", f"“{indicator.name}”是计数，应为整数")
        return None
    return float(number)


def _int(value: Any) -> int | None:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None
