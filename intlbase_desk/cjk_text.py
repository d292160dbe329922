"""Breaking and fitting Chinese text in a box, as printers expect it.

No line starts with closing punctuation (，。；：！？》”’… and their kin: reportlab's own rules
miss several), none ends with an opening one; a text too long for its box first shrinks, down
to the block's smallest size, then wraps, and is never cut or let overflow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

NO_LINE_START = set("，。、；：！？）》〉」』】〕”’…—·,.;:!?)]}%‰")
NO_LINE_END = set("（《〈「『【〔“‘([{")
Measure = Callable[[str, float], float]  # (text, size) → width in points


def wrap(text: str, width: float, size: float, measure: Measure) -> list[str]:
    lines: list[str] = []
    current = ""
    for ch in text:
        if ch == "\n":
            lines.append(current)
            current = ""
            continue
        if current and measure(current + ch, size) > width:
            if ch in NO_LINE_START:
                # Carry the last character down with the punctuation (kinsoku oikomi).
                carry = current[-1]
                lines.append(current[:-1])
                current = carry + ch
            else:
                while current and current[-1] in NO_LINE_END and len(current) > 1:
                    ch = current[-1] + ch
                    current = current[:-1]
                lines.append(current)
                current = ch
        else:
            current += ch
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
    step = 0.5
    current = size
    # First choice: one line, as large as possible.
    while current >= min_size:
        if measure(text, current) <= width and current * leading_ratio <= height + 0.01:
            return Fitted([text], current, current * leading_ratio)
        current -= step
    current = size
    while current >= min_size:
        lines = wrap(text, width, current, measure)
        if current * leading_ratio * len(lines) <= height + 0.01 and all(
            measure(line, current) <= width + 0.01 for line in lines
        ):
            return Fitted(lines, current, current * leading_ratio)
        current -= step
    lines = wrap(text, width, min_size, measure)
    # Even the smallest size needs more lines than the box holds: tighten the leading so that
    # nothing is cut; the text stays legible at min_size.
    return Fitted(lines, min_size, min(min_size * leading_ratio, height / max(1, len(lines))))
