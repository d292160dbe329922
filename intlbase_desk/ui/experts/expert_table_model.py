"""The expert pool as a table: an inactive expert is greyed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from intlbase_desk import experts
from intlbase_desk.infra.database import Database
from intlbase_desk.ui.shell.paged_model import PagedTableModel


class ExpertTableModel(PagedTableModel[experts.ExpertFilter]):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(db, experts.EXPERT_QUERY, experts.ExpertFilter(), parent)

    def header(self, key: str) -> str:
        return experts.EXPERT_COLUMN_LABELS[key]

    def display(self, key: str, value: Any) -> str:
        if key == "active" and value is not None:
            return experts.ACTIVE_TEXT[bool(value)]
        return super().display(key, value)

    def decoration(self, key: str, value: Any, role: int, row: Any) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QColor("#808080"))
        return None
