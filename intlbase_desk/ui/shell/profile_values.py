"""取值与依据: every value the profile sets, with the article that states it or the office's
practice it follows; an office default can be changed here (the same core as
``intlbase-desk set-office-default``)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk.infra.changes import EVERYTHING
from intlbase_desk.infra.errors import UserError
from intlbase_desk.policy import office_settings, values
from intlbase_desk.ui.shell import messages
from intlbase_desk.ui.shell.shell import Shell

DEFAULT_COLOUR = QColor("#fff4ce")  # what the office chose, not what a text says


class ProfileValues(QWidget):
    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("profile_values")
        intro = QLabel(
            self.tr(
                "Values stated by an article apply as the text says. Office defaults (shaded) "
                "are this office's practice where no text says anything: they can be changed."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("values")
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Value"), self.tr("Basis")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda *_: self.change_selected())
        self.change_button = QPushButton(self.tr("Change this office default…"))
        self.change_button.setObjectName("change_default")
        self.change_button.clicked.connect(self.change_selected)
        self.change_button.setEnabled(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.fill()

    def fill(self) -> None:
        self.shown = values.shown(self.shell.ws.profile)
        bases = {
            "article": self.tr("Article"),
            "office_default": self.tr("Office default"),
            "geography": self.tr("Geography"),
        }
        self.table.setRowCount(len(self.shown))
        for row, value in enumerate(self.shown):
            source = f"{value.note}（{value.rule}）" if value.rule else value.note
            cells = [value.label, value.text, f"{bases[value.basis]}：{source}"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if value.changeable:
                    item.setBackground(QBrush(DEFAULT_COLOUR))
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 280)
        self._selection_changed()

    def selected(self) -> values.Shown | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        writable = not self.shell.ws.read_only
        self.change_button.setEnabled(writable and chosen is not None and chosen.changeable)

    def ask(self, value: values.Shown) -> str | None:
        """The new value as the officer types it (a seam tests replace)."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Change an office default"),
            f"{value.label}（{value.note}）",
            text=value.editable_text,
        )
        return text if ok else None

    def change_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.changeable or self.shell.ws.read_only:
            return
        typed = self.ask(chosen)
        if typed is None:
            return
        ws = self.shell.ws
        try:
            changed = office_settings.change(ws.db, ws.profile, ws.actor, chosen.key, typed)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        ws.profile = changed.profile  # every view reads the profile from the workspace
        self.shell.apply(EVERYTHING)
        self.fill()
        self.shell.show_message(
            self.tr("Office default changed: %1").replace("%1", chosen.label), 5000
        )
