"""Who is working: recorded with every change."""

from __future__ import annotations

import getpass
import os


def current_actor() -> str:
    """The signed-in OS user; ROADMAP 9 replaces this with the app's own sign-in."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USERNAME") or "unknown"
