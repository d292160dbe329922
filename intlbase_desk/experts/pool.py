"""The expert pool (专家库): add, edit, make inactive; nothing about an expert is deleted.

An expert's past employers and relations are written with the expert, in the same transaction
and the same audit entry (before and after as their officers' texts), so the history of an
expert reads as one record.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from intlbase_desk.experts import entries
from intlbase_desk.experts.conflicts import ExpertRecord
from intlbase_desk.experts.fields import FORM_KEYS, CleanExpert, clean_expert, identity
from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Added, Changes, Edited
from intlbase_desk.infra.errors import NotFoundError, ValidationError
from intlbase_desk.models import Expert, ExpertEmployment, ExpertRelation
from intlbase_desk.text import pinyin
from intlbase_desk.workspace import Workspace

ENTITY = "expert"
CHANGED = Changes(experts=True)


def _employment(row: ExpertEmployment) -> entries.Employment:
    return entries.Employment(row.employer, row.uscc, row.started_on, row.ended_on)


def _relation(row: ExpertRelation) -> entries.Relation:
    return entries.Relation(row.org_name, row.uscc, row.relation)


def _children(
    session: Session, expert_id: int
) -> tuple[tuple[entries.Employment, ...], tuple[entries.Relation, ...]]:
    employed = session.exec(
        select(ExpertEmployment)
        .where(ExpertEmployment.expert_id == expert_id)
        .order_by(ExpertEmployment.id)  # type: ignore[arg-type]
    )
    related = session.exec(
        select(ExpertRelation)
        .where(ExpertRelation.expert_id == expert_id)
        .order_by(ExpertRelation.id)  # type: ignore[arg-type]
    )
    return tuple(map(_employment, employed)), tuple(map(_relation, related))


def snapshot(
    expert: Expert,
    employments: tuple[entries.Employment, ...],
    relations: tuple[entries.Relation, ...],
) -> dict[str, Any]:
    """What the audit keeps of an expert: the columns, and the entries as officers write them."""
    return audit.snapshot(expert) | {
        "employments": [entries.employment_text(e) for e in employments],
        "relations": [entries.relation_text(r) for r in relations],
    }


def _add_children(
    session: Session,
    expert_id: int,
    employments: tuple[entries.Employment, ...],
    relations: tuple[entries.Relation, ...],
) -> None:
    for e in employments:
        session.add(
            ExpertEmployment(
                expert_id=expert_id,
                employer=e.employer,
                uscc=e.uscc,
                started_on=e.started_on,
                ended_on=e.ended_on,
            )
        )
    for r in relations:
        session.add(
            ExpertRelation(
                expert_id=expert_id, org_name=r.org_name, uscc=r.uscc, relation=r.relation
            )
        )


def _refuse_same_person(session: Session, clean: CleanExpert, expert_id: int | None) -> None:
    v = clean.values
    wanted = identity(v["name"], v["phone"], v["employer_uscc"], v["employer"])
    rows = session.exec(select(Expert).where(Expert.name == v["name"], Expert.id != expert_id))
    for other in rows:
        if identity(other.name, other.phone, other.employer_uscc, other.employer) == wanted:
            raise ValidationError(
                {"name": f"专家库中已有“{other.name}”（编号 {other.id}），手机或工作单位相同"}
            )


def _cleaned(raw: Mapping[str, Any]) -> CleanExpert:
    clean, errors = clean_expert(raw)
    if errors:
        raise ValidationError(errors)
    return clean


def insert_expert(session: Session, clean: CleanExpert, actor: str, reason: str = "") -> int:
    """Writes a new expert with their entries and creation entry, in the caller's transaction."""
    now = clock.now()
    expert = Expert(
        **clean.values,
        created_at=now,
        updated_at=now,
        name_sort=pinyin.sort_key(clean.values["name"]),
    )
    session.add(expert)
    session.flush()
    assert expert.id is not None
    _add_children(session, expert.id, clean.employments, clean.relations)
    audit.record(
        session,
        actor=actor,
        entity=ENTITY,
        entity_id=expert.id,
        action="create",
        before=None,
        after=snapshot(expert, clean.employments, clean.relations),
        reason=reason,
    )
    return expert.id


def add_expert(ws: Workspace, raw: Mapping[str, Any]) -> Added:
    clean = _cleaned(raw)
    with ws.db.transaction() as session:
        _refuse_same_person(session, clean, None)
        expert_id = insert_expert(session, clean, ws.actor)
    return Added(expert_id, CHANGED)


def replace_expert(
    session: Session, expert: Expert, clean: CleanExpert, actor: str, reason: str = ""
) -> bool:
    """Gives the expert these values and entries, audited; False when nothing differs."""
    assert expert.id is not None
    employments, relations = _children(session, expert.id)
    before = snapshot(expert, employments, relations)
    for key, value in clean.values.items():
        setattr(expert, key, value)
    after = snapshot(expert, clean.employments, clean.relations)
    if after == before:
        return False
    expert.updated_at = clock.now()
    expert.name_sort = pinyin.sort_key(expert.name)
    for table in (ExpertEmployment, ExpertRelation):
        session.execute(sa.delete(table).where(table.expert_id == expert.id))  # type: ignore[arg-type]
    _add_children(session, expert.id, clean.employments, clean.relations)
    audit.record(
        session,
        actor=actor,
        entity=ENTITY,
        entity_id=expert.id,
        action="update",
        before=before,
        after=after,
        reason=reason,
    )
    return True


def update_expert(ws: Workspace, expert_id: int, raw: Mapping[str, Any]) -> Edited:
    """Saves the form's values; the form values before come back, so the edit can be undone.
    The entries' history stays in the audit: an employer that left the form is in ``before``."""
    clean = _cleaned(raw)
    with ws.db.transaction() as session:
        expert = _get(session, expert_id)
        previous = _form_values(session, expert)
        _refuse_same_person(session, clean, expert_id)
        changed = replace_expert(session, expert, clean, ws.actor)
    return Edited(previous, CHANGED if changed else Changes())


def set_expert_active(ws: Workspace, expert_id: int, active: bool, reason: str) -> Changes:
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "请填写原因"})
    with ws.db.transaction() as session:
        expert = _get(session, expert_id)
        if expert.active == active:
            return Changes()
        before = audit.snapshot(expert)
        expert.active = active
        expert.updated_at = clock.now()
        audit.record(
            session,
            actor=ws.actor,
            entity=ENTITY,
            entity_id=expert_id,
            action="update",
            before=before,
            after=audit.snapshot(expert),
            reason=reason,
        )
    return CHANGED


def _get(session: Session, expert_id: int) -> Expert:
    expert = session.get(Expert, expert_id)
    if expert is None:
        raise NotFoundError(f"专家（编号 {expert_id}）不存在")
    return expert


def clean_of(session: Session, expert: Expert) -> CleanExpert:
    """The expert as the pool holds them, in the shape a form or a row gives."""
    assert expert.id is not None
    employments, relations = _children(session, expert.id)
    values = {k: getattr(expert, k) for k in FORM_KEYS if k not in ("employments", "relations")}
    return CleanExpert(values, employments, relations)


def _form_values(session: Session, expert: Expert) -> dict[str, Any]:
    held = clean_of(session, expert)
    return held.values | {
        "employments": "\n".join(entries.employment_text(e) for e in held.employments),
        "relations": "\n".join(entries.relation_text(r) for r in held.relations),
    }


def expert_form_values(ws: Workspace, expert_id: int) -> dict[str, Any]:
    with ws.db.transaction() as session:
        return _form_values(session, _get(session, expert_id))


def load_experts(ws: Workspace, *, active_only: bool = False) -> list[ExpertRecord]:
    """The pool with what 回避 is decided by, in id order (three queries, any size)."""
    with ws.db.reading() as conn:
        statement = sa.select(Expert.__table__).order_by(Expert.__table__.c.id)  # type: ignore[attr-defined]
        if active_only:
            statement = statement.where(Expert.__table__.c.active == sa.true())  # type: ignore[attr-defined]
        experts = conn.execute(statement).mappings().all()
        employed: dict[int, list[entries.Employment]] = {}
        for row in conn.execute(sa.select(ExpertEmployment.__table__)).mappings():  # type: ignore[attr-defined]
            employed.setdefault(row["expert_id"], []).append(
                entries.Employment(row["employer"], row["uscc"], row["started_on"], row["ended_on"])
            )
        related: dict[int, list[entries.Relation]] = {}
        for row in conn.execute(sa.select(ExpertRelation.__table__)).mappings():  # type: ignore[attr-defined]
            related.setdefault(row["expert_id"], []).append(
                entries.Relation(row["org_name"], row["uscc"], row["relation"])
            )
    return [
        ExpertRecord(
            id=row["id"],
            name=row["name"],
            employer=row["employer"],
            employer_uscc=row["employer_uscc"],
            title=row["title"],
            fields=tuple(f for f in row["fields"].split("、") if f),
            phone=row["phone"],
            email=row["email"],
            active=bool(row["active"]),
            pledge_signed_on=row["pledge_signed_on"],
            employments=tuple(employed.get(row["id"], ())),
            relations=tuple(related.get(row["id"], ())),
        )
        for row in experts
    ]
