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

from intlbase_desk import register
from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import NotFoundError, UserError
from intlbase_desk.models import Base, Certificate, CertificateCounter, CertificatePrint
from intlbase_desk.workspace import Workspace

CHANGED = Changes(certificates=True)


@dataclass(frozen=True)
class Numbered:
    base_id: int
    certificate_id: int
    number: str
    new: bool  # False: a reprint of the number the base already had


def number_bases(
    ws: Workspace, base_ids: list[int], *, issued_on: dt.date | None = None
) -> list[Numbered]:
    """Gives each base its certificate number (a new one only where it has none), at once.

    One transaction: new certificates, the bases' certificate numbers and their audit entries
    are written together, in a few statements even for a thousand bases.
    """
    issued_on = issued_on or clock.today()
    now = clock.now()
    with ws.db.transaction() as session:
        years_of = _recognition_years(session, base_ids)
        valid = {c.base_id: c for c in _valid_certificates(session, base_ids)}
        wanted = [b for b in dict.fromkeys(base_ids) if b not in valid]
        years = [years_of[b] or issued_on.year for b in wanted]
        rows = [
            {
                "base_id": b,
                "number": ws.profile.certificate_number(y, s),
                "year": y,
                "seq": s,
                "issued_on": issued_on,
                "issued_at": now,
                "actor": ws.actor,
                "voided_by": "",
                "void_reason": "",
            }
            for b, y, s in zip(wanted, years, _reserve(session, years), strict=True)
        ]
        ids = _insert_certificates(session, rows)
        register.set_certificate_numbers(
            session, ws.actor, {row["base_id"]: row["number"] for row in rows}
        )
    new = {row["base_id"]: (cert_id, row["number"]) for row, cert_id in zip(rows, ids, strict=True)}
    numbered = []
    for base_id in base_ids:
        if base_id in new:
            numbered.append(Numbered(base_id, *new[base_id], True))
        else:
            existing = valid[base_id]
            assert existing.id is not None
            numbered.append(Numbered(base_id, existing.id, existing.number, False))
    return numbered


def _recognition_years(session: Session, base_ids: list[int]) -> dict[int, int | None]:
    table = Base.__table__  # type: ignore[attr-defined]
    statement = sa.select(table.c.id, table.c.recognized_year).where(table.c.id.in_(base_ids))
    years = dict(session.connection().execute(statement).all())
    missing = [b for b in base_ids if b not in years]
    if missing:
        raise NotFoundError(f"基地（编号 {missing[0]}）不存在")
    return years


def _valid_certificates(session: Session, base_ids: list[int]) -> list[Certificate]:
    return list(
        session.exec(
            select(Certificate).where(
                Certificate.base_id.in_(base_ids),  # type: ignore[attr-defined]
                Certificate.voided_at.is_(None),  # type: ignore[union-attr]
            )
        )
    )


def _insert_certificates(session: Session, rows: list[dict[str, object]]) -> list[int]:
    if not rows:
        return []
    table = Certificate.__table__  # type: ignore[attr-defined]
    statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
    return list(session.connection().execute(statement, rows).scalars())


def _reserve(session: Session, years: list[int]) -> list[int]:
    """Sequence numbers for each wanted year, in order, from the yearly counters."""
    seqs = []
    counters: dict[int, CertificateCounter] = {}
    for year in years:
        counter = counters.get(year) or session.get(CertificateCounter, year)
        if counter is None:
            counter = CertificateCounter(year=year, last_seq=0)
            session.add(counter)
        counters[year] = counter
        counter.last_seq += 1
        seqs.append(counter.last_seq)
    session.flush()
    return seqs


def log_prints(ws: Workspace, printed: list[tuple[Numbered, str, str]]) -> Changes:
    """Records what was printed: (numbered, kind, layout) with kind issue/reprint/reissue/plaque."""
    if not printed:
        return Changes()
    now = clock.now()
    rows = [
        {
            "certificate_id": n.certificate_id,
            "base_id": n.base_id,
            "kind": kind,
            "layout": layout,
            "printed_at": now,
            "actor": ws.actor,
        }
        for n, kind, layout in printed
    ]
    with ws.db.transaction() as session:
        session.connection().execute(CertificatePrint.__table__.insert(), rows)  # type: ignore[attr-defined]
    return CHANGED


def void_certificate(ws: Workspace, certificate_id: int, reason: str) -> Changes:
    if not reason.strip():
        raise UserError("请填写作废原因")
    with ws.db.transaction() as session:
        certificate = session.get(Certificate, certificate_id)
        if certificate is None:
            raise NotFoundError(f"证书（编号 {certificate_id}）不存在")
        if certificate.voided_at is not None:
            raise UserError(f"证书 {certificate.number} 已作废")
        before = audit.snapshot(certificate)
        certificate.voided_at = clock.now()
        certificate.voided_by = ws.actor
        certificate.void_reason = reason.strip()
        audit.record(
            session,
            actor=ws.actor,
            entity="certificate",
            entity_id=certificate_id,
            action="void",
            before=before,
            after=audit.snapshot(certificate),
            reason=reason.strip(),
        )
    return CHANGED


def bases_in_force(ws: Workspace, year: int | None = None) -> list[int]:
    """Bases whose title may be used (recognised in ``year`` if given), in name order."""
    usable = [s.id for s in ws.profile.lifecycle.states if s.title_usable]
    base = Base.__table__  # type: ignore[attr-defined]
    statement = sa.select(base.c.id).where(base.c.archived == sa.false(), base.c.status.in_(usable))
    if year is not None:
        statement = statement.where(base.c.recognized_year == year)
    with ws.db.reading() as conn:
        return list(conn.execute(statement.order_by(base.c.name_sort, base.c.id)).scalars())
