"""Reading certificate numbers back: which year and sequence a number of the profile's pattern
holds (``京科国合〔2025〕第001号`` → 2025, 1), so that new numbers continue after the highest
one in use, whether it was issued here or came with the register an office kept in Excel."""

from __future__ import annotations

import re
import string
from functools import cache


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    parts = []
    for literal, name, _spec, _conversion in string.Formatter().parse(pattern):
        parts.append(re.escape(literal))
        if name == "year":
            parts.append(r"(?P<year>\d{4})")
        elif name == "seq":
            parts.append(r"(?P<seq>\d+)")
    return re.compile("^" + "".join(parts) + "$")


def parse_number(pattern: str, number: str) -> tuple[int, int] | None:
    """(year, seq) of a number written by ``pattern``; None for a number of another form."""
    found = _regex(pattern).match(number.strip())
    if found is None:
        return None
    return int(found["year"]), int(found["seq"])
