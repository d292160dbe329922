"""导入批次: every written import, and undoing one as a whole."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, select

from intlbase_desk import register
from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import NotFoundError, UserError
from intlbase_desk.models import Application, ImportBatch
from intlbase_desk.workspace import Workspace


def import_batches(ws: Workspace) -> list[ImportBatch]:
    with ws.db.transaction() as session:
        return list(session.exec(select(ImportBatch).order_by(sa.desc(ImportBatch.id))))


def earlier_imports(ws: Workspace, sha256: str) -> list[ImportBatch]:
    """The batches that imported these very bytes and were not undone, newest first: what the
    preview tells the officer before a second import (which would skip what is there)."""
    with ws.db.transaction() as session:
        statement = (
            select(ImportBatch)
            .where(ImportBatch.sha256 == sha256, ImportBatch.undone_at.is_(None))  # type: ignore[union-attr]
            .order_by(sa.desc(ImportBatch.id))
        )
        return list(session.exec(statement))


@dataclass(frozen=True)
class Undone:
    removed: int  # the records the batch had written
    changes: Changes


def undo_import(ws: Workspace, batch_id: int) -> Undone:
    """Removes what a batch wrote, as a whole; refused if any of it has been changed since."""
    reason = f"撤销导入批次 {batch_id}"
    with ws.db.transaction() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFoundError(f"导入批次 {batch_id} 不存在")
        if batch.undone_at is not None:
            raise UserError(f"导入批次 {batch_id} 已于 {batch.undone_at:%Y-%m-%d} 撤销")
        if batch.kind == "recommendation":
            removed = _remove_applications(session, ws.actor, batch_id, reason)
            changes = Changes(applications=True, import_batches=True)
        else:
            removed = register.remove_import(session, ws.actor, batch_id, reason)
            changes = Changes(organizations=True, bases=True, import_batches=True)
        batch.undone_at = clock.now()
        batch.undone_by = ws.actor
        audit.record(
            session,
            actor=ws.actor,
            entity="import_batch",
            entity_id=batch_id,
            action="undo",
            before=None,
            after=audit.snapshot(batch),
        )
    return Undone(removed, changes)


def _remove_applications(session: Session, actor: str, batch_id: int, reason: str) -> int:
    applications = list(session.exec(select(Application).where(Application.batch_id == batch_id)))
    changed = audit.edited_since_created(session, "application", [a.id for a in applications])
    if changed:
        raise UserError(f"该批次导入的 {len(changed)} 条记录此后已被修改，不能整批撤销")
    for application in applications:
        audit.record_deleted(
            session, actor=actor, entity="application", deleted=application, reason=reason
        )
        session.delete(application)
    session.flush()
    return len(applications)
