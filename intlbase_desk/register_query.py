"""The register as the table shows it: filtered, sorted and paged by the database.

A view of 100,000 bases costs a count and the pages on screen, never the whole table in memory.
It reads through plain table clauses rather than the ORM classes, so the first screen does not
wait for the table classes to be built; tests run it against the migrated schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from intlbase_desk.paged_query import Column, PagedQuery, Sort, like_any

_base = sa.table(
    "base",
    *(
        sa.column(name)
        for name in (
            "id",
            "name",
            "base_type",
            "org_id",
            "field",
            "status",
            "cert_no",
            "leader",
            "archived",
            "name_sort",
            "org_sort",
            "search_text",
            "recognized_year",
        )
    ),
    sa.column("valid_until", sa.Date),
)
_org = sa.table(
    "organization", sa.column("id"), sa.column("name"), sa.column("uscc"), sa.column("district")
)

COLUMNS: tuple[Column, ...] = (
    Column("name", _base.c.name, _base.c.name_sort),
    Column("base_type", _base.c.base_type, _base.c.base_type),
    Column("org_name", _org.c.name, _base.c.org_sort),
    Column("uscc", _org.c.uscc, _org.c.uscc),
    Column("district", _org.c.district, _org.c.district),
    Column("field", _base.c.field, _base.c.field),
    Column("status", _base.c.status, _base.c.status),
    Column("recognized_year", _base.c.recognized_year, _base.c.recognized_year),
    Column("valid_until", _base.c.valid_until, _base.c.valid_until),
    Column("cert_no", _base.c.cert_no, _base.c.cert_no),
    Column("leader", _base.c.leader, _base.c.leader),
)


@dataclass(frozen=True)
class BaseFilter:
    text: str = ""
    base_type: str | None = None
    district: str | None = None
    field: str | None = None
    status: str | None = None
    year: int | None = None
    archived: bool = False


def _conditions(flt: BaseFilter) -> list[Any]:
    cond: list[Any] = [
        _base.c.archived == sa.true() if flt.archived else _base.c.archived == sa.false()
    ]
    if flt.text.strip():
        # search_text is stored lower-case: names, code and the names' pinyin initials.
        cond.append(like_any(flt.text, _base.c.search_text))
    if flt.base_type:
        cond.append(_base.c.base_type == flt.base_type)
    if flt.field:
        cond.append(_base.c.field == flt.field)
    if flt.status:
        cond.append(_base.c.status == flt.status)
    if flt.year:
        cond.append(_base.c.recognized_year == flt.year)
    if flt.district:
        cond.append(_base.c.org_id.in_(sa.select(_org.c.id).where(_org.c.district == flt.district)))
    return cond


QUERY: PagedQuery[BaseFilter] = PagedQuery(
    COLUMNS,
    id_column=_base.c.id,
    count_from=_base,
    page_from=_base.join(_org, _org.c.id == _base.c.org_id),
    conditions=_conditions,
)
COLUMN_KEYS = QUERY.keys
count = QUERY.count
page = QUERY.page
__all__ = ["COLUMNS", "COLUMN_KEYS", "BaseFilter", "Sort", "count", "distinct_values", "page"]


def distinct_values(conn: sa.Connection, key: str) -> list[Any]:
    """Values present in the register, for the filter lists (district, field, year)."""
    columns = {"district": _org.c.district, "field": _base.c.field, "year": _base.c.recognized_year}
    col = columns[key]
    statement = sa.select(col).where(col.is_not(None), col != "").distinct().order_by(col)
    return [r[0] for r in conn.execute(statement)]
