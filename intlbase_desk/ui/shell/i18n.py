"""Qt Linguist translations: ours (resources/i18n) and Qt's own for standard buttons."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from intlbase_desk.infra.assets import resource_path

log = logging.getLogger(__name__)
SOURCE_LANGUAGE = "en"


def install(app: QApplication, lang: str) -> list[QTranslator]:
    """Installs the translators of ``lang`` (zh_CN or en); they are children of ``app``."""
    if lang == SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(lang))
    installed: list[QTranslator] = []
    candidates = [
        (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"intlbase_desk_{lang}", str(resource_path("i18n"))),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return installed
