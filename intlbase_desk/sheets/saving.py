"""Saving an openpyxl workbook so that a refusing disk is reported once, cleanly."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any


def save_workbook(wb: Any, path: Path) -> None:
    """Builds the file in memory, then writes it in one call.

    openpyxl leaves its zip open when the disk refuses a write; the zip's finaliser then fails
    again at exit and prints a traceback after the officer's message. Built in memory, the zip
    always closes, and only the final write can meet the disk.
    """
    buffer = io.BytesIO()
    wb.save(buffer)
    with path.open("wb") as stream:
        stream.write(buffer.getbuffer())
