"""依托单位: the host organisations, searched and filtered, added, edited, archived."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from intlbase_desk import exchange, register
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.ui.register.org_table_model import OrgTableModel
from intlbase_desk.ui.shell import messages
from intlbase_desk.ui.shell.page_actions import page_action
from intlbase_desk.ui.shell.record_table import RecordTable
from intlbase_desk.ui.shell.shell import Shell


class OrgPage(QWidget):
    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organizations_page")
        self.shell = shell
        ws = shell.ws
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
        self.actions = self._make_actions()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.district, 1)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.archived)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.search.textChanged.connect(self.apply_filter)
        self.district.currentIndexChanged.connect(self.apply_filter)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.archived.toggled.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        shell.changed.connect(self._changed)
        self._update_actions()

    def _make_actions(self) -> list[QAction]:
        def make(name: str, text: str, slot: Callable[[], object]) -> QAction:
            return page_action(self, name, text, slot)

        self.act_new = make("org_new", self.tr("New host organisation…"), self.new_org)
        self.act_edit = make("org_edit", self.tr("Open / edit"), self.edit_org)
        self.act_history = make("org_page_history", self.tr("History"), self.show_history)
        self.act_archive = make("org_archive", self.tr("Archive…"), self.toggle_archive)
        self.act_export = make("export_orgs", self.tr("Export this view…"), self.export_view)
        return [self.act_new, self.act_edit, self.act_history, self.act_archive, self.act_export]

    def apply_filter(self) -> None:
        self.model.set_filter(
            register.OrgFilter(
                text=self.search.text(),
                district=self.district.currentData(),
                kind=self.kind.currentData(),
                archived=self.archived.isChecked(),
            )
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_actions(self) -> None:
        selected = self.selected_org_id() is not None
        for action in (self.act_edit, self.act_history, self.act_archive):
            action.setEnabled(selected)
        archived = self.model.filter.archived
        self.act_archive.setText(self.tr("Restore…") if archived else self.tr("Archive…"))

    def _changed(self, changes: Changes) -> None:
        if changes.organizations or changes.bases:
            selected = self.selected_org_id()
            self.model.refresh()
            if selected is not None and (row := self.model.row_of(selected)) is not None:
                self.table.selectRow(row)

    def selected_org_id(self) -> int | None:
        return self.table.selected_id()

    def new_org(self) -> None:
        from intlbase_desk.ui.register.org_form import OrgForm

        form = OrgForm(self.shell.ws, parent=self)
        if self.shell.run_dialog(form) and form.org_id is not None:
            self.shell.apply(form.changes)
            if (row := self.model.row_of(form.org_id)) is not None:
                self.table.selectRow(row)

    def edit_org(self) -> None:
        org_id = self.selected_org_id()
        if org_id is not None:
            edit_organization(self.shell, org_id, self)

    def show_history(self) -> None:
        org_id = self.selected_org_id()
        if org_id is not None:
            show_organization_history(self.shell, org_id, self)

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
            changes = register.set_organization_archived(
                self.shell.ws, org_id, not restoring, reason
            )
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.apply(changes)

    def export_view(self) -> None:
        from intlbase_desk.ui.shell import table_export

        table_export.export_table(
            self.shell,
            self.tr("Export the host organisations"),
            "依托单位.xlsx",
            lambda target: exchange.export_organizations(
                self.shell.ws, target, self.model.filter, self.model.sort_order
            ),
        )

    def close_model(self) -> None:
        self.model.close()


def edit_organization(shell: Shell, org_id: int, parent: QWidget) -> bool:
    """Opens the organisation's form; a saved change goes on the undo stack. True if saved."""
    from intlbase_desk.ui.register.org_form import OrgForm

    ws = shell.ws
    form = OrgForm(ws, org_id, parent=parent)
    if not shell.run_dialog(form) or form.previous is None or form.after is None:
        return False
    if form.previous != {**form.previous, **form.after}:
        shell.push_edit(
            QCoreApplication.translate("OrgPage", "Edit host organisation"),
            lambda values: register.update_organization(ws, org_id, values),
            form.previous,
            form.after,
        )
    shell.apply(form.changes)
    return True


def show_organization_history(shell: Shell, org_id: int, parent: QWidget) -> None:
    from intlbase_desk.ui.register.history_dialog import HistoryDialog

    org = register.get_organization(shell.ws, org_id)
    shell.run_dialog(HistoryDialog(shell.ws, "organization", org_id, org.name, parent))
