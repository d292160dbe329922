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
from intlbase_desk.certificates.number_pattern import parse_number
from intlbase_desk.infra import clock
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
    new: bool  # a number given now; False: the number the base already held


def number_bases(
    ws: Workspace, base_ids: list[int], *, issued_on: dt.date | None = None
) -> list[Numbered]:
    """Gives each base its certificate number, at once; a number a base holds stays its own.

    A base with a valid certificate keeps its number; one that holds a number without a
    certificate here (an imported register) keeps that number, now recorded; only a base with
    none (or a voided one) gets a new number, after the highest in use for its year and the
    profile's pattern. One transaction: certificates, the bases' numbers and audit entries.
    """
    issued_on = issued_on or clock.today()
    now = clock.now()
    pattern = ws.profile.certificate_number_pattern
    with ws.db.transaction() as session:
        held = _held(session, base_ids)
        valid = {c.base_id: c for c in _valid_certificates(session, base_ids)}
        voided = _voided_numbers(session)
        keep = [b for b in dict.fromkeys(base_ids) if b not in valid and held[b][1]]
        keep = [b for b in keep if held[b][1] not in voided]
        _refuse_numbers_held_twice(session, {b: held[b][1] for b in keep})
        wanted = [b for b in dict.fromkeys(base_ids) if b not in valid and b not in keep]
        years = [held[b][0] or issued_on.year for b in wanted]
        record = {"issued_on": issued_on, "issued_at": now, "actor": ws.actor}
        rows = [_kept_row(b, held[b], pattern, issued_on, record) for b in keep]
        given = [
            {"base_id": b, "number": ws.profile.certificate_number(y, s), "year": y, "seq": s}
            for b, y, s in zip(wanted, years, _reserve(session, years, pattern), strict=True)
        ]
        rows += [{**row, **record, "voided_by": "", "void_reason": ""} for row in given]
        ids = _insert_certificates(session, rows)
        register.set_certificate_numbers(
            session, ws.actor, {row["base_id"]: row["number"] for row in given}
        )
    made = {
        row["base_id"]: (cert_id, row["number"]) for row, cert_id in zip(rows, ids, strict=True)
    }
    fresh = {row["base_id"] for row in given}
    numbered = []
    for base_id in base_ids:
        if base_id in made:
            numbered.append(Numbered(base_id, *made[base_id], base_id in fresh))
        else:
            existing = valid[base_id]
            assert existing.id is not None
            numbered.append(Numbered(base_id, existing.id, existing.number, False))
    return numbered


def _held(session: Session, base_ids: list[int]) -> dict[int, tuple[int | None, str]]:
    """Each base's recognition year and the number it holds ("" for none)."""
    table = Base.__table__  # type: ignore[attr-defined]
    statement = sa.select(table.c.id, table.c.recognized_year, table.c.cert_no).where(
        table.c.id.in_(base_ids)
    )
    held = {
        r.id: (r.recognized_year, (r.cert_no or "").strip())
        for r in session.connection().execute(statement)
    }
    missing = [b for b in base_ids if b not in held]
    if missing:
        raise NotFoundError(f"基地（编号 {missing[0]}）不存在")
    return held


def _voided_numbers(session: Session) -> set[str]:
    table = Certificate.__table__  # type: ignore[attr-defined]
    statement = sa.select(table.c.number).where(table.c.voided_at.is_not(None))
    return set(session.connection().execute(statement).scalars())


def _refuse_numbers_held_twice(session: Session, kept: dict[int, str]) -> None:
    """A number is one base's: two bases holding it is a fault of the register to mend first."""
    by_number: dict[str, list[int]] = {}
    for base_id, number in kept.items():
        by_number.setdefault(number, []).append(base_id)
    certificate = Certificate.__table__  # type: ignore[attr-defined]
    taken = dict(
        session.connection()
        .execute(
            sa.select(certificate.c.number, certificate.c.base_id).where(
                certificate.c.number.in_(list(by_number))
            )
        )
        .all()
    )
    for number, holders in by_number.items():
        others = holders[1:] + ([taken[number]] if number in taken else [])
        if others:
            names = "、".join(f"“{_base_name(session, b)}”" for b in [holders[0], *others])
            raise UserError(
                f"证书编号 {number} 同时登记在 {names} 名下。一个编号只属于一个基地："
                "请先在基地名录中改正其中一个，再颁发证书"
            )


def _base_name(session: Session, base_id: int) -> str:
    base = session.get(Base, base_id)
    return base.name if base is not None else str(base_id)


def _kept_row(
    base_id: int,
    held: tuple[int | None, str],
    pattern: str,
    issued_on: dt.date,
    record: dict[str, object],
) -> dict[str, object]:
    """The record of a number a base already held (year and sequence read from it)."""
    year, number = held
    parsed = parse_number(pattern, number)
    # A number of another form keeps its text; sequence 0 says it is not one of the counter's.
    number_year, seq = parsed if parsed else (year or issued_on.year, 0)
    return {
        "base_id": base_id,
        "number": number,
        "year": number_year,
        "seq": seq,
        **record,
        "voided_by": "",
        "void_reason": "",
    }


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


def _highest_in_use(session: Session, pattern: str) -> dict[int, int]:
    """The highest sequence in use per year: in the certificates, and in the numbers bases
    hold (an imported register's), read by the pattern."""
    conn = session.connection()
    certificate, base = Certificate.__table__, Base.__table__  # type: ignore[attr-defined]
    highest: dict[int, int] = {}
    for year, seq in conn.execute(
        sa.select(certificate.c.year, sa.func.max(certificate.c.seq)).group_by(certificate.c.year)
    ):
        highest[year] = max(highest.get(year, 0), seq or 0)
    for number in conn.execute(sa.select(base.c.cert_no).where(base.c.cert_no != "")).scalars():
        parsed = parse_number(pattern, number)
        if parsed is not None:
            highest[parsed[0]] = max(highest.get(parsed[0], 0), parsed[1])
    return highest


def _reserve(session: Session, years: list[int], pattern: str) -> list[int]:
    """Sequence numbers for each wanted year, in order, after the highest in use: the yearly
    counters only ever grow."""
    if not years:
        return []
    in_use = _highest_in_use(session, pattern)
    seqs = []
    counters: dict[int, CertificateCounter] = {}
    for year in years:
        counter = counters.get(year) or session.get(CertificateCounter, year)
        if counter is None:
            counter = CertificateCounter(year=year, last_seq=0)
            session.add(counter)
        counters[year] = counter
        counter.last_seq = max(counter.last_seq, in_use.get(year, 0)) + 1
        in_use[year] = counter.last_seq
        seqs.append(counter.last_seq)
    session.flush()
    return seqs


CERTIFICATE_PRINTS = ("issue", "reprint", "reissue")


def log_prints(
    ws: Workspace, printed: list[Numbered], *, layout: str, plaque: bool, reissue: bool = False
) -> Changes:
    """Records what was printed, completely: a plaque; or a certificate's issue (its first
    complete printing, whether its number is new or one the base held), reprint or 补发."""
    if not printed:
        return Changes()
    now = clock.now()
    table = CertificatePrint.__table__  # type: ignore[attr-defined]
    with ws.db.transaction() as session:
        conn = session.connection()
        printed_before = set(
            conn.execute(
                sa.select(table.c.certificate_id).where(
                    table.c.certificate_id.in_([n.certificate_id for n in printed]),
                    table.c.kind.in_(CERTIFICATE_PRINTS),
                )
            ).scalars()
        )
        again = "reissue" if reissue else "reprint"
        rows = []
        for n in printed:
            if plaque:
                kind = "plaque"
            else:
                kind = again if n.certificate_id in printed_before else "issue"
                printed_before.add(n.certificate_id)
            rows.append(
                {
                    "certificate_id": n.certificate_id,
                    "base_id": n.base_id,
                    "kind": kind,
                    "layout": layout,
                    "printed_at": now,
                    "actor": ws.actor,
                }
            )
        conn.execute(table.insert(), rows)
    return CHANGED


def void_certificate(ws: Workspace, certificate_id: int, reason: str) -> Changes:
    """Voids a certificate (lost, misprinted): kept, marked void; its number never returns."""
    if not reason.strip():
        raise UserError("请填写作废原因")
    with ws.db.transaction() as session:
        certificate = session.get(Certificate, certificate_id)
        if certificate is None:
            raise NotFoundError(f"证书（编号 {certificate_id}）不存在")
        if certificate.voided_at is not None:
            raise UserError(f"证书 {certificate.number} 已作废")
        register.void_certificates(session, ws.actor, certificate.base_id, reason.strip())
    return CHANGED | Changes(bases=True)


def void_base_certificate(ws: Workspace, base_id: int, reason: str) -> Changes:
    """Voids the valid certificate of a base; refused when it has none."""
    if not reason.strip():
        raise UserError("请填写作废原因")
    with ws.db.transaction() as session:
        base = session.get(Base, base_id)
        if base is None:
            raise NotFoundError(f"基地（编号 {base_id}）不存在")
        if not register.void_certificates(session, ws.actor, base_id, reason.strip()):
            raise UserError(f"基地“{base.name}”没有有效的证书可以作废")
    return CHANGED | Changes(bases=True)


def bases_in_force(ws: Workspace, year: int | None = None) -> list[int]:
    """Bases whose title may be used (recognised in ``year`` if given), in name order."""
    usable = [s.id for s in ws.profile.lifecycle.states if s.title_usable]
    base = Base.__table__  # type: ignore[attr-defined]
    statement = sa.select(base.c.id).where(base.c.archived == sa.false(), base.c.status.in_(usable))
    if year is not None:
        statement = statement.where(base.c.recognized_year == year)
    with ws.db.reading() as conn:
        return list(conn.execute(statement.order_by(base.c.name_sort, base.c.id)).scalars())
