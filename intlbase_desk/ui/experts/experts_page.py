"""专家库: the expert pool, searched and filtered; experts added, edited, made inactive, and
lists imported. Nothing about an expert is deleted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from intlbase_desk import experts
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.ui.experts.expert_table_model import ExpertTableModel
from intlbase_desk.ui.shell import file_dialogs, messages
from intlbase_desk.ui.shell.page_actions import page_action
from intlbase_desk.ui.shell.record_table import RecordTable
from intlbase_desk.ui.shell.shell import Shell
from intlbase_desk.workspace import Workspace

SPREADSHEETS = "(*.xlsx *.xlsm *.xls *.ods *.csv)"


class ExpertsPage(QWidget):
    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experts_page")
        self.shell = shell
        ws = shell.ws
        self.search = QLineEdit()
        self.search.setObjectName("expert_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, employer, credit code or field"))
        self.state = QComboBox()
        self.state.setObjectName("expert_state")
        self.state.addItem(self.tr("Active"), True)
        self.state.addItem(self.tr("Inactive"), False)
        self.state.addItem(self.tr("All experts"), None)
        self.field = QComboBox()
        self.field.addItem(self.tr("All fields"), None)
        for name in ws.profile.fields.values:
            self.field.addItem(name, name)
        self.model = ExpertTableModel(ws.db, self)
        self.table = RecordTable(self.model, "experts")
        self.table.setColumnWidth(1, 240)
        self.table.opened.connect(self.edit_expert)
        self.actions = self._make_actions()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.state, 1)
        filters.addWidget(self.field, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.search.textChanged.connect(self.apply_filter)
        self.state.currentIndexChanged.connect(self.apply_filter)
        self.field.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        shell.changed.connect(self._changed)
        self._update_actions()

    def _make_actions(self) -> list[QAction]:
        def make(name: str, text: str, slot: Callable[[], object]) -> QAction:
            return page_action(self, name, text, slot)

        self.act_new = make("expert_new", self.tr("New expert…"), self.new_expert)
        self.act_edit = make("expert_edit", self.tr("Open / edit"), self.edit_expert)
        self.act_active = make("expert_active", self.tr("Make inactive…"), self.toggle_active)
        self.act_history = make("expert_history", self.tr("History"), self.show_history)
        self.act_import = make(
            "experts_import", self.tr("Import an expert list…"), self.import_list
        )
        self.act_template = make(
            "experts_template", self.tr("Save the expert list template…"), self.save_template
        )
        return [
            self.act_new,
            self.act_edit,
            self.act_active,
            self.act_history,
            self.act_import,
            self.act_template,
        ]

    def apply_filter(self) -> None:
        self.model.set_filter(
            experts.ExpertFilter(
                text=self.search.text(),
                field=self.field.currentData(),
                active=self.state.currentData(),
            )
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_expert_id(self) -> int | None:
        return self.table.selected_id()

    def _update_actions(self) -> None:
        expert_id = self.selected_expert_id()
        for action in (self.act_edit, self.act_active, self.act_history):
            action.setEnabled(expert_id is not None)
        inactive = self._selected_is_inactive()
        self.act_active.setText(self.tr("Make active…") if inactive else self.tr("Make inactive…"))

    def _selected_is_inactive(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return False
        column = experts.EXPERT_QUERY.keys.index("active")
        shown = self.model.index(rows[0].row(), column).data()
        return shown == experts.ACTIVE_TEXT[False]

    def _changed(self, changes: Changes) -> None:
        if changes.experts:
            selected = self.selected_expert_id()
            self.model.refresh()
            if selected is not None and (row := self.model.row_of(selected)) is not None:
                self.table.selectRow(row)

    # Actions.

    def new_expert(self) -> None:
        from intlbase_desk.ui.experts.expert_form import ExpertForm

        form = ExpertForm(self.shell.ws, parent=self)
        if self.shell.run_dialog(form) and form.expert_id is not None:
            self.shell.apply(form.changes)
            if (row := self.model.row_of(form.expert_id)) is not None:
                self.table.selectRow(row)

    def edit_expert(self) -> None:
        from intlbase_desk.ui.experts.expert_form import ExpertForm

        expert_id = self.selected_expert_id()
        if expert_id is None:
            return
        ws = self.shell.ws
        form = ExpertForm(ws, expert_id, parent=self)
        if not self.shell.run_dialog(form) or form.previous is None or form.after is None:
            return
        if form.changes:
            self.shell.push_edit(
                QCoreApplication.translate("ExpertsPage", "Edit expert"),
                lambda values: experts.update_expert(ws, expert_id, values),
                form.previous,
                form.after,
            )
        self.shell.apply(form.changes)
        if form.changes:
            warn_late_conflicts(self, ws, {expert_id})

    def toggle_active(self) -> None:
        from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

        expert_id = self.selected_expert_id()
        if expert_id is None:
            return
        activating = self._selected_is_inactive()
        prompt = (
            self.tr("Why may this expert score again?")
            if activating
            else self.tr("Why does this expert no longer score (retired, declined, moved)?")
        )
        reason = ReasonDialog.ask(self.tr("Expert state"), prompt, self)
        if reason is None:
            return
        try:
            changes = experts.set_expert_active(self.shell.ws, expert_id, activating, reason)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.apply(changes)
        if changes and not activating:
            from intlbase_desk import evaluations

            kept = evaluations.seats_kept(self.shell.ws, {expert_id})
            if kept:
                messages.warn(self, "\n".join(kept))

    def show_history(self) -> None:
        from intlbase_desk.ui.register.history_dialog import HistoryDialog

        expert_id = self.selected_expert_id()
        if expert_id is None:
            return
        name = experts.expert_form_values(self.shell.ws, expert_id)["name"]
        self.shell.run_dialog(
            HistoryDialog(
                self.shell.ws, "expert", expert_id, name, self, labels=experts.EXPERT_LABELS
            )
        )

    def import_list(self) -> None:
        path = file_dialogs.ask_open_path(
            self, self.tr("Choose the expert list"), self.tr("Spreadsheets") + f" {SPREADSHEETS}"
        )
        if path is None:
            return
        ws = self.shell.ws

        def check(
            _progress: object, _cancel: object
        ) -> tuple[experts.Checked, experts.ExpertsImported | None]:
            checked = experts.check_experts_file(path)
            clean = not checked.report.errors and checked.rows
            return checked, experts.preview_experts(ws, checked) if clean else None

        self.shell.run_in_background(
            self.tr("Checking the expert list"),
            check,
            lambda done: self._show_checked(*done),
            parent=self,
        )

    def _show_checked(
        self, checked: experts.Checked, preview: experts.ExpertsImported | None = None
    ) -> None:
        from intlbase_desk.ui.experts.import_dialog import ExpertsImportDialog

        self.shell.run_dialog(ExpertsImportDialog(self.shell, checked, self, preview=preview))

    def save_template(self) -> None:
        target = file_dialogs.ask_save_path(
            self, self.tr("Save the expert list template"), "专家名单模板.xlsx", "Excel (*.xlsx)"
        )
        if target is None:
            return
        try:
            experts.write_experts_template(target, self.shell.ws.profile)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.show_message(self.tr("Template saved: %1").replace("%1", str(target)))

    def close_model(self) -> None:
        self.model.close()


def warn_late_conflicts(parent: QWidget, ws: Workspace, expert_ids: set[int] | None) -> None:
    """After an expert's record changed: scores already given that no longer count."""
    from intlbase_desk import evaluations

    found = evaluations.scored_conflicts(ws, expert_ids)
    if found:
        messages.warn(parent, "\n".join(found[:20]) + ("\n……" if len(found) > 20 else ""))
