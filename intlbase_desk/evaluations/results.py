"""A round's results: each expert's total per target, the panel score, ranks, flags, grades.

Which sheets count for a target, and the flags about the others, is panel_totals'. Grades follow
the profile's cut-offs; where the profile sets a quota for the top grade, the best within the
quota keep it, a tie across the quota line is shown for the officer to decide, and the officer
may set any grade by hand with a reason (recorded, audited).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from intlbase_desk import experts
from intlbase_desk.evaluations import aggregate, score_lines, score_sheets
from intlbase_desk.evaluations.panel_totals import (
    Excluding,
    Flag,
    Sheet,
    TargetResult,
    target_result,
)
from intlbase_desk.evaluations.rounds import CHANGED, changeable_round
from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import NotFoundError, UserError, ValidationError
from intlbase_desk.models import EvaluationRound, EvaluationTarget, Score, ScoreNote
from intlbase_desk.policy.profile import Grade
from intlbase_desk.workspace import Workspace


@dataclass(frozen=True)
class RoundResults:
    round: EvaluationRound
    targets: list[TargetResult]
    method: str
    quota: int | None

    @property
    def complete(self) -> bool:
        return all(t.grade is not None for t in self.targets)

    def as_dict(self) -> dict[str, Any]:
        return {
            "round": self.round.id,
            "name": self.round.name,
            "method": self.method,
            "top_grade_quota": self.quota,
            "complete": self.complete,
            "targets": [t.as_dict() for t in self.targets],
        }


def grade_for(score: float, grades: list[Grade]) -> Grade:
    return next((g for g in grades if score >= g.min_score - 1e-9), grades[-1])


def round_results(ws: Workspace, round_id: int, *, with_lines: bool = False) -> RoundResults:
    """``with_lines``: each expert total keeps its lines (for the filled sheets' pages)."""
    evaluation = ws.profile.evaluation
    pool = {e.id: e for e in experts.load_experts(ws)}
    names = {expert_id: e.name for expert_id, e in pool.items()}
    with ws.db.transaction() as session:
        found = session.get(EvaluationRound, round_id)
        if found is None:
            raise NotFoundError(f"评估批次 {round_id} 不存在")
        templates = score_lines.templates(session, found, ws.profile, freeze=False)
        panels = score_sheets.panels(session, round_id)
        targets = list(
            session.exec(
                select(EvaluationTarget)
                .where(EvaluationTarget.round_id == round_id, EvaluationTarget.included == True)  # noqa: E712
                .order_by(EvaluationTarget.id)  # type: ignore[arg-type]
            )
        )
        scores = _scores(session, round_id, with_lines)
        by_target: dict[int, dict[tuple[int, int], Sheet]] = {}
        for (target_id, expert_id, entry_pass), sheet in scores.items():
            by_target.setdefault(target_id, {})[(expert_id, entry_pass)] = sheet
        notes = list(
            session.exec(
                select(ScoreNote).where(ScoreNote.round_id == round_id).order_by(ScoreNote.id)  # type: ignore[arg-type]
            )
        )
        session.expunge_all()
    # Once concluded, the results stand as they were concluded: 回避 is not decided again.
    on = clock.today() if found.state == "open" else None
    excluding = Excluding(pool, on, evaluation.conflict_years)
    results = [
        target_result(
            t,
            templates.get(t.group_key),
            panels.get(t.group_key, []),
            names,
            by_target.get(t.id or 0, {}),
            evaluation,
            excluding,
        )
        for t in targets
    ]
    scored = {r.target_id: r.panel_score for r in results if r.panel_score is not None}
    # Ranked within each group: each group's panel scores its own bases.
    positions: dict[int, int] = {}
    for group in {r.group for r in results}:
        positions |= aggregate.ranks(
            {
                r.target_id: r.panel_score
                for r in results
                if r.group == group and r.target_id in scored
            }
        )
    for r in results:
        r.rank = positions.get(r.target_id)
        if r.panel_score is not None and evaluation.grades:
            g = grade_for(r.panel_score, evaluation.grades)
            r.computed_grade = r.grade = g.name
    quota = aggregate.quota_limit(len(scored), evaluation.top_grade_quota_percent)
    if quota is not None and evaluation.grades:
        _apply_quota(results, quota, evaluation.grades)
    _apply_notes(results, notes, names)
    outcomes = {g.name: g.outcome for g in evaluation.grades}
    for r in results:
        r.outcome = outcomes.get(r.grade or "")
    return RoundResults(found, results, evaluation.aggregation, quota)


def _scores(session: Session, round_id: int, with_lines: bool) -> dict[tuple[int, int, int], Sheet]:
    """(target, expert, pass) → the sheet. Its lines are read only where they are needed (a
    filled sheet's page, or two typings to compare); otherwise the database sums them: a round
    holds tens of thousands of lines and a tenth as many sheets."""
    table = Score.__table__  # type: ignore[attr-defined]
    c = table.c
    this_round = c.round_id == round_id
    found: dict[tuple[int, int, int], Sheet] = {}
    if not with_lines:
        rows = session.execute(
            sa.select(
                c.target_id,
                c.expert_id,
                c.entry_pass,
                sa.func.sum(c.points),
                sa.func.count(),
                sa.func.max(sa.case((c.item == score_lines.TOTAL, 1), else_=0)),
            )
            .where(this_round)
            .group_by(c.target_id, c.expert_id, c.entry_pass)
        ).all()
        found = {(t, e, p): Sheet(total, n, bool(alone)) for t, e, p, total, n, alone in rows}
        twice = {(t, e) for (t, e, p) in found if p == 2}
        if not twice:
            return found
    lines: dict[tuple[int, int, int], dict[str, float]] = {}
    statement = sa.select(c.target_id, c.expert_id, c.entry_pass, c.item, c.points).where(
        this_round
    )
    for target_id, expert_id, entry_pass, item, points in session.execute(statement).all():
        if with_lines or (target_id, expert_id) in twice:
            lines.setdefault((target_id, expert_id, entry_pass), {})[item] = points
    for key, given in lines.items():
        found[key] = Sheet(sum(given.values()), len(given), score_lines.TOTAL in given, given)
    return found


def _apply_quota(results: list[TargetResult], quota: int, grades: list[Grade]) -> None:
    top, second = grades[0].name, (grades[1].name if len(grades) > 1 else grades[0].name)
    candidates = sorted(
        (r for r in results if r.grade == top), key=lambda r: r.panel_score or 0, reverse=True
    )
    if len(candidates) <= quota:
        return
    line = candidates[quota - 1].panel_score if quota > 0 else None
    first_out = candidates[quota].panel_score
    # A tie across the line has no grade until the officer decides (set_grade, with why).
    for r in candidates[quota:]:
        r.grade = second
        if line is not None and r.panel_score == line:
            r.grade = None
            r.flags.append(
                Flag("quota_tie", f"与名额内最后一名同分（{line:g}），请决定等级并说明理由")
            )
        else:
            r.flags.append(Flag("quota", f"{top}名额为 {quota} 个，按得分排序未入名额"))
    for r in candidates[:quota]:
        if r.panel_score == first_out:
            r.grade = None
            r.flags.append(
                Flag("quota_tie", f"与名额外的基地同分（{r.panel_score:g}），请决定等级并说明理由")
            )


def _apply_notes(
    results: list[TargetResult], notes: list[ScoreNote], names: dict[int, str]
) -> None:
    by_target = {r.target_id: r for r in results}
    for note in notes:  # in order: a later note replaces an earlier one
        r = by_target.get(note.target_id)
        if r is None:
            continue
        if note.grade:
            r.grade, r.override_reason = note.grade, note.note
            r.flags = [f for f in r.flags if f.code not in ("override", "quota_tie")]
            r.flags.append(
                Flag(
                    "override",
                    f"等级由 {r.computed_grade or '无'} 调整为 {note.grade}：{note.note}",
                )
            )
        elif note.expert_id is not None:
            r.flags = [
                Flag(f.code, f.message, f.expert_id, note.note)
                if f.code == "outlier" and f.expert_id == note.expert_id
                else f
                for f in r.flags
            ]


def _note(
    ws: Workspace, round_id: int, target_id: int, *, expert_id: int | None, grade: str, note: str
) -> Changes:
    note = note.strip()
    if not note:
        raise ValidationError({"note": "请填写说明或理由"})
    with ws.db.transaction() as session:
        found = changeable_round(session, round_id)
        target = session.get(EvaluationTarget, target_id)
        if target is None or target.round_id != round_id:
            raise NotFoundError(f"基地不在{found.name}中")
        row = ScoreNote(
            round_id=round_id,
            target_id=target_id,
            expert_id=expert_id,
            grade=grade,
            note=note,
            noted_by=ws.actor,
            noted_at=clock.now(),
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor=ws.actor,
            entity="score_note",
            entity_id=row.id or 0,
            action="create",
            before=None,
            after=audit.snapshot(row),
            reason=f"{found.name}“{target.base_name}”："
            + (f"等级定为{grade}" if grade else "评分偏离的说明"),
        )
    return CHANGED


def explain_flag(
    ws: Workspace, round_id: int, target_id: int, expert_id: int, note: str
) -> Changes:
    """The officer's record of why an expert's total lies far from the others'."""
    found = round_results(ws, round_id)
    target = next((t for t in found.targets if t.target_id == target_id), None)
    far = target is not None and any(
        f.code == "outlier" and f.expert_id == expert_id for f in target.flags
    )
    if not far:
        raise UserError("该专家对该基地的评分没有偏离提示，无需说明")
    return _note(ws, round_id, target_id, expert_id=expert_id, grade="", note=note)


def set_grade(ws: Workspace, round_id: int, target_id: int, grade: str, reason: str) -> Changes:
    """A grade set by hand (a tie across the quota line, or the panel's decision), with why."""
    names = [g.name for g in ws.profile.evaluation.grades]
    if grade not in names:
        raise UserError(f"“{grade}”不是评估等级（应为：{'、'.join(names)}）")
    return _note(ws, round_id, target_id, expert_id=None, grade=grade, note=reason)
