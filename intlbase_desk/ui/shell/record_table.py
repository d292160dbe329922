"""A table of records: one row selected at a time, sorted by the model, opened with Enter."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from intlbase_desk.ui.shell.paged_model import IdRole


class RecordTable(QTableView):
    opened = Signal()  # Enter or a double click on a row

    def __init__(
        self,
        model: QAbstractItemModel,
        name: str,
        parent: QWidget | None = None,
        *,
        several: bool = False,
    ) -> None:
        """``several``: rows may be selected together (Ctrl and Shift clicks)."""
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        # The indicator first: enabling sorting sorts by it, and the model is already in this order.
        self.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        mode = QAbstractItemView.SelectionMode
        self.setSelectionMode(mode.ExtendedSelection if several else mode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setSectionsMovable(True)
        self.horizontalHeader().setDefaultSectionSize(120)
        self.doubleClicked.connect(lambda *_: self.opened.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.opened.emit()
            return
        super().keyPressEvent(event)

    def selected_id(self) -> int | None:
        """The record selected, when exactly one is."""
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def selected_ids(self) -> list[int]:
        rows = sorted(self.selectionModel().selectedRows(), key=lambda index: index.row())
        values = (self.model().data(index, IdRole) for index in rows)
        return [int(v) for v in values if v is not None]
