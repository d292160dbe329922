"""A year of holidays entered by the office: each November the State Council publishes the next
year's holidays and adjusted working days, and an offline desk types them in or imports a small
sheet (日期, 类型 放假/调休上班, 名称) through the one spreadsheet engine. A year entered replaces
that year of the bundled calendar whole; each entry is one transaction with its audit entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import delete, select

from intlbase_desk import sheets
from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.models import CalendarDay, CalendarYear
from intlbase_desk.sheets import Field, Report, Schema, cells
from intlbase_desk.workdays.calendar import KINDS, Calendar, SpecialDay, weekday_name
from intlbase_desk.workspace import Workspace

CHANGED = Changes(calendar=True)
YEARS = range(2000, 2101)
YEAR_SHEET = Schema(
    kind="calendar",
    title="节假日安排",
    fields=(
        Field("day", "日期", ("日期（年月日）", "时间"), "date", required=True),
        Field("kind", "类型", ("安排", "放假/上班", "休/班"), "choice", required=True),
        Field("name", "名称", ("节日", "节假日", "说明", "备注")),
    ),
    natural_key=("day",),
)
_KIND_WORDS = {
    "放假": "holiday",
    "休": "holiday",
    "休息": "holiday",
    "假": "holiday",
    "节假日": "holiday",
    "调休上班": "workday",
    "上班": "workday",
    "班": "workday",
    "补班": "workday",
    "调休": "workday",
    "工作日": "workday",
}
_CHOICES = {
    "kind": sheets.Choices(
        _KIND_WORDS, "unknown_kind", lambda value: f"“{value}”不是安排类型（应为：放假、调休上班）"
    )
}


@dataclass
class CheckedYear:
    report: Report
    year: int | None = None
    days: list[SpecialDay] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # of the year as a whole

    @property
    def ok(self) -> bool:
        return not self.report.errors and not self.problems

    def as_dict(self) -> dict[str, Any]:
        data = self.report.as_dict()
        data["year"] = self.year
        data["days"] = len(self.days)
        data["problems"] = self.problems
        return data


def check_days(year: int, days: Sequence[SpecialDay]) -> list[str]:
    """What is wrong with a year's days, in the officer's words (empty: nothing)."""
    problems = []
    if year not in YEARS:
        problems.append(f"年份应在 {YEARS.start} 至 {YEARS.stop - 1} 之间")
    seen: set[dt.date] = set()
    for d in days:
        if d.day.year != year:
            problems.append(f"{d.day:%Y-%m-%d} 不在{year}年")
        if d.day in seen:
            problems.append(f"{d.day:%Y-%m-%d} 出现了两次")
        seen.add(d.day)
        if d.kind == "workday" and d.day.weekday() < 5:
            problems.append(
                f"{d.day:%Y-%m-%d}（{weekday_name(d.day)}）本来就是工作日，不必列为调休上班"
            )
    if not any(d.kind == "holiday" for d in days):
        problems.append(f"没有任何放假的日子：{year}年的安排应至少有元旦、春节、国庆等假日")
    return problems


def typed_days(
    year: int, rows: Sequence[tuple[str, str, str]]
) -> tuple[list[SpecialDay], list[str]]:
    """Rows typed in the window (日期, 类型, 名称; blank rows skipped) as days, with what is
    wrong with them or with the year."""
    days, problems = [], []
    for number, (day, kind, name) in enumerate(rows, start=1):
        if not day.strip() and not kind.strip() and not name.strip():
            continue
        try:
            when = cells.date(day)
        except cells.CellError as exc:
            problems.append(f"第 {number} 行：{exc.message}")
            continue
        chosen = _KIND_WORDS.get(kind.strip())
        if chosen is None:
            problems.append(f"第 {number} 行：“{kind}”不是安排类型（应为：放假、调休上班）")
            continue
        days.append(SpecialDay(when, chosen, name.strip()))
    if not problems:
        problems = check_days(year, days)
    return sorted(days, key=lambda d: d.day), problems


def check_year_file(path: Path, year: int | None = None) -> CheckedYear:
    report = sheets.check(sheets.read(path), YEAR_SHEET, choices=_CHOICES)
    checked = CheckedYear(report)
    days = [
        SpecialDay(r.values["day"], r.values["kind"], r.values.get("name") or "")
        for r in report.accepted
    ]
    years = sorted({d.day.year for d in days})
    checked.year = year if year is not None else (years[0] if len(years) == 1 else None)
    if checked.year is None:
        shown = "、".join(str(y) for y in years) or "（无）"
        checked.problems.append(f"表中的日期分属 {shown} 年：一次导入一年，或指定年份")
        return checked
    checked.problems += check_days(checked.year, days)
    checked.days = sorted(days, key=lambda d: d.day)
    return checked


def set_year(ws: Workspace, year: int, days: Sequence[SpecialDay], source: str) -> Changes:
    """The office's entry for ``year``, replacing what was there (its own or the bundled)."""
    problems = check_days(year, days)
    if problems:
        raise UserError("；".join(problems[:5]))
    source = source.strip() or "本处录入"
    with ws.db.transaction() as session:
        before_year = session.get(CalendarYear, year)
        before = None
        if before_year is not None:
            old = session.exec(_days_of(year)).all()
            before = {"source": before_year.source, "days": [_day_json(d) for d in old]}
            session.exec(delete(CalendarDay).where(CalendarDay.year == year))  # type: ignore[arg-type]
            session.delete(before_year)
            session.flush()
        session.add(
            CalendarYear(year=year, source=source, entered_by=ws.actor, entered_at=clock.now())
        )
        session.flush()
        for d in sorted(days, key=lambda d: d.day):
            session.add(CalendarDay(year=year, day=d.day, kind=d.kind, name=d.name.strip()))
        audit.record(
            session,
            actor=ws.actor,
            entity="calendar_year",
            entity_id=year,
            action="update" if before else "create",
            before=before,
            after={"source": source, "days": [_day_json(d) for d in days]},
            reason=f"录入{year}年节假日安排（{source}）",
        )
    return CHANGED


def _days_of(year: int) -> Any:
    return select(CalendarDay).where(CalendarDay.year == year).order_by(CalendarDay.day)  # type: ignore[arg-type]


def _day_json(d: CalendarDay | SpecialDay) -> list[str]:
    return [d.day.isoformat(), d.kind, d.name]


def write_year_sheet(path: Path, year: int, calendar: Calendar) -> int:
    """The year's days as the calendar has them (none for a year it lacks): the sheet the
    office corrects from the State Council's notice and imports back."""
    try:
        days = list(calendar.table(year).days)
    except UserError:
        days = []
    rows = [[d.day, KINDS[d.kind], d.name] for d in days]
    columns = (
        sheets.TableColumn("日期", "date", 14),
        sheets.TableColumn("类型", "text", 12),
        sheets.TableColumn("名称", "text", 20),
    )
    return sheets.write_table(path, columns, rows, sheet_name=f"{year}年节假日安排")
