"""Counts of what the database holds; later capabilities add their own keys."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from intlbase_desk.infra.database import Database
from intlbase_desk.models import Application, AuditEntry, Base, Call, ImportBatch, Organization
from intlbase_desk.policy.profile import Profile


def collect(db: Database, profile: Profile) -> dict[str, Any]:
    base = Base.__table__  # type: ignore[attr-defined]
    org = Organization.__table__  # type: ignore[attr-defined]
    with db.reading() as conn:
        orgs = conn.execute(sa.select(sa.func.count()).select_from(org)).scalar_one()
        archived_orgs = conn.execute(
            sa.select(sa.func.count()).select_from(org).where(org.c.archived == sa.true())
        ).scalar_one()
        by_status = dict(
            conn.execute(
                sa.select(base.c.status, sa.func.count())
                .where(base.c.archived == sa.false())
                .group_by(base.c.status)
            ).all()
        )
        archived_bases = conn.execute(
            sa.select(sa.func.count()).select_from(base).where(base.c.archived == sa.true())
        ).scalar_one()

        def total(model: type) -> int:
            table = model.__table__  # type: ignore[attr-defined]
            return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())

        audit_entries = total(AuditEntry)
        calls, applications, batches = total(Call), total(Application), total(ImportBatch)
    statuses = {s.id: by_status.get(s.id, 0) for s in profile.lifecycle.states}
    return {
        "profile": profile.id,
        "schema_version": db.schema_version(),
        "organizations": orgs,
        "organizations_archived": archived_orgs,
        "bases": sum(by_status.values()) + archived_bases,
        "bases_by_status": statuses,
        "bases_archived": archived_bases,
        "audit_entries": audit_entries,
        "calls": calls,
        "applications": applications,
        "import_batches": batches,
    }
