"""The register as the table shows it: filtered, sorted and paged by the database.

A view of 100,000 bases costs a count and the pages on screen, never the whole table in memory.
It reads through plain table clauses rather than the ORM classes, so the first screen does not
wait for the table classes to be built; tests run it against the migrated schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from intlbase_desk.infra import clock
from intlbase_desk.infra.paged_query import Column, PagedQuery, Sort, like_any
from intlbase_desk.register import search_index
from intlbase_desk.register.labels import BASE_LABELS, ORG_LABELS

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

_COLUMNS: tuple[Column, ...] = (
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
    expired: bool = False  # past the end of its validity (valid_until before today)


def _conditions(flt: BaseFilter, *, by_archived_index: bool = True) -> list[Any]:
    if by_archived_index:
        cond: list[Any] = [_base.c.archived == (sa.true() if flt.archived else sa.false())]
    else:
        # Wrapped so that SQLite drives the query from another condition (the substring index).
        cond = [sa.func.abs(_base.c.archived) == int(flt.archived)]
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
    if flt.expired:
        cond.append(_base.c.valid_until < clock.today())
    if flt.district:
        cond.append(_base.c.org_id.in_(sa.select(_org.c.id).where(_org.c.district == flt.district)))
    return cond


# Index entries the first page of a search reads in name order before it asks the substring
# index: enough for any common text to fill a page, few enough to cost a few milliseconds.
HEAD = 5000
_search = sa.table(search_index.TABLE)


class BaseQuery(PagedQuery[BaseFilter]):
    """The first page of a search in name order is found in two steps where SQLite can.

    The first entries of the name index, read in order, fill the page for any common text. A
    rarer text would need the whole register read; the substring index gives its few matches
    instead, which are then sorted. Other pages, other orders, short texts and searches combined
    with other filters use LIKE.
    """

    def page(
        self, conn: sa.Connection, flt: BaseFilter, sort: Sort, offset: int, limit: int
    ) -> list[sa.Row[Any]]:
        needle = flt.text.strip().lower()
        indexed = (
            offset == 0
            and sort == Sort()
            and flt == BaseFilter(text=flt.text, archived=flt.archived)  # a search, nothing else
            and len(needle) >= search_index.MIN_LENGTH
            and search_index.available(conn)
        )
        if not indexed:
            return super().page(conn, flt, sort, offset, limit)
        # Read on the covering index alone (ids, sort keys, search text): no row is touched
        # until the page's ids are known.
        head = (
            sa.select(_base.c.id, _base.c.name_sort, _base.c.search_text)
            .where(_base.c.archived == (sa.true() if flt.archived else sa.false()))
            .order_by(_base.c.name_sort, _base.c.id)
            .limit(HEAD)
            .subquery()
        )
        ids = list(
            conn.execute(
                sa.select(head.c.id)
                .where(like_any(needle, head.c.search_text))
                .order_by(head.c.name_sort, head.c.id)
                .limit(limit)
            ).scalars()
        )
        if len(ids) == limit:
            return list(conn.execute(self.select([_base.c.id.in_(ids)], sort)))
        matches = (
            sa.select(sa.literal_column("rowid"))
            .select_from(_search)
            .where(sa.text(f"{search_index.TABLE} MATCH :phrase"))
        )
        conditions = [*_conditions(flt, by_archived_index=False), _base.c.id.in_(matches)]
        statement = self.select(conditions, sort).limit(limit)
        return list(conn.execute(statement, {"phrase": search_index.phrase(needle)}))


# How the view's columns are headed: the fields' own labels.
BASE_COLUMN_LABELS = {
    "name": BASE_LABELS["name"],
    "base_type": BASE_LABELS["base_type"],
    "org_name": BASE_LABELS["org_id"],
    "uscc": ORG_LABELS["uscc"],
    "district": ORG_LABELS["district"],
    "field": BASE_LABELS["field"],
    "status": BASE_LABELS["status"],
    "recognized_year": "认定年份",
    "valid_until": BASE_LABELS["valid_until"],
    "cert_no": BASE_LABELS["cert_no"],
    "leader": BASE_LABELS["leader"],
}
BASE_QUERY = BaseQuery(
    _COLUMNS,
    id_column=_base.c.id,
    count_from=_base,
    page_from=_base.join(_org, _org.c.id == _base.c.org_id),
    conditions=_conditions,
)
BASE_COLUMN_KEYS = BASE_QUERY.keys


def register_values(conn: sa.Connection, key: str) -> list[Any]:
    """Values present in the register, for the filter lists (district, field, year)."""
    columns = {"district": _org.c.district, "field": _base.c.field, "year": _base.c.recognized_year}
    col = columns[key]
    statement = sa.select(col).where(col.is_not(None), col != "").distinct().order_by(col)
    return [r[0] for r in conn.execute(statement)]


def has_bases(ws: Any) -> bool:
    """Whether the register holds any base, archived or not: one look at the table, without
    the ORM, so that the first screen can choose between the table and the first steps."""
    with ws.db.reading() as conn:
        return bool(conn.execute(sa.select(sa.exists().select_from(_base))).scalar_one())
