"""Evaluation rounds (评估批次): who is due, as the profile says, and the officer's changes.

- 绩效评估 (``evaluation``): bases waiting for evaluation, and bases in force whose validity has
  ended by the round's day (BJ2016-14: after the three years);
- 复评 (``re_evaluation``): bases whose year of rectification has ended (BJ2016-15);
- 年度考核 (``annual``): every base holding its title, where the profile assesses yearly
  (NAT-13, IM-12).

The targets keep their host's name and credit code as they were when the round opened: the
panel's 回避 is decided against them. The officer may add a base or remove one, with a reason; a
removed target stays in the round, marked, with its reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from intlbase_desk import register
from intlbase_desk.evaluations.kinds import KINDS
from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import NotFoundError, UserError, ValidationError
from intlbase_desk.models import Base, EvaluationRound, EvaluationTarget, Organization
from intlbase_desk.policy.profile import Profile
from intlbase_desk.workspace import Workspace

ENTITY = "evaluation_round"
CHANGED = Changes(evaluations=True)


@dataclass(frozen=True)
class RoundOpened:
    round: EvaluationRound
    targets: list[EvaluationTarget]
    changes: Changes = CHANGED
    # Bases due but already in another open round (base id → that round's name): a base is
    # evaluated in one round at a time, or two conclusions would both apply.
    elsewhere: dict[int, str] = field(default_factory=dict)


def _states(profile: Profile, *roles: str) -> list[str]:
    return [s.id for s in profile.lifecycle.states if s.role in roles and s.title_usable]


def due_base_ids(ws: Workspace, kind: str, as_of: dt.date) -> list[int]:
    """The bases the profile makes due for a round of ``kind`` on the day ``as_of``."""
    profile = ws.profile
    base = Base.__table__  # type: ignore[attr-defined]
    live = base.c.archived == sa.false()
    if kind == "evaluation":
        due = _states(profile, "evaluation_due")
        active = _states(profile, "active")
        condition = sa.or_(
            base.c.status.in_(due),
            sa.and_(base.c.status.in_(active), base.c.valid_until <= as_of),
        )
    elif kind == "re_evaluation":
        if not profile.states_with_role("rectification"):
            raise UserError(f"《{profile.name}》没有整改和复评")
        ends = register.rectification_ends(ws)
        return sorted(b for b, day in ends.items() if day <= as_of)
    elif kind == "annual":
        if not profile.evaluation.annual:
            raise UserError(f"《{profile.name}》没有年度考核；请选择“绩效评估”")
        condition = base.c.status.in_(_states(profile, "active", "evaluation_due", "notified"))
    else:
        raise ValidationError({"kind": f"未知的评估类型：{kind}"})
    with ws.db.reading() as conn:
        rows = conn.execute(sa.select(base.c.id).where(live, condition).order_by(base.c.id))
        return [r[0] for r in rows]


def _target(session: Session, round_id: int, base_id: int, reason: str = "") -> EvaluationTarget:
    base = session.get(Base, base_id)
    if base is None:
        raise NotFoundError(f"基地（编号 {base_id}）不存在")
    org = session.get(Organization, base.org_id)
    assert org is not None
    return EvaluationTarget(
        round_id=round_id,
        base_id=base_id,
        group_key=base.base_type,
        base_name=base.name,
        base_type=base.base_type,
        field=base.field,
        org_name=org.name,
        uscc=org.uscc,
        reason=reason,
    )


def open_round(
    ws: Workspace, year: int, kind: str = "evaluation", as_of: dt.date | None = None
) -> RoundOpened:
    """Opens the round of ``year`` with every base due by ``as_of`` (31 December of the year)."""
    if kind not in KINDS:
        raise ValidationError({"kind": f"未知的评估类型：{kind}（应为 {'、'.join(KINDS)}）"})
    latest = clock.today().year + 1
    if not 2000 <= year <= latest:
        raise ValidationError({"year": f"评估年度应在 2000 至 {latest} 之间，当前为 {year}"})
    as_of = as_of or dt.date(year, 12, 31)
    if as_of.year != year:
        raise ValidationError(
            {
                "as_of": f"截止日期 {as_of.isoformat()} 不在 {year} 年内；"
                "应参评的基地按该年内的日期确定"
            }
        )
    due = due_base_ids(ws, kind, as_of)
    if not due:
        raise UserError(f"截至 {as_of.isoformat()} 没有应参加{KINDS[kind]}的基地，未开启评估批次")
    now = clock.now()
    with ws.db.transaction() as session:
        earlier = session.exec(
            select(EvaluationRound).where(
                EvaluationRound.year == year, EvaluationRound.kind == kind
            )
        ).first()
        if earlier is not None:
            done = "已办结" if earlier.state != "open" else "已开启"
            raise UserError(
                f"{earlier.name}{done}（批次 {earlier.id}），同一年度同类评估只开启一次"
            )
        elsewhere = _in_open_rounds(session, due)
        due = [b for b in due if b not in elsewhere]
        if not due:
            shown = "、".join(sorted(set(elsewhere.values())))
            raise UserError(f"应参评的基地都已在未办结的批次中（{shown}），未开启新的批次")
        opened = EvaluationRound(
            year=year,
            kind=kind,
            name=round_name(year, kind),
            as_of=as_of,
            opened_by=ws.actor,
            opened_at=now,
        )
        session.add(opened)
        session.flush()
        assert opened.id is not None
        targets = [_target(session, opened.id, base_id) for base_id in due]
        session.add_all(targets)
        session.flush()
        audit.record(
            session,
            actor=ws.actor,
            entity=ENTITY,
            entity_id=opened.id,
            action="create",
            before=None,
            after=audit.snapshot(opened) | {"targets": [t.base_id for t in targets]},
            reason=f"按《{ws.profile.name}》截至 {as_of.isoformat()} 应参加{KINDS[kind]}的基地",
        )
        for t in targets:
            session.refresh(t)
        session.refresh(opened)
    return RoundOpened(opened, targets, elsewhere=elsewhere)


def _in_open_rounds(session: Session, base_ids: list[int]) -> dict[int, str]:
    """Each of the bases that is a target of an open round, with that round's name."""
    rows = session.exec(
        select(EvaluationTarget.base_id, EvaluationRound.name)
        .join(EvaluationRound, EvaluationRound.id == EvaluationTarget.round_id)  # type: ignore[arg-type]
        .where(
            EvaluationRound.state == "open",
            EvaluationTarget.included == True,  # noqa: E712
            EvaluationTarget.base_id.in_(base_ids),  # type: ignore[attr-defined]
        )
    ).all()
    return dict(rows)


def round_name(year: int, kind: str) -> str:
    """2026年度绩效评估, 2027年度复评, 2026年度考核 (not 2026年度年度考核)."""
    name = KINDS[kind]
    return f"{year}{name}" if name.startswith("年度") else f"{year}年度{name}"


def changeable_round(session: Session, round_id: int) -> EvaluationRound:
    found = session.get(EvaluationRound, round_id)
    if found is None:
        raise NotFoundError(f"评估批次 {round_id} 不存在")
    if found.state != "open":
        raise UserError(f"{found.name}已办结，不能再修改")
    return found


def _reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "请填写原因"})
    return reason


def set_target(
    ws: Workspace, round_id: int, base_id: int, *, included: bool, reason: str
) -> Changes:
    """Adds a base to the round, or removes it (kept, marked, with the reason)."""
    reason = _reason(reason)
    with ws.db.transaction() as session:
        found = changeable_round(session, round_id)
        target = session.exec(
            select(EvaluationTarget).where(
                EvaluationTarget.round_id == round_id, EvaluationTarget.base_id == base_id
            )
        ).first()
        before: dict[str, Any] | None = None
        if target is None:
            if not included:
                raise UserError(f"基地 {base_id} 不在{found.name}中")
            if elsewhere := _in_open_rounds(session, [base_id]):
                raise UserError(
                    f"基地 {base_id} 已在未办结的{elsewhere[base_id]}中，不能同时参加两个批次"
                )
            target = _target(session, round_id, base_id, reason)
            session.add(target)
        else:
            if target.included == included:
                state = "已在" if included else "已移出"
                raise UserError(f"基地“{target.base_name}”{state}{found.name}")
            before = audit.snapshot(target)
            target.included, target.reason = included, reason
        session.flush()
        audit.record(
            session,
            actor=ws.actor,
            entity="evaluation_target",
            entity_id=target.id or 0,
            action="update" if before else "create",
            before=before,
            after=audit.snapshot(target),
            reason=reason,
        )
    return CHANGED


def get_round(ws: Workspace, round_id: int) -> EvaluationRound:
    with ws.db.transaction() as session:
        found = session.get(EvaluationRound, round_id)
        if found is None:
            raise NotFoundError(f"评估批次 {round_id} 不存在")
        return found


def list_rounds(ws: Workspace) -> list[EvaluationRound]:
    with ws.db.transaction() as session:
        statement = select(EvaluationRound).order_by(sa.desc(EvaluationRound.id))  # type: ignore[arg-type]
        return list(session.exec(statement))


def round_targets(
    ws: Workspace, round_id: int, *, included_only: bool = True
) -> list[EvaluationTarget]:
    with ws.db.transaction() as session:
        statement = select(EvaluationTarget).where(EvaluationTarget.round_id == round_id)
        if included_only:
            statement = statement.where(EvaluationTarget.included == sa.true())
        return list(session.exec(statement.order_by(EvaluationTarget.id)))  # type: ignore[arg-type]
