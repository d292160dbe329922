"""Dates as official documents write them: 二〇二五年三月十八日."""

from __future__ import annotations

import datetime as dt

_DIGITS = "〇一二三四五六七八九"


def _number(n: int) -> str:
    """1–31 in words: 三, 十, 十八, 二十, 三十一."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    head = "十" if tens == 1 else _DIGITS[tens] + "十"
    return head + (_DIGITS[ones] if ones else "")


def year(value: int) -> str:
    """2025 → 二〇二五: a year is read digit by digit."""
    return "".join(_DIGITS[int(d)] for d in str(value))


def official(day: dt.date) -> str:
    return f"{year(day.year)}年{_number(day.month)}月{_number(day.day)}日"
