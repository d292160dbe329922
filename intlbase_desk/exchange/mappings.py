"""Column mappings an officer made by hand, remembered per sheet layout (kind and header), in
the database with who and when: the command line checks a file exactly as the window does."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence

import sqlalchemy as sa

from intlbase_desk.infra import audit, clock
from intlbase_desk.sheets import Schema
from intlbase_desk.workspace import Workspace

# Read through Core: a dry run of the command line never needs the table classes.
_MAPPING = sa.table(
    "column_mapping", sa.column("kind"), sa.column("signature"), sa.column("mapping_json")
)


def header_signature(headers: Sequence[str]) -> str:
    return hashlib.sha256("\x1f".join(headers).encode("utf-8")).hexdigest()


def remembered_mapping(ws: Workspace, schema: Schema, headers: Sequence[str]) -> dict[str, str]:
    """Header as written → field key, as last saved for this layout; empty if never mapped."""
    statement = sa.select(_MAPPING.c.mapping_json).where(
        _MAPPING.c.kind == schema.kind, _MAPPING.c.signature == header_signature(headers)
    )
    with ws.db.reading() as conn:
        found = conn.execute(statement).scalar()
    return dict(json.loads(found)) if found else {}


def remember_mapping(
    ws: Workspace, schema: Schema, headers: Sequence[str], mapping: Mapping[str, str]
) -> None:
    """Saves (or replaces) the hand-made mapping of this layout, with its audit entry."""
    from sqlmodel import select

    from intlbase_desk.models import ColumnMapping

    signature = header_signature(headers)
    mapping_json = json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)
    with ws.db.transaction() as session:
        found = session.exec(
            select(ColumnMapping).where(
                ColumnMapping.kind == schema.kind, ColumnMapping.signature == signature
            )
        ).first()
        if found is None:
            created = ColumnMapping(
                kind=schema.kind,
                signature=signature,
                headers_json=json.dumps(list(headers), ensure_ascii=False),
                mapping_json=mapping_json,
                actor=ws.actor,
                saved_at=clock.now(),
            )
            audit.add_created(session, created, actor=ws.actor, entity="column_mapping")
            return
        if found.mapping_json == mapping_json:
            return
        before = audit.snapshot(found)
        found.mapping_json, found.actor, found.saved_at = mapping_json, ws.actor, clock.now()
        audit.record(
            session,
            actor=ws.actor,
            entity="column_mapping",
            entity_id=found.id or 0,
            action="update",
            before=before,
            after=audit.snapshot(found),
        )
