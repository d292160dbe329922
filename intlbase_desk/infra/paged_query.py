"""A table view done by the database: filtered, sorted, counted and read a page at a time.

Each view (the register of bases, the organisations) declares its columns, what it reads from
and how a filter becomes conditions; this module turns that into a count and page queries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import sqlalchemy as sa

F = TypeVar("F")


@dataclass(frozen=True)
class Column:
    key: str
    expr: Any
    sort: Any


@dataclass(frozen=True)
class Sort:
    key: str = "name"
    descending: bool = False


def like_any(text: str, *columns: Any) -> Any:
    """A case-insensitive substring match (the text is lower-cased, wildcards escaped)."""
    needle = text.strip().lower()
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return sa.or_(*(c.like(f"%{escaped}%", escape="\\") for c in columns))


class PagedQuery(Generic[F]):
    def __init__(
        self,
        columns: tuple[Column, ...],
        id_column: Any,
        count_from: Any,
        page_from: Any,
        conditions: Callable[[F], list[Any]],
    ) -> None:
        self.columns = columns
        self.keys = tuple(c.key for c in columns)
        self._by_key = {c.key: c for c in columns}
        self._id = id_column
        self._count_from = count_from
        self._page_from = page_from
        self._conditions = conditions

    def count(self, conn: sa.Connection, flt: F) -> int:
        statement = sa.select(sa.func.count()).select_from(self._count_from)
        return int(conn.execute(statement.where(*self._conditions(flt))).scalar_one())

    def select(self, conditions: list[Any], sort: Sort) -> sa.Select[Any]:
        """Rows of (id, *keys) in the view's order; ties broken by id so pages never overlap."""
        column = self._by_key[sort.key]
        order = column.sort.desc() if sort.descending else column.sort.asc()
        return (
            sa.select(self._id.label("id"), *(c.expr.label(c.key) for c in self.columns))
            .select_from(self._page_from)
            .where(*conditions)
            .order_by(order, self._id)
        )

    def rows(self, flt: F, sort: Sort) -> sa.Select[Any]:
        """Every row of the view in its order: what an export of the view writes."""
        return self.select(self._conditions(flt), sort)

    def page(
        self, conn: sa.Connection, flt: F, sort: Sort, offset: int, limit: int
    ) -> list[sa.Row[Any]]:
        statement = self.select(self._conditions(flt), sort).offset(offset).limit(limit)
        return list(conn.execute(statement))
