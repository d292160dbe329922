"""Which bases held a usable title during a calendar year, from their status history: what a
year's annual summaries are owed by. A base counts when it was recognised by the year's end and
its title was usable at some time in the year: on 1 January, or on either side of a status change
made during the year (revoked in June, it still owes the half year)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from intlbase_desk.models import Base, Organization, StatusChange
from intlbase_desk.workspace import Workspace


@dataclass(frozen=True)
class InForce:
    base_id: int
    base_name: str
    base_type: str
    org_id: int
    org_name: str
    uscc: str
    district: str
    recommender: str
    contact_person: str
    phone: str
    email: str


def in_force_during(ws: Workspace, year: int) -> list[InForce]:
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    usable = {s.id for s in ws.profile.lifecycle.states if s.title_usable}
    b, o = Base.__table__, Organization.__table__  # type: ignore[attr-defined]
    with ws.db.reading() as conn:
        rows = (
            conn.execute(
                sa.select(b, o.c.name.label("org_name"), o.c.uscc, o.c.district)
                .join(o, o.c.id == b.c.org_id)
                .where(b.c.archived == sa.false())
                .order_by(b.c.id)
            )
            .mappings()
            .all()
        )
        s = StatusChange.__table__  # type: ignore[attr-defined]
        changes: dict[int, list[tuple[dt.date, str, str]]] = {}
        for base_id, on, before, after in conn.execute(
            sa.select(s.c.base_id, s.c.changed_on, s.c.from_status, s.c.to_status).order_by(
                s.c.changed_on, s.c.id
            )
        ):
            changes.setdefault(base_id, []).append((on, before, after))
    found = []
    for row in rows:
        recognised = row["recognized_on"]
        if recognised is not None and recognised > last:
            continue
        if recognised is None and (row["recognized_year"] or year) > year:
            continue
        if _usable_in(changes.get(row["id"], []), row["status"], usable, first, last):
            found.append(
                InForce(
                    row["id"],
                    row["name"],
                    row["base_type"],
                    row["org_id"],
                    row["org_name"],
                    row["uscc"],
                    row["district"],
                    row["recommender"],
                    row["contact_person"],
                    row["phone"],
                    row["email"],
                )
            )
    return found


def _usable_in(
    changes: list[tuple[dt.date, str, str]],
    now: str,
    usable: set[str],
    first: dt.date,
    last: dt.date,
) -> bool:
    """``changes``: the base's status changes in date order; ``now``: its status today."""
    before = [c for c in changes if c[0] < first]
    during = [c for c in changes if first <= c[0] <= last]
    if before:
        on_new_year = before[-1][2]
    elif changes:
        on_new_year = changes[0][1]  # as it was before its first change
    else:
        on_new_year = now
    return on_new_year in usable or any(c[1] in usable or c[2] in usable for c in during)
