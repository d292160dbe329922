"""Finds the files of resources/ (policies, fonts, translations) in every layout the app runs from.

- a source tree or an editable install: ``<repo>/resources``
- an installed wheel: the package ``intlbase_desk._resources``
- a PyInstaller bundle: ``<sys._MEIPASS>/resources``
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    source = Path(__file__).resolve().parent.parent / "resources"
    if source.is_dir():
        return source
    installed = Path(__file__).resolve().parent / "_resources"
    if installed.is_dir():
        return installed
    raise FileNotFoundError("resources folder not found beside the package or in the bundle")


def resource_path(*parts: str) -> Path:
    """The path of a file under resources/, e.g. ``resource_path("fonts", "OFL.txt")``."""
    return resources_root().joinpath(*parts)
