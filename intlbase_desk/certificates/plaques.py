"""收回牌匾: a revocation that recovers the plaque leaves it to recover; the officer records when
it came back (and a note), lists what is still out, and exports the list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import select

from intlbase_desk import register
from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError, ValidationError
from intlbase_desk.models import Base, Organization, PlaqueRecovery, StatusChange
from intlbase_desk.sheets import TableColumn, write_table
from intlbase_desk.workspace import Workspace

CHANGED = Changes(certificates=True)


@dataclass(frozen=True)
class Recovery:
    base_id: int
    base_name: str
    org_name: str
    revoked_on: dt.date
    reason: str
    recovered_on: dt.date | None
    note: str


def plaque_recoveries(ws: Workspace, *, outstanding: bool = True) -> list[Recovery]:
    """The plaques revocations recover: those still out (or all), oldest revocation first."""
    recovery, base = PlaqueRecovery.__table__, Base.__table__  # type: ignore[attr-defined]
    org, change = Organization.__table__, StatusChange.__table__  # type: ignore[attr-defined]
    statement = (
        sa.select(
            base.c.id,
            base.c.name,
            org.c.name.label("org_name"),
            recovery.c.due_on,
            change.c.reason,
            recovery.c.recovered_on,
            recovery.c.note,
        )
        .join(base, base.c.id == recovery.c.base_id)
        .join(org, org.c.id == base.c.org_id)
        .join(change, change.c.id == recovery.c.status_change_id)
        .order_by(recovery.c.due_on, recovery.c.id)
    )
    if outstanding:
        statement = statement.where(recovery.c.recovered_on.is_(None))
    with ws.db.reading() as conn:
        return [Recovery(*row) for row in conn.execute(statement)]


def mark_plaque_recovered(ws: Workspace, base_id: int, on: dt.date, note: str = "") -> Changes:
    """The base's plaque came back on ``on``: recorded with who and the note, and audited."""
    if on > clock.today():
        raise ValidationError({"on": "收回日期不能晚于今天"})
    with ws.db.transaction() as session:
        found = session.exec(
            select(PlaqueRecovery).where(
                PlaqueRecovery.base_id == base_id,
                PlaqueRecovery.recovered_on.is_(None),  # type: ignore[union-attr]
            )
        ).first()
        if found is None:
            name = register.get_base(ws, base_id).name
            raise UserError(f"基地“{name}”没有待收回的牌匾")
        if on < found.due_on:
            raise ValidationError({"on": f"收回日期不能早于撤销日期（{found.due_on.isoformat()}）"})
        before = audit.snapshot(found)
        found.recovered_on, found.recovered_by, found.note = on, ws.actor, note.strip()
        assert found.id is not None
        audit.record(
            session,
            actor=ws.actor,
            entity="plaque_recovery",
            entity_id=found.id,
            action="recovered",
            before=before,
            after=audit.snapshot(found),
            reason=note.strip(),
        )
    return CHANGED


_COLUMNS = (
    TableColumn(register.BASE_LABELS["name"], width=36),
    TableColumn(register.BASE_LABELS["org_id"], width=36),
    TableColumn("撤销日期", "date", 13),
    TableColumn("撤销原因", width=30),
    TableColumn("状态", width=8),
    TableColumn("收回日期", "date", 13),
    TableColumn("备注", width=30),
)


def export_plaque_recoveries(ws: Workspace, path: Path) -> int:
    """Every plaque a revocation recovers, recovered or still out."""
    rows = (
        [
            r.base_name,
            r.org_name,
            r.revoked_on,
            r.reason,
            "已收回" if r.recovered_on else "待收回",
            r.recovered_on,
            r.note,
        ]
        for r in plaque_recoveries(ws, outstanding=False)
    )
    return write_table(path, _COLUMNS, rows, "牌匾收回")
