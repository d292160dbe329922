"""Draws certificates and plaques to PDF with reportlab: one page per base, text fitted to its box.

A long job: ``render(…, progress, cancel)`` reports after each page and stops when cancelled,
leaving no partial file.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intlbase_desk.certificates.fonts import ResolvedFonts
from intlbase_desk.certificates.layouts import Layout
from intlbase_desk.infra.jobs import Cancelled, Progress
from intlbase_desk.text import cjk as cjk_text
from intlbase_desk.text import official_date as date_cn

MM = 72 / 25.4


@dataclass(frozen=True)
class PageData:
    values: dict[str, str]  # placeholder → text


@dataclass(frozen=True)
class Images:
    """A layout's images, found on disk: drawn under (background) and over (seal) the text."""

    background: Path | None = None
    seal: Path | None = None


def seal_box_mm(layout: Layout) -> tuple[float, float, float]:
    """(left, top, size) of the seal, in mm from the page's top left."""
    return layout.seal_x_mm, layout.seal_y_mm, layout.seal_size_mm


def page_values(base: Any, org: Any, profile: Any, number: str, issued_on: dt.date) -> PageData:
    type_name = next((t.name for t in profile.base_types if t.id == base.base_type), base.base_type)
    return PageData(
        {
            "org_name": org.name,
            "base_name": base.name,
            "base_type": type_name,
            "year": str(base.recognized_year or issued_on.year),
            "cert_no": number,
            "authority": profile.authority,
            "date_cn": date_cn.official(issued_on),
            "title_name": profile.title_name,
            "batch": base.batch or "",
            "valid_until_cn": date_cn.official(base.valid_until) if base.valid_until else "",
        }
    )


@functools.cache
def _char_width(font: str, ch: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(ch, font, 1.0)


@functools.cache
def measure_for(font: str) -> cjk_text.Measure:
    """Text width in a font: TrueType advances add up, so characters are measured once."""

    widths: dict[str, float] = {}

    def unit(ch: str) -> float:
        found = widths.get(ch)
        if found is None:
            found = widths[ch] = _char_width(font, ch)
        return found

    def measure(text: str, size: float) -> float:
        return size * sum(map(unit, text))

    return measure


def draw_page(
    canvas: Any, layout: Layout, fonts: ResolvedFonts, data: PageData, images: Images | None = None
) -> None:
    from reportlab.lib.colors import HexColor

    page_height = layout.height_mm * MM
    if images is not None and images.background is not None:
        canvas.drawImage(
            str(images.background), 0, 0, layout.width_mm * MM, page_height, mask="auto"
        )
    for block in layout.blocks:
        font = fonts.roles[block.font].name
        text = block.text.format(**data.values)
        measure = measure_for(font)

        width, height = block.width_mm * MM, block.height_mm * MM
        fitted = cjk_text.fit(text, width, height, block.size_pt, block.min_size_pt, measure)
        canvas.setFont(font, fitted.size)
        canvas.setFillColor(HexColor(block.color))
        top = page_height - block.y_mm * MM
        # Centre the lines vertically in the box.
        first_baseline = top - (height - fitted.height) / 2 - fitted.leading * 0.8
        left = block.x_mm * MM
        for index, line in enumerate(fitted.lines):
            y = first_baseline - index * fitted.leading
            if block.align == "left":
                canvas.drawString(left, y, line)
            elif block.align == "right":
                canvas.drawRightString(left + width, y, line)
            else:
                canvas.drawCentredString(left + width / 2, y, line)

    if images is not None and images.seal is not None:
        left, top, size = seal_box_mm(layout)
        canvas.drawImage(
            str(images.seal),
            left * MM,
            page_height - (top + size) * MM,
            size * MM,
            size * MM,
            mask="auto",
            preserveAspectRatio=True,
        )


def render(
    path: Path,
    layout: Layout,
    fonts: ResolvedFonts,
    pages: list[PageData],
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    images: Images | None = None,
) -> int:
    from reportlab.pdfgen.canvas import Canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    # The initial font is our own: reportlab's default (Helvetica) would be referenced unembedded.
    canvas = Canvas(
        str(partial),
        pagesize=(layout.width_mm * MM, layout.height_mm * MM),
        initialFontName=fonts.roles["body"].name,
    )
    canvas.setTitle(layout.name)
    try:
        for index, page in enumerate(pages, start=1):
            if cancel is not None and cancel.is_set():
                raise Cancelled
            draw_page(canvas, layout, fonts, page, images)
            canvas.showPage()
            if progress is not None:
                progress(index / len(pages), f"{index}/{len(pages)}")
        canvas.save()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(path)
    return len(pages)
