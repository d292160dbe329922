"""Message boxes, behind functions tests can replace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def warn(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("messages", "Cannot do that"), text)


def info(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("messages", "Information"), text)


def confirm(parent: QWidget | None, text: str) -> bool:
    title = QCoreApplication.translate("messages", "Please confirm")
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes
