"""The checks of one score against its round, whatever it came in (a returned workbook, a
summary, the window's grid): the target is in the round, the expert sits on that target's group
panel and has no conflict with its host (回避, decided as on the day of the check), the line is
on the round's template, the points lie within 0 and the line's maximum (or the sheet's total,
for a total given alone); then each sheet gives every line, or its total alone.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import select

from intlbase_desk import experts
from intlbase_desk.evaluations import score_lines, score_sheets
from intlbase_desk.infra import clock
from intlbase_desk.infra.errors import NotFoundError, UserError
from intlbase_desk.models import EvaluationRound, EvaluationTarget
from intlbase_desk.text.width import half_width
from intlbase_desk.workspace import Workspace


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
class RoundState:
    found: EvaluationRound
    targets: dict[int, EvaluationTarget]
    panels: dict[str, list[int]]
    templates: dict[str, score_lines.Template]
    pool: dict[int, experts.ExpertRecord]
    conflicts: dict[tuple[int, int], list[experts.Conflict]] = field(default_factory=dict)
    by_uscc: dict[str, list[EvaluationTarget]] = field(default_factory=dict)
    by_name: dict[str, list[EvaluationTarget]] = field(default_factory=dict)
    experts_by_name: dict[str, list[experts.ExpertRecord]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for t in self.targets.values():
            self.by_uscc.setdefault(t.uscc, []).append(t)
            self.by_name.setdefault(same_name(t.base_name), []).append(t)
        for e in self.pool.values():
            self.experts_by_name.setdefault(same_name(e.name), []).append(e)


def load_round(ws: Workspace, round_id: int) -> RoundState:
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
    return RoundState(found, targets, panels, templates, pool)


@functools.lru_cache(maxsize=4096)  # a summary repeats its few names on every row
def same_name(text: str) -> str:
    """A name as a third party may retype it: full width, spaces, line breaks do not count."""
    return "".join(half_width(text).split())


def accept(
    ws: Workspace,
    state: RoundState,
    checked: CheckedScores,
    target: EvaluationTarget,
    expert_id: int,
    item: str,
    points: float | None,
    sheet: str,
    row: int,
) -> None:
    # Read once: a summary calls this for each of its rows, and ORM attributes cost.
    target_id, group = target.id, target.group_key
    assert target_id is not None

    def fail(*args: Any) -> None:  # a sheet with a refused cell is not also "missing" it
        checked.failed.add((target_id, expert_id))
        checked.error(*args)

    expert = state.pool.get(expert_id)
    if expert is None:
        fail(sheet, row, "expert", expert_id, "unknown_expert", "专家库中没有这位专家")
        return
    if expert_id not in state.panels.get(group, []):
        fail(
            sheet,
            row,
            "expert",
            expert.name,
            "not_on_panel",
            f"{expert.name}不在“{target.base_name}”所在组的专家组中",
        )
        return
    pair = (expert_id, target_id)
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
    template = state.templates.get(group)
    if template is None:
        fail(sheet, row, "item", item, "no_template", "该类基地没有评分表")
        return
    if item == score_lines.TOTAL:
        maximum = template.total
    else:
        line = template.line(item)
        if line is None:
            kind = next((t.name for t in ws.profile.base_types if t.id == group), group)
            shown = "、".join(line.name for line in template.lines)
            message = f"“{item}”不是{kind}评分表中的指标（应为：{shown}）"
            fail(sheet, row, "item", item, "unknown_item", message)
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
    key = (target_id, expert_id, item)
    if key in checked.keys:
        fail(sheet, row, "item", item, "duplicate_in_file", "同一专家对同一基地的这一项重复评分")
        return
    checked.keys.add(key)
    checked.entries.append(Entry(target_id, expert_id, item, float(points)))


def check_complete(state: RoundState, checked: CheckedScores) -> None:
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
