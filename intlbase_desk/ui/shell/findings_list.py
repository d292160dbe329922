"""Every problem the check found, listed under the preview: row, column, kind, what to do.

The preview colours the cells and explains them on hover; this list says the same in full, so
nothing depends on the mouse, and choosing a line shows its row in the preview.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from intlbase_desk.sheets import Report


class FindingsList(QTableWidget):
    row_chosen = Signal(int)  # the sheet's row number

    def __init__(self, error_colour: object, warning_colour: object, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.setObjectName("findings")
        self.colours = {"error": error_colour, "warning": warning_colour}
        self.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Kind"), self.tr("Problem")]
        )
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemSelectionChanged.connect(self._chosen)

    def show_report(self, report: Report) -> None:
        found = [("error", f) for f in report.errors] + [("warning", f) for f in report.warnings]
        found.sort(key=lambda pair: (pair[1].row, pair[0] != "error"))
        kinds = {"error": self.tr("Error"), "warning": self.tr("Warning")}
        self.setRowCount(0)
        self.setRowCount(len(found))
        for line, (kind, finding) in enumerate(found):
            column = " ".join((finding.column or finding.field).split())
            cells = [str(finding.row), column, kinds[kind], finding.message]
            for index, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if index == 0:
                    item.setData(Qt.ItemDataRole.UserRole, finding.row)
                if index == 2:
                    item.setBackground(QBrush(self.colours[kind]))
                if index == 3:
                    item.setToolTip(text)  # a long message cut at the window's edge
                self.setItem(line, index, item)
        self.resizeColumnsToContents()
        self.horizontalHeader().setStretchLastSection(True)
        self.setVisible(bool(found))

    def messages(self) -> list[str]:
        return [self.item(r, 3).text() for r in range(self.rowCount())]

    def _chosen(self) -> None:
        rows = self.selectionModel().selectedRows()
        if rows:
            self.row_chosen.emit(int(self.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)))
