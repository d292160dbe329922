"""The audit trail: every change by anyone, with who, when, before and after.

Entries are written by the functions that change records, inside their transaction, so a change
and its entry are committed or rolled back together.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, select

from intlbase_desk.infra import clock
from intlbase_desk.infra.database import Database
from intlbase_desk.models import AuditEntry

# Derived or bookkeeping columns: not what an officer changed.
_NOT_AUDITED = {
    "id",
    "created_at",
    "updated_at",
    "name_sort",
    "org_sort",
    "search_text",
    "name_initials",
    "import_batch_id",
}


def snapshot(record: SQLModel) -> dict[str, Any]:
    data = record.model_dump(exclude=_NOT_AUDITED)
    return {k: _jsonable(v) for k, v in data.items()}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _encode(values: dict[str, Any] | None) -> str:
    return json.dumps(values, ensure_ascii=False) if values is not None else ""


def record(
    session: Session,
    *,
    actor: str,
    entity: str,
    entity_id: int,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    reason: str = "",
) -> AuditEntry:
    entry = AuditEntry(
        at=clock.now(),
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        action=action,
        before_json=_encode(before),
        after_json=_encode(after),
        reason=reason,
    )
    session.add(entry)
    return entry


def add_created(
    session: Session, new: SQLModel, *, actor: str, entity: str, reason: str = ""
) -> int:
    """Adds a new record and its creation entry, in the session's transaction; its id."""
    session.add(new)
    session.flush()
    entity_id = new.id  # type: ignore[attr-defined]
    assert entity_id is not None
    record(
        session,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        action="create",
        before=None,
        after=snapshot(new),
        reason=reason,
    )
    return int(entity_id)


def record_created(
    session: Session,
    *,
    actor: str,
    entity: str,
    created: list[tuple[int, dict[str, Any]]],
    reason: str = "",
) -> None:
    """Creation entries for many records at once (bulk writes such as imports)."""
    items = [
        (
            entity_id,
            None,
            {k: _jsonable(v) for k, v in values.items() if k not in _NOT_AUDITED},
            reason,
        )
        for entity_id, values in created
    ]
    _insert_many(session, actor, entity, "create", items)


def record_updated(
    session: Session,
    *,
    actor: str,
    entity: str,
    changed: list[tuple[int, dict[str, Any], dict[str, Any], str]],
) -> None:
    """Update entries for many records at once: (id, before, after, reason) each."""
    _insert_many(session, actor, entity, "update", changed)


def _insert_many(
    session: Session,
    actor: str,
    entity: str,
    action: str,
    items: list[tuple[int, dict[str, Any] | None, dict[str, Any] | None, str]],
) -> None:
    """One executemany for a bulk write: ORM objects per entry would dominate an import."""
    if not items:
        return
    at = clock.now()
    rows = [
        {
            "at": at,
            "actor": actor,
            "entity": entity,
            "entity_id": entity_id,
            "action": action,
            "before_json": _encode(before),
            "after_json": _encode(after),
            "reason": reason,
        }
        for entity_id, before, after, reason in items
    ]
    session.connection().execute(AuditEntry.__table__.insert(), rows)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


def changes(entry: AuditEntry) -> list[FieldChange]:
    """The fields an entry changed (all fields of a creation, none of a no-op)."""
    before = json.loads(entry.before_json) if entry.before_json else {}
    after = json.loads(entry.after_json) if entry.after_json else {}
    keys = list(dict.fromkeys([*before, *after]))
    return [
        FieldChange(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)
    ]


def edited_since_created(session: Session, entity: str, ids: list[int]) -> set[int]:
    """Which of these records have any entry besides their creation."""
    edited: set[int] = set()
    for start in range(0, len(ids), 900):
        statement = (
            sa.select(AuditEntry.entity_id)
            .where(
                AuditEntry.entity == entity,
                AuditEntry.entity_id.in_(ids[start : start + 900]),  # type: ignore[attr-defined]
                AuditEntry.action != "create",
            )
            .distinct()
        )
        edited |= set(session.connection().execute(statement).scalars())
    return edited


def record_deleted(
    session: Session, *, actor: str, entity: str, deleted: SQLModel, reason: str
) -> None:
    """The entry of a record about to be deleted: everything it held, as ``before``."""
    record(
        session,
        actor=actor,
        entity=entity,
        entity_id=deleted.id,  # type: ignore[attr-defined]
        action="delete",
        before=snapshot(deleted),
        after=None,
        reason=reason,
    )


def history(session: Session, entity: str, entity_id: int) -> list[AuditEntry]:
    """Newest first."""
    statement = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(sa.desc(AuditEntry.id))
    )
    return list(session.exec(statement))


def count_entries(db: Database) -> int:
    table = AuditEntry.__table__  # type: ignore[attr-defined]
    with db.reading() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())
