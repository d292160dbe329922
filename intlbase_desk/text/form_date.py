"""A date typed in a form: a date as the widget gives it, or ``YYYY-MM-DD`` typed (full-width
digits and stray spaces from an input method accepted)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from intlbase_desk.text.width import half_width


def form_date(value: Any, label: str) -> tuple[dt.date | None, str | None]:
    """The date, or None with the reason in Chinese; a blank is no date and no error."""
    if value in (None, ""):
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    try:
        return dt.date.fromisoformat("".join(half_width(str(value)).split())), None
    except ValueError:
        return None, f"{label}格式应为 YYYY-MM-DD"
