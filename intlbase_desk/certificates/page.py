"""A certificate or plaque page, laid out once: what each block says, at which size, on which
lines, where. The PDF writer and the printer both draw this geometry; neither fits on its own.

Sizes and positions are in points from the page's top left. Fitting measures with the font's
own TrueType advances (what the PDF embeds): a text first shrinks, down to its block's smallest
size, then wraps by the Chinese rules of text/cjk, and is never cut.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intlbase_desk.certificates.fonts import ResolvedFonts
from intlbase_desk.certificates.layouts import Layout
from intlbase_desk.infra import clock
from intlbase_desk.text import cjk, official_date

MM = 72 / 25.4  # points per millimetre


@dataclass(frozen=True)
class PageData:
    values: dict[str, str]  # placeholder → text


@dataclass(frozen=True)
class Images:
    """A layout's images, found on disk: drawn under (background) and over (seal) the text."""

    background: Path | None = None
    seal: Path | None = None


@dataclass(frozen=True)
class PlacedText:
    font_role: str
    size: float
    color: str
    align: str  # left | center | right
    left: float
    width: float
    lines: tuple[str, ...]
    first_baseline: float
    leading: float

    def baselines(self) -> list[float]:
        return [self.first_baseline + i * self.leading for i in range(len(self.lines))]


@dataclass(frozen=True)
class PageGeometry:
    width: float
    height: float
    texts: tuple[PlacedText, ...]
    background: Path | None
    seal: tuple[Path, float, float, float] | None  # image, left, top, size


def page_values(
    base: Any, org: Any, profile: Any, number: str, dated: dt.date | None = None
) -> PageData:
    """What a base's page says. It is dated ``dated`` (a date the officer sets for a batch), or
    else the day the base was recognised; today only for a base with neither."""
    type_name = next((t.name for t in profile.base_types if t.id == base.base_type), base.base_type)
    day = dated or base.recognized_on or clock.today()
    return PageData(
        {
            "org_name": org.name,
            "base_name": base.name,
            "base_type": type_name,
            "year": str(base.recognized_year or day.year),
            "cert_no": number,
            "authority": profile.authority,
            "date_cn": official_date.official(day),
            "title_name": profile.title_name,
            "batch": base.batch or "",
            "valid_until_cn": official_date.official(base.valid_until) if base.valid_until else "",
        }
    )


@functools.cache
def _char_width(font: str, ch: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(ch, font, 1.0)


@functools.cache
def measure_for(font: str) -> cjk.Measure:
    """Text width in a registered font: TrueType advances add up, so characters are measured
    once."""

    widths: dict[str, float] = {}

    def unit(ch: str) -> float:
        found = widths.get(ch)
        if found is None:
            found = widths[ch] = _char_width(font, ch)
        return found

    def measure(text: str, size: float) -> float:
        return size * sum(map(unit, text))

    return measure


def lay_out(
    layout: Layout, fonts: ResolvedFonts, data: PageData, images: Images | None = None
) -> PageGeometry:
    values = data.values
    if layout.numerals == "chinese":  # official documents write the year 二〇二五
        values = {**values, "year": official_date.year(int(values["year"]))}
    texts = []
    for block in layout.blocks:
        text = block.text.format(**values)
        width, height = block.width_mm * MM, block.height_mm * MM
        measure = measure_for(fonts.roles[block.font].name)
        fitted = cjk.fit(text, width, height, block.size_pt, block.min_size_pt, measure)
        # The lines are centred vertically in the box; 0.8 of the leading lies above a baseline.
        top = block.y_mm * MM + (height - fitted.height) / 2
        texts.append(
            PlacedText(
                font_role=block.font,
                size=fitted.size,
                color=block.color,
                align=block.align,
                left=block.x_mm * MM,
                width=width,
                lines=tuple(fitted.lines),
                first_baseline=top + fitted.leading * 0.8,
                leading=fitted.leading,
            )
        )
    seal = None
    if images is not None and images.seal is not None:
        seal = (images.seal, layout.seal_x_mm * MM, layout.seal_y_mm * MM, layout.seal_size_mm * MM)
    return PageGeometry(
        layout.width_mm * MM,
        layout.height_mm * MM,
        tuple(texts),
        images.background if images is not None else None,
        seal,
    )
