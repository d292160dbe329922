"""The organisations as a table: a ban that still runs is shown in red."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from intlbase_desk import register
from intlbase_desk.infra import clock
from intlbase_desk.infra.database import Database
from intlbase_desk.ui.shell.paged_model import PagedTableModel

_HEADERS = {
    "name": QT_TRANSLATE_NOOP("OrgTableModel", "Organisation name"),
    "uscc": QT_TRANSLATE_NOOP("OrgTableModel", "Credit code"),
    "kind": QT_TRANSLATE_NOOP("OrgTableModel", "Kind"),
    "district": QT_TRANSLATE_NOOP("OrgTableModel", "District"),
    "bases": QT_TRANSLATE_NOOP("OrgTableModel", "Bases hosted"),
    "ban_until": QT_TRANSLATE_NOOP("OrgTableModel", "Barred until"),
    "legal_rep": QT_TRANSLATE_NOOP("OrgTableModel", "Legal representative"),
    "contact_person": QT_TRANSLATE_NOOP("OrgTableModel", "Contact person"),
    "contact_phone": QT_TRANSLATE_NOOP("OrgTableModel", "Contact phone"),
}


class OrgTableModel(PagedTableModel[register.OrgFilter]):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(db, register.ORG_QUERY, register.OrgFilter(), parent)

    def header(self, key: str) -> str:
        return QCoreApplication.translate("OrgTableModel", _HEADERS[key])

    def display(self, key: str, value: Any) -> str:
        if key == "ban_until" and isinstance(value, dt.date) and value < clock.today():
            return ""  # an expired ban no longer matters to an application
        return super().display(key, value)

    def decoration(self, key: str, value: Any, role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and key == "ban_until"
            and isinstance(value, dt.date)
            and value >= clock.today()
        ):
            return QBrush(QColor("#b00020"))
        return None
