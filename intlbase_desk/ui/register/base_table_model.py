"""The register of bases as a table: type and status by name, unusable titles in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from intlbase_desk import register
from intlbase_desk.infra import clock
from intlbase_desk.infra.database import Database
from intlbase_desk.policy.profile import Profile
from intlbase_desk.ui.shell.paged_model import PAGE_SIZE, IdRole, PagedTableModel

__all__ = ["PAGE_SIZE", "BaseTableModel", "IdRole"]

_UNUSABLE = QColor("#b00020")
_PAST_VALIDITY = QColor("#fff4ce")  # the window's own warning colour


class BaseTableModel(PagedTableModel[register.BaseFilter]):
    def __init__(self, db: Database, profile: Profile, parent: Any = None) -> None:
        self._type_names = {t.id: t.name for t in profile.base_types}
        self._states = {s.id: s for s in profile.lifecycle.states}
        super().__init__(db, register.BASE_QUERY, register.BaseFilter(), parent)

    def header(self, key: str) -> str:
        return register.BASE_COLUMN_LABELS[key]

    def display(self, key: str, value: Any) -> str:
        if key == "base_type" and value is not None:
            return self._type_names.get(value, value)
        if key == "status" and value is not None:
            state = self._states.get(value)
            return state.name if state else str(value)
        return super().display(key, value)

    def decoration(self, key: str, value: Any, role: int, row: Any) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            state = self._states.get(value)
            if state is not None and not state.title_usable:
                return QBrush(_UNUSABLE)
        if self.past_validity(row):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(_PAST_VALIDITY)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("BaseTableModel", "Validity ended on %1").replace(
                    "%1", row.valid_until.isoformat()
                )
        if role == Qt.ItemDataRole.ToolTipRole and key in ("name", "org_name"):
            return str(value)
        return None

    def past_validity(self, row: Any) -> bool:
        """A base holding its title whose validity has ended: due for evaluation."""
        state = self._states.get(row.status)
        usable = state is not None and state.title_usable and state.role == "active"
        return usable and row.valid_until is not None and row.valid_until < clock.today()

    def base_id(self, row: int) -> int | None:
        return self.record_id(row)
