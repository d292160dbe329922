"""国合基地: add, edit, archive. Status changes go through lifecycle.py, never through edits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.database import Database
from intlbase_desk.infra.errors import LifecycleError, NotFoundError, ValidationError
from intlbase_desk.models import Base, Organization
from intlbase_desk.policy.profile import Profile
from intlbase_desk.register import archiving
from intlbase_desk.register.fields import clean_base
from intlbase_desk.text import pinyin as pinyin_keys

ENTITY = "base"
FORM_KEYS = (
    "name",
    "base_type",
    "org_id",
    "field",
    "countries",
    "partners",
    "leader",
    "contact_person",
    "phone",
    "email",
    "recommender",
    "recognized_on",
    "batch",
    "valid_until",
    "status",
    "cert_no",
    "notes",
)


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def _host(session: Session, org_id: int) -> Organization:
    org = session.get(Organization, org_id)
    if org is None:
        raise ValidationError({"org_id": "所选依托单位不存在"})
    if org.archived:
        raise ValidationError({"org_id": f"依托单位“{org.name}”已归档，不能再为其登记基地"})
    return org


def apply_keys(base: Base, org: Organization) -> None:
    base.recognized_year = base.recognized_on.year if base.recognized_on else None
    base.name_sort = pinyin_keys.sort_key(base.name)
    base.org_sort = org.name_sort
    base.search_text = pinyin_keys.search_text(base.name, org.name, org.uscc)


def add_base(db: Database, profile: Profile, actor: str, raw: Mapping[str, Any]) -> int:
    values = dict(raw)
    values.setdefault("status", profile.lifecycle.initial)
    values["status"] = values["status"] or profile.lifecycle.initial
    clean, errors = clean_base(values, profile)
    if errors:
        raise ValidationError(errors)
    if clean["valid_until"] is None and clean["recognized_on"] and profile.validity_years:
        clean["valid_until"] = add_years(clean["recognized_on"], profile.validity_years)
    now = clock.now()
    with db.transaction() as session:
        org = _host(session, clean["org_id"])
        base = Base(**clean, created_at=now, updated_at=now)
        apply_keys(base, org)
        audit.add_created(session, base, actor=actor, entity=ENTITY)
        return base.id


def update_base(
    db: Database, profile: Profile, actor: str, base_id: int, raw: Mapping[str, Any]
) -> dict[str, Any]:
    """Saves the form's values; returns the form values before, so the edit can be undone."""
    with db.transaction() as session:
        base = _get(session, base_id)
        values = dict(raw)
        values.setdefault("status", base.status)
        clean, errors = clean_base(values, profile)
        if errors:
            raise ValidationError(errors)
        if clean["status"] != base.status:
            raise LifecycleError("状态只能通过“变更状态”修改，并需注明原因和依据")
        if base.archived:
            raise ValidationError({"name": "已归档的基地不能修改，请先恢复"})
        previous = form_values(base)
        before = audit.snapshot(base)
        org = (
            _host(session, clean["org_id"])
            if clean["org_id"] != base.org_id
            else session.get(Organization, base.org_id)
        )
        assert org is not None
        for key, value in clean.items():
            setattr(base, key, value)
        after = audit.snapshot(base)
        if after == before:
            return previous
        base.updated_at = clock.now()
        apply_keys(base, org)
        audit.record(
            session,
            actor=actor,
            entity=ENTITY,
            entity_id=base_id,
            action="update",
            before=before,
            after=after,
        )
        return previous


def set_archived(db: Database, actor: str, base_id: int, archived: bool, reason: str) -> None:
    """Archive instead of delete: the record and its history stay, out of the daily view."""
    reason = archiving.checked_reason(reason)
    with db.transaction() as session:
        base = _get(session, base_id)
        if base.archived == archived:
            return
        if not archived:
            _host(session, base.org_id)
        archiving.set_archived(
            session, base, entity=ENTITY, actor=actor, archived=archived, reason=reason
        )


def _get(session: Session, base_id: int) -> Base:
    base = session.get(Base, base_id)
    if base is None:
        raise NotFoundError(f"基地（编号 {base_id}）不存在，可能已被删除")
    return base


def get(db: Database, base_id: int) -> Base:
    with db.transaction() as session:
        return _get(session, base_id)


def form_values(base: Base) -> dict[str, Any]:
    return {k: getattr(base, k) for k in FORM_KEYS}
