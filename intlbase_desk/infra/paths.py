"""Where the app keeps its files: user data, logs, backups, user profiles, the default database."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "intlbase-desk"
APP_AUTHOR = "intlbase"
DB_ENV = "INTLBASE_DB"
# Tests and portable installs point the whole data folder elsewhere with this variable.
HOME_ENV = "INTLBASE_HOME"
DEFAULT_DB_NAME = "intlbase.sqlite3"


def data_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    path = Path(home) if home else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    path = Path(home) / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_policies_dir() -> Path:
    """Officers add a jurisdiction by dropping a profile file here."""
    path = data_dir() / "policies"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    env = os.environ.get(DB_ENV)
    return Path(env) if env else data_dir() / DEFAULT_DB_NAME
