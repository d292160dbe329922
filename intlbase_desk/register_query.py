"""The register as the table shows it: filtered, sorted and paged by the database.

A view of 100,000 bases costs a count and the pages on screen, never the whole table in memory.
It reads through plain table clauses rather than the ORM classes, so the first screen does not
wait for the table classes to be built; tests run it against the migrated schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa


@dataclass(frozen=True)
class Column:
    key: str
    expr: Any
    sort: Any


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
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
_BY_KEY = {c.key: c for c in COLUMNS}


@dataclass(frozen=True)
class BaseFilter:
    text: str = ""
    base_type: str | None = None
    district: str | None = None
    field: str | None = None
    status: str | None = None
    year: int | None = None
    archived: bool = False


@dataclass(frozen=True)
class Sort:
    key: str = "name"
    descending: bool = False
    extra: tuple[str, ...] = field(default=())


def _conditions(flt: BaseFilter) -> list[Any]:
    cond: list[Any] = [
        _base.c.archived == sa.true() if flt.archived else _base.c.archived == sa.false()
    ]
    text = flt.text.strip().lower()
    if text:
        # search_text is stored lower-case; LIKE with the wildcards escaped finds any substring.
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        cond.append(_base.c.search_text.like(f"%{escaped}%", escape="\\"))
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


def count(conn: sa.Connection, flt: BaseFilter) -> int:
    statement = sa.select(sa.func.count()).select_from(_base).where(*_conditions(flt))
    return int(conn.execute(statement).scalar_one())


def page(
    conn: sa.Connection, flt: BaseFilter, sort: Sort, offset: int, limit: int
) -> list[sa.Row[Any]]:
    """Rows of (id, *COLUMN_KEYS) in the view's order."""
    column = _BY_KEY[sort.key]
    order = column.sort.desc() if sort.descending else column.sort.asc()
    statement = (
        sa.select(_base.c.id, *(c.expr.label(c.key) for c in COLUMNS))
        .select_from(_base.join(_org, _org.c.id == _base.c.org_id))
        .where(*_conditions(flt))
        .order_by(order, _base.c.id)
        .offset(offset)
        .limit(limit)
    )
    return list(conn.execute(statement))


def distinct_values(conn: sa.Connection, key: str) -> list[Any]:
    """Values present in the register, for the filter lists (district, field, year)."""
    columns = {"district": _org.c.district, "field": _base.c.field, "year": _base.c.recognized_year}
    col = columns[key]
    statement = sa.select(col).where(col.is_not(None), col != "").distinct().order_by(col)
    return [r[0] for r in conn.execute(statement)]
