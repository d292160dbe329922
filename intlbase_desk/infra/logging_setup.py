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
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(level)
    return path
