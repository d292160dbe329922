"""Printing certificates and plaques through Qt: the print dialog with print preview.

Pages are painted from the same layouts and fitted by the same rules (cjk_text) as the PDFs,
measured with Qt's font metrics, in the fonts the PDF would use.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
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

from intlbase_desk.certificates.fonts import ResolvedFonts
from intlbase_desk.certificates.layouts import Layout
from intlbase_desk.certificates.pdf import Images, PageData, seal_box_mm
from intlbase_desk.text import cjk as cjk_text

POINTS_PER_MM = 72 / 25.4


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


def paint(
    printer: QPrinter,
    layout: Layout,
    fonts: ResolvedFonts,
    pages: list[PageData],
    images: Images | None = None,
) -> None:
    painter = QPainter(printer)
    try:
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            _paint_page(painter, printer, layout, fonts, page, images)
    finally:
        painter.end()


def preview(
    layout: Layout,
    fonts: ResolvedFonts,
    page: PageData,
    dpi: int = 60,
    images: Images | None = None,
) -> QImage:
    """A page as an image, drawn by the same code as the printed page."""
    width = round(layout.width_mm / 25.4 * dpi)
    height = round(layout.height_mm / 25.4 * dpi)
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
        _paint_page(painter, image, layout, fonts, page, images)
    finally:
        painter.end()
    return image


def _paint_page(
    painter: QPainter,
    device: QPaintDevice,
    layout: Layout,
    fonts: ResolvedFonts,
    page: PageData,
    images: Images | None = None,
) -> None:
    # Positions in device pixels; fonts in points, which the device turns into its own pixels.
    # Fitting works in points, as the PDF renderer does, with the device's own font metrics.
    unit = device.logicalDpiY() / 72  # device pixels per point
    mm = POINTS_PER_MM * unit
    if images is not None and images.background is not None:
        painter.drawImage(
            QRectF(0, 0, layout.width_mm * mm, layout.height_mm * mm),
            QImage(str(images.background)),
        )
    _paint_text(painter, device, layout, fonts, page, unit)
    if images is not None and images.seal is not None:
        left, top, size = seal_box_mm(layout)
        painter.drawImage(
            QRectF(left * mm, top * mm, size * mm, size * mm), QImage(str(images.seal))
        )


def _paint_text(
    painter: QPainter,
    device: QPaintDevice,
    layout: Layout,
    fonts: ResolvedFonts,
    page: PageData,
    unit: float,
) -> None:
    for block in layout.blocks:
        family = _family(str(fonts.roles[block.font].path))
        text = block.text.format(**page.values)

        def measure(s: str, size: float, family: str = family) -> float:
            font = QFont(family)
            font.setPointSizeF(size)
            return QFontMetricsF(font, device).horizontalAdvance(s) / unit

        width_pt = block.width_mm * POINTS_PER_MM
        height_pt = block.height_mm * POINTS_PER_MM
        fitted = cjk_text.fit(text, width_pt, height_pt, block.size_pt, block.min_size_pt, measure)
        font = QFont(family)
        font.setPointSizeF(fitted.size)
        painter.setFont(font)
        painter.setPen(QColor(block.color))
        left = block.x_mm * POINTS_PER_MM * unit
        top = (block.y_mm * POINTS_PER_MM + (height_pt - fitted.height) / 2) * unit
        align = {
            "left": Qt.AlignmentFlag.AlignLeft,
            "right": Qt.AlignmentFlag.AlignRight,
            "center": Qt.AlignmentFlag.AlignHCenter,
        }[block.align]
        for index, line in enumerate(fitted.lines):
            line_box = QRectF(
                QPointF(left, top + index * fitted.leading * unit),
                QSizeF(width_pt * unit, fitted.leading * unit),
            )
            painter.drawText(line_box, int(align | Qt.AlignmentFlag.AlignVCenter), line)
