"""Undo of form edits: an edit is done when saved; undo saves the previous values again.

Undo and redo are ordinary audited writes, so the history shows them like any other edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.ui.shell import messages

Apply = Callable[[dict[str, Any]], Any]


class EditCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        apply: Apply,
        before: dict[str, Any],
        after: dict[str, Any],
        on_change: Callable[[object], None],
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self._before = before
        self._after = after
        self._on_change = on_change
        self._done = True  # QUndoStack.push calls redo(); the edit is already saved

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)

    def _write(self, values: dict[str, Any]) -> None:
        """Saves ``values``; what that changed goes to ``on_change`` (the views refresh)."""
        try:
            result = self._apply(values)
        except UserError as exc:
            # The record changed since (archived, edited elsewhere): this step cannot be replayed.
            self.setObsolete(True)
            text = QCoreApplication.translate("EditCommand", "Cannot undo or redo: %1")
            messages.warn(None, text.replace("%1", str(exc)))
            # The views show the record as it was: they show it as it is now.
            self._on_change(Changes(organizations=True, bases=True))
            return
        self._on_change(result)
