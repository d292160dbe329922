"""Which days are working days. A weekday is one unless it is a public holiday; a weekend day
is not unless it is an adjusted working day (调休上班). Each year's exceptions come from the
office's own entry of the State Council's notice when there is one, else from the bundled
calendar (the ``chinesecalendar`` package, which knows the years up to its release). A date in
a year neither knows is refused: guessing a holiday would shift a legal period.

"N working days from D" (公示不少于 5 个工作日, CQ-11): day 1 is D when D is a working day,
otherwise the next working day; the period ends at the close of the Nth working day.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from sqlmodel import select

from intlbase_desk.infra.errors import UserError
from intlbase_desk.models import CalendarDay, CalendarYear
from intlbase_desk.workspace import Workspace

KINDS = {"holiday": "放假", "workday": "调休上班"}
WEEKDAYS = "一二三四五六日"
BUNDLED = "内置日历（chinesecalendar {version}，据国务院办公厅历年通知）"


class YearNotCovered(UserError):
    pass


@dataclass(frozen=True)
class SpecialDay:
    day: dt.date
    kind: str  # a key of KINDS
    name: str


@dataclass(frozen=True)
class YearTable:
    year: int
    days: tuple[SpecialDay, ...]
    source: str
    entered_by: str  # "" for the bundled calendar
    entered_at: dt.datetime | None = None

    @property
    def bundled(self) -> bool:
        return not self.entered_by


def weekday_name(day: dt.date) -> str:
    return f"周{WEEKDAYS[day.weekday()]}"


@functools.cache
def _bundled() -> tuple[dict[int, YearTable], str]:
    import chinese_calendar
    from chinese_calendar import constants

    chinese = {h.value: h.chinese for h in constants.Holiday}
    days: dict[int, list[SpecialDay]] = {}
    for kind, table in (("holiday", constants.holidays), ("workday", constants.workdays)):
        for day, name in table.items():
            days.setdefault(day.year, []).append(SpecialDay(day, kind, chinese.get(name, name)))
    source = BUNDLED.format(version=getattr(chinese_calendar, "__version__", ""))
    years = set(range(min(days), max(days) + 1))
    tables = {
        y: YearTable(y, tuple(sorted(days.get(y, []), key=lambda d: d.day)), source, "")
        for y in years
    }
    return tables, source


def bundled_years() -> list[int]:
    return sorted(_bundled()[0])


class Calendar:
    """The working days as known at one moment: the office's years over the bundled ones."""

    def __init__(self, entered: dict[int, YearTable]) -> None:
        self.entered = entered
        self._special: dict[int, dict[dt.date, str]] = {}

    def years(self) -> list[int]:
        return sorted(set(bundled_years()) | set(self.entered))

    def table(self, year: int) -> YearTable:
        found = self.entered.get(year) or _bundled()[0].get(year)
        if found is None:
            last = max(self.years())
            raise YearNotCovered(
                f"{year}年的节假日和调休安排还没有录入（现有日历到 {last} 年）：请在“工作日历”中"
                "按国务院办公厅的通知录入该年的安排，或导入该年的安排表"
            )
        return found

    def is_workday(self, day: dt.date) -> bool:
        special = self._special.get(day.year)
        if special is None:
            special = self._special[day.year] = {d.day: d.kind for d in self.table(day.year).days}
        kind = special.get(day)
        if kind is not None:
            return kind == "workday"
        return day.weekday() < 5

    def first_workday(self, day: dt.date) -> dt.date:
        while not self.is_workday(day):
            day += dt.timedelta(days=1)
        return day

    def period_end(self, start: dt.date, days: int) -> dt.date:
        """The last day of ``days`` working days counted from ``start`` (see the module)."""
        if days < 1:
            raise UserError("工作日天数至少为 1")
        day, counted = self.first_workday(start), 1
        while counted < days:
            day += dt.timedelta(days=1)
            if self.is_workday(day):
                counted += 1
        return day


def load_calendar(ws: Workspace) -> Calendar:
    with ws.db.transaction() as session:
        years = list(session.exec(select(CalendarYear)))
        days = list(session.exec(select(CalendarDay).order_by(CalendarDay.day)))  # type: ignore[arg-type]
    by_year: dict[int, list[SpecialDay]] = {}
    for d in days:
        by_year.setdefault(d.year, []).append(SpecialDay(d.day, d.kind, d.name))
    return Calendar(
        {
            y.year: YearTable(
                y.year, tuple(by_year.get(y.year, [])), y.source, y.entered_by, y.entered_at
            )
            for y in years
        }
    )
