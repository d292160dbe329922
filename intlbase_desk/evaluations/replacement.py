"""Who takes the seat of a member who cannot score once the reserves are used up: the next
expert of the draw's recorded order who may still sit on the panel (active, and in conflict with
none of the group's targets on the day), the ones passed over named with why. Nothing is drawn
again, so the seat can be checked against the draw's record like any other.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlmodel import Session

from intlbase_desk import experts
from intlbase_desk.evaluations import drawing
from intlbase_desk.models import PanelDraw, PanelMember


def seat_from_order(
    session: Session,
    draw: PanelDraw,
    members: list[PanelMember],
    pool: dict[int, experts.ExpertRecord],
    *,
    on: dt.date,
    years: int,
) -> PanelMember | None:
    """A new reserve at the next position, for the caller to seat; None when the order is
    exhausted."""
    assert draw.id is not None
    taken = {m.expert_id for m in members}
    targets = [drawing.Target(**t) for t in json.loads(draw.targets_json)]
    passed: list[str] = []
    for expert_id in json.loads(draw.order_json):
        if expert_id in taken:
            continue
        expert = pool.get(expert_id)
        if expert is None:
            continue
        now = drawing.eligibility([expert], targets, on=on, years=years)
        if not now.eligible:
            passed.append(f"{expert.name}（{'；'.join(now.excluded[expert_id])}）")
            continue
        note = "备选专家已用尽，按抽取顺序递补"
        if passed:
            note += "；跳过：" + "、".join(passed)
        seat = PanelMember(
            draw_id=draw.id,
            expert_id=expert_id,
            position=max((m.position for m in members), default=0) + 1,
            role="reserve",
            note=note[:500],
        )
        session.add(seat)
        return seat
    return None


def beyond_reserves(
    members: list[PanelMember], order: list[int], drawn: int, names: dict[int, str]
) -> list[str]:
    """Problems with the seats taken after the reserves: only once the reserves were all used,
    each later in the recorded order than the one before, and every expert of the order passed
    over on the way named in a seat's note."""
    extra = [m for m in members if m.position > drawn]
    if not extra:
        return []
    problems = []
    if any(m.role == "reserve" for m in members if m.position <= drawn):
        problems.append("还有备选专家未递补，却按抽取顺序补入了专家")
    where = {expert_id: i for i, expert_id in enumerate(order)}
    places = [where.get(m.expert_id, -1) for m in extra]
    if -1 in places or places != sorted(places) or places[0] < drawn:
        return [*problems, "按抽取顺序递补的专家与记录的顺序不一致"]
    seated = {m.expert_id for m in members}
    notes = "".join(m.note for m in extra)
    passed = [e for e in order[drawn : places[-1]] if e not in seated]
    if any(f"{names.get(e, e)}（" not in notes for e in passed):
        problems.append("按抽取顺序递补时跳过了专家，却没有记录跳过的原因")
    return problems
