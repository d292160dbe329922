"""The main window: the register of bases, searched and filtered, and what an officer does to it.

Dialogs are imported where they are opened: start-up loads only what the first screen shows.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk.infra import backup
from intlbase_desk.infra.errors import UserError
from intlbase_desk.infra.jobs import Progress
from intlbase_desk.register import base_query as rq
from intlbase_desk.ui.certificates.actions import CertificateActions
from intlbase_desk.ui.exchange.actions import ExchangeActions
from intlbase_desk.ui.register.base_table_model import BaseTableModel
from intlbase_desk.ui.shell import messages
from intlbase_desk.ui.shell.record_table import RecordTable
from intlbase_desk.ui.shell.settings import settings
from intlbase_desk.workspace import Workspace

if TYPE_CHECKING:
    from intlbase_desk.ui.register.org_panel import OrgPanel
    from intlbase_desk.ui.shell.tasks import TaskRunner

log = logging.getLogger(__name__)


class _FirstPaint(QObject):
    """Tells once when the table's viewport has been painted."""

    painted = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)
        return False


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        profile = ws.profile
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search name, host organisation, credit code or pinyin initials (Ctrl+F)")
        )
        self.base_type = self._combo(
            "type", self.tr("All types"), [(t.id, t.name) for t in profile.base_types]
        )
        self.status = self._combo(
            "status", self.tr("All statuses"), [(s.id, s.name) for s in profile.lifecycle.states]
        )
        self.district = self._combo("district", self.tr("All districts"), [])
        self.field = self._combo("field", self.tr("All fields"), [])
        self.year = self._combo("year", self.tr("All years"), [])
        self.archived = QCheckBox(self.tr("Archived"))
        self.archived.setObjectName("archived")
        self.archived.toggled.connect(self.changed)
        self.search.textChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for combo in (self.base_type, self.district, self.field, self.status, self.year):
            layout.addWidget(combo, 1)
        layout.addWidget(self.archived)
        self._profile_values = {"district": profile.districts, "field": profile.fields.values}

    def _combo(self, name: str, everything: str, items: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for value, shown in items:
            combo.addItem(shown, value)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def fill_values(self, ws: Workspace) -> None:
        """District, field and year lists: the profile's and what the register holds."""
        with ws.db.reading() as conn:
            present = {key: rq.distinct_values(conn, key) for key in ("district", "field", "year")}
        for key, combo in (("district", self.district), ("field", self.field)):
            values = list(dict.fromkeys([*self._profile_values[key], *present[key]]))
            self._refill(combo, [(v, v) for v in values])
        self._refill(self.year, [(y, str(y)) for y in reversed(present["year"])])

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[Any, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value, shown in items:
            combo.addItem(shown, value)
        found = combo.findData(current)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def value(self) -> rq.BaseFilter:
        return rq.BaseFilter(
            text=self.search.text(),
            base_type=self.base_type.currentData(),
            district=self.district.currentData(),
            field=self.field.currentData(),
            status=self.status.currentData(),
            year=self.year.currentData(),
            archived=self.archived.isChecked(),
        )


class MainWindow(CertificateActions, ExchangeActions, QMainWindow):
    register_painted = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.undo_stack = QUndoStack(self)
        self._tasks: TaskRunner | None = None
        self.setObjectName("MainWindow")
        where = ws.db.path.name if ws.db.path else ws.db.url.render_as_string(hide_password=True)
        app_name = self.tr("International S&T Cooperation Bases")
        self.setWindowTitle(f"{app_name} — {ws.profile.title} — {where}")
        self.resize(1280, 760)

        self.model = BaseTableModel(ws.db, ws.profile, self)
        self.table = RecordTable(self.model, "register")
        self.table.opened.connect(self.edit_base)
        self._first_paint = _FirstPaint(self)
        self._first_paint.painted.connect(self.register_painted)
        self.table.viewport().installEventFilter(self._first_paint)

        self.filters = FilterBar(ws, self)
        self.filters.changed.connect(self.apply_filter)
        # The lists of districts, fields and years scan the register: not needed for the first
        # screen, so they are filled once it has been painted.
        self._first_paint.painted.connect(lambda: self.filters.fill_values(ws))

        central = QWidget()
        layout = QVBoxLayout(central)
        if ws.on_network_share:
            warning = QLabel(
                self.tr(
                    "This database is on a network share. Only one desk should use it at a time, "
                    "and a lost connection can damage it; keep it on this computer if you can."
                )
            )
            warning.setObjectName("network_warning")
            warning.setWordWrap(True)
            warning.setStyleSheet("background: #fff4ce; padding: 6px;")
            layout.addWidget(warning)
        bases_page = QWidget()
        bases_layout = QVBoxLayout(bases_page)
        bases_layout.setContentsMargins(0, 0, 0, 0)
        bases_layout.addWidget(self.filters)
        bases_layout.addWidget(self.table)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(bases_page, self.tr("Bases"))
        # The organisations tab is built the first time it is shown: start-up does not pay for it.
        self.org_panel: OrgPanel | None = None
        self.tabs.addTab(QWidget(), self.tr("Host organisations"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)

        self._make_actions()
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._after_reset)
        self.model.count_changed.connect(self._show_count)
        self._restore_state()
        self._after_reset()

    # Actions.

    def _action(
        self, text: str, slot: Any, shortcut: QKeySequence | str | None = None, name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda *_: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        seq = QKeySequence.StandardKey
        self.act_new = self._action(self.tr("New base"), self.new_base, seq.New, "new_base")
        self.act_edit = self._action(self.tr("Open / edit"), self.edit_base, None, "edit_base")
        self.act_status = self._action(
            self.tr("Change status…"), self.change_status, None, "change_status"
        )
        self.act_history = self._action(self.tr("History"), self.show_history, "Ctrl+H", "history")
        self.act_archive = self._action(self.tr("Archive…"), self.toggle_archive, None, "archive")
        self.act_new_org = self._action(
            self.tr("New host organisation…"), self.new_org, None, "new_org"
        )
        self.act_edit_org = self._action(
            self.tr("Edit host organisation…"), self.edit_org, None, "edit_org"
        )
        self.act_org_history = self._action(
            self.tr("Host organisation history"), self.show_org_history, None, "org_history"
        )
        self.act_find = self._action(self.tr("Find"), self.focus_search, seq.Find, "find")
        self.act_backup = self._action(
            self.tr("Back up database…"), self.backup_database, None, "backup"
        )
        self.act_rules = self._action(
            self.tr("Rules of this profile"), self.show_rules, None, "rules"
        )
        self.act_quit = self._action(self.tr("Quit"), self.close, seq.Quit, "quit")
        self.act_certificates = self._action(
            self.tr("Issue certificates…"), self.issue_certificates, None, "issue_certificates"
        )
        self.act_print_certificates = self._action(
            self.tr("Print certificates…"),
            self.print_certificates,
            "Ctrl+P",
            "print_certificates",
        )
        self.act_fonts = self._action(
            self.tr("Certificate fonts…"), self.font_settings, None, "certificate_fonts"
        )
        self.act_layouts = self._action(
            self.tr("Adjust the layouts…"), self.edit_layouts, None, "edit_layouts"
        )
        self.act_export_certificates = self._action(
            self.tr("Export the certificate register…"),
            self.export_certificates,
            None,
            "export_certificates",
        )
        self.act_import = self._action(
            self.tr("Import a district sheet…"), self.import_sheet, "Ctrl+I", "import_sheet"
        )
        self.act_template_recommendation = self._action(
            self.tr("Recommendation template for districts…"),
            lambda: self.save_template("recommendation"),
            None,
            "template_recommendation",
        )
        self.act_template_register = self._action(
            self.tr("Register template…"),
            lambda: self.save_template("register"),
            None,
            "template_register",
        )
        self.act_export = self._action(
            self.tr("Export this view…"), self.export_view, None, "export_view"
        )
        self.act_export_applications = self._action(
            self.tr("Export a call's applications…"),
            self.export_applications,
            None,
            "export_applications",
        )
        self.act_batches = self._action(
            self.tr("Import batches…"), self.show_batches, None, "import_batches"
        )
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.act_undo.setShortcut(QKeySequence(seq.Undo))
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.act_redo.setShortcut(QKeySequence(seq.Redo))
        self.addActions([self.act_undo, self.act_redo])

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions([self.act_import, self.act_batches])
        file_menu.addSeparator()
        file_menu.addActions(
            [
                self.act_template_recommendation,
                self.act_template_register,
                self.act_export,
                self.act_export_applications,
            ]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.act_backup, self.act_quit])
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.act_undo, self.act_redo, self.act_find])
        base_menu = menu.addMenu(self.tr("&Bases"))
        base_menu.addActions(
            [self.act_new, self.act_edit, self.act_status, self.act_history, self.act_archive]
        )
        base_menu.addSeparator()
        base_menu.addActions(
            [
                self.act_certificates,
                self.act_print_certificates,
                self.act_export_certificates,
                self.act_fonts,
                self.act_layouts,
            ]
        )
        org_menu = menu.addMenu(self.tr("&Organisations"))
        org_menu.addActions([self.act_new_org, self.act_edit_org, self.act_org_history])
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_rules)

        toolbar = self.addToolBar(self.tr("Register"))
        toolbar.setObjectName("register_toolbar")
        toolbar.addActions(
            [self.act_new, self.act_edit, self.act_status, self.act_history, self.act_archive]
        )
        toolbar.addSeparator()
        toolbar.addActions([self.act_new_org, self.act_undo])

    def _update_actions(self) -> None:
        selected = self.selected_base_id() is not None
        archived_view = self.model.filter.archived
        for action in (
            self.act_edit,
            self.act_history,
            self.act_archive,
            self.act_edit_org,
            self.act_org_history,
        ):
            action.setEnabled(selected)
        self.act_status.setEnabled(selected and not archived_view)
        self.act_archive.setText(self.tr("Restore…") if archived_view else self.tr("Archive…"))

    def _after_reset(self) -> None:
        if self.model.count_known:
            self._show_count(self.model.rowCount())
        else:
            self.count_label.setText(self.tr("Counting…"))
        self._update_actions()

    def _show_count(self, count: int) -> None:
        if self.tabs.currentIndex() == 0:
            self.count_label.setText(self.tr("%1 bases").replace("%1", str(count)))

    def _show_org_count(self, count: int) -> None:
        if self.tabs.currentIndex() == 1:
            self.count_label.setText(self.tr("%1 host organisations").replace("%1", str(count)))

    # What the officer does.

    def run_dialog(self, dialog: QDialog) -> bool:
        """Every dialog the window opens runs here (tests drive them through this seam)."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def selected_base_id(self) -> int | None:
        return self.table.selected_id()

    def select_base(self, base_id: int) -> None:
        row = self.model.row_of(base_id)
        if row is None:
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def apply_filter(self) -> None:
        self.model.set_filter(self.filters.value())

    def focus_search(self) -> None:
        search = (
            self.org_panel.search
            if self.tabs.currentIndex() == 1 and self.org_panel
            else self.filters.search
        )
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.org_panel is None:
            from intlbase_desk.ui.register.org_panel import OrgPanel

            self.org_panel = OrgPanel(
                self.ws,
                lambda dialog: self.run_dialog(dialog),
                lambda text, apply, before, after: self._push_edit(
                    text, apply, before, after, None
                ),
                self,
            )
            self.org_panel.changed.connect(lambda: self.reload(select=self.selected_base_id()))
            self.org_panel.model.count_changed.connect(self._show_org_count)
            empty_page = self.tabs.widget(1)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(1)
            self.tabs.insertTab(1, self.org_panel, self.tr("Host organisations"))
            self.tabs.setCurrentIndex(1)
            self.tabs.blockSignals(False)
            empty_page.deleteLater()
        models = (self.model, self.org_panel.model if self.org_panel else None)
        model = models[index]
        if model is not None and model.count_known:
            (self._show_count if index == 0 else self._show_org_count)(model.rowCount())

    def reload(self, select: int | None = None) -> None:
        self.filters.fill_values(self.ws)
        self.model.refresh()
        if select is not None:
            self.select_base(select)

    def new_base(self) -> None:
        from intlbase_desk.ui.register.base_form import BaseForm

        form = BaseForm(self.ws, parent=self)
        if self.run_dialog(form) and form.base_id is not None:
            self.reload(select=form.base_id)
            self.statusBar().showMessage(self.tr("Base saved"), 5000)

    def edit_base(self) -> None:
        from intlbase_desk.register import bases
        from intlbase_desk.ui.register.base_form import BaseForm

        base_id = self.selected_base_id()
        if base_id is None:
            return
        form = BaseForm(self.ws, base_id, parent=self)
        if self.run_dialog(form) and form.previous is not None and form.after is not None:
            if form.previous != {**form.previous, **form.after}:
                self._push_edit(
                    self.tr("Edit base"),
                    lambda v: bases.update_base(
                        self.ws.db, self.ws.profile, self.ws.actor, base_id, v
                    ),
                    form.previous,
                    form.after,
                    base_id,
                )
            self.reload(select=base_id)

    def _push_edit(
        self,
        text: str,
        apply: Any,
        before: dict[str, Any],
        after: dict[str, Any],
        base_id: int | None,
    ) -> None:
        from intlbase_desk.ui.shell.undo import EditCommand

        self.undo_stack.push(
            EditCommand(text, apply, before, after, lambda: self.reload_all(base_id))
        )

    def reload_all(self, base_id: int | None = None) -> None:
        """After an undo or redo: either view may show what changed."""
        self.reload(select=base_id)
        if self.org_panel is not None:
            self.org_panel.reload(select=self.org_panel.selected_org_id())

    def change_status(self) -> None:
        from intlbase_desk.ui.register.status_dialog import StatusDialog

        base_id = self.selected_base_id()
        if base_id is None:
            return
        if self.run_dialog(StatusDialog(self.ws, base_id, self)):
            self.reload(select=base_id)
            self.statusBar().showMessage(self.tr("Status changed"), 5000)

    def show_history(self) -> None:
        from intlbase_desk.register import bases
        from intlbase_desk.ui.register.history_dialog import HistoryDialog

        base_id = self.selected_base_id()
        if base_id is not None:
            base = bases.get(self.ws.db, base_id)
            self.run_dialog(HistoryDialog(self.ws, "base", base_id, base.name, self))

    def toggle_archive(self) -> None:
        from intlbase_desk.register import bases
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
            bases.set_archived(self.ws.db, self.ws.actor, base_id, not restoring, reason)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.reload()

    def _selected_org_id(self) -> int | None:
        from intlbase_desk.register import bases

        base_id = self.selected_base_id()
        return None if base_id is None else bases.get(self.ws.db, base_id).org_id

    def new_org(self) -> None:
        from intlbase_desk.ui.register.org_form import OrgForm

        form = OrgForm(self.ws, parent=self)
        if self.run_dialog(form):
            self.statusBar().showMessage(self.tr("Host organisation saved"), 5000)

    def edit_org(self) -> None:
        from intlbase_desk.ui.register.org_panel import edit_organization

        org_id = self._selected_org_id()
        if org_id is None:
            return
        base_id = self.selected_base_id()
        if edit_organization(
            self.ws,
            org_id,
            self,
            self.run_dialog,
            lambda text, apply, before, after: self._push_edit(text, apply, before, after, base_id),
        ):
            self.reload_all(base_id)

    def show_org_history(self) -> None:
        from intlbase_desk.ui.register.org_panel import show_organization_history

        org_id = self._selected_org_id()
        if org_id is not None:
            show_organization_history(self.ws, org_id, self, self.run_dialog)

    def show_rules(self) -> None:
        from intlbase_desk.ui.shell.rules_dialog import RulesDialog

        self.run_dialog(RulesDialog(self.ws.profile, self))

    def backup_database(self) -> None:
        source = self.ws.db.path
        if source is None:
            messages.warn(self, self.tr("Only a local database file can be backed up here."))
            return
        target = ask_backup_path(self, source)
        if target is None:
            return

        def job(progress: Progress, cancel: threading.Event) -> Path:
            return backup.backup_sqlite(source, target, progress=progress, cancel=cancel)

        def cancelled() -> None:
            self.statusBar().showMessage(self.tr("Backup cancelled"), 5000)

        from intlbase_desk.ui.shell.tasks import settle_failure

        self.tasks().run(
            self,
            self.tr("Backing up the database"),
            job,
            lambda path: self.statusBar().showMessage(
                self.tr("Backed up to %1").replace("%1", str(path)), 10000
            ),
            lambda exc: settle_failure(self, exc, cancelled),
        )

    def tasks(self) -> TaskRunner:
        """The worker that runs long jobs, started on first use."""
        if self._tasks is None:
            from intlbase_desk.ui.shell.tasks import TaskRunner

            self._tasks = TaskRunner(self)
        return self._tasks

    # Window state.

    def _restore_state(self) -> None:
        store = settings()
        geometry = store.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        header = store.value("main/register_header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        else:
            for key, width in (("name", 260), ("org_name", 260), ("uscc", 170)):
                self.table.setColumnWidth(rq.COLUMN_KEYS.index(key), width)

    def closeEvent(self, event: QCloseEvent) -> None:
        store = settings()
        store.setValue("main/geometry", self.saveGeometry())
        store.setValue("main/register_header", self.table.horizontalHeader().saveState())
        store.sync()
        if self._tasks is not None:
            self._tasks.shutdown()
        self.model.close()
        if self.org_panel is not None:
            self.org_panel.close_model()
        super().closeEvent(event)


def ask_backup_path(parent: QWidget, source: Path) -> Path | None:
    suggested = str(source.with_name(backup.backup_name(source, "manual")))
    chosen, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Back up database"), suggested, "SQLite (*.sqlite3 *.db)"
    )
    return Path(chosen) if chosen else None
