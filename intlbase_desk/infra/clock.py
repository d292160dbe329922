"""The officers' date and time. Timestamps are stored in UTC (aware) and shown in local time.

``INTLBASE_TODAY=YYYY-MM-DD`` moves today to another date, for tests and for rehearsing a
deadline on a copy of the data: every check of the core that compares with today reads it here.
"""

from __future__ import annotations

import datetime as dt
import os

from intlbase_desk.infra.errors import UserError

TODAY_ENV = "INTLBASE_TODAY"


def today() -> dt.date:
    forced = os.environ.get(TODAY_ENV, "").strip()
    if not forced:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(forced)
    except ValueError:
        raise UserError(
            f"环境变量 {TODAY_ENV} 的值“{forced}”不是日期，应写成 YYYY-MM-DD（例如 2026-03-31）"
        ) from None


def local_now() -> dt.datetime:
    """Local wall-clock time (on the moved date, if today is moved), for file names."""
    moment = dt.datetime.now().replace(microsecond=0)
    if not os.environ.get(TODAY_ENV, "").strip():
        return moment  # one reading of the clock: no day boundary between date and time
    return dt.datetime.combine(today(), moment.time())


def now() -> dt.datetime:
    """An aware UTC timestamp of this moment (on the moved date, if today is moved)."""
    return local_now().astimezone(dt.UTC)


def local_text(moment: dt.datetime) -> str:
    """How a stored timestamp is shown to the officer: local time, to the second."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")
