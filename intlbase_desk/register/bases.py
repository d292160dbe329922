"""国合基地: add, edit, archive. Status changes go through lifecycle.py, never through edits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Added, Changes, Edited
from intlbase_desk.infra.errors import LifecycleError, NotFoundError, ValidationError
from intlbase_desk.models import Base, Organization
from intlbase_desk.register import archiving, bans, keys
from intlbase_desk.register.fields import BASE_FORM_KEYS, clean_base
from intlbase_desk.workspace import Workspace

ENTITY = "base"
CHANGED = Changes(bases=True)


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def host(session: Session, org_id: int) -> Organization:
    """The organisation a base is (to be) hosted by: it must exist and be in the register."""
    org = session.get(Organization, org_id)
    if org is None:
        raise ValidationError({"org_id": "所选依托单位不存在"})
    if org.archived:
        raise ValidationError({"org_id": f"依托单位“{org.name}”已归档，不能再为其登记基地"})
    return org


def add_base(ws: Workspace, raw: Mapping[str, Any]) -> Added:
    profile = ws.profile
    values = dict(raw)
    values["status"] = values.get("status") or profile.lifecycle.initial
    clean, errors = clean_base(values, profile)
    if errors:
        raise ValidationError(errors)
    if clean["valid_until"] is None and clean["recognized_on"] and profile.validity_years:
        clean["valid_until"] = add_years(clean["recognized_on"], profile.validity_years)
    now = clock.now()
    with ws.db.transaction() as session:
        org = host(session, clean["org_id"])
        bans.refuse_if_banned(session, profile, org)
        base = Base(**clean, created_at=now, updated_at=now)
        keys.apply_base_keys(base, org)
        base_id = audit.add_created(session, base, actor=ws.actor, entity=ENTITY)
    return Added(base_id, CHANGED)


def update_base(ws: Workspace, base_id: int, raw: Mapping[str, Any]) -> Edited:
    """Saves the form's values; the form values before come back, so the edit can be undone."""
    with ws.db.transaction() as session:
        base = _get(session, base_id)
        values = dict(raw)
        values.setdefault("status", base.status)
        clean, errors = clean_base(values, ws.profile)
        if errors:
            raise ValidationError(errors)
        if clean["status"] != base.status:
            raise LifecycleError("状态只能通过“变更状态”修改，并需注明原因和依据")
        if base.archived:
            raise ValidationError({"name": "已归档的基地不能修改，请先恢复"})
        previous = base_form_values(base)
        before = audit.snapshot(base)
        moved = clean["org_id"] != base.org_id
        org = host(session, clean["org_id"]) if moved else session.get(Organization, base.org_id)
        assert org is not None
        if moved:
            bans.refuse_if_banned(session, ws.profile, org)
        for key, value in clean.items():
            setattr(base, key, value)
        after = audit.snapshot(base)
        if after == before:
            return Edited(previous, Changes())
        base.updated_at = clock.now()
        keys.apply_base_keys(base, org)
        audit.record(
            session,
            actor=ws.actor,
            entity=ENTITY,
            entity_id=base_id,
            action="update",
            before=before,
            after=after,
        )
    # The organisations' table counts bases per host: a move between hosts changes it.
    return Edited(previous, CHANGED | Changes(organizations=previous["org_id"] != clean["org_id"]))


def set_base_archived(ws: Workspace, base_id: int, archived: bool, reason: str) -> Changes:
    """Archive instead of delete: the record and its history stay, out of the daily view."""
    reason = archiving.checked_reason(reason)
    with ws.db.transaction() as session:
        base = _get(session, base_id)
        if base.archived == archived:
            return Changes()
        if not archived:
            host(session, base.org_id)
        archiving.set_archived(
            session, base, entity=ENTITY, actor=ws.actor, archived=archived, reason=reason
        )
    return Changes(bases=True, organizations=True)


def _get(session: Session, base_id: int) -> Base:
    base = session.get(Base, base_id)
    if base is None:
        raise NotFoundError(f"基地（编号 {base_id}）不存在，可能已被删除")
    return base


def get_base(ws: Workspace, base_id: int) -> Base:
    with ws.db.transaction() as session:
        return _get(session, base_id)


def base_form_values(base: Base) -> dict[str, Any]:
    return {k: getattr(base, k) for k in BASE_FORM_KEYS}
