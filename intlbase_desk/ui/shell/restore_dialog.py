"""从备份恢复: the copies of this database, newest first, or another copy the officer picks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk.infra import backups


class RestoreDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(760, 420)
        self.chosen: Path | None = None
        self.found = backups.list_backups(db_path)
        intro = QLabel(
            self.tr(
                "Choose the copy to go back to. It is checked before anything is replaced, and "
                "the database as it is now is backed up first."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.found), 3)
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, copy in enumerate(self.found):
            cells = [f"{copy.at:%Y-%m-%d %H:%M:%S}", copy.reason_text, f"{copy.size // 1024} KB"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(copy.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda *_: self._accept_selected())
        self.empty = QLabel(self.tr("There is no backup of this database yet."))
        self.empty.setVisible(not self.found)
        other = QPushButton(self.tr("Another backup file…"))
        other.setObjectName("other_file")
        other.clicked.connect(self._other_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restore")
        self.restore_button.setEnabled(False)
        self.buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._accept_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        if self.found:
            self.table.selectRow(0)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _accept_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self.found[rows[0].row()].path
            self.accept()

    def _other_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), "", self.tr("Databases (*.sqlite3 *.db)")
        )
        if chosen:
            self.chosen = Path(chosen)
            self.accept()
