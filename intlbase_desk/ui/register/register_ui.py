"""The register in the window: the 基地名录 and 依托单位 sections, the 基地 and 依托单位 menus."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QKeySequence

from intlbase_desk import register
from intlbase_desk.ui.register.bases_page import BasesPage
from intlbase_desk.ui.register.org_page import OrgPage, edit_organization, show_organization_history
from intlbase_desk.ui.shell.shell import Shell

BASES, ORGANIZATIONS = "bases", "organizations"


class RegisterUi(QObject):
    counts_changed = Signal()

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.bases = BasesPage(shell)
        self.organizations: OrgPage | None = None  # built when first shown
        self._make_actions()
        shell.add_section(
            BASES,
            self.tr("Bases"),
            lambda: self.bases,
            [*self.base_actions, self.act_new_org, shell.undo_action],
        )
        shell.add_section(ORGANIZATIONS, self.tr("Host organisations"), self._build_orgs, [])
        self.bases.selection_changed.connect(self._update_actions)
        self.bases.model.modelReset.connect(self.counts_changed)
        self.bases.model.count_changed.connect(lambda _n: self.counts_changed.emit())
        self._update_actions()

    def _make_actions(self) -> None:
        shell, page = self.shell, self.bases
        seq = QKeySequence.StandardKey
        self.act_new = shell.action("new_base", self.tr("New base"), page.new_base, seq.New)
        self.act_edit = shell.action("edit_base", self.tr("Open / edit"), page.edit_base)
        self.act_status = shell.action(
            "change_status", self.tr("Change status…"), page.change_status
        )
        self.act_history = shell.action("history", self.tr("History"), page.show_history, "Ctrl+H")
        self.act_archive = shell.action("archive", self.tr("Archive…"), page.toggle_archive)
        self.base_actions = [
            self.act_new,
            self.act_edit,
            self.act_status,
            self.act_history,
            self.act_archive,
        ]
        self.act_new_org = shell.action("new_org", self.tr("New host organisation…"), self.new_org)
        self.act_edit_org = shell.action(
            "edit_org", self.tr("Edit host organisation…"), self.edit_selected_host
        )
        self.act_org_history = shell.action(
            "org_history", self.tr("Host organisation history"), self.show_selected_host_history
        )
        self.act_find = shell.action("find", self.tr("Find"), self.focus_search, seq.Find)
        shell.menu("edit", self.tr("&Edit")).addAction(self.act_find)
        shell.menu("bases", self.tr("&Bases")).addActions(self.base_actions)
        shell.menu("organizations", self.tr("&Organisations")).addActions(
            [self.act_new_org, self.act_edit_org, self.act_org_history]
        )

    def _build_orgs(self) -> OrgPage:
        page = OrgPage(self.shell)
        self.organizations = page
        page.model.count_changed.connect(lambda _n: self.counts_changed.emit())
        page.model.modelReset.connect(self.counts_changed)
        self.shell.navigation.set_toolbar(ORGANIZATIONS, [*page.actions, self.shell.undo_action])
        return page

    def _update_actions(self) -> None:
        selected = self.bases.selected_base_id() is not None  # exactly one
        several = bool(self.bases.selected_base_ids())
        archived_view = self.bases.model.filter.archived
        for action in (
            self.act_edit,
            self.act_history,
            self.act_archive,
            self.act_edit_org,
            self.act_org_history,
        ):
            action.setEnabled(selected)
        self.act_status.setEnabled(several and not archived_view)
        self.act_archive.setText(self.tr("Restore…") if archived_view else self.tr("Archive…"))

    def after_first_paint(self) -> None:
        # The lists of districts, fields and years scan the register: not needed for the first
        # screen, so they are filled once it has been painted.
        self.bases.filters.fill_values(self.shell.ws)

    def count_text(self, section: str | None) -> str:
        if section == ORGANIZATIONS and self.organizations is not None:
            model = self.organizations.model
            text = self.tr("%1 host organisations")
        elif section == BASES:
            model = self.bases.model
            text = self.tr("%1 bases")
        else:
            return ""
        if not model.count_known:
            return self.tr("Counting…")
        return text.replace("%1", str(model.rowCount()))

    # Actions on what the officer sees.

    def focus_search(self) -> None:
        current = self.shell.navigation.current_key
        if current == ORGANIZATIONS and self.organizations is not None:
            self.organizations.focus_search()
        else:
            self.bases.focus_search()

    def new_org(self) -> None:
        from intlbase_desk.ui.register.org_form import OrgForm

        form = OrgForm(self.shell.ws, parent=self.shell.window)
        if self.shell.run_dialog(form):
            self.shell.apply(form.changes)
            self.shell.show_message(self.tr("Host organisation saved"), 5000)

    def edit_selected_host(self) -> None:
        org_id = self.bases.selected_host_id()
        if org_id is not None:
            edit_organization(self.shell, org_id, self.shell.window)

    def show_selected_host_history(self) -> None:
        org_id = self.bases.selected_host_id()
        if org_id is not None:
            show_organization_history(self.shell, org_id, self.shell.window)

    # Window state.

    def restore_state(self, store: QSettings) -> None:
        header = store.value("main/register_header")
        table = self.bases.table
        if header is not None:
            table.horizontalHeader().restoreState(header)
        else:
            for key, width in (("name", 260), ("org_name", 260), ("uscc", 170)):
                table.setColumnWidth(register.BASE_COLUMN_KEYS.index(key), width)

    def save_state(self, store: QSettings) -> None:
        store.setValue("main/register_header", self.bases.table.horizontalHeader().saveState())

    def close(self) -> None:
        self.bases.close_model()
        if self.organizations is not None:
            self.organizations.close_model()
