"""Starts the window: application, fonts, translations, crash reporter, database, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from intlbase_desk import __version__
from intlbase_desk.infra import collector, paths
from intlbase_desk.infra.database import sqlite_path, url_for
from intlbase_desk.infra.errors import UserError
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.ui.shell import fonts, i18n
from intlbase_desk.ui.shell.crash import CrashReporter
from intlbase_desk.ui.shell.profile_picker import ProfilePicker
from intlbase_desk.workspace import Workspace, open_workspace

log = logging.getLogger(__name__)


def make_application(lang: str) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("intlbase-desk")
    app.setOrganizationName("intlbase")
    app.setApplicationVersion(__version__)
    i18n.install(app, lang)
    fonts.install(app)
    return app


def open_for_window(db: str | None) -> Workspace | None:
    """Opens the database; a missing default one is created after the officer picks its rules."""
    location = db or str(paths.default_db_path())
    path = sqlite_path(url_for(location))
    if path is not None and not path.exists():
        profile_id = ProfilePicker.ask(path)
        if profile_id is None:
            return None
        return open_workspace(location, create_profile=profile_id)
    return open_workspace(location, read_only_if_needed=True)


def run(db: str | None = None, lang: str = "zh_CN", exit_when_ready: bool = False) -> int:
    app = make_application(lang)
    reporter = CrashReporter(app)
    reporter.install()
    try:
        ws = open_for_window(db)
    except UserError as exc:
        log.warning("cannot open database: %s", exc)
        if exit_when_ready:
            sys.stderr.write(f"错误：{exc}\n")
        else:
            QMessageBox.critical(None, "intlbase_desk", str(exc))
        return 2
    if ws is None:
        return 0
    try:
        window = MainWindow(ws)
        if exit_when_ready:
            window.register_painted.connect(lambda: QTimer.singleShot(0, app.quit))
        window.show()
        collector.started()  # Qt and the window are here for good: not walked by every collection
        log.info("main window shown (%s)", Path(str(ws.db.path or ws.db.url)).name)
        return app.exec()
    finally:
        ws.close()
        reporter.uninstall()
