"""The register's table: a model that holds only the pages the view has asked for.

Filtering and sorting are the database's work (register_query). A filter change fetches the
first page at once; when that page is full, the exact count (a scan of the whole register) comes
from a worker thread a moment later and extends the rows, as Qt's own SQL models do. So a
keystroke costs one page, and the table stays instant at 100,000 rows.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor

from intlbase_desk import register_query as rq
from intlbase_desk.database import Database
from intlbase_desk.profile import Profile

PAGE_SIZE = 200
# Pages kept in memory; scrolling back to an evicted page fetches it again.
MAX_PAGES = 50
IdRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex

_HEADERS = {
    "name": QT_TRANSLATE_NOOP("BaseTableModel", "Base name"),
    "base_type": QT_TRANSLATE_NOOP("BaseTableModel", "Type"),
    "org_name": QT_TRANSLATE_NOOP("BaseTableModel", "Host organisation"),
    "uscc": QT_TRANSLATE_NOOP("BaseTableModel", "Credit code"),
    "district": QT_TRANSLATE_NOOP("BaseTableModel", "District"),
    "field": QT_TRANSLATE_NOOP("BaseTableModel", "Field"),
    "status": QT_TRANSLATE_NOOP("BaseTableModel", "Status"),
    "recognized_year": QT_TRANSLATE_NOOP("BaseTableModel", "Year"),
    "valid_until": QT_TRANSLATE_NOOP("BaseTableModel", "Valid until"),
    "cert_no": QT_TRANSLATE_NOOP("BaseTableModel", "Certificate no."),
    "leader": QT_TRANSLATE_NOOP("BaseTableModel", "Leader"),
}


def header_text(key: str) -> str:
    return QCoreApplication.translate("BaseTableModel", _HEADERS[key])


class BaseTableModel(QAbstractTableModel):
    count_changed = Signal(int)
    _counted = Signal(int, int)  # generation, count: from the worker thread

    def __init__(self, db: Database, profile: Profile, parent: Any = None) -> None:
        super().__init__(parent)
        self._counter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="intlbase-count")
        self._generation = 0
        self.count_known = False
        self._counted.connect(self._apply_count)
        self._db = db
        self._type_names = {t.id: t.name for t in profile.base_types}
        self._states = {s.id: s for s in profile.lifecycle.states}
        self._filter = rq.BaseFilter()
        self._sort = rq.Sort()
        self._count = 0
        self._pages: dict[int, list[Any]] = {}
        self.refresh()

    # What the view asks.

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(rq.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_text(rq.COLUMN_KEYS[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        key = rq.COLUMN_KEYS[index.column()]
        value = getattr(row, key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(key, value)
        if role == IdRole:
            return row.id
        if role == SortRole:
            return value
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            state = self._states.get(value)
            if state is not None and not state.title_usable:
                return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole and key in ("name", "org_name", "partners"):
            return str(value)
        return None

    def _display(self, key: str, value: Any) -> str:
        if value is None:
            return ""
        if key == "base_type":
            return self._type_names.get(value, value)
        if key == "status":
            state = self._states.get(value)
            return state.name if state else str(value)
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = rq.Sort(rq.COLUMN_KEYS[column], descending=order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self._sort = wanted
            self.refresh()

    # What the window asks.

    @property
    def filter(self) -> rq.BaseFilter:
        return self._filter

    def set_filter(self, flt: rq.BaseFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def refresh(self) -> None:
        """Forgets every page and shows the first one again: after a filter change or a write."""
        self._generation += 1
        self.beginResetModel()
        self._pages.clear()
        with self._db.reading() as conn:
            first = rq.page(conn, self._filter, self._sort, 0, PAGE_SIZE)
        self._pages[0] = first
        self._count = len(first)
        self.count_known = len(first) < PAGE_SIZE
        self.endResetModel()
        if self.count_known:
            self.count_changed.emit(self._count)
        else:
            self._counter.submit(self._count_rows, self._generation, self._filter)

    def _count_rows(self, generation: int, flt: rq.BaseFilter) -> None:
        if generation != self._generation:
            return  # a newer filter is already on its way
        with self._db.reading() as conn:
            total = rq.count(conn, flt)
        self._counted.emit(generation, total)

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
        self._counter.shutdown(wait=True)

    def base_id(self, row: int) -> int | None:
        found = self._row(row)
        return None if found is None else int(found.id)

    def row_of(self, base_id: int) -> int | None:
        """The row showing ``base_id`` among the pages already fetched, if any."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == base_id:
                    return number * PAGE_SIZE + offset
        return None

    def _row(self, row: int) -> Any:
        number, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(number)
        if rows is None:
            if len(self._pages) >= MAX_PAGES:
                self._pages.pop(next(iter(self._pages)))
            with self._db.reading() as conn:
                rows = rq.page(conn, self._filter, self._sort, number * PAGE_SIZE, PAGE_SIZE)
            self._pages[number] = rows
        return rows[offset] if offset < len(rows) else None
