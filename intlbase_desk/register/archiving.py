"""Archive instead of delete: the record and its history stay, out of the daily view."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.errors import ValidationError


def checked_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "请填写归档或恢复的原因"})
    return reason


def set_archived(
    session: Session, record: Any, *, entity: str, actor: str, archived: bool, reason: str
) -> None:
    """Flags ``record`` and writes the audit entry in the same session."""
    before = audit.snapshot(record)
    record.archived = archived
    record.archive_reason = reason if archived else ""
    record.updated_at = clock.now()
    audit.record(
        session,
        actor=actor,
        entity=entity,
        entity_id=record.id,
        action="archive" if archived else "restore",
        before=before,
        after=audit.snapshot(record),
        reason=reason,
    )
