"""Scores coming back, checked before anything is written: a returned expert workbook (known by
its hidden keys) or a third party's summary, read through the one spreadsheet engine.

Every score is checked against the round: the target is in it, the expert sits on that
target's group panel and has no conflict with its host (回避, decided as on the day of the
check), the line is on the round's template, the points lie within 0 and the line's maximum
(or the sheet's total, for a total given alone). Each problem is a finding with its sheet and
row; a file with any error is written not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import select

from intlbase_desk import experts, sheets
from intlbase_desk.evaluations import score_lines, score_sheets
from intlbase_desk.evaluations.score_schema import SCORE_SHEET, SCORE_SUMMARY
from intlbase_desk.infra import clock
from intlbase_desk.infra.errors import NotFoundError, UserError
from intlbase_desk.models import EvaluationRound, EvaluationTarget
from intlbase_desk.sheets import Workbook
from intlbase_desk.text.width import half_width
from intlbase_desk.workspace import Workspace

TOTAL_ROWS = {"合计", "总计", "小计", "总分"}


@dataclass(frozen=True)
class Entry:
    target_id: int
    expert_id: int
    item: str  # a template line, or score_lines.TOTAL
    points: float


@dataclass(frozen=True)
class ScoreFinding:
    sheet: str
    row: int
    field: str
    value: str
    code: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "field": self.field,
            "value": self.value,
            "code": self.code,
            "message": self.message,
        }


@dataclass
class CheckedScores:
    round_id: int
    file_name: str
    sha256: str
    source: str  # workbook | summary | grid
    entries: list[Entry] = field(default_factory=list)
    errors: list[ScoreFinding] = field(default_factory=list)
    warnings: list[ScoreFinding] = field(default_factory=list)
    written: int = 0
    unchanged: int = 0
    keys: set[tuple[int, int, str]] = field(default_factory=set, repr=False)
    failed: set[tuple[int, int]] = field(default_factory=set, repr=False)
    inactive: set[int] = field(default_factory=set, repr=False)

    def error(self, sheet: str, row: int, key: str, value: Any, code: str, message: str) -> None:
        text = "" if value is None else str(value)
        self.errors.append(ScoreFinding(sheet, row, key, text, code, message))

    def as_dict(self) -> dict[str, Any]:
        return {
            "round": self.round_id,
            "file": self.file_name,
            "source": self.source,
            "scores": len(self.entries),
            "written": self.written,
            "unchanged": self.unchanged,
            "errors": [f.as_dict() for f in self.errors],
            "warnings": [f.as_dict() for f in self.warnings],
        }


@dataclass
class _Round:
    found: EvaluationRound
    targets: dict[int, EvaluationTarget]
    panels: dict[str, list[int]]
    templates: dict[str, score_lines.Template]
    pool: dict[int, experts.ExpertRecord]
    conflicts: dict[tuple[int, int], list[experts.Conflict]] = field(default_factory=dict)
    by_uscc: dict[str, list[EvaluationTarget]] = field(default_factory=dict)
    by_name: dict[str, list[EvaluationTarget]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for t in self.targets.values():
            self.by_uscc.setdefault(t.uscc, []).append(t)
            self.by_name.setdefault(same_name(t.base_name), []).append(t)


def _load(ws: Workspace, round_id: int) -> _Round:
    pool = {e.id: e for e in experts.load_experts(ws)}
    with ws.db.transaction() as session:
        found = session.get(EvaluationRound, round_id)
        if found is None:
            raise NotFoundError(f"评估批次 {round_id} 不存在")
        if found.state != "open":
            raise UserError(f"{found.name}已办结，不能再导入评分")
        targets = {
            t.id: t
            for t in session.exec(
                select(EvaluationTarget).where(
                    EvaluationTarget.round_id == round_id,
                    EvaluationTarget.included == True,  # noqa: E712
                )
            )
            if t.id is not None
        }
        panels = score_sheets.panels(session, round_id)
        templates = score_lines.templates(session, found, ws.profile, freeze=False)
        session.expunge_all()
    return _Round(found, targets, panels, templates, pool)


def check_scores_file(ws: Workspace, round_id: int, path: Path) -> CheckedScores:
    return check_scores(ws, round_id, sheets.read(path))


def check_scores(ws: Workspace, round_id: int, workbook: Workbook) -> CheckedScores:
    state = _load(ws, round_id)
    keys = next((s for s in workbook.sheets if s.name == score_sheets.KEYS_SHEET), None)
    if keys is not None and _keys(keys.rows).get("format") == [score_sheets.FORMAT]:
        checked = CheckedScores(round_id, workbook.file_name, workbook.sha256, "workbook")
        _check_workbook(ws, state, workbook, _keys(keys.rows), checked)
    else:
        checked = CheckedScores(round_id, workbook.file_name, workbook.sha256, "summary")
        _check_summary(ws, state, workbook, checked)
    _check_complete(state, checked)
    if checked.source == "summary":
        _check_pairs(state, checked)
    if not checked.entries and not checked.errors:
        checked.error("", 0, "score", "", "no_scores", "文件中没有读到任何评分")
    return checked


def _check_pairs(state: _Round, checked: CheckedScores) -> None:
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
    state = _load(ws, round_id)
    checked = CheckedScores(round_id, "", "", "grid")
    for entry in entries:
        target = state.targets.get(entry.target_id)
        if target is None:
            checked.error("", 0, "target", entry.target_id, "unknown_target", "基地不在本批次中")
            continue
        _accept(ws, state, checked, target, entry.expert_id, entry.item, entry.points, "", 0)
    _check_complete(state, checked)
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
    state: _Round,
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
        for row in report.accepted:
            item = row.values["item"]
            if item == "合计":
                continue
            _accept(
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
    ws: Workspace, state: _Round, workbook: Workbook, checked: CheckedScores
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
        named = [e for e in state.pool.values() if same_name(e.name) == same_name(v["expert"])]
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
        _accept(ws, state, checked, target, expert.id, item, v["score"], sheet, row.row)


def same_name(text: str) -> str:
    """A name as a third party may retype it: full width, spaces, line breaks do not count."""
    return "".join(half_width(text).split())


def _target_of(state: _Round, uscc: str | None, base_name: str | None) -> EvaluationTarget | str:
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


def _accept(
    ws: Workspace,
    state: _Round,
    checked: CheckedScores,
    target: EvaluationTarget,
    expert_id: int,
    item: str,
    points: float | None,
    sheet: str,
    row: int,
) -> None:
    assert target.id is not None

    def fail(*args: Any) -> None:  # a sheet with a refused cell is not also "missing" it
        checked.failed.add((target.id or 0, expert_id))
        checked.error(*args)

    expert = state.pool.get(expert_id)
    if expert is None:
        fail(sheet, row, "expert", expert_id, "unknown_expert", "专家库中没有这位专家")
        return
    if expert_id not in state.panels.get(target.group_key, []):
        fail(
            sheet,
            row,
            "expert",
            expert.name,
            "not_on_panel",
            f"{expert.name}不在“{target.base_name}”所在组的专家组中",
        )
        return
    pair = (expert_id, target.id)
    if pair not in state.conflicts:  # a sheet's lines share the answer
        state.conflicts[pair] = experts.conflicts(
            expert,
            target.uscc,
            target.org_name,
            on=clock.today(),
            years=ws.profile.evaluation.conflict_years,
        )
    found = state.conflicts[pair]
    if found:
        reasons = "；".join(c.reason for c in found)
        fail(
            sheet,
            row,
            "expert",
            expert.name,
            "conflict",
            f"{expert.name}须回避“{target.org_name}”（{reasons}），其评分不能计入",
        )
        return
    if not expert.active and expert_id not in checked.inactive:
        # Drawn while active, made inactive since: the officer decides whether the scores stand.
        checked.inactive.add(expert_id)
        checked.warnings.append(
            ScoreFinding(
                sheet,
                row,
                "expert",
                expert.name,
                "inactive_expert",
                f"{expert.name}已在专家库中停用，其评分仍按抽取结果计入；如不应计入，请登记其不能参加",
            )
        )
    template = state.templates.get(target.group_key)
    if template is None:
        fail(sheet, row, "item", item, "no_template", "该类基地没有评分表")
        return
    if item == score_lines.TOTAL:
        maximum = template.total
    else:
        line = template.line(item)
        if line is None:
            fail(sheet, row, "item", item, "unknown_item", f"“{item}”不是本批次评分表中的指标")
            return
        maximum = line.points
    if points is None:
        fail(sheet, row, "score", "", "missing_score", f"“{item or '总分'}”没有填写得分")
        return
    if not 0 <= points <= maximum:
        fail(
            sheet,
            row,
            "score",
            f"{points:g}",
            "out_of_range",
            f"“{item or '总分'}”的得分应在 0 到 {maximum:g} 之间",
        )
        return
    key = (target.id, expert_id, item)
    if key in checked.keys:
        fail(sheet, row, "item", item, "duplicate_in_file", "同一专家对同一基地的这一项重复评分")
        return
    checked.keys.add(key)
    checked.entries.append(Entry(target.id, expert_id, item, float(points)))


def _check_complete(state: _Round, checked: CheckedScores) -> None:
    """Lines and a total given alone do not mix, and a sheet gives every line."""
    by_sheet: dict[tuple[int, int], set[str]] = {}
    for e in checked.entries:
        by_sheet.setdefault((e.target_id, e.expert_id), set()).add(e.item)
    for (target_id, expert_id), items in by_sheet.items():
        if (target_id, expert_id) in checked.failed:
            continue
        target = state.targets[target_id]
        name = state.pool[expert_id].name
        lines = {line.name for line in state.templates[target.group_key].lines}
        if score_lines.TOTAL in items and len(items) > 1:
            checked.error(
                "",
                0,
                "item",
                "",
                "mixed",
                f"{name}对“{target.base_name}”既有总分又有分项得分，请只保留一种",
            )
        elif score_lines.TOTAL not in items and lines - items:
            missing = "、".join(sorted(lines - items))
            checked.error(
                "",
                0,
                "item",
                "",
                "missing_score",
                f"{name}对“{target.base_name}”缺少指标“{missing}”的得分",
            )
