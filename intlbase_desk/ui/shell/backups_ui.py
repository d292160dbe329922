"""Backups in the window: 文件 → 备份数据库 / 从备份恢复, a copy when the window closes after
changes, and one at most every 30 minutes of work (infra.backups holds the policy)."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from intlbase_desk.infra import backup, backups
from intlbase_desk.infra.changes import EVERYTHING
from intlbase_desk.infra.errors import UserError
from intlbase_desk.infra.jobs import Progress
from intlbase_desk.ui.shell import messages
from intlbase_desk.ui.shell.shell import Shell

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 5 * 60 * 1000  # how often the window asks whether a copy is due


class BackupsUi(QObject):
    auto_backed_up = Signal(object)  # the copy made, or an error text

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.act_backup = shell.action("backup", self.tr("Back up database…"), self.back_up)
        self.act_restore = shell.action(
            "restore", self.tr("Restore from a backup…"), self.choose_restore
        )
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="intlbase-backup")
        self._running: Future[Path | None] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self.auto_backed_up.connect(self._report_auto)
        # Closing compares the database with its last copy only after a write of this session:
        # a window opened to look (or to time its start-up) closes at once.
        self.changed_here = False
        shell.changed.connect(self._note_change)
        if self.path is not None and not shell.ws.read_only:
            self.timer.start()

    def _note_change(self, _changes: object) -> None:
        self.changed_here = True

    @property
    def path(self) -> Path | None:
        return self.shell.ws.db.path

    # Automatic copies.

    def back_up_if_due(self) -> Future[Path | None] | None:
        """Starts the 30-minute copy off the GUI thread when one is due (never two at once)."""
        path = self.path
        if path is None or (self._running is not None and not self._running.done()):
            return None

        def work() -> Path | None:
            try:
                made = backups.maybe_backup(path)
            except UserError as exc:
                self.auto_backed_up.emit(str(exc))
                return None
            if made is not None:
                self.auto_backed_up.emit(made)
            return made

        self._running = self._worker.submit(work)
        return self._running

    def _report_auto(self, result: object) -> None:
        if isinstance(result, Path):
            self.shell.show_message(
                self.tr("Backed up automatically: %1").replace("%1", result.name), 5000
            )
        else:
            log.warning("automatic backup failed: %s", result)
            self.shell.show_message(
                self.tr("Automatic backup failed: %1").replace("%1", str(result)), 15000
            )

    def on_close(self, parent: QWidget) -> None:
        """The copy on close, after a write of this session, when the data differs from the last
        copy; waits for it."""
        self.timer.stop()
        if self._running is not None:
            self._running.result()
        self._worker.shutdown(wait=True)
        path = self.path
        if path is None or self.shell.ws.read_only or not self.changed_here:
            return
        try:
            backups.maybe_backup(path, closing=True)
        except UserError as exc:
            messages.warn(
                parent, self.tr("The backup on closing failed: %1").replace("%1", str(exc))
            )

    # Copies the officer asks for.

    def back_up(self) -> None:
        source = self.path
        if source is None:
            messages.warn(
                self.shell.window, self.tr("Only a local database file can be backed up here.")
            )
            return
        target = ask_backup_path(self.shell.window, source)
        if target is None:
            return

        def job(progress: Progress, cancel: threading.Event) -> Path:
            return backup.backup_sqlite(source, target, progress=progress, cancel=cancel)

        self.shell.run_in_background(
            self.tr("Backing up the database"),
            job,
            lambda path: self.shell.show_message(
                self.tr("Backed up to %1").replace("%1", str(path))
            ),
            lambda: self.shell.show_message(self.tr("Backup cancelled"), 5000),
        )

    def choose_restore(self) -> None:
        from intlbase_desk.ui.shell.restore_dialog import RestoreDialog

        if self.path is None:
            messages.warn(
                self.shell.window, self.tr("Only a local database file can be restored here.")
            )
            return
        dialog = RestoreDialog(self.path, self.shell.window)
        if self.shell.run_dialog(dialog) and dialog.chosen is not None:
            self.restore(dialog.chosen)

    def restore(self, copy: Path) -> None:
        question = self.tr(
            "Replace everything in this database by the backup %1? The database as it is now "
            "is backed up first, so this can be reversed."
        ).replace("%1", copy.name)
        if not messages.confirm(self.shell.window, question):
            return
        ws = self.shell.ws

        def job(_progress: Progress, _cancel: threading.Event) -> backups.Restored:
            return backups.restore(ws.db, copy)

        def done(restored: backups.Restored) -> None:
            # What the views and the undo history knew belongs to the data that was replaced.
            self.shell.undo_stack.clear()
            self.shell.apply(EVERYTHING)
            messages.info(
                self.shell.window,
                self.tr("Restored from %1. The database as it was is kept in %2.")
                .replace("%1", restored.copy.name)
                .replace("%2", str(restored.safety_copy)),
            )

        self.shell.run_in_background(self.tr("Restoring from the backup"), job, done)


def ask_backup_path(parent: QWidget, source: Path) -> Path | None:
    suggested = str(source.with_name(backup.backup_name(source, "manual")))
    title = QCoreApplication.translate("BackupsUi", "Back up database")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, "SQLite (*.sqlite3 *.db)")
    return Path(chosen) if chosen else None
