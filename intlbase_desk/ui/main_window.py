"""The main window: a side bar of sections, each capability's menus and actions, the status bar.

The window composes the capabilities' UIs and gives each the shell; what they show and do is
theirs. Dialogs are imported where they are opened: start-up loads only what the first screen
shows.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from intlbase_desk.ui.calls import CallsUi
from intlbase_desk.ui.certificates import CertificatesUi
from intlbase_desk.ui.evaluations import EvaluationsUi
from intlbase_desk.ui.exchange import ExchangeUi
from intlbase_desk.ui.experts import ExpertsUi
from intlbase_desk.ui.register import RegisterUi
from intlbase_desk.ui.shell.backups_ui import BackupsUi
from intlbase_desk.ui.shell.navigation import Navigation
from intlbase_desk.ui.shell.settings import settings
from intlbase_desk.ui.shell.shell import Shell
from intlbase_desk.ui.summaries import SummariesUi
from intlbase_desk.ui.workdays import WorkdaysUi
from intlbase_desk.workspace import Workspace

log = logging.getLogger(__name__)


class _FirstPaint(QObject):
    """Tells once when a widget has been painted."""

    painted = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)
        return False


class MainWindow(QMainWindow):
    register_painted = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("MainWindow")
        where = ws.db.path.name if ws.db.path else ws.db.url.render_as_string(hide_password=True)
        app_name = self.tr("International S&T Cooperation Bases")
        if ws.read_only:
            where = self.tr("%1 (read-only)").replace("%1", where)
        self.setWindowTitle(f"{app_name} — {ws.profile.title} — {where}")
        self.resize(1280, 760)
        self.toolbar = self.addToolBar(self.tr("Register"))
        self.toolbar.setObjectName("section_toolbar")
        self.navigation = Navigation(self.toolbar)
        self.shell = Shell(ws, self, self.navigation)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self._shell_actions()
        self.register = RegisterUi(self.shell)
        self.exchange = ExchangeUi(self.shell, self.register)
        self.certificates = CertificatesUi(self.shell, self.register)
        self.experts = ExpertsUi(self.shell)
        self.evaluations = EvaluationsUi(self.shell)
        self.summaries = SummariesUi(self.shell)
        self.calls = CallsUi(self.shell)
        self.workdays = WorkdaysUi(self.shell)
        self.exchange.add_first_steps()
        self.register.bases.first_steps.add_step(
            self.register.act_new, self.tr("Enter the bases one by one, with their hosts.")
        )
        self._finish_menus()
        self.setCentralWidget(self._central(ws))
        self.navigation.section_changed.connect(lambda _key: self._show_count())
        self.register.counts_changed.connect(self._show_count)
        self._first_paint = _FirstPaint(self)
        self._first_paint.painted.connect(self.register_painted)
        self.register.bases.table.viewport().installEventFilter(self._first_paint)
        self._first_paint.painted.connect(self.register.after_first_paint)
        self._restore_state()
        self._show_count()

    def _central(self, ws: Workspace) -> QWidget:
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
        if ws.read_only:
            notice = QLabel(
                self.tr(
                    "This database is on a read-only drive or in a folder you cannot write: "
                    "you can view, search, export and print it, but not change it. To change "
                    "it, copy it to a folder you can write and open the copy."
                )
            )
            notice.setObjectName("read_only_notice")
            notice.setWordWrap(True)
            notice.setStyleSheet("background: #fff4ce; padding: 6px;")
            layout.addWidget(notice)
        layout.addWidget(self.navigation)
        return central

    def _shell_actions(self) -> None:
        seq = QKeySequence.StandardKey
        shell = self.shell
        self.act_undo, self.act_redo = shell.undo_action, shell.redo_action
        self.backups = BackupsUi(shell)
        self.act_backup, self.act_restore = self.backups.act_backup, self.backups.act_restore
        self.act_quit = shell.action("quit", self.tr("Quit"), self.close, seq.Quit)
        self.act_rules = shell.action("rules", self.tr("Rules of this profile"), self.show_rules)
        shell.menu("file", self.tr("&File"))
        shell.menu("edit", self.tr("&Edit")).addActions([self.act_undo, self.act_redo])

    def _finish_menus(self) -> None:
        """What comes last in the shared menus, after every capability has added its part."""
        file_menu = self.shell.menu("file", self.tr("&File"))
        file_menu.addSeparator()
        file_menu.addActions([self.act_backup, self.act_restore])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        self.shell.menu("help", self.tr("&Help")).addAction(self.act_rules)

    def _show_count(self) -> None:
        self.count_label.setText(self.register.count_text(self.navigation.current_key))

    # What the shell itself does.

    def show_rules(self) -> None:
        from intlbase_desk.ui.shell.rules_dialog import RulesDialog

        self.shell.run_dialog(RulesDialog(self.shell, self))

    # Window state.

    def _restore_state(self) -> None:
        geometry = settings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.register.restore_state(settings())

    def closeEvent(self, event: QCloseEvent) -> None:
        store = settings()
        store.setValue("main/geometry", self.saveGeometry())
        self.register.save_state(store)
        store.sync()
        self.shell.shutdown()
        self.backups.on_close(self)
        self.experts.close()
        self.register.close()
        super().closeEvent(event)
