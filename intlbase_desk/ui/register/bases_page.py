"""基地名录: the register of bases, searched and filtered, and what an officer does to a base."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from intlbase_desk import register
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.infra.paged_query import Sort
from intlbase_desk.ui.register.base_table_model import BaseTableModel
from intlbase_desk.ui.register.filter_bar import FilterBar
from intlbase_desk.ui.shell import messages
from intlbase_desk.ui.shell.first_steps import FirstSteps
from intlbase_desk.ui.shell.record_table import RecordTable
from intlbase_desk.ui.shell.shell import Shell


class BasesPage(QWidget):
    selection_changed = Signal()

    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bases_page")
        self.shell = shell
        ws = shell.ws
        self.model = BaseTableModel(ws.db, ws.profile, self)
        self.table = RecordTable(self.model, "register", several=True)
        self.table.opened.connect(self.edit_base)
        self.filters = FilterBar(ws, self)
        self.filters.changed.connect(self.apply_filter)
        self.first_steps = FirstSteps(
            self.tr("The register has no bases yet"),
            self.tr(
                "Start from the register you keep in Excel, or add the bases one by one. "
                "Everything you bring in can be checked first and undone."
            ),
        )
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.first_steps)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.views)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.model.modelReset.connect(self.selection_changed)
        shell.changed.connect(self._changed)
        self._show_first_steps_if_empty()

    # What the view shows.

    @property
    def filter(self) -> register.BaseFilter:
        return self.model.filter

    @property
    def sort_order(self) -> Sort:
        return self.model.sort_order

    def selected_base_id(self) -> int | None:
        """The base selected, when exactly one is."""
        return self.table.selected_id()

    def selected_base_ids(self) -> list[int]:
        return self.table.selected_ids()

    def select_base(self, base_id: int) -> None:
        row = self.model.row_of(base_id)
        if row is None:
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def view_base_ids(self) -> list[int]:
        """Every base of the current view, in its order (not only the pages fetched)."""
        statement = register.BASE_QUERY.rows(self.model.filter, self.model.sort_order)
        with self.shell.ws.db.reading() as conn:
            return [row.id for row in conn.execute(statement)]

    def apply_filter(self) -> None:
        self.model.set_filter(self.filters.value())

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    @property
    def empty(self) -> bool:
        """The register holds no base at all (archived ones count): nothing to filter."""
        return self.views.currentWidget() is self.first_steps

    def _show_first_steps_if_empty(self) -> None:
        empty = not register.has_bases(self.shell.ws)
        self.views.setCurrentWidget(self.first_steps if empty else self.table)
        self.filters.setEnabled(not empty)

    def _changed(self, changes: Changes) -> None:
        if changes.register:
            self._show_first_steps_if_empty()
            selected = self.selected_base_id()
            self.filters.fill_values(self.shell.ws)
            self.model.refresh()
            if selected is not None:
                self.select_base(selected)

    # What the officer does to a base.

    def new_base(self) -> None:
        from intlbase_desk.ui.register.base_form import BaseForm

        form = BaseForm(self.shell.ws, parent=self)
        saved = self.shell.run_dialog(form)
        self.shell.apply(form.changes)
        if saved and form.base_id is not None:
            self.select_base(form.base_id)
            self.shell.show_message(self.tr("Base saved"), 5000)

    def edit_base(self) -> None:
        from intlbase_desk.ui.register.base_form import BaseForm

        base_id = self.selected_base_id()
        if base_id is None:
            return
        ws = self.shell.ws
        form = BaseForm(ws, base_id, parent=self)
        saved = self.shell.run_dialog(form)
        if not saved or form.previous is None or form.after is None:
            self.shell.apply(form.changes)  # a host may have been added while choosing
            return
        if form.previous != {**form.previous, **form.after}:
            self.shell.push_edit(
                self.tr("Edit base"),
                lambda values: register.update_base(ws, base_id, values),
                form.previous,
                form.after,
            )
        self.shell.apply(form.changes)

    def change_status(self) -> None:
        """The selected bases' status, alike for all: one reason, one article, each audited."""
        from intlbase_desk.ui.register.status_dialog import StatusDialog

        base_ids = self.selected_base_ids()
        if not base_ids:
            return
        ws = self.shell.ws
        statuses = {register.get_base(ws, b).status for b in base_ids}
        if len(statuses) > 1:
            messages.warn(
                self,
                self.tr("The selected bases are in different states: change them state by state."),
            )
            return
        dialog = StatusDialog(ws, base_ids, self)
        if self.shell.run_dialog(dialog):
            self.shell.apply(dialog.changed)
            self._irreversible(self.tr("Status changed (a status change cannot be undone)"))

    def _irreversible(self, message: str) -> None:
        # A change that cannot be undone ends the undo history: Ctrl+Z must not reach past it
        # to an earlier edit, whose values it would write over the change.
        self.shell.undo_stack.clear()
        self.shell.show_message(message, 8000)

    def show_history(self) -> None:
        from intlbase_desk.ui.register.history_dialog import HistoryDialog

        base_id = self.selected_base_id()
        if base_id is not None:
            base = register.get_base(self.shell.ws, base_id)
            self.shell.run_dialog(HistoryDialog(self.shell.ws, "base", base_id, base.name, self))

    def toggle_archive(self) -> None:
        from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

        base_id = self.selected_base_id()
        if base_id is None:
            return
        restoring = self.model.filter.archived
        if restoring:
            reason = ReasonDialog.ask(
                self.tr("Restore base"), self.tr("Why is this base restored?"), self
            )
        else:
            reason = ReasonDialog.ask(
                self.tr("Archive base"),
                self.tr(
                    "Archived bases leave the register but keep their history. Why archive it?"
                ),
                self,
            )
        if reason is None:
            return
        try:
            changes = register.set_base_archived(self.shell.ws, base_id, not restoring, reason)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.apply(changes)
        done = self.tr("Base restored") if restoring else self.tr("Base archived")
        self._irreversible(done)

    def selected_host_id(self) -> int | None:
        base_id = self.selected_base_id()
        return None if base_id is None else register.get_base(self.shell.ws, base_id).org_id

    def close_model(self) -> None:
        self.model.close()
