"""The bundled Chinese font, registered with reportlab once: a list or a notice printed from
the app must look the same on every desk, whatever fonts the desk has."""

from __future__ import annotations

import functools

from intlbase_desk.infra.assets import resource_path

FONT = "LXGWWenKai"
# Figures in tables: the bundled font's digits are handwritten (its 9 reads as q in a column of
# scores). Helvetica is one of the PDF standard fonts every reader has, so nothing is embedded.
NUMBER_FONT = "Helvetica"


@functools.cache
def bundled_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "LXGWWenKai-Regular.ttf"))))
    return FONT
