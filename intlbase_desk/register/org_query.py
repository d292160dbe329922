"""The organisations (依托单位) as their table shows them: searched, sorted, paged by the database.

Each row also carries how many bases the organisation hosts and, if a revocation banned it,
until when it may not apply again; both are computed for the rows of the page only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from intlbase_desk.infra.paged_query import Column, PagedQuery, like_any
from intlbase_desk.register.labels import ORG_LABELS

_org = sa.table(
    "organization",
    *(
        sa.column(name)
        for name in (
            "id",
            "name",
            "uscc",
            "kind",
            "district",
            "legal_rep",
            "contact_person",
            "contact_phone",
            "archived",
            "name_sort",
            "name_initials",
        )
    ),
)
_base = sa.table("base", sa.column("id"), sa.column("org_id"), sa.column("archived"))
_change = sa.table("status_change", sa.column("base_id"), sa.column("ban_until", sa.Date))

_bases = (
    sa.select(sa.func.count())
    .where(_base.c.org_id == _org.c.id, _base.c.archived == sa.false())
    .scalar_subquery()
)
_ban_until = (
    sa.select(sa.func.max(_change.c.ban_until))
    .join(_base, _base.c.id == _change.c.base_id)
    .where(_base.c.org_id == _org.c.id)
    .scalar_subquery()
)

_COLUMNS: tuple[Column, ...] = (
    Column("name", _org.c.name, _org.c.name_sort),
    Column("uscc", _org.c.uscc, _org.c.uscc),
    Column("kind", _org.c.kind, _org.c.kind),
    Column("district", _org.c.district, _org.c.district),
    Column("bases", _bases, _bases),
    Column("ban_until", _ban_until, _ban_until),
    Column("legal_rep", _org.c.legal_rep, _org.c.legal_rep),
    Column("contact_person", _org.c.contact_person, _org.c.contact_person),
    Column("contact_phone", _org.c.contact_phone, _org.c.contact_phone),
)


@dataclass(frozen=True)
class OrgFilter:
    text: str = ""
    district: str | None = None
    kind: str | None = None
    archived: bool = False


def _conditions(flt: OrgFilter) -> list[Any]:
    cond: list[Any] = [_org.c.archived == (sa.true() if flt.archived else sa.false())]
    if flt.text.strip():
        cond.append(
            like_any(
                flt.text,
                sa.func.lower(_org.c.name),
                _org.c.name_initials,
                sa.func.lower(_org.c.uscc),
            )
        )
    if flt.district:
        cond.append(_org.c.district == flt.district)
    if flt.kind:
        cond.append(_org.c.kind == flt.kind)
    return cond


# How the view's columns are headed: the fields' own labels.
ORG_COLUMN_LABELS = {
    **{k: ORG_LABELS[k] for k in ("name", "uscc", "kind", "district")},
    "bases": "基地数",
    "ban_until": "禁止申报至",
    **{k: ORG_LABELS[k] for k in ("legal_rep", "contact_person", "contact_phone")},
}
ORG_QUERY: PagedQuery[OrgFilter] = PagedQuery(
    _COLUMNS, id_column=_org.c.id, count_from=_org, page_from=_org, conditions=_conditions
)
