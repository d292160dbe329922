"""What the window gives each capability's UI: the workspace, a place for its sections, menus
and actions, a dialog runner, background work, the undo stack, the status bar, and the news of
what every write changed.

A capability never reaches into the main window: it receives a ``Shell`` and adds its parts.
Writes report their ``Changes``; ``Shell.apply`` hands them to every view (``changed``), and
each view decides whether what it shows is affected (anki's ``operation_did_execute``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from intlbase_desk.infra.changes import changes_of
from intlbase_desk.infra.jobs import Progress
from intlbase_desk.ui.shell.navigation import Navigation
from intlbase_desk.workspace import Workspace

Job = Callable[[Progress, threading.Event], Any]
# The top menus, in the order they appear; capabilities add their actions to them.
MENUS = (
    "file",
    "edit",
    "bases",
    "organizations",
    "experts",
    "evaluations",
    "summaries",
    "calls",
    "help",
)


class Shell(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, ws: Workspace, window: QMainWindow, navigation: Navigation) -> None:
        super().__init__(window)
        self.ws = ws
        self.window = window
        self.navigation = navigation
        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(window, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(window, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        window.addActions([self.undo_action, self.redo_action])
        self._menus: dict[str, QMenu] = {}
        self._tasks: Any = None

    # Parts of the window.

    def menu(self, key: str, title: str) -> QMenu:
        """The top menu ``key`` (one of MENUS), created with ``title`` on first use."""
        found = self._menus.get(key)
        if found is None:
            found = QMenu(title, self.window)
            found.setObjectName(f"menu_{key}")
            self._menus[key] = found
            self._place_menus()
        return found

    def _place_menus(self) -> None:
        bar = self.window.menuBar()
        bar.clear()
        for key in MENUS:
            if key in self._menus:
                bar.addMenu(self._menus[key])

    def action(
        self,
        name: str,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        """A window-wide action (its shortcut works wherever the focus is)."""
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda *_: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.window.addAction(action)
        return action

    def add_section(
        self, key: str, title: str, build: Callable[[], QWidget], toolbar: list[QAction]
    ) -> None:
        self.navigation.add_section(key, title, build, toolbar)

    def show_message(self, text: str, milliseconds: int = 10000) -> None:
        self.window.statusBar().showMessage(text, milliseconds)

    # What capabilities do.

    def push_edit(
        self,
        text: str,
        save: Callable[[dict[str, Any]], Any],
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> None:
        """A saved form edit goes on the undo stack; undo saves ``before`` again."""
        from intlbase_desk.ui.shell.undo import EditCommand

        self.undo_stack.push(EditCommand(text, save, before, after, self.apply))

    def run_dialog(self, dialog: QDialog) -> bool:
        """Every dialog runs here (tests drive them through this seam)."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def apply(self, result: object) -> None:
        """Tells every view what a write changed (``result``: Changes, or what has them)."""
        changes = changes_of(result)
        if changes:
            self.changed.emit(changes)

    def run_in_background(
        self,
        title: str,
        job: Job,
        success: Callable[[Any], None] | None = None,
        cancelled: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> threading.Event:
        """Runs ``job(progress, cancel)`` on the worker; what it changed is applied, then
        ``success(result)`` runs on the GUI thread. A refusal is shown; a bug is reported."""
        from intlbase_desk.ui.shell.tasks import settle_failure

        owner = parent or self.window

        def done(result: object) -> None:
            self.apply(result)
            if success is not None:
                success(result)

        def failed(exc: BaseException) -> None:
            self.apply(exc)  # a cancelled job may have kept part of its work (Cancelled.changes)
            settle_failure(owner, exc, cancelled or (lambda: None))

        return self.tasks().run(owner, title, job, done, failed)

    def tasks(self) -> Any:
        """The worker that runs long jobs, started on first use."""
        if self._tasks is None:
            from intlbase_desk.ui.shell.tasks import TaskRunner

            self._tasks = TaskRunner(self)
        return self._tasks

    def shutdown(self) -> None:
        if self._tasks is not None:
            self._tasks.shutdown()
