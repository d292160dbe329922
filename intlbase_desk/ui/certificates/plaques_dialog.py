"""收回牌匾: the plaques revocations recover, still out; record one as recovered, export all."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import certificates
from intlbase_desk.infra.errors import UserError
from intlbase_desk.ui.shell import dates, messages, table_export
from intlbase_desk.ui.shell.shell import Shell


class PlaquesDialog(QDialog):
    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setWindowTitle(self.tr("Plaques to recover"))
        self.resize(860, 460)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("plaques")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Base"),
                self.tr("Host organisation"),
                self.tr("Revoked on"),
                self.tr("Reason"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self.tr("No plaque is waiting to be recovered."))
        self.empty.setObjectName("empty")
        self.on = QDateEdit(dates.today())
        self.on.setObjectName("recovered_on")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setMaximumDate(dates.today())
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Where it is kept, who handed it in"))
        self.mark = QPushButton(self.tr("Record as recovered"))
        self.mark.setObjectName("mark_recovered")
        self.mark.clicked.connect(self.mark_selected)
        form = QFormLayout()
        form.addRow(self.tr("Recovered on"), self.on)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.mark)
        export = QPushButton(self.tr("Export…"))
        export.setObjectName("export_plaques")
        export.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update)
        self.fill()

    def fill(self) -> None:
        self.rows = certificates.plaque_recoveries(self.shell.ws)
        self.table.setRowCount(0)
        for r in self.rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate(
                (r.base_name, r.org_name, r.revoked_on.isoformat(), r.reason)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.rows)
        self._update()

    def _update(self) -> None:
        self.mark.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def mark_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        recovery = self.rows[selected[0].row()]
        try:
            changes = certificates.mark_plaque_recovered(
                self.shell.ws, recovery.base_id, dates.from_qdate(self.on.date()), self.note.text()
            )
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.apply(changes)
        self.note.clear()
        self.fill()

    def export(self) -> None:
        table_export.export_table(
            self.shell,
            self.tr("Export the plaque recoveries"),
            "牌匾收回登记.xlsx",
            lambda target: certificates.export_plaque_recoveries(self.shell.ws, target),
        )
