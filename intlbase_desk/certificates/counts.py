"""What the certificates hold, for ``stats``: valid and void certificates, plaques still out."""

from __future__ import annotations

import sqlalchemy as sa

from intlbase_desk.models import Certificate, PlaqueRecovery
from intlbase_desk.workspace import Workspace


def certificate_counts(ws: Workspace) -> dict[str, int]:
    certificate = Certificate.__table__  # type: ignore[attr-defined]
    recovery = PlaqueRecovery.__table__  # type: ignore[attr-defined]
    count = sa.select(sa.func.count())
    with ws.db.reading() as conn:
        void = certificate.c.voided_at.is_not(None)
        return {
            "certificates_valid": conn.execute(
                count.select_from(certificate).where(sa.not_(void))
            ).scalar_one(),
            "certificates_void": conn.execute(
                count.select_from(certificate).where(void)
            ).scalar_one(),
            "plaques_to_recover": conn.execute(
                count.select_from(recovery).where(recovery.c.recovered_on.is_(None))
            ).scalar_one(),
        }
