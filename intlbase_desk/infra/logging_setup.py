"""A rotating UTF-8 log in the platform's log folder, for the officer's support requests."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from intlbase_desk.infra import paths

LOG_NAME = "intlbase-desk.log"


def configure(level: int = logging.INFO) -> Path:
    path = paths.log_dir() / LOG_NAME
    root = logging.getLogger()
    ours = [h for h in root.handlers if getattr(h, "_intlbase", False)]
    if any(getattr(h, "baseFilename", None) == str(path) for h in ours):
        return path
    for old in ours:  # the data folder moved (tests, a portable install): one log at a time
        root.removeHandler(old)
        old.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    handler._intlbase = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
