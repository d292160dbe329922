"""The register's table: a model that holds only the pages the view has asked for.

Filtering and sorting are the database's work (register_query); a filter change costs one count
and the first page, so the table stays instant at 100,000 rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
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
    def __init__(self, db: Database, profile: Profile, parent: Any = None) -> None:
        super().__init__(parent)
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
        self._sort = rq.Sort(
            rq.COLUMN_KEYS[column], descending=order == Qt.SortOrder.DescendingOrder
        )
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
        """Counts again and forgets every page: after a filter change or a write."""
        self.beginResetModel()
        self._pages.clear()
        with self._db.reading() as conn:
            self._count = rq.count(conn, self._filter)
            if self._count:
                self._pages[0] = rq.page(conn, self._filter, self._sort, 0, PAGE_SIZE)
        self.endResetModel()

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
