"""Voiding a base's certificate: kept, marked void with who, when and why; its number is never
given again. A revocation voids it in its own transaction; an officer voids one by hand."""

from __future__ import annotations

from sqlmodel import Session, select

from intlbase_desk.infra import audit, clock
from intlbase_desk.models import Certificate


def void_certificates(session: Session, actor: str, base_id: int, reason: str) -> list[str]:
    """Voids the base's valid certificates (one at most, in practice); their numbers."""
    voided = []
    for certificate in session.exec(
        select(Certificate).where(
            Certificate.base_id == base_id,
            Certificate.voided_at.is_(None),  # type: ignore[union-attr]
        )
    ):
        before = audit.snapshot(certificate)
        certificate.voided_at = clock.now()
        certificate.voided_by = actor
        certificate.void_reason = reason
        assert certificate.id is not None
        audit.record(
            session,
            actor=actor,
            entity="certificate",
            entity_id=certificate.id,
            action="void",
            before=before,
            after=audit.snapshot(certificate),
            reason=reason,
        )
        voided.append(certificate.number)
    return voided
