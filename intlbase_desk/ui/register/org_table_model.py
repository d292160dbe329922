"""The organisations as a table: a ban that still runs is shown in red."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from intlbase_desk import register
from intlbase_desk.infra import clock
from intlbase_desk.infra.database import Database
from intlbase_desk.ui.shell.paged_model import PagedTableModel


class OrgTableModel(PagedTableModel[register.OrgFilter]):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(db, register.ORG_QUERY, register.OrgFilter(), parent)

    def header(self, key: str) -> str:
        return register.ORG_COLUMN_LABELS[key]

    def display(self, key: str, value: Any) -> str:
        if key == "ban_until" and isinstance(value, dt.date) and value < clock.today():
            return ""  # an expired ban no longer matters to an application
        return super().display(key, value)

    def decoration(self, key: str, value: Any, role: int, row: Any) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and key == "ban_until"
            and isinstance(value, dt.date)
            and value >= clock.today()
        ):
            return QBrush(QColor("#b00020"))
        return None
