"""导入批次: every written import, and undoing one as a whole."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import exchange
from intlbase_desk.infra import clock
from intlbase_desk.infra.errors import UserError
from intlbase_desk.ui.shell import messages
from intlbase_desk.ui.shell.shell import Shell


class BatchesDialog(QDialog):
    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.ws = shell.ws
        self.setWindowTitle(self.tr("Import batches"))
        self.resize(900, 420)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("batches")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Import no."),
                self.tr("When"),
                self.tr("Who"),
                self.tr("Sheet type"),
                self.tr("File"),
                self.tr("Written"),
                self.tr("Undone"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.undo_button = QPushButton(self.tr("Undo this batch…"))
        self.undo_button.setObjectName("undo_batch")
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        kinds = {"recommendation": self.tr("Recommendation"), "register": self.tr("Register")}
        self.table.setRowCount(0)
        for batch in exchange.import_batches(self.ws):
            row = self.table.rowCount()
            self.table.insertRow(row)
            undone = clock.local_text(batch.undone_at) if batch.undone_at else ""
            cells = [
                str(batch.id),
                clock.local_text(batch.at),
                batch.actor,
                kinds.get(batch.kind, batch.kind),
                batch.file_name,
                str(batch.written),
                undone,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def undo_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        batch_id = int(self.table.item(rows[0].row(), 0).text())
        question = self.tr("Remove everything batch %1 wrote?").replace("%1", str(batch_id))
        if not messages.confirm(self, question):
            return
        try:
            undone = exchange.undo_import(self.ws, batch_id)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.apply(undone)
        self.fill()
        messages.info(
            self,
            self.tr("Batch %1 undone: %2 records removed.")
            .replace("%1", str(batch_id))
            .replace("%2", str(undone.removed)),
        )
