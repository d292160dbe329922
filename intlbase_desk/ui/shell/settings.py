"""Window state and preferences, in an INI file in the user data folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from intlbase_desk.infra import paths


def settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
