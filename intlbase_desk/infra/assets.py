"""Finds the files of resources/ (policies, fonts, translations) in every layout the app runs from.

- a source tree or an editable install: ``<repo>/resources``
- an installed wheel: the package ``intlbase_desk._resources``
- a PyInstaller bundle: ``<sys._MEIPASS>/resources``
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


def locate(package_dir: Path, frozen_dir: str | None) -> Path:
    """The resources folder for a package at ``package_dir`` (``frozen_dir``: PyInstaller's)."""
    if frozen_dir:
        return Path(frozen_dir) / "resources"
    source = package_dir.parent / "resources"
    if source.is_dir():
        return source
    installed = package_dir / "_resources"
    if installed.is_dir():
        return installed
    raise FileNotFoundError(f"no resources folder beside {package_dir} or in it")


@cache
def resources_root() -> Path:
    return locate(Path(__file__).resolve().parent.parent, getattr(sys, "_MEIPASS", None))


def resource_path(*parts: str) -> Path:
    """The path of a file under resources/, e.g. ``resource_path("fonts", "OFL.txt")``."""
    return resources_root().joinpath(*parts)
