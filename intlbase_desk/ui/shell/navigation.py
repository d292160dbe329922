"""The side bar of sections (首页, 基地名录, 依托单位, 申报, 评估, 年度总结, 统计 as they come) and
the page of the chosen one. A section's page is built the first time it is shown; its toolbar
actions are the toolbar's while it is shown, so they always act on what the officer sees."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QToolBar,
    QWidget,
)


@dataclass
class _Section:
    key: str
    title: str
    build: Callable[[], QWidget]
    toolbar: list[QAction]
    page: QWidget | None = field(default=None)


class Navigation(QWidget):
    section_changed = Signal(str)  # the key of the section now shown

    def __init__(self, toolbar: QToolBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._toolbar = toolbar
        self._sections: list[_Section] = []
        self.bar = QListWidget()
        self.bar.setObjectName("sections")
        self.bar.setFixedWidth(132)
        self.bar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bar.setStyleSheet("QListWidget::item { padding: 8px 10px; }")
        self.stack = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        self.bar.currentRowChanged.connect(self._show)

    def add_section(
        self, key: str, title: str, build: Callable[[], QWidget], toolbar: list[QAction]
    ) -> None:
        self._sections.append(_Section(key, title, build, toolbar))
        self.stack.addWidget(QWidget())  # stands in for the page until it is first shown
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.bar.addItem(item)
        if self.bar.count() == 1:
            self.bar.setCurrentRow(0)

    def set_toolbar(self, key: str, actions: list[QAction]) -> None:
        """A section's toolbar, once its page exists (its actions may belong to the page)."""
        row = next(i for i, s in enumerate(self._sections) if s.key == key)
        self._sections[row].toolbar = actions
        if self.bar.currentRow() == row:
            self._show_toolbar(actions)

    @property
    def current_key(self) -> str | None:
        row = self.bar.currentRow()
        return self._sections[row].key if 0 <= row < len(self._sections) else None

    def show_section(self, key: str) -> QWidget:
        row = next(i for i, s in enumerate(self._sections) if s.key == key)
        self.bar.setCurrentRow(row)
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The section's page, built now if it never was."""
        row = next(i for i, s in enumerate(self._sections) if s.key == key)
        section = self._sections[row]
        if section.page is None:
            section.page = section.build()
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, section.page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        return section.page

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._sections):
            return
        section = self._sections[row]
        page = self.page(section.key)
        self.stack.setCurrentWidget(page)
        self._show_toolbar(section.toolbar)
        self.section_changed.emit(section.key)

    def _show_toolbar(self, actions: list[QAction]) -> None:
        # QToolBar.clear() deletes the actions it holds: they belong to their sections.
        for action in self._toolbar.actions():
            self._toolbar.removeAction(action)
        self._toolbar.addActions(actions)
