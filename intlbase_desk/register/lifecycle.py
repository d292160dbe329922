"""A base's status changes only along the transitions its profile allows.

Each change records its date, reason, the article it applies and who made it. A revocation under
the article that imposes the ban (``ban_rule``) starts it on the host organisation (revocation
date + the profile's ban years); a revocation under another article does not (BJ2016-16). A
re-evaluation after rectification is recorded only once the rectification period has run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, select

from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import LifecycleError, NotFoundError, UserError, ValidationError
from intlbase_desk.models import Base, PlaqueRecovery, StatusChange
from intlbase_desk.policy.profile import Consequence, Profile, Transition
from intlbase_desk.register.bases import ENTITY, add_years
from intlbase_desk.register.certificate_void import void_certificates
from intlbase_desk.workspace import Workspace

# A revocation's ban shows in the organisations' table, its voided certificate in theirs.
CHANGED = Changes(bases=True, organizations=True, certificates=True)


@dataclass(frozen=True)
class StatusChanged:
    change: StatusChange
    changes: Changes = CHANGED


def allowed_transitions(profile: Profile, status: str) -> list[Transition]:
    return profile.transitions_from(status)


@dataclass(frozen=True)
class StatusRequest:
    """A change asked for: to which state, on which day, why, under which article and case."""

    to_status: str
    on: dt.date
    reason: str
    rule: str | None = None
    trigger: str = ""


def change_status(
    ws: Workspace,
    base_id: int,
    to_status: str,
    *,
    on: dt.date,
    reason: str,
    rule: str | None = None,
    trigger: str = "",
) -> StatusChanged:
    request = StatusRequest(to_status, on, reason.strip(), rule, trigger)
    _check_request(ws.profile, request)
    with ws.db.transaction() as session:
        change = _change(session, ws, base_id, request)
    return StatusChanged(change)


@dataclass(frozen=True)
class StatusesChanged:
    changes_made: list[StatusChange]
    changes: Changes = CHANGED


def change_statuses(
    ws: Workspace,
    base_ids: list[int],
    to_status: str,
    *,
    on: dt.date,
    reason: str,
    rule: str | None = None,
    trigger: str = "",
) -> StatusesChanged:
    """The same change for several bases: one reason and article, one transaction (all or
    none), each base audited."""
    request = StatusRequest(to_status, on, reason.strip(), rule, trigger)
    _check_request(ws.profile, request)
    made = []
    with ws.db.transaction() as session:
        for base_id in dict.fromkeys(base_ids):
            try:
                made.append(_change(session, ws, base_id, request))
            except UserError as exc:
                base = session.get(Base, base_id)
                name = base.name if base is not None else f"编号 {base_id}"
                raise UserError(f"基地“{name}”：{exc}（未做任何变更）") from None
    return StatusesChanged(made)


def change_status_in(
    session: Session, ws: Workspace, base_id: int, request: StatusRequest
) -> StatusChange:
    """A change made inside another capability's transaction (an evaluation's conclusion), so
    that its record and the bases' changes are written together or not at all."""
    _check_request(ws.profile, request)
    return _change(session, ws, base_id, request)


def _check_request(profile: Profile, request: StatusRequest) -> None:
    if not request.reason:
        raise ValidationError({"reason": "请填写变更原因"})
    if request.on > clock.today():
        raise ValidationError({"on": "变更日期不能晚于今天"})
    if request.trigger and request.trigger not in {t.id for t in profile.revocation_triggers}:
        raise ValidationError({"trigger": f"未知的撤销情形：{request.trigger}"})


def _change(session: Session, ws: Workspace, base_id: int, request: StatusRequest) -> StatusChange:
    profile, on, to_status = ws.profile, request.on, request.to_status
    base = _changeable(session, base_id)
    transition = _pick(profile, base.status, to_status, request.rule)
    last = _last_change_date(session, base_id)
    if last is not None and on < last:
        raise ValidationError({"on": f"变更日期不能早于上一次状态变更（{last.isoformat()}）"})
    _refuse_before_rectification_ends(session, profile, base, transition, on)
    before = audit.snapshot(base)
    revokes = profile.state(to_status).role == "revoked"
    if transition.renews_validity and profile.validity_years:
        base.valid_until = add_years(on, profile.validity_years)
    base.status = to_status
    base.updated_at = clock.now()
    change = StatusChange(
        base_id=base_id,
        from_status=before["status"],
        to_status=to_status,
        changed_on=on,
        reason=request.reason,
        rule_id=transition.rule,
        trigger_id=request.trigger,
        ban_until=ban_end(profile, transition, on) if revokes else None,
        actor=ws.actor,
        created_at=base.updated_at,
    )
    session.add(change)
    if transition.recovers_plaque and profile.plaque:
        _plaque_to_recover(session, change, ws.actor)
    article = profile.rule(transition.rule).article
    if revokes:
        # The certificate states a title the base no longer holds.
        void_certificates(
            session, ws.actor, base_id, f"撤销资格：{request.reason}（{profile.name}{article}）"
        )
    audit.record(
        session,
        actor=ws.actor,
        entity=ENTITY,
        entity_id=base_id,
        action="status",
        before=before,
        after=audit.snapshot(base),
        reason=f"{request.reason}（依据：{profile.name}{article}，{transition.rule}）",
    )
    session.flush()
    return change


def ban_end(profile: Profile, transition: Transition, on: dt.date) -> dt.date | None:
    """The end of the ban a revocation starts: only under the article that imposes it."""
    if not profile.ban_years or transition.rule != profile.ban_rule:
        return None
    return add_years(on, profile.ban_years)


def _refuse_before_rectification_ends(
    session: Session, profile: Profile, base: Base, transition: Transition, on: dt.date
) -> None:
    """The outcome of a rectification (its re-evaluation) comes once its period has run; a
    change under another article (a base dissolved meanwhile) may come at any time."""
    if profile.state(base.status).role != "rectification":
        return
    period = _rectification(profile, transition.rule)
    if period is None or period.years is None:
        return
    entered = session.exec(
        select(sa.func.max(StatusChange.changed_on)).where(
            StatusChange.base_id == base.id, StatusChange.to_status == base.status
        )
    ).one()
    if entered is None:
        return
    ends = add_years(entered, period.years)
    if on < ends:
        article = profile.rule(period.rule).article
        raise ValidationError(
            {
                "on": f"整改期为 {period.years} 年（{profile.name}{article}，{period.rule}），"
                f"自 {entered.isoformat()} 起，{ends.isoformat()} 前不能记录复评结果"
            }
        )


def _rectification(profile: Profile, rule: str | None = None) -> Consequence | None:
    """The rectification period the profile sets (under ``rule``, when given)."""
    return next(
        (
            c
            for c in profile.consequences
            if c.action == "rectification" and c.years and rule in (None, c.rule)
        ),
        None,
    )


def rectification_ends(ws: Workspace) -> dict[int, dt.date]:
    """When the rectification of each base in rectification ends (its re-evaluation is due
    from that day): the day it entered the state plus the profile's period; where the profile
    sets no period (CQ-15: 整改后再次评估), the re-evaluation may come from the day it entered."""
    profile = ws.profile
    period = _rectification(profile)
    years = period.years if period is not None and period.years is not None else 0
    states = [s.id for s in profile.states_with_role("rectification")]
    if not states:
        return {}
    entered = (
        sa.select(StatusChange.base_id, sa.func.max(StatusChange.changed_on))
        .join(Base, Base.id == StatusChange.base_id)
        .where(
            Base.status.in_(states),  # type: ignore[attr-defined]
            StatusChange.to_status == Base.status,
            Base.archived == sa.false(),
        )
        .group_by(StatusChange.base_id)
    )
    with ws.db.reading() as conn:
        return {base_id: add_years(day, years) for base_id, day in conn.execute(entered)}


def _changeable(session: Session, base_id: int) -> Base:
    base = session.get(Base, base_id)
    if base is None:
        raise NotFoundError(f"基地（编号 {base_id}）不存在")
    if base.archived:
        raise LifecycleError("已归档的基地不能变更状态，请先恢复")
    return base


def _plaque_to_recover(session: Session, change: StatusChange, actor: str) -> None:
    """IM-12 / BJ2016: the plaque goes back to the authority; its recovery is pending."""
    session.flush()
    assert change.id is not None
    session.add(
        PlaqueRecovery(
            base_id=change.base_id,
            status_change_id=change.id,
            due_on=change.changed_on,
            actor=actor,
            created_at=change.created_at,
        )
    )


def _pick(profile: Profile, current: str, to_status: str, rule: str | None) -> Transition:
    candidates = [t for t in profile.transitions_from(current) if t.to == to_status]
    if rule is not None:
        candidates = [t for t in candidates if t.rule == rule]
    if candidates:
        return candidates[0]
    names = {s.id: s.name for s in profile.lifecycle.states}
    options = "、".join(f"“{names[t.to]}”" for t in profile.transitions_from(current))
    allowed_text = f"可变更为：{options}" if options else "该状态下不能再变更"
    raise LifecycleError(
        f"《{profile.name}》不允许把基地从“{names.get(current, current)}”变更为"
        f"“{names.get(to_status, to_status)}”。{allowed_text}"
    )


def _last_change_date(session: Session, base_id: int) -> dt.date | None:
    return session.exec(
        select(sa.func.max(StatusChange.changed_on)).where(StatusChange.base_id == base_id)
    ).one()


def status_history(ws: Workspace, base_id: int) -> list[StatusChange]:
    with ws.db.transaction() as session:
        statement = (
            select(StatusChange)
            .where(StatusChange.base_id == base_id)
            .order_by(sa.desc(StatusChange.id))
        )
        return list(session.exec(statement))


def ban_until(ws: Workspace, org_id: int) -> dt.date | None:
    """Until when the organisation may not apply again, if a revocation banned it."""
    with ws.db.reading() as conn:
        return conn.execute(
            sa.select(sa.func.max(StatusChange.ban_until))
            .join(Base, Base.id == StatusChange.base_id)
            .where(Base.org_id == org_id)
        ).scalar()
