"""Printing certificates and plaques through Qt: the print dialog with print preview.

Qt draws the pages the core laid out (certificates/page.py): the same lines at the same sizes
and baselines as the PDF, in the same font files; nothing is fitted again here.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
)
from PySide6.QtPrintSupport import QPrinter

from intlbase_desk.certificates import Layout, PageGeometry, ResolvedFonts


@cache
def _family(path: str) -> str:
    font_id = QFontDatabase.addApplicationFont(path)
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else QFont().family()


def setup(printer: QPrinter, layout: Layout) -> None:
    size = QPageSize(
        QSizeF(layout.width_mm, layout.height_mm),
        QPageSize.Unit.Millimeter,
        layout.name,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    # The page size is given as drawn (width × height): portrait, or Qt would swap it again.
    printer.setPageLayout(
        QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    printer.setFullPage(True)
    printer.setDocName(layout.name)


def paint(printer: QPrinter, fonts: ResolvedFonts, pages: Sequence[PageGeometry]) -> None:
    painter = QPainter(printer)
    try:
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            _paint_page(painter, printer, fonts, page)
    finally:
        painter.end()


def preview(fonts: ResolvedFonts, page: PageGeometry, dpi: int = 60) -> QImage:
    """A page as an image, drawn by the same code as the printed page."""
    width = round(page.width / 72 * dpi)
    height = round(page.height / 72 * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#cccccc"))
        painter.drawRect(0, 0, width - 1, height - 1)
        _paint_page(painter, image, fonts, page)
    finally:
        painter.end()
    return image


def _paint_page(
    painter: QPainter, device: QPaintDevice, fonts: ResolvedFonts, page: PageGeometry
) -> None:
    # The geometry is in points; the device has its own pixels, and fonts in points become them.
    unit = device.logicalDpiY() / 72
    if page.background is not None:
        painter.drawImage(
            QRectF(0, 0, page.width * unit, page.height * unit), QImage(str(page.background))
        )
    for placed in page.texts:
        font = QFont(_family(str(fonts.roles[placed.font_role].path)))
        font.setPointSizeF(placed.size)
        painter.setFont(font)
        painter.setPen(QColor(placed.color))
        metrics = QFontMetricsF(font, device)
        for line, baseline in zip(placed.lines, placed.baselines(), strict=True):
            left, width = placed.left * unit, placed.width * unit
            drawn = metrics.horizontalAdvance(line)
            x = {"left": left, "right": left + width - drawn}.get(
                placed.align, left + (width - drawn) / 2
            )
            painter.drawText(QPointF(x, baseline * unit), line)
    if page.seal is not None:
        image, left, top, size = page.seal
        painter.drawImage(
            QRectF(left * unit, top * unit, size * unit, size * unit), QImage(str(image))
        )
