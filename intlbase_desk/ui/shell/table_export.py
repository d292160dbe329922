"""Save one table to a spreadsheet the officer names, reporting the row count in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from intlbase_desk.ui.shell import file_dialogs, messages

_FILTERS = "Excel (*.xlsx);;CSV (*.csv)"


def export_table(
    window: QMainWindow, title: str, suggested: str, write: Callable[[Path], int]
) -> int | None:
    """Ask where to save, write, report the row count; None when nothing was written."""
    target = file_dialogs.ask_save_path(window, title, suggested, _FILTERS)
    if target is None:
        return None
    try:
        count = write(target)
    except (OSError, ValueError) as exc:
        # sheet_export writes beside the target and renames, so nothing half-written is left.
        messages.warn(window, str(exc))
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "%1 rows exported to %2")
        .replace("%1", str(count))
        .replace("%2", str(target)),
        10000,
    )
    return count
