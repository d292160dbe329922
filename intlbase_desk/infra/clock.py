"""Timestamps are stored in UTC (aware) and shown in local time."""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def local_text(moment: dt.datetime) -> str:
    """How a stored timestamp is shown to the officer: local time, to the second."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")
