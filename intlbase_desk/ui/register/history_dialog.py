"""A record's history: every change by anyone, with who, when, before and after."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk.infra import audit, clock
from intlbase_desk.register import BASE_LABELS, ORG_LABELS
from intlbase_desk.workspace import Workspace

_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("HistoryDialog", "Created"),
    "update": QT_TRANSLATE_NOOP("HistoryDialog", "Edited"),
    "status": QT_TRANSLATE_NOOP("HistoryDialog", "Status changed"),
    "archive": QT_TRANSLATE_NOOP("HistoryDialog", "Archived"),
    "restore": QT_TRANSLATE_NOOP("HistoryDialog", "Restored"),
}


class HistoryDialog(QDialog):
    def __init__(
        self,
        ws: Workspace,
        entity: str,
        entity_id: int,
        title: str,
        parent: QWidget | None = None,
        *,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        """``labels``: what the record's fields are called (a base's or an organisation's by
        default)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: %1").replace("%1", title))
        self.resize(900, 480)
        profile = ws.profile
        if labels is None:
            labels = BASE_LABELS if entity == "base" else ORG_LABELS
        self._states = {s.id: s.name for s in profile.lifecycle.states}
        self._types = {t.id: t.name for t in profile.base_types}
        with ws.db.transaction() as session:
            entries = audit.history(session, entity, entity_id)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
                self.tr("Reason / rule"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for entry in entries:
            changes = audit.changes(entry) if entry.action != "create" else []
            if entry.action == "create":
                after = json.loads(entry.after_json) if entry.after_json else {}
                changes = [
                    audit.FieldChange(k, None, v)
                    for k, v in after.items()
                    if v not in (None, "", False)
                ]
            for i, change in enumerate(changes or [None]):
                self._add_row(entry, change, labels, first=i == 0)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _add_row(
        self, entry: Any, change: audit.FieldChange | None, labels: Mapping[str, str], first: bool
    ) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        action = QCoreApplication.translate(
            "HistoryDialog", _ACTIONS.get(entry.action, entry.action)
        )
        cells = [
            clock.local_text(entry.at) if first else "",
            entry.actor if first else "",
            action if first else "",
            labels.get(change.field, change.field) if change else "",
            self._shown(change.field, change.before) if change else "",
            self._shown(change.field, change.after) if change else "",
            entry.reason if first else "",
        ]
        for column, text in enumerate(cells):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _shown(self, key: str, value: Any) -> str:
        if value is None:
            return ""
        if key == "status":
            return self._states.get(value, str(value))
        if key == "base_type":
            return self._types.get(value, str(value))
        if isinstance(value, bool):
            return "是" if value else "否"
        if isinstance(value, list):  # entries such as an expert's past employers
            return "；".join(map(str, value))
        return str(value)
