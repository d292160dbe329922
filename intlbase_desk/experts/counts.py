"""What ``stats`` reports of the expert pool."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from intlbase_desk.models import Expert
from intlbase_desk.workspace import Workspace


def expert_counts(ws: Workspace) -> dict[str, Any]:
    table = Expert.__table__  # type: ignore[attr-defined]
    with ws.db.reading() as conn:
        total, active = conn.execute(
            sa.select(
                sa.func.count(), sa.func.count().filter(table.c.active == sa.true())
            ).select_from(table)
        ).one()
    return {"experts": int(total), "experts_active": int(active)}
