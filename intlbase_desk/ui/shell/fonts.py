"""Registers the bundled CJK font so Chinese renders on a machine with no Chinese fonts."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from intlbase_desk.infra.assets import resource_path

log = logging.getLogger(__name__)
BUNDLED_FONT = ("fonts", "LXGWWenKai-Regular.ttf")


def install(app: QApplication) -> str | None:
    """Adds the bundled font as a fallback after the system's own UI font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*BUNDLED_FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.error("bundled font %s could not be loaded", resource_path(*BUNDLED_FONT))
        return None
    bundled = families[0]
    font = QFont(app.font())
    # The system's UI font first (where it has Chinese, it is what officers are used to), then
    # the bundled one for every character the system font lacks.
    font.setFamilies([app.font().family(), bundled])
    app.setFont(font)
    log.info("bundled font %s registered as fallback", bundled)
    return bundled
