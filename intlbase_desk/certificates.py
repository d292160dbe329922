"""Certificate numbers: given at issue time, in one transaction with the issuance record.

A base with a valid certificate keeps its number on every reprint and re-issue (补发); a new
number comes from the year's counter, which only ever grows, so a number is never reused and
never silently skipped. A voided certificate keeps its number, marked void.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, select

from intlbase_desk import audit, clock
from intlbase_desk.database import Database
from intlbase_desk.errors import NotFoundError, UserError
from intlbase_desk.models import Base, Certificate, CertificateCounter, CertificatePrint
from intlbase_desk.profile import Profile


@dataclass(frozen=True)
class Numbered:
    base_id: int
    certificate_id: int
    number: str
    new: bool  # False: a reprint of the number the base already had


def _next_seq(session: Session, year: int) -> int:
    counter = session.get(CertificateCounter, year)
    if counter is None:
        counter = CertificateCounter(year=year, last_seq=0)
        session.add(counter)
    counter.last_seq += 1
    session.flush()
    return counter.last_seq


def valid_certificate(session: Session, base_id: int) -> Certificate | None:
    return session.exec(
        select(Certificate).where(Certificate.base_id == base_id, Certificate.voided_at.is_(None))  # type: ignore[union-attr]
    ).first()


def number_bases(
    db: Database,
    profile: Profile,
    actor: str,
    base_ids: list[int],
    *,
    issued_on: dt.date | None = None,
) -> list[Numbered]:
    """Gives each base its certificate number (a new one only where it has none), at once."""
    issued_on = issued_on or dt.date.today()
    numbered: list[Numbered] = []
    with db.transaction() as session:
        for base_id in base_ids:
            base = session.get(Base, base_id)
            if base is None:
                raise NotFoundError(f"基地（编号 {base_id}）不存在")
            existing = valid_certificate(session, base_id)
            if existing is not None:
                assert existing.id is not None
                numbered.append(Numbered(base_id, existing.id, existing.number, False))
                continue
            year = base.recognized_year or issued_on.year
            seq = _next_seq(session, year)
            number = profile.certificate_number(year, seq)
            certificate = Certificate(
                base_id=base_id,
                number=number,
                year=year,
                seq=seq,
                issued_on=issued_on,
                issued_at=clock.now(),
                actor=actor,
            )
            session.add(certificate)
            before = audit.snapshot(base)
            base.cert_no = number
            base.updated_at = clock.now()
            session.flush()
            assert certificate.id is not None
            audit.record(
                session,
                actor=actor,
                entity="base",
                entity_id=base_id,
                action="update",
                before=before,
                after=audit.snapshot(base),
                reason=f"颁发证书 {number}",
            )
            numbered.append(Numbered(base_id, certificate.id, number, True))
    return numbered


def log_prints(db: Database, actor: str, printed: list[tuple[Numbered, str, str]]) -> None:
    """Records what was printed: (numbered, kind, layout) with kind issue/reprint/reissue/plaque."""
    with db.transaction() as session:
        now = clock.now()
        for numbered, kind, layout in printed:
            session.add(
                CertificatePrint(
                    certificate_id=numbered.certificate_id,
                    base_id=numbered.base_id,
                    kind=kind,
                    layout=layout,
                    printed_at=now,
                    actor=actor,
                )
            )


def void(db: Database, actor: str, certificate_id: int, reason: str) -> None:
    if not reason.strip():
        raise UserError("请填写作废原因")
    with db.transaction() as session:
        certificate = session.get(Certificate, certificate_id)
        if certificate is None:
            raise NotFoundError(f"证书（编号 {certificate_id}）不存在")
        if certificate.voided_at is not None:
            raise UserError(f"证书 {certificate.number} 已作废")
        before = audit.snapshot(certificate)
        certificate.voided_at = clock.now()
        certificate.voided_by = actor
        certificate.void_reason = reason.strip()
        audit.record(
            session,
            actor=actor,
            entity="certificate",
            entity_id=certificate_id,
            action="void",
            before=before,
            after=audit.snapshot(certificate),
            reason=reason.strip(),
        )


def bases_in_force(db: Database, profile: Profile, year: int | None = None) -> list[int]:
    """Bases whose title may be used (recognised in ``year`` if given), in name order."""
    usable = [s.id for s in profile.lifecycle.states if s.title_usable]
    base = Base.__table__  # type: ignore[attr-defined]
    statement = sa.select(base.c.id).where(base.c.archived == sa.false(), base.c.status.in_(usable))
    if year is not None:
        statement = statement.where(base.c.recognized_year == year)
    with db.reading() as conn:
        return list(conn.execute(statement.order_by(base.c.name_sort, base.c.id)).scalars())
