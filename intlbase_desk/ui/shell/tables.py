"""The small read-only tables of the sections (a round's bases, a year's board, reports):
a few hundred rows each, filled whole; the first cell of a row keeps the row's id."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

LONG = 12  # characters beyond which a cell's text is also its tooltip
MAX_WIDTH = 320  # pixels a column takes at most when sized to its contents
RESIZE_ROWS = 60  # rows measured to size a column


def read_only_table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    # Sized to what the first rows hold: measuring every row of a round costs a visible pause.
    table.horizontalHeader().setResizeContentsPrecision(RESIZE_ROWS)
    table.verticalHeader().setVisible(False)
    return table


def fill_table(
    table: QTableWidget, rows: list[list[object]], keys: list[int] | None = None
) -> None:
    # Sized once and painted once: a row inserted at a time relays the table out each time.
    table.setUpdatesEnabled(False)
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            text = (
                "" if value is None else (f"{value:g}" if isinstance(value, float) else str(value))
            )
            item = QTableWidgetItem(text)
            if len(text) > LONG:
                item.setToolTip(text)  # what a narrow column cuts off
            if keys is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
    # Names and codes shown whole, long notes kept from pushing the other columns away.
    header = table.horizontalHeader()
    for c in range(table.columnCount() - 1):
        table.resizeColumnToContents(c)
        header.resizeSection(c, min(header.sectionSize(c), MAX_WIDTH))
    table.setUpdatesEnabled(True)
