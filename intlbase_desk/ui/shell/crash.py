"""Unexpected errors, from any thread: logged in full, then shown in a copyable Chinese dialog."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import __version__
from intlbase_desk.infra import logging_setup, paths
from intlbase_desk.infra.errors import UserError

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "An unexpected error occurred. Work saved before it is safe; the operation that "
                "failed was not saved. Please copy the report below and send it to support."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy report"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


def format_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    lines = "".join(traceback.format_exception(exc_type, exc, tb))
    log_file = paths.log_dir() / logging_setup.LOG_NAME
    return (
        f"intlbase_desk {__version__}\nPython {sys.version.split()[0]}\n日志：{log_file}\n\n{lines}"
    )


class CrashReporter(QObject):
    """Installed once per application; signals cross threads to show the dialog on the GUI one."""

    report_ready = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report_ready.connect(self._show)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        if isinstance(exc, UserError):
            # A fault the officer can fix that a code path forgot to catch: no report needed.
            self.report_ready.emit(str(exc), False)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        self.report_ready.emit(format_report(exc_type, exc, tb), True)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, bool)
    def _show(self, text: str, is_bug: bool) -> None:
        if is_bug:
            ErrorDialog(text).exec()
        else:
            from intlbase_desk.ui.shell.messages import warn

            warn(None, text)
