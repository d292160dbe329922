"""Draws laid-out certificate and plaque pages (certificates/page.py) to PDF with reportlab.

A long job: ``render(…, progress, cancel)`` reports after each page and stops when cancelled;
the file replaces its target only once complete.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from intlbase_desk.certificates.fonts import ResolvedFonts
from intlbase_desk.certificates.page import PageGeometry
from intlbase_desk.infra import files
from intlbase_desk.infra.jobs import Cancelled, Progress


def draw_page(canvas: Any, page: PageGeometry, fonts: ResolvedFonts) -> None:
    from reportlab.lib.colors import HexColor

    height = page.height  # reportlab measures up from the bottom, the geometry down from the top
    if page.background is not None:
        canvas.drawImage(str(page.background), 0, 0, page.width, height, mask="auto")
    for placed in page.texts:
        canvas.setFont(fonts.roles[placed.font_role].name, placed.size)
        canvas.setFillColor(HexColor(placed.color))
        for line, baseline in zip(placed.lines, placed.baselines(), strict=True):
            y = height - baseline
            if placed.align == "left":
                canvas.drawString(placed.left, y, line)
            elif placed.align == "right":
                canvas.drawRightString(placed.left + placed.width, y, line)
            else:
                canvas.drawCentredString(placed.left + placed.width / 2, y, line)
    if page.seal is not None:
        image, left, top, size = page.seal
        canvas.drawImage(
            str(image), left, height - top - size, size, size, mask="auto", preserveAspectRatio=True
        )


def render(
    path: Path,
    title: str,
    fonts: ResolvedFonts,
    pages: Sequence[PageGeometry],
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    from reportlab.pdfgen.canvas import Canvas

    if not pages:
        return 0
    with files.replacing(path) as partial:
        # The initial font is our own: reportlab's default (Helvetica) would be referenced
        # unembedded.
        canvas = Canvas(
            str(partial),
            pagesize=(pages[0].width, pages[0].height),
            initialFontName=fonts.roles["body"].name,
        )
        canvas.setTitle(title)
        for index, page in enumerate(pages, start=1):
            if cancel is not None and cancel.is_set():
                raise Cancelled
            draw_page(canvas, page, fonts)
            canvas.showPage()
            if progress is not None:
                progress(index / len(pages), f"{index}/{len(pages)}")
        canvas.save()
    return len(pages)
