"""What the register holds, for ``stats``: organisations and bases, by status and archived."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from intlbase_desk.infra import clock
from intlbase_desk.models import Base, Organization, StatusChange
from intlbase_desk.workspace import Workspace


def register_counts(ws: Workspace) -> dict[str, Any]:
    base = Base.__table__  # type: ignore[attr-defined]
    org = Organization.__table__  # type: ignore[attr-defined]
    change = StatusChange.__table__  # type: ignore[attr-defined]
    with ws.db.reading() as conn:
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
        banned = conn.execute(
            sa.select(sa.func.count(sa.distinct(base.c.org_id)))
            .join(change, change.c.base_id == base.c.id)
            .where(change.c.ban_until > clock.today())
        ).scalar_one()
    return {
        "organizations": orgs,
        "organizations_archived": archived_orgs,
        "bases": sum(by_status.values()) + archived_bases,
        "bases_by_status": {s.id: by_status.get(s.id, 0) for s in ws.profile.lifecycle.states},
        "bases_archived": archived_bases,
        "bans": banned,  # organisations under a running ban
    }
