"""Breaking and fitting Chinese text in a box, as printers expect it.

No line starts with closing punctuation (，。；：！？》”’… and their kin: reportlab's own rules
miss several), none ends with an opening one; a text too long for its box first shrinks, down
to the block's smallest size, then wraps, and is never cut or let overflow.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass

NO_LINE_START = set("，。、；：！？）》〉」』】〕”’…—·,.;:!?)]}%‰")
NO_LINE_END = set("（《〈「『【〔“‘([{")
Measure = Callable[[str, float], float]  # (text, size) → width in points


# One width table per measuring function, for as long as the function lives: a batch of a
# thousand certificates measures each character of a font once, not once per block.
_WIDTHS: weakref.WeakKeyDictionary[Measure, Callable[[str], float]] = weakref.WeakKeyDictionary()


def _unit_widths(measure: Measure) -> Callable[[str], float]:
    # TrueType advances add up, so a text's width is the sum of its characters' widths at 1 pt.
    found = _WIDTHS.get(measure)
    if found is not None:
        return found
    cache: dict[str, float] = {}

    def width(ch: str) -> float:
        known = cache.get(ch)
        if known is None:
            known = cache[ch] = measure(ch, 1.0)
        return known

    _WIDTHS[measure] = width
    return width


def wrap(text: str, width: float, size: float, measure: Measure) -> list[str]:
    return _wrap(text, width / size, _unit_widths(measure))


def _wrap(text: str, limit: float, unit: Callable[[str], float]) -> list[str]:
    """Lines of at most ``limit`` units (width at 1 pt), keeping the punctuation rules."""
    lines: list[str] = []
    current = ""
    used = 0.0
    for ch in text:
        if ch == "\n":
            lines.append(current)
            current, used = "", 0.0
            continue
        w = unit(ch)
        if current and used + w > limit:
            if ch in NO_LINE_START:
                # Carry the last character down with the punctuation (kinsoku oikomi), and the
                # opening marks before it, which may not end the line either.
                split = len(current) - 1
                while split > 0 and current[split - 1] in NO_LINE_END:
                    split -= 1
                if split > 0:
                    lines.append(current[:split])
                    current = current[split:] + ch
                else:  # nothing may break here: the line runs on
                    current += ch
            else:
                while current and current[-1] in NO_LINE_END and len(current) > 1:
                    ch = current[-1] + ch
                    current = current[:-1]
                lines.append(current)
                current = ch
            used = sum(map(unit, current))
        else:
            current += ch
            used += w
    if current or not lines:
        lines.append(current)
    return lines


@dataclass(frozen=True)
class Fitted:
    lines: list[str]
    size: float
    leading: float

    @property
    def height(self) -> float:
        return self.leading * len(self.lines)


def fit(
    text: str,
    width: float,
    height: float,
    size: float,
    min_size: float,
    measure: Measure,
    leading_ratio: float = 1.3,
) -> Fitted:
    """The largest size ≤ ``size`` at which ``text`` fits; on one line if it can at all."""
    unit = _unit_widths(measure)
    total = sum(map(unit, text))
    # First choice: one line, as large as the width and the height allow.
    one_line = min(size, width / total if total else size, height / leading_ratio)
    if one_line >= min_size:
        return Fitted([text], one_line, one_line * leading_ratio)
    current = size
    step = 0.5
    while current >= min_size:
        lines = _wrap(text, width / current, unit)
        if current * leading_ratio * len(lines) <= height + 0.01:
            return Fitted(lines, current, current * leading_ratio)
        current -= step
    lines = _wrap(text, width / min_size, unit)
    # Even the smallest size needs more lines than the box holds: tighten the leading so that
    # nothing is cut; the text stays legible at min_size.
    return Fitted(lines, min_size, min(min_size * leading_ratio, height / max(1, len(lines))))
