"""A section page's actions: named (tests and the toolbar find them by name), each calling a
method of the page with no arguments, whatever the triggered signal carries."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def page_action(page: QWidget, name: str, text: str, slot: Callable[[], object]) -> QAction:
    action = QAction(text, page)
    action.setObjectName(name)
    action.triggered.connect(lambda *_: slot())
    return action
