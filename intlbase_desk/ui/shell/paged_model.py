"""A table model that holds only the pages the view has asked for.

Filtering and sorting are the database's work (intlbase_desk.paged_query). A filter change
fetches the first page at once; when that page is full, the exact count (a scan of the table)
comes from a worker thread a moment later and extends the rows, as Qt's own SQL models do. So a
keystroke costs one page, and a table of 100,000 rows stays instant.
"""

from __future__ import annotations

import datetime as dt
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from intlbase_desk.infra.database import Database
from intlbase_desk.infra.paged_query import PagedQuery, Sort

log = logging.getLogger(__name__)
PAGE_SIZE = 200
# Pages kept in memory; scrolling back to an evicted page fetches it again.
MAX_PAGES = 50
IdRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
F = TypeVar("F")


class PagedTableModel(QAbstractTableModel, Generic[F]):
    count_changed = Signal(int)
    _counted = Signal(int, int)  # generation, count: from the worker thread

    def __init__(self, db: Database, query: PagedQuery[F], flt: F, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = query
        self._filter = flt
        self._sort = Sort()
        self._count = 0
        self._pages: dict[int, list[Any]] = {}
        self._counter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="intlbase-count")
        self._counting: Any = None  # the DBAPI connection of the count under way, if any
        self._generation = 0
        self.count_known = False
        self._counted.connect(self._apply_count)
        self.refresh()

    # What subclasses say about their columns.

    def header(self, key: str) -> str:
        return key

    def display(self, key: str, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)

    def decoration(self, key: str, value: Any, role: int, row: Any) -> Any:
        """Colours, tooltips and the like for one cell (``row``: all of its row's values);
        None for Qt's default."""
        return None

    # What the view asks.

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._query.keys)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.header(self._query.keys[section])
        return section + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        key = self._query.keys[index.column()]
        value = getattr(row, key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(key, value)
        if role == IdRole:
            return row.id
        if role == SortRole:
            return value
        return self.decoration(key, value, role, row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        wanted = Sort(self._query.keys[column], descending=descending)
        if wanted != self._sort:
            self._sort = wanted
            self.refresh()

    # What the window asks.

    @property
    def filter(self) -> F:
        return self._filter

    @property
    def sort_order(self) -> Sort:
        return self._sort

    def set_filter(self, flt: F) -> None:
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def refresh(self) -> None:
        """Forgets every page and shows the first one again: after a filter change or a write."""
        self._generation += 1
        self._stop_counting()
        self.beginResetModel()
        self._pages.clear()
        with self._db.reading() as conn:
            first = self._query.page(conn, self._filter, self._sort, 0, PAGE_SIZE)
        self._pages[0] = first
        self._count = len(first)
        self.count_known = len(first) < PAGE_SIZE
        self.endResetModel()
        if self.count_known:
            self.count_changed.emit(self._count)
        else:
            self._counter.submit(self._count_rows, self._generation, self._filter)

    def _count_rows(self, generation: int, flt: F) -> None:
        for attempt in range(3):
            if generation != self._generation:
                return  # a newer filter is already on its way
            try:
                with self._db.reading() as conn:
                    self._counting = conn.connection.driver_connection
                    try:
                        total = self._query.count(conn, flt)
                    finally:
                        self._counting = None
            except sa.exc.OperationalError:
                # Interrupted: superseded (returns above), or hit by an interrupt meant for
                # another count on a shared pooled connection (tries again).
                if generation != self._generation:
                    return
                if attempt == 2:
                    log.exception("counting rows failed")
                    return
                continue
            except Exception:
                log.exception("counting rows failed")
                return
            self._counted.emit(generation, total)
            return

    def _stop_counting(self) -> None:
        # A count of the whole table would otherwise run on, competing with the new filter's
        # first page; sqlite3's interrupt() is safe from another thread.
        counting = self._counting
        interrupt = getattr(counting, "interrupt", None)
        if interrupt is not None:
            interrupt()

    @Slot(int, int)
    def _apply_count(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        elif total < self._count:
            self.beginRemoveRows(QModelIndex(), total, self._count - 1)
            self._count = total
            self.endRemoveRows()
        self.count_known = True
        self.count_changed.emit(total)

    def close(self) -> None:
        self._generation += 1
        self._stop_counting()
        self._counter.shutdown(wait=True)

    def record_id(self, row: int) -> int | None:
        found = self._row(row)
        return None if found is None else int(found.id)

    def row_of(self, record_id: int) -> int | None:
        """The row showing ``record_id`` among the pages already fetched, if any."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == record_id:
                    return number * PAGE_SIZE + offset
        return None

    def _row(self, row: int) -> Any:
        number, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(number)
        if rows is None:
            if len(self._pages) >= MAX_PAGES:
                self._pages.pop(next(iter(self._pages)))
            with self._db.reading() as conn:
                rows = self._query.page(
                    conn, self._filter, self._sort, number * PAGE_SIZE, PAGE_SIZE
                )
            self._pages[number] = rows
        return rows[offset] if offset < len(rows) else None
