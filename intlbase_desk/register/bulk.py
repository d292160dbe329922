"""Many organisations and bases at once (a district's register sheet, demo data).

The same records as the forms create, with the same derived keys and defaults, and a creation
entry each; one statement per table, so thousands of rows take well under a second. Field
checks are the caller's (an import reports them per cell before anything is written).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.errors import UserError
from intlbase_desk.models import Base, Organization, StatusChange
from intlbase_desk.policy.profile import Profile
from intlbase_desk.register import keys
from intlbase_desk.register.bans import refuse_if_banned
from intlbase_desk.register.bases import add_years
from intlbase_desk.register.fields import BASE_FORM_KEYS, ORG_FORM_KEYS

_ORG = Organization.__table__  # type: ignore[attr-defined]
_BASE = Base.__table__  # type: ignore[attr-defined]
_CHANGE = StatusChange.__table__  # type: ignore[attr-defined]
_ORG_TEXT = {k: "" for k in ORG_FORM_KEYS if k != "registered_on"}
_BASE_TEXT = {
    k: "" for k in BASE_FORM_KEYS if k not in ("org_id", "recognized_on", "valid_until", "status")
}


def _chunks(values: Iterable[Any], size: int = 900) -> Iterator[list[Any]]:
    """Lists short enough for one IN (…): SQLite limits the parameters of a statement."""
    items = list(values)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def organizations_by_uscc(session: Session, codes: Iterable[str]) -> dict[str, int]:
    """The ids of the organisations already registered under these credit codes."""
    conn = session.connection()
    found: dict[str, int] = {}
    for chunk in _chunks(set(codes)):
        statement = sa.select(_ORG.c.uscc, _ORG.c.id).where(_ORG.c.uscc.in_(chunk))
        found |= dict(conn.execute(statement).all())
    return found


def base_types_held(session: Session, org_ids: Iterable[int]) -> set[tuple[int, str]]:
    """(host, base type) of the bases in the register (not archived) of these hosts."""
    conn = session.connection()
    held: set[tuple[int, str]] = set()
    for chunk in _chunks(set(org_ids)):
        statement = sa.select(_BASE.c.org_id, _BASE.c.base_type).where(
            _BASE.c.org_id.in_(chunk), _BASE.c.archived == sa.false()
        )
        held |= {(r.org_id, r.base_type) for r in conn.execute(statement)}
    return held


def insert_organizations(
    session: Session,
    actor: str,
    rows: Sequence[Mapping[str, Any]],
    *,
    import_batch_id: int | None = None,
    reason: str = "",
) -> list[int]:
    """New organisations (name, uscc, and any other field); their ids, in the rows' order."""
    now = clock.now()
    prepared = []
    for row in rows:
        values = {
            **_ORG_TEXT,
            "registered_on": None,
            **row,
            "archived": False,
            "archive_reason": "",
            "import_batch_id": import_batch_id,
            "created_at": now,
            "updated_at": now,
        }
        keys.organization_row_keys(values)
        prepared.append(values)
    return _insert(session, _ORG, "organization", actor, prepared, reason)


def insert_bases(
    session: Session,
    profile: Profile,
    actor: str,
    rows: Sequence[Mapping[str, Any]],
    *,
    import_batch_id: int | None = None,
    reason: str = "",
) -> list[int]:
    """New bases (name, base_type, org_id, and any other field); their ids, in order.

    The status is the profile's initial one unless given; the validity runs from the
    recognition date for the profile's years unless given.
    """
    hosts = _hosts(session, {row["org_id"] for row in rows})
    _refuse_banned_hosts(session, profile, hosts)
    now = clock.now()
    prepared = []
    for row in rows:
        values = {
            **_BASE_TEXT,
            "recognized_on": None,
            "valid_until": None,
            "status": profile.lifecycle.initial,
            **row,
            "archived": False,
            "archive_reason": "",
            "import_batch_id": import_batch_id,
            "created_at": now,
            "updated_at": now,
        }
        recognized = values["recognized_on"]
        if values["valid_until"] is None and recognized and profile.validity_years:
            values["valid_until"] = add_years(recognized, profile.validity_years)
        keys.base_row_keys(values, hosts[values["org_id"]])
        prepared.append(values)
    return _insert(session, _BASE, "base", actor, prepared, reason)


def _refuse_banned_hosts(session: Session, profile: Profile, hosts: Mapping[int, Any]) -> None:
    """The ban applies here as in the form (one query for all hosts: a new one has none)."""
    conn = session.connection()
    for chunk in _chunks(hosts):
        statement = (
            sa.select(_BASE.c.org_id)
            .join(_CHANGE, _CHANGE.c.base_id == _BASE.c.id)
            .where(_BASE.c.org_id.in_(chunk), _CHANGE.c.ban_until > clock.today())
            .limit(1)
        )
        banned = conn.execute(statement).scalar()
        if banned is not None:
            org = session.get(Organization, banned)
            assert org is not None
            refuse_if_banned(session, profile, org)


def _hosts(session: Session, org_ids: set[int]) -> dict[int, dict[str, Any]]:
    columns = (_ORG.c.id, _ORG.c.name, _ORG.c.uscc, _ORG.c.name_sort, _ORG.c.name_initials)
    conn = session.connection()
    found: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(org_ids):
        for row in conn.execute(sa.select(*columns).where(_ORG.c.id.in_(chunk))):
            found[row.id] = dict(row._mapping)
    return found


def _insert(
    session: Session,
    table: sa.Table,
    entity: str,
    actor: str,
    rows: list[dict[str, Any]],
    reason: str,
) -> list[int]:
    if not rows:
        return []
    statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
    ids = list(session.connection().execute(statement, rows).scalars())
    audit.record_created(
        session,
        actor=actor,
        entity=entity,
        created=list(zip(ids, rows, strict=True)),
        reason=reason,
    )
    return ids


def remove_import(session: Session, actor: str, batch_id: int, reason: str) -> int:
    """Removes the bases and hosts an import batch created, as a whole; how many records.

    Refused if any of them has been changed since; a host that now also holds bases from
    elsewhere stays.
    """
    from sqlmodel import select

    imported: list[tuple[str, Any]] = [
        ("base", b) for b in session.exec(select(Base).where(Base.import_batch_id == batch_id))
    ]
    imported += [
        ("organization", o)
        for o in session.exec(select(Organization).where(Organization.import_batch_id == batch_id))
    ]
    changed = sum(
        len(audit.edited_since_created(session, entity, [r.id for e, r in imported if e == entity]))
        for entity in ("base", "organization")
    )
    if changed:
        raise UserError(f"该批次导入的 {changed} 条记录此后已被修改，不能整批撤销")
    for entity, record in imported:
        if (
            entity == "organization"
            and session.exec(select(Base.id).where(Base.org_id == record.id)).first()
        ):
            continue
        audit.record_deleted(session, actor=actor, entity=entity, deleted=record, reason=reason)
        session.delete(record)
        session.flush()
    return len(imported)


def set_certificate_numbers(session: Session, actor: str, numbers: Mapping[int, str]) -> None:
    """Each base's certificate number (base id → number), with an update entry each."""
    if not numbers:
        return
    from sqlmodel import select

    now = clock.now()
    changed = []
    for base in session.exec(select(Base).where(Base.id.in_(list(numbers)))):  # type: ignore[union-attr]
        before = audit.snapshot(base)
        base.cert_no = numbers[base.id]  # type: ignore[index]
        base.updated_at = now
        changed.append(
            (base.id, before, {**before, "cert_no": base.cert_no}, f"颁发证书 {base.cert_no}")
        )
    session.flush()
    audit.record_updated(session, actor=actor, entity="base", changed=changed)
