"""Major changes (重大事项变更) a base reports — a new head, a merger, a restructuring, a change
of business (CQ-16, IM-14) — recorded per base and reviewed by the officer. A base found no
longer eligible loses its title through the register, under the profile's article and with its
revocation case, so that the plaque recovery and the audit are the same as everywhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import select

from intlbase_desk import register
from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import NotFoundError, UserError, ValidationError
from intlbase_desk.models import Base, MajorChange
from intlbase_desk.policy.profile import Profile
from intlbase_desk.workspace import Workspace

ENTITY = "major_change"
REVIEWS = {"pending": "待审核", "eligible": "仍符合条件", "ineligible": "不再符合条件"}
CHANGED = Changes(evaluations=True)
REVOKED = Changes(evaluations=True, bases=True, organizations=True, certificates=True)


@dataclass(frozen=True)
class Reported:
    change: MajorChange
    changes: Changes = CHANGED


@dataclass(frozen=True)
class Reviewed:
    change: MajorChange
    changes: Changes


def change_kinds(profile: Profile) -> list[str]:
    if profile.major_changes is None:
        raise UserError(f"《{profile.name}》没有规定基地应报告的重大事项")
    return list(profile.major_changes.values)


def report_change(
    ws: Workspace,
    base_id: int,
    *,
    kind: str,
    happened_on: dt.date,
    description: str,
    reported_on: dt.date | None = None,
) -> Reported:
    offered = change_kinds(ws.profile)
    reported_on = reported_on or clock.today()
    errors = {}
    if kind not in offered:
        errors["kind"] = f"“{kind}”不是应报告的重大事项（应为：{'、'.join(offered)}）"
    if not description.strip():
        errors["description"] = "请写明变更的内容"
    if happened_on > reported_on:
        errors["happened_on"] = "变更日期不能晚于报告日期"
    if reported_on > clock.today():
        errors["reported_on"] = "报告日期不能晚于今天"
    if errors:
        raise ValidationError(errors)
    with ws.db.transaction() as session:
        base = session.get(Base, base_id)
        if base is None:
            raise NotFoundError(f"基地（编号 {base_id}）不存在")
        row = MajorChange(
            base_id=base_id,
            kind=kind,
            happened_on=happened_on,
            reported_on=reported_on,
            description=description.strip(),
            created_by=ws.actor,
            created_at=clock.now(),
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor=ws.actor,
            entity=ENTITY,
            entity_id=row.id or 0,
            action="create",
            before=None,
            after=audit.snapshot(row),
            reason=f"“{base.name}”报告重大事项：{kind}（{ws.profile.major_changes.rule}）",  # type: ignore[union-attr]
        )
        session.refresh(row)
        session.expunge(row)
    return Reported(row)


def review_change(ws: Workspace, change_id: int, *, eligible: bool, note: str) -> Reviewed:
    """The officer's finding; not eligible cancels the title (one transaction with the review)."""
    note = note.strip()
    if not note:
        raise ValidationError({"note": "请写明审核意见"})
    profile = ws.profile
    change_kinds(profile)  # refuses a profile without major changes
    assert profile.major_changes is not None
    rule = profile.major_changes.rule
    with ws.db.transaction() as session:
        row = session.get(MajorChange, change_id)
        if row is None:
            raise NotFoundError(f"重大事项报告 {change_id} 不存在")
        if row.review != "pending":
            raise UserError(f"该报告已审核（{REVIEWS[row.review]}），不能再改")
        base = session.get(Base, row.base_id)
        assert base is not None
        before = audit.snapshot(row)
        changes = CHANGED
        if not eligible:
            trigger = next((t.id for t in profile.revocation_triggers if t.rule == rule), "")
            request = register.StatusRequest(
                next(s.id for s in profile.states_with_role("revoked")),
                clock.today(),
                f"重大事项（{row.kind}）后不再符合认定条件：{note}",
                rule,
                trigger,
            )
            try:
                row.status_change_id = register.change_status_in(
                    session, ws, base.id or 0, request
                ).id
            except UserError as exc:
                raise UserError(f"基地“{base.name}”：{exc}（审核意见未保存）") from None
            changes = REVOKED
        row.review = "eligible" if eligible else "ineligible"
        row.review_note, row.reviewed_by, row.reviewed_at = note, ws.actor, clock.now()
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor=ws.actor,
            entity=ENTITY,
            entity_id=change_id,
            action="update",
            before=before,
            after=audit.snapshot(row),
            reason=f"审核重大事项：{REVIEWS[row.review]}（{rule}）",
        )
        session.refresh(row)
        session.expunge(row)
    return Reviewed(row, changes)


def list_changes(ws: Workspace, *, pending_only: bool = False) -> list[tuple[MajorChange, str]]:
    """Every report with its base's name, latest first."""
    with ws.db.transaction() as session:
        statement = (
            select(MajorChange, Base.name)
            .join(Base, Base.id == MajorChange.base_id)  # type: ignore[arg-type]
            .order_by(sa.desc(MajorChange.reported_on), sa.desc(MajorChange.id))  # type: ignore[arg-type]
        )
        if pending_only:
            statement = statement.where(MajorChange.review == "pending")
        rows = list(session.exec(statement))
        session.expunge_all()
        return [(row, name) for row, name in rows]
