"""The file and print dialogs the window asks through: one place, replaceable in tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(chosen) if chosen else None


def ask_folder(parent: QWidget, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title)
    return Path(chosen) if chosen else None


def ask_year(parent: QWidget, prompt: str, default: int) -> int | None:
    from PySide6.QtWidgets import QInputDialog

    year, ok = QInputDialog.getInt(parent, prompt, prompt, default, 2000, 2100)
    return year if ok else None


def run_print_preview(parent: QWidget, printer: Any, paint: Any) -> bool:
    """The print preview dialog; True once the officer has printed."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(paint)
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(chosen) if chosen else None


def ask_open_paths(parent: QWidget, title: str, filters: str) -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return [Path(c) for c in chosen]
