"""The organisation (依托单位) form and the dialog that picks one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import register
from intlbase_desk.infra.changes import Changes
from intlbase_desk.register import clean_organization
from intlbase_desk.ui.shell.record_form import RecordForm, field_spec
from intlbase_desk.workspace import Workspace


class OrgForm(RecordForm):
    """Adds an organisation, or edits one (``org_id``)."""

    def __init__(
        self, ws: Workspace, org_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(clean_organization, ws.profile, self._save, parent)
        self.ws = ws
        self.org_id = org_id
        self.previous: dict[str, Any] | None = None
        self.after: dict[str, Any] | None = None
        self.changes = Changes()
        profile = ws.profile
        # Labels and lengths are the register's own (register.ORG_LABELS, the columns).
        field = field_spec(register.ORG_LABELS, register.ORG_LIMITS)
        specs = [
            field("name", required=True),
            # Longer than the code itself: officers paste it with spaces, normalised on save.
            field("uscc", required=True, placeholder=self.tr("18 characters"), max_length=30),
            field("kind", "choice", tuple((k, k) for k in ["", *profile.org_kinds.values])),
            field("district", "editable_choice", tuple((d, d) for d in profile.districts)),
            field("address"),
            field("registered_on", "date"),
            field("legal_rep"),
            field("contact_person"),
            field("contact_phone"),
        ]
        title = (
            self.tr("New host organisation")
            if org_id is None
            else self.tr("Edit host organisation")
        )
        self.build(title, specs)
        if org_id is not None:
            self.set_values(
                register.organization_form_values(register.get_organization(ws, org_id))
            )

    def _save(self, values: dict[str, Any]) -> None:
        if self.org_id is None:
            added = register.add_organization(self.ws, values)
            self.org_id, self.changes = added.id, added.changes
        else:
            edited = register.update_organization(self.ws, self.org_id, values)
            self.previous, self.changes = edited.previous, edited.changes
        self.after = values


class OrgChooser(QDialog):
    """Search the organisations by name, pinyin initials or credit code, or add a new one."""

    LIMIT = 100

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Choose the host organisation"))
        self.resize(560, 420)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, pinyin initials or credit code"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        add = QPushButton(self.tr("New host organisation…"))
        add.clicked.connect(self._add)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(add, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._accept_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._fill)
        self.list.itemDoubleClicked.connect(lambda *_: self._accept_current())
        self.chosen: int | None = None
        self.changes = Changes()  # an organisation added from here
        self._fill("")

    def _fill(self, text: str) -> None:
        self.list.clear()
        for org_id, name, code in register.organization_choices(self.ws, text, self.LIMIT):
            item = QListWidgetItem(f"{name}    {code}")
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _accept_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = int(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _add(self) -> None:
        form = OrgForm(self.ws, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted and form.org_id is not None:
            self.changes = self.changes | form.changes
            self.chosen = form.org_id
            self.accept()

    @classmethod
    def ask(cls, ws: Workspace, parent: QWidget | None = None) -> Chosen:
        """The organisation chosen (None if none), and what adding one there changed."""
        dialog = cls(ws, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return Chosen(dialog.chosen if accepted else None, dialog.changes)


@dataclass(frozen=True)
class Chosen:
    org_id: int | None
    changes: Changes


class OrgPicker(QWidget):
    """A form field holding a host organisation: its name shown, a button to choose another."""

    changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.org_id: int | None = None
        self.changes = Changes()  # organisations added while choosing
        self.shown = QLineEdit()
        self.shown.setReadOnly(True)
        self.shown.setPlaceholderText(self.tr("No organisation chosen"))
        self.button = QPushButton(self.tr("Choose…"))
        self.button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.shown, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.button)

    def choose(self) -> None:
        chosen = OrgChooser.ask(self.ws, self)
        self.changes = self.changes | chosen.changes
        if chosen.org_id is not None:
            self.set_value(chosen.org_id)
            self.changed.emit()

    def value(self) -> int | None:
        return self.org_id

    def set_value(self, org_id: int | None) -> None:
        self.org_id = org_id
        if org_id is None:
            self.shown.clear()
            return
        org = register.get_organization(self.ws, org_id)
        self.shown.setText(f"{org.name}（{org.uscc}）")
