"""What an empty collection shows instead of an empty table: the first things to do.

Each step is an action of the window (the same as in the menus), with a line saying when to
choose it; the capability that owns the action adds the step, so the page knows none of them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget


class FirstSteps(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_steps")
        heading = QLabel(title)
        heading.setObjectName("first_steps_title")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.steps = QVBoxLayout()
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(self.steps)
        column.addStretch(2)
        holder = QWidget()
        holder.setMaximumWidth(640)
        holder.setLayout(column)
        outer = QVBoxLayout(self)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        self.buttons: list[QCommandLinkButton] = []

    def add_step(self, action: QAction, hint: str) -> QCommandLinkButton:
        """A large button that triggers ``action``, enabled as the action is."""
        button = QCommandLinkButton(action.text().replace("&", ""), hint)
        button.setObjectName(f"step_{action.objectName()}")
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        button.clicked.connect(action.trigger)
        self.steps.addWidget(button)
        self.buttons.append(button)
        return button
