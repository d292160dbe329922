"""Scores coming back, checked before anything is written: a returned expert workbook (known by
its hidden keys) or a third party's summary, read through the one spreadsheet engine, or the
scores typed in the window's grid. Each score goes through the round's checks (score_rules);
each problem is a finding with its sheet and row; a file with any error is written not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from intlbase_desk import sheets
from intlbase_desk.evaluations import score_lines, score_sheets
from intlbase_desk.evaluations.score_rules import (
    CheckedScores,
    Entry,
    RoundState,
    ScoreFinding,
    accept,
    check_complete,
    load_round,
    same_name,
)
from intlbase_desk.evaluations.score_schema import SCORE_SHEET, SCORE_SUMMARY
from intlbase_desk.models import EvaluationTarget
from intlbase_desk.sheets import Workbook
from intlbase_desk.workspace import Workspace

TOTAL_ROWS = {"合计", "总计", "小计", "总分"}


def check_scores_file(ws: Workspace, round_id: int, path: Path) -> CheckedScores:
    return check_scores(ws, round_id, sheets.read(path))


def check_scores(ws: Workspace, round_id: int, workbook: Workbook) -> CheckedScores:
    state = load_round(ws, round_id)
    keys = next((s for s in workbook.sheets if s.name == score_sheets.KEYS_SHEET), None)
    if keys is not None and _keys(keys.rows).get("format") == [score_sheets.FORMAT]:
        checked = CheckedScores(round_id, workbook.file_name, workbook.sha256, "workbook")
        _check_workbook(ws, state, workbook, _keys(keys.rows), checked)
    else:
        checked = CheckedScores(round_id, workbook.file_name, workbook.sha256, "summary")
        _check_summary(ws, state, workbook, checked)
    check_complete(state, checked)
    if checked.source == "summary":
        _check_pairs(state, checked)
    if not checked.entries and not checked.errors:
        checked.error("", 0, "score", "", "no_scores", "文件中没有读到任何评分")
    return checked


def _check_pairs(state: RoundState, checked: CheckedScores) -> None:
    """A summary that leaves out a panel member's score for a base: said, not refused (the
    third party may send the rest later; the results show who is missing)."""
    given = {(e.target_id, e.expert_id) for e in checked.entries} | checked.failed
    targets = {e.target_id for e in checked.entries}
    for target_id in sorted(targets):
        target = state.targets[target_id]
        for expert_id in state.panels.get(target.group_key, []):
            if (target_id, expert_id) not in given:
                name = state.pool[expert_id].name if expert_id in state.pool else str(expert_id)
                checked.warnings.append(
                    ScoreFinding(
                        "",
                        0,
                        "expert",
                        name,
                        "missing_pair",
                        f"汇总表中没有{name}对“{target.base_name}”的评分",
                    )
                )


def check_entries(ws: Workspace, round_id: int, entries: Sequence[Entry]) -> CheckedScores:
    """Scores typed in the window's grid, checked as a file's would be."""
    state = load_round(ws, round_id)
    checked = CheckedScores(round_id, "", "", "grid")
    for entry in entries:
        target = state.targets.get(entry.target_id)
        if target is None:
            checked.error("", 0, "target", entry.target_id, "unknown_target", "基地不在本批次中")
            continue
        accept(ws, state, checked, target, entry.expert_id, entry.item, entry.points, "", 0)
    check_complete(state, checked)
    return checked


def _keys(rows: list[list[Any]]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for row in rows:
        if row and row[0] not in (None, ""):
            key = str(row[0])
            if key == "sheet":
                found.setdefault("sheets", []).append(row[1:3])
            else:
                found[key] = list(row[1:2])
    return found


def _number(value: Any) -> int | None:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def _check_workbook(
    ws: Workspace,
    state: RoundState,
    workbook: Workbook,
    keys: dict[str, list[Any]],
    checked: CheckedScores,
) -> None:
    round_id = _number((keys.get("round") or [None])[0])
    expert_id = _number((keys.get("expert") or [None])[0])
    if round_id != state.found.id:
        checked.error(
            "",
            0,
            "round",
            round_id,
            "other_round",
            f"这是评估批次 {round_id} 的评分表，不是{state.found.name}（批次 {state.found.id}）的",
        )
        return
    if expert_id not in state.pool:
        checked.error("", 0, "expert", expert_id, "unknown_expert", "评分表中的专家不在专家库中")
        return
    by_name = {s.name: s for s in workbook.sheets}
    for title, target_value in keys.get("sheets", []):
        target = state.targets.get(_number(target_value) or -1)
        if target is None:
            checked.error(
                str(title), 0, "target", target_value, "unknown_target", "该基地已不在本批次中"
            )
            continue
        sheet = by_name.get(str(title))
        if sheet is None:
            checked.error(str(title), 0, "sheet", title, "missing_sheet", "评分表中缺少这张工作表")
            continue
        try:
            report = sheets.check(workbook, SCORE_SHEET, sheet=sheet.name)
        except sheets.NoHeader as exc:
            checked.error(sheet.name, 0, "sheet", "", "no_header", str(exc))
            continue
        for finding in report.errors:
            checked.error(
                sheet.name, finding.row, finding.field, finding.value, finding.code, finding.message
            )
        lines = [r for r in report.accepted if r.values["item"] != "合计"]
        if lines and all(r.values["score"] is None for r in lines):
            # A sheet not scored at all is one problem, not one per line.
            checked.failed.add((target.id or 0, expert_id))
            message = f"评分表“{sheet.name}”（{target.base_name}）还没有填写得分"
            checked.error(sheet.name, 0, "score", "", "unscored_sheet", message)
            continue
        for row in lines:
            item = row.values["item"]
            accept(
                ws,
                state,
                checked,
                target,
                expert_id,
                item,
                row.values["score"],
                sheet.name,
                row.row,
            )


def _check_summary(
    ws: Workspace, state: RoundState, workbook: Workbook, checked: CheckedScores
) -> None:
    report = sheets.check(workbook, SCORE_SUMMARY)
    sheet = report.sheet.name
    sums = {r.row for r in report.rows if same_name(r.values.get("expert") or "") in TOTAL_ROWS}
    for finding in (f for f in report.errors if f.row not in sums):
        checked.error(
            sheet, finding.row, finding.field, finding.value, finding.code, finding.message
        )
    seated = {e for members in state.panels.values() for e in members}
    for row in report.accepted:
        v = row.values
        if same_name(v["expert"]) in TOTAL_ROWS:
            continue  # the summary's own sum at the bottom
        named = state.experts_by_name.get(same_name(v["expert"]), [])
        on_panel = [e for e in named if e.id in seated]
        if not named:
            checked.error(
                sheet,
                row.row,
                "expert",
                v["expert"],
                "unknown_expert",
                f"专家库中没有名为“{v['expert']}”的专家",
            )
            continue
        if len(on_panel) > 1:
            checked.error(
                sheet,
                row.row,
                "expert",
                v["expert"],
                "ambiguous_expert",
                "本批次专家组中有同名专家，无法区分；请改用专家评分表导入",
            )
            continue
        expert = (on_panel or named)[0]
        target = _target_of(state, v.get("uscc"), v.get("base_name"))
        if isinstance(target, str):
            checked.error(
                sheet,
                row.row,
                "uscc",
                v.get("uscc") or v.get("base_name"),
                "unknown_target",
                target,
            )
            continue
        item = v.get("item") or score_lines.TOTAL
        accept(ws, state, checked, target, expert.id, item, v["score"], sheet, row.row)


def _target_of(
    state: RoundState, uscc: str | None, base_name: str | None
) -> EvaluationTarget | str:
    if not uscc and not base_name:
        return "请填写统一社会信用代码或基地名称"
    named = state.by_name.get(same_name(base_name or ""), []) if base_name else []
    if uscc:
        coded = state.by_uscc.get(uscc, [])
        if not coded:
            return f"本批次中没有统一社会信用代码为 {uscc} 的基地"
        if base_name:
            both = [t for t in coded if t in named]
            if not both:
                shown = "、".join(t.base_name for t in coded)
                return f"统一社会信用代码 {uscc} 是“{shown}”的，与基地名称“{base_name}”不一致"
            coded = both
        if len(coded) > 1:
            return "该依托单位在本批次中有多个基地，请同时填写基地名称"
        return coded[0]
    if not named:
        return f"本批次中没有名为“{base_name}”的基地"
    if len(named) > 1:
        return f"本批次中有 {len(named)} 个基地名为“{base_name}”，请同时填写统一社会信用代码"
    return named[0]
