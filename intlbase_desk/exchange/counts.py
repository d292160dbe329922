"""What the exchange holds, for ``stats``: calls, applications, import batches."""

from __future__ import annotations

import sqlalchemy as sa

from intlbase_desk.models import Application, Call, ImportBatch
from intlbase_desk.workspace import Workspace


def exchange_counts(ws: Workspace) -> dict[str, int]:
    counts = {}
    with ws.db.reading() as conn:
        for key, model in (
            ("calls", Call),
            ("applications", Application),
            ("import_batches", ImportBatch),
        ):
            table = model.__table__  # type: ignore[attr-defined]
            counts[key] = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
    return counts
