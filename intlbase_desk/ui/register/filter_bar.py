"""The register's search and filters: text, type, district, field, status, year, past validity,
archived."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from intlbase_desk import register
from intlbase_desk.workspace import Workspace


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        profile = ws.profile
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search name, host organisation, credit code or pinyin initials (Ctrl+F)")
        )
        self.base_type = self._combo(
            "type", self.tr("All types"), [(t.id, t.name) for t in profile.base_types]
        )
        self.status = self._combo(
            "status", self.tr("All statuses"), [(s.id, s.name) for s in profile.lifecycle.states]
        )
        self.district = self._combo("district", self.tr("All districts"), [])
        self.field = self._combo("field", self.tr("All fields"), [])
        self.year = self._combo("year", self.tr("All years"), [])
        self.archived = QCheckBox(self.tr("Archived"))
        self.archived.setObjectName("archived")
        self.archived.toggled.connect(self.changed)
        self.expired = QCheckBox(self.tr("Past validity"))
        self.expired.setObjectName("expired")
        self.expired.setToolTip(self.tr("Bases whose validity has ended (due for evaluation)"))
        self.expired.toggled.connect(self.changed)
        self.search.textChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for combo in (self.base_type, self.district, self.field, self.status, self.year):
            layout.addWidget(combo, 1)
        layout.addWidget(self.expired)
        layout.addWidget(self.archived)
        self._profile_values = {"district": profile.districts, "field": profile.fields.values}

    def _combo(self, name: str, everything: str, items: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for value, shown in items:
            combo.addItem(shown, value)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def fill_values(self, ws: Workspace) -> None:
        """District, field and year lists: the profile's and what the register holds."""
        with ws.db.reading() as conn:
            present = {k: register.register_values(conn, k) for k in ("district", "field", "year")}
        for key, combo in (("district", self.district), ("field", self.field)):
            values = list(dict.fromkeys([*self._profile_values[key], *present[key]]))
            self._refill(combo, [(v, v) for v in values])
        self._refill(self.year, [(y, str(y)) for y in reversed(present["year"])])

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[Any, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value, shown in items:
            combo.addItem(shown, value)
        found = combo.findData(current)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def value(self) -> register.BaseFilter:
        return register.BaseFilter(
            text=self.search.text(),
            base_type=self.base_type.currentData(),
            district=self.district.currentData(),
            field=self.field.currentData(),
            status=self.status.currentData(),
            year=self.year.currentData(),
            archived=self.archived.isChecked(),
            expired=self.expired.isChecked(),
        )
