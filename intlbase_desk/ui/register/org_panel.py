"""The organisations tab: search, filter, add, edit, history, archive of 依托单位."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk.infra.errors import UserError
from intlbase_desk.register import org_query, organizations
from intlbase_desk.ui.register.org_table_model import OrgTableModel
from intlbase_desk.ui.shell import messages
from intlbase_desk.ui.shell.record_table import RecordTable
from intlbase_desk.workspace import Workspace

RunDialog = Callable[[QDialog], bool]
PushEdit = Callable[[str, Callable[[dict[str, Any]], Any], dict[str, Any], dict[str, Any]], None]


class OrgPanel(QWidget):
    changed = Signal()  # an organisation was added, edited or archived

    def __init__(
        self,
        ws: Workspace,
        run_dialog: RunDialog,
        push_edit: PushEdit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self._run_dialog = run_dialog
        self._push_edit = push_edit
        self.search = QLineEdit()
        self.search.setObjectName("org_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, credit code or pinyin initials"))
        self.district = QComboBox()
        self.district.addItem(self.tr("All districts"), None)
        for name in ws.profile.districts:
            self.district.addItem(name, name)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for name in ws.profile.org_kinds.values:
            self.kind.addItem(name, name)
        self.archived = QCheckBox(self.tr("Archived"))
        self.model = OrgTableModel(ws.db, self)
        self.table = RecordTable(self.model, "organizations")
        self.table.setColumnWidth(0, 300)
        self.table.setColumnWidth(1, 170)
        self.table.opened.connect(self.edit_org)

        self.new_button = QPushButton(self.tr("New host organisation…"))
        self.edit_button = QPushButton(self.tr("Open / edit"))
        self.history_button = QPushButton(self.tr("History"))
        self.archive_button = QPushButton(self.tr("Archive…"))
        self.new_button.clicked.connect(self.new_org)
        self.edit_button.clicked.connect(self.edit_org)
        self.history_button.clicked.connect(self.show_history)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.export_button = QPushButton(self.tr("Export this view…"))
        self.export_button.setObjectName("export_orgs")
        self.export_button.clicked.connect(self.export_view)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.district, 1)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.archived)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.history_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

        self.search.textChanged.connect(self.apply_filter)
        self.district.currentIndexChanged.connect(self.apply_filter)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.archived.toggled.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def apply_filter(self) -> None:
        self.model.set_filter(
            org_query.OrgFilter(
                text=self.search.text(),
                district=self.district.currentData(),
                kind=self.kind.currentData(),
                archived=self.archived.isChecked(),
            )
        )

    def _update_buttons(self) -> None:
        selected = self.selected_org_id() is not None
        for button in (self.edit_button, self.history_button, self.archive_button):
            button.setEnabled(selected)
        archived = self.model.filter.archived
        self.archive_button.setText(self.tr("Restore…") if archived else self.tr("Archive…"))

    def selected_org_id(self) -> int | None:
        return self.table.selected_id()

    def reload(self, select: int | None = None) -> None:
        self.model.refresh()
        if select is not None and (row := self.model.row_of(select)) is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def new_org(self) -> None:
        from intlbase_desk.ui.register.org_form import OrgForm

        form = OrgForm(self.ws, parent=self)
        if self._run_dialog(form) and form.org_id is not None:
            self.reload(select=form.org_id)
            self.changed.emit()

    def edit_org(self) -> None:
        org_id = self.selected_org_id()
        if org_id is not None and edit_organization(
            self.ws, org_id, self, self._run_dialog, self._push_edit
        ):
            self.reload(select=org_id)
            self.changed.emit()

    def show_history(self) -> None:
        org_id = self.selected_org_id()
        if org_id is not None:
            show_organization_history(self.ws, org_id, self, self._run_dialog)

    def toggle_archive(self) -> None:
        from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

        org_id = self.selected_org_id()
        if org_id is None:
            return
        restoring = self.model.filter.archived
        prompt = (
            self.tr("Why is this organisation restored?")
            if restoring
            else self.tr("Why is this organisation archived?")
        )
        reason = ReasonDialog.ask(self.tr("Archive host organisation"), prompt, self)
        if reason is None:
            return
        try:
            organizations.set_archived(self.ws.db, self.ws.actor, org_id, not restoring, reason)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.reload()
        self.changed.emit()

    def export_view(self) -> None:
        from intlbase_desk.exchange import exports
        from intlbase_desk.ui.shell import file_dialogs

        target = file_dialogs.ask_save_path(
            self,
            self.tr("Export the host organisations"),
            "依托单位.xlsx",
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if target is None:
            return
        try:
            exports.export_organizations(
                self.ws.db, target, self.model.filter, self.model.sort_order
            )
        except (OSError, ValueError) as exc:
            messages.warn(self, str(exc))

    def close_model(self) -> None:
        self.model.close()


def edit_organization(
    ws: Workspace, org_id: int, parent: QWidget, run_dialog: RunDialog, push_edit: PushEdit
) -> bool:
    """Opens the organisation's form; a saved change goes on the undo stack. True if saved."""
    from intlbase_desk.ui.register.org_form import OrgForm

    form = OrgForm(ws, org_id, parent=parent)
    if not run_dialog(form) or form.previous is None or form.after is None:
        return False
    if form.previous != {**form.previous, **form.after}:
        push_edit(
            QCoreApplication.translate("OrgPanel", "Edit host organisation"),
            lambda values: organizations.update_organization(
                ws.db, ws.profile, ws.actor, org_id, values
            ),
            form.previous,
            form.after,
        )
    return True


def show_organization_history(
    ws: Workspace, org_id: int, parent: QWidget, run_dialog: RunDialog
) -> None:
    from intlbase_desk.ui.register.history_dialog import HistoryDialog

    org = organizations.get(ws.db, org_id)
    run_dialog(HistoryDialog(ws, "organization", org_id, org.name, parent))
