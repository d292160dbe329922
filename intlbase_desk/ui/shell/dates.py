"""Dates between Qt widgets and the core; today is the core's (``clock.today``), not Qt's."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from intlbase_desk.infra import clock


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def today() -> QDate:
    return to_qdate(clock.today())
