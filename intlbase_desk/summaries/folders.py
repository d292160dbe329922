"""The files an import takes: each file given, and a folder's spreadsheets (what a unit sends
back in one go, or a drop of many files on the window)."""

from __future__ import annotations

from pathlib import Path

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def spreadsheets_in(given: list[Path]) -> list[Path]:
    """Files as given; a folder gives its spreadsheets (Office's lock files left out)."""
    found: list[Path] = []
    for path in given:
        if path.is_dir():
            found += sorted(
                p
                for p in path.iterdir()
                if p.suffix.lower() in SPREADSHEET_SUFFIXES and not p.name.startswith("~$")
            )
        else:
            found.append(path)
    return found
