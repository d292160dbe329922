"""Paper sheets typed twice (录入 and 复核录入): as the second typing comes in, each line it gives
that differs from the other typing of the same sheet is said at once, with both values, so the
officer takes out the paper sheet while it is at hand. The results keep such a target without a
panel score until the two agree (panel_totals)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

from intlbase_desk.evaluations.score_rules import CheckedScores, ScoreFinding
from intlbase_desk.models import EvaluationTarget, Expert, Score
from intlbase_desk.workspace import Workspace

CODE = "double_entry"


def compare_typings(ws: Workspace, checked: CheckedScores, entry_pass: int) -> int:
    """The same, for checked scores not written (a dry run)."""
    with ws.db.reading() as conn:
        return note_differences(conn, checked, entry_pass)


def note_differences(
    session: Session | sa.Connection, checked: CheckedScores, entry_pass: int
) -> int:
    """Adds a warning to ``checked`` for each differing line; how many there are."""
    checked.warnings = [w for w in checked.warnings if w.code != CODE]
    sheets = {(e.target_id, e.expert_id) for e in checked.entries}
    if not sheets:
        return 0
    table = Score.__table__  # type: ignore[attr-defined]
    other: dict[tuple[int, int, str], float] = {
        (target, expert, item): points
        for target, expert, item, points in session.execute(
            sa.select(table.c.target_id, table.c.expert_id, table.c.item, table.c.points).where(
                table.c.round_id == checked.round_id, table.c.entry_pass == 3 - entry_pass
            )
        )
        if (target, expert) in sheets
    }
    if not other:
        return 0
    typed_twice = {key[:2] for key in other}  # sheets the other typing has
    typed: set[tuple[int, int, str]] = set()
    differing: list[tuple[int, int, str, float | None, float | None]] = []
    for e in checked.entries:
        key = (e.target_id, e.expert_id, e.item)
        typed.add(key)
        was = other.get(key)
        if key[:2] in typed_twice and (was is None or abs(was - e.points) > 1e-9):
            differing.append((*key, was, e.points))
    differing += [(*key, was, None) for key, was in other.items() if key not in typed]
    if not differing:
        return 0
    names = dict(session.execute(sa.select(Expert.id, Expert.name)).all())  # type: ignore[call-overload]
    bases = dict(
        session.execute(
            sa.select(EvaluationTarget.id, EvaluationTarget.base_name).where(  # type: ignore[call-overload]
                EvaluationTarget.round_id == checked.round_id
            )
        ).all()
    )
    this, that = ("第二遍", "第一遍") if entry_pass == 2 else ("第一遍", "第二遍")
    for target, expert, item, was, now in sorted(differing, key=lambda d: d[:3]):
        line = item or "总分"  # a total given alone
        checked.warnings.append(
            ScoreFinding(
                "",
                0,
                "score",
                line,
                CODE,
                f"{names.get(expert, expert)}对“{bases.get(target, target)}”的“{line}”："
                f"{that} {_shown(was)}，{this} {_shown(now)}，两遍录入不一致，请核对纸质评分表",
            )
        )
    return len(differing)


def _shown(points: float | None) -> str:
    return "未录入" if points is None else f"{points:g}"
