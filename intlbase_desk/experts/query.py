"""The expert pool as its table shows it: searched, filtered, sorted, paged by the database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from intlbase_desk.experts.labels import EXPERT_LABELS
from intlbase_desk.infra.paged_query import Column, PagedQuery, like_any

_expert = sa.table(
    "expert",
    *(
        sa.column(name)
        for name in (
            "id",
            "name",
            "employer",
            "employer_uscc",
            "title",
            "fields",
            "phone",
            "email",
            "active",
            "name_sort",
        )
    ),
    sa.column("pledge_signed_on", sa.Date),
)
_relation = sa.table("expert_relation", sa.column("expert_id"))
_employment = sa.table("expert_employment", sa.column("expert_id"))


def _count_of(table: Any) -> Any:
    return sa.select(sa.func.count()).where(table.c.expert_id == _expert.c.id).scalar_subquery()


_relations = _count_of(_relation)
_employments = _count_of(_employment)
_COLUMNS: tuple[Column, ...] = (
    Column("name", _expert.c.name, _expert.c.name_sort),
    Column("employer", _expert.c.employer, _expert.c.employer),
    Column("title", _expert.c.title, _expert.c.title),
    Column("fields", _expert.c.fields, _expert.c.fields),
    Column("phone", _expert.c.phone, _expert.c.phone),
    Column("email", _expert.c.email, _expert.c.email),
    Column("active", _expert.c.active, _expert.c.active),
    Column("pledge_signed_on", _expert.c.pledge_signed_on, _expert.c.pledge_signed_on),
    Column("employments", _employments, _employments),
    Column("relations", _relations, _relations),
)


@dataclass(frozen=True)
class ExpertFilter:
    text: str = ""
    field: str | None = None
    active: bool | None = True  # None: both


def _conditions(flt: ExpertFilter) -> list[Any]:
    cond: list[Any] = []
    if flt.active is not None:
        cond.append(_expert.c.active == (sa.true() if flt.active else sa.false()))
    if flt.text.strip():
        cond.append(
            like_any(
                flt.text,
                sa.func.lower(_expert.c.name),
                sa.func.lower(_expert.c.employer),
                sa.func.lower(_expert.c.employer_uscc),
                sa.func.lower(_expert.c.fields),
            )
        )
    if flt.field:
        cond.append(like_any(flt.field, _expert.c.fields))
    return cond


EXPERT_COLUMN_LABELS = {
    **{k: EXPERT_LABELS[k] for k in ("name", "employer", "title", "fields", "phone", "email")},
    "active": EXPERT_LABELS["active"],
    "pledge_signed_on": EXPERT_LABELS["pledge_signed_on"],
    "employments": "曾任职单位数",
    "relations": "回避单位数",
}
EXPERT_QUERY: PagedQuery[ExpertFilter] = PagedQuery(
    _COLUMNS,
    id_column=_expert.c.id,
    count_from=_expert,
    page_from=_expert,
    conditions=_conditions,
)
