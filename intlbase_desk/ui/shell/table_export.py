"""Save one table to a spreadsheet the officer names, reporting the row count in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from intlbase_desk.infra.errors import UserError
from intlbase_desk.ui.shell import file_dialogs, messages
from intlbase_desk.ui.shell.shell import Shell

_FILTERS = "Excel (*.xlsx);;CSV (*.csv)"


def export_table(
    shell: Shell, title: str, suggested: str, write: Callable[[Path], int]
) -> int | None:
    """Ask where to save, write, report the row count; None when nothing was written."""
    target = file_dialogs.ask_save_path(shell.window, title, suggested, _FILTERS)
    if target is None:
        return None
    try:
        count = write(target)
    except UserError as exc:
        # A table replaces its target only once complete: nothing half-written is left.
        messages.warn(shell.window, str(exc))
        return None
    shell.show_message(
        QCoreApplication.translate("table_export", "%1 rows exported to %2")
        .replace("%1", str(count))
        .replace("%2", str(target))
    )
    return count
