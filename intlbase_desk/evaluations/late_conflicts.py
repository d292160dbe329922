"""What a change to an expert's record means for the open rounds.

Experts who must now abstain from a base they have already scored in an open round: a
relation or an employer entered after the scores came in. The results leave those scores out
(panel_totals); this says so when the expert's record changes, so the officer can act at once
(decline the member, or explain), instead of finding a grade moved later."""

from __future__ import annotations

import sqlalchemy as sa

from intlbase_desk import experts
from intlbase_desk.evaluations.panels import group_name
from intlbase_desk.infra import clock
from intlbase_desk.models import EvaluationRound, EvaluationTarget, PanelDraw, PanelMember, Score
from intlbase_desk.workspace import Workspace


def scored_conflicts(ws: Workspace, expert_ids: set[int] | None = None) -> list[str]:
    """One sentence per expert and base; ``expert_ids``: only these experts (None: all)."""
    pool = {e.id: e for e in experts.load_experts(ws)}
    s, t, r = Score.__table__, EvaluationTarget.__table__, EvaluationRound.__table__  # type: ignore[attr-defined]
    statement = (
        sa.select(s.c.expert_id, t.c.base_name, t.c.org_name, t.c.uscc, r.c.name)
        .distinct()
        .join(t, t.c.id == s.c.target_id)
        .join(r, r.c.id == s.c.round_id)
        .where(r.c.state == "open", t.c.included == sa.true())
    )
    if expert_ids is not None:
        statement = statement.where(s.c.expert_id.in_(sorted(expert_ids)))
    with ws.db.reading() as conn:
        rows = conn.execute(statement).all()
    found: list[str] = []
    today, years = clock.today(), ws.profile.evaluation.conflict_years
    for expert_id, base_name, org_name, uscc, round_name in rows:
        expert = pool.get(expert_id)
        if expert is None:
            continue
        reasons = experts.conflicts(expert, uscc, org_name, on=today, years=years)
        if reasons:
            why = "；".join(c.reason for c in reasons)
            found.append(
                f"{expert.name}已在{round_name}中为“{base_name}”评分，现须回避（{why}）："
                "这些评分不再计入结果；如该专家不能继续评审，请登记其不能参加"
            )
    return found


def open_seats(ws: Workspace, expert_id: int) -> list[str]:
    """Where the expert sits on a panel of an open round: deactivating them keeps the seat
    (the draw is a record), so the officer is told to register a decline if they will not
    score."""
    d, m, r = PanelDraw.__table__, PanelMember.__table__, EvaluationRound.__table__  # type: ignore[attr-defined]
    statement = (
        sa.select(r.c.name, d.c.group_key, m.c.role)
        .join(d, d.c.id == m.c.draw_id)
        .join(r, r.c.id == d.c.round_id)
        .where(r.c.state == "open", m.c.expert_id == expert_id, m.c.role != "declined")
        .order_by(r.c.id, d.c.id)
    )
    with ws.db.reading() as conn:
        rows = conn.execute(statement).all()
    found = []
    for round_name, group, role in rows:
        seat = "评审专家" if role == "member" else "候补专家"
        found.append(f"{round_name}“{group_name(ws, group)}”组的{seat}")
    return found


def seats_kept(ws: Workspace, expert_ids: set[int] | None) -> list[str]:
    """After deactivating experts: one sentence per expert still seated in an open round."""
    found = []
    for expert_id in sorted(expert_ids or ()):
        seats = open_seats(ws, expert_id)
        if seats:
            found.append(
                f"该专家仍是{'、'.join(seats)}：停用不改变已抽取的评审组；"
                "如其不能参加评审，请登记其不能参加，由候补专家递补"
            )
    return found
