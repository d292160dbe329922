"""Column mappings an officer made by hand, remembered per sheet layout (kind and header), in
the database with who and when: the command line checks a file exactly as the window does."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence

from sqlmodel import select
from sqlmodel.sql.expression import SelectOfScalar

from intlbase_desk.infra import audit, clock
from intlbase_desk.models import ColumnMapping
from intlbase_desk.sheets import Schema
from intlbase_desk.workspace import Workspace


def header_signature(headers: Sequence[str]) -> str:
    return hashlib.sha256("\x1f".join(headers).encode("utf-8")).hexdigest()


def remembered_mapping(ws: Workspace, schema: Schema, headers: Sequence[str]) -> dict[str, str]:
    """Header as written → field key, as last saved for this layout; empty if never mapped."""
    statement = _query(schema.kind, header_signature(headers))
    with ws.db.transaction() as session:
        found = session.exec(statement).first()
        return dict(json.loads(found.mapping_json)) if found is not None else {}


def _query(kind: str, signature: str) -> SelectOfScalar[ColumnMapping]:
    return select(ColumnMapping).where(
        ColumnMapping.kind == kind, ColumnMapping.signature == signature
    )


def remember_mapping(
    ws: Workspace, schema: Schema, headers: Sequence[str], mapping: Mapping[str, str]
) -> None:
    """Saves (or replaces) the hand-made mapping of this layout, with its audit entry."""
    signature = header_signature(headers)
    mapping_json = json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)
    with ws.db.transaction() as session:
        found = session.exec(_query(schema.kind, signature)).first()
        if found is not None and found.mapping_json == mapping_json:
            return
        if found is None:
            found = ColumnMapping(
                kind=schema.kind,
                signature=signature,
                headers_json=json.dumps(list(headers), ensure_ascii=False),
                mapping_json=mapping_json,
                actor=ws.actor,
                saved_at=clock.now(),
            )
            audit.add_created(session, found, actor=ws.actor, entity="column_mapping")
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
