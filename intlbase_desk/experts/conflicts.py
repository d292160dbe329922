"""回避: whether an expert may score an organisation, and if not, why.

An expert may not score an organisation that employs them, employed them within the last years
of 回避 (a profile setting, 3 by practice), or with which they declared a relation (shares, a
post, a close relative, recent co-authorship, an exclusion the organisation asked for).
Organisations are matched by credit code, and by name where a code is missing on either side,
so that a past employer typed without its code still counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from intlbase_desk.experts.entries import Employment, Relation
from intlbase_desk.experts.relations import relation_name
from intlbase_desk.text.width import half_width


@dataclass(frozen=True)
class ExpertRecord:
    """An expert with what 回避 is decided by."""

    id: int
    name: str
    employer: str
    employer_uscc: str
    title: str
    fields: tuple[str, ...]
    phone: str
    email: str
    active: bool
    pledge_signed_on: dt.date | None
    employments: tuple[Employment, ...] = ()
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True)
class Conflict:
    code: str  # employer, past_employer, or a relation key
    reason: str  # in Chinese, as the draw records it


def _name_key(name: str) -> str:
    return "".join(half_width(name).split())


def _same(uscc_a: str, name_a: str, uscc_b: str, name_b: str) -> bool:
    if uscc_a and uscc_b:
        return uscc_a == uscc_b
    return bool(name_a) and _name_key(name_a) == _name_key(name_b)


def years_before(on: dt.date, years: int) -> dt.date:
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 February
        return on.replace(year=on.year - years, day=28)


def conflicts(
    expert: ExpertRecord, org_uscc: str, org_name: str, *, on: dt.date, years: int
) -> list[Conflict]:
    """Every reason the expert may not score the organisation on the day ``on``."""
    found: list[Conflict] = []
    if _same(expert.employer_uscc, expert.employer, org_uscc, org_name):
        found.append(Conflict("employer", f"现工作单位为{org_name}"))
    since = years_before(on, years)
    for e in expert.employments:
        if not _same(e.uscc, e.employer, org_uscc, org_name):
            continue
        if e.ended_on is None or e.ended_on >= since:
            if e.ended_on is None:
                found.append(Conflict("past_employer", f"在{org_name}任职，至今未离任"))
            else:
                end = e.ended_on.strftime("%Y.%m")
                found.append(Conflict("past_employer", f"{years}年内曾在{org_name}任职（至{end}）"))
    for r in expert.relations:
        if _same(r.uscc, r.org_name, org_uscc, org_name):
            found.append(
                Conflict(r.relation, f"与{org_name}有利害关系：{relation_name(r.relation)}")
            )
    return found
