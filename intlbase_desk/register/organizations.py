"""依托单位: add, edit, archive. Each call is one transaction with its audit entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Added, Changes, Edited
from intlbase_desk.infra.errors import NotFoundError, UserError, ValidationError
from intlbase_desk.models import Base, Organization
from intlbase_desk.register import archiving, keys
from intlbase_desk.register.fields import ORG_FORM_KEYS, clean_organization
from intlbase_desk.workspace import Workspace

ENTITY = "organization"
CHANGED = Changes(organizations=True)


def _duplicate_message(other: Organization) -> str:
    state = "（已归档）" if other.archived else ""
    return f"统一社会信用代码已被依托单位“{other.name}”{state}使用，同一单位不能重复登记"


def find_by_uscc(session: Session, code: str) -> Organization | None:
    return session.exec(select(Organization).where(Organization.uscc == code)).first()


def add_organization(ws: Workspace, raw: Mapping[str, Any]) -> Added:
    clean, errors = clean_organization(raw, ws.profile)
    if errors:
        raise ValidationError(errors)
    now = clock.now()
    try:
        with ws.db.transaction() as session:
            existing = find_by_uscc(session, clean["uscc"])
            if existing is not None:
                raise ValidationError({"uscc": _duplicate_message(existing)})
            org = Organization(**clean, created_at=now, updated_at=now)
            keys.apply_organization_keys(org)
            org_id = audit.add_created(session, org, actor=ws.actor, entity=ENTITY)
    except sa.exc.IntegrityError:
        # Another desk inserted the same code between our check and our insert.
        raise ValidationError({"uscc": "统一社会信用代码已被另一依托单位使用"}) from None
    return Added(org_id, CHANGED)


def update_organization(ws: Workspace, org_id: int, raw: Mapping[str, Any]) -> Edited:
    """Saves the form's values; the values before come back, for undo."""
    clean, errors = clean_organization(raw, ws.profile)
    if errors:
        raise ValidationError(errors)
    with ws.db.transaction() as session:
        org = _get(session, org_id)
        before = audit.snapshot(org)
        other = find_by_uscc(session, clean["uscc"])
        if other is not None and other.id != org_id:
            raise ValidationError({"uscc": _duplicate_message(other)})
        renamed = clean["name"] != org.name or clean["uscc"] != org.uscc
        for key, value in clean.items():
            setattr(org, key, value)
        after = audit.snapshot(org)
        if after == before:
            return Edited(organization_form_values(org), Changes())
        org.updated_at = clock.now()
        keys.apply_organization_keys(org)
        if renamed:
            _refresh_bases(session, org)
        audit.record(
            session,
            actor=ws.actor,
            entity=ENTITY,
            entity_id=org_id,
            action="update",
            before=before,
            after=after,
        )
    # Bases show their host's name: a rename changes the register's view too.
    changes = CHANGED | Changes(bases=renamed)
    return Edited({k: _form_value(before[k], k) for k in clean}, changes)


def _refresh_bases(session: Session, org: Organization) -> None:
    for base in session.exec(select(Base).where(Base.org_id == org.id)):
        keys.apply_base_keys(base, org)
        session.add(base)


def set_organization_archived(ws: Workspace, org_id: int, archived: bool, reason: str) -> Changes:
    reason = archiving.checked_reason(reason)
    with ws.db.transaction() as session:
        org = _get(session, org_id)
        if org.archived == archived:
            return Changes()
        if archived:
            active = session.exec(
                select(sa.func.count())
                .select_from(Base)
                .where(Base.org_id == org_id, Base.archived == sa.false())
            ).one()
            if active:
                raise UserError(f"该单位还有 {active} 个未归档的基地，请先归档这些基地")
        archiving.set_archived(
            session, org, entity=ENTITY, actor=ws.actor, archived=archived, reason=reason
        )
    return CHANGED


def _get(session: Session, org_id: int) -> Organization:
    org = session.get(Organization, org_id)
    if org is None:
        raise NotFoundError(f"依托单位（编号 {org_id}）不存在，可能已被删除")
    return org


def get_organization(ws: Workspace, org_id: int) -> Organization:
    with ws.db.transaction() as session:
        return _get(session, org_id)


def _form_value(value: Any, key: str) -> Any:
    if key == "registered_on" and isinstance(value, str) and value:
        return dt.date.fromisoformat(value)
    return value


def organization_form_values(org: Organization) -> dict[str, Any]:
    return {k: getattr(org, k) for k in ORG_FORM_KEYS}


def organization_choices(
    ws: Workspace, text: str = "", limit: int = 50
) -> list[tuple[int, str, str]]:
    """(id, name, uscc) of active organisations matching a name, initials or USCC fragment."""
    needle = f"%{text.strip().lower()}%"
    statement = (
        sa.select(Organization.id, Organization.name, Organization.uscc)
        .where(Organization.archived == sa.false())
        .order_by(Organization.name_sort)
        .limit(limit)
    )
    if text.strip():
        statement = statement.where(
            sa.or_(
                sa.func.lower(Organization.name).like(needle),
                Organization.name_initials.like(needle),
                sa.func.lower(Organization.uscc).like(needle),
            )
        )
    with ws.db.reading() as conn:
        return [(r.id, r.name, r.uscc) for r in conn.execute(statement)]
