"""Working days (issue 11): the bundled calendar checked day by day against chinesecalendar, a
year the office enters over it or beyond it, and the command line."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import chinese_calendar
import openpyxl
import pytest

from intlbase_desk import workdays
from intlbase_desk.infra.errors import UserError
from intlbase_desk.workspace import Workspace
from tests.conftest import Ran

NEW_YEAR_2027 = [  # an office's entry of a year the bundled calendar does not know yet
    ("2027-01-01", "放假", "元旦"),
    ("2027-02-05", "放假", "春节"),
    ("2027-02-08", "放假", "春节"),
    ("2027-02-09", "放假", "春节"),
    ("2027-02-13", "调休上班", "春节"),
]


def test_every_period_of_2024_to_2026_ends_where_chinesecalendar_says(ws: Workspace) -> None:
    calendar = workdays.load_calendar(ws)
    day, checked = dt.date(2024, 1, 1), 0
    while day.year < 2027:
        for n in (5, 7, 10):
            try:
                expected = chinese_calendar.find_workday(n - 1, day)
            except NotImplementedError:  # the period runs into a year neither knows
                with pytest.raises(workdays.YearNotCovered, match="2027年的节假日和调休安排"):
                    calendar.period_end(day, n)
                continue
            assert calendar.period_end(day, n) == expected, (day, n)
            checked += 1
        day += dt.timedelta(days=1)
    assert checked > 3200


def _sheet(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["日期", "类型", "名称"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def test_a_year_the_office_enters_counts_and_replaces_the_bundled_one(
    ws: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(workdays.YearNotCovered):
        workdays.load_calendar(ws).period_end(dt.date(2027, 2, 4), 5)
    checked = workdays.check_year_file(_sheet(tmp_path / "2027.xlsx", NEW_YEAR_2027))
    assert checked.ok and checked.year == 2027 and len(checked.days) == 5
    workdays.set_year(ws, 2027, checked.days, "国办发明电〔2026〕×号")
    calendar = workdays.load_calendar(ws)
    # Thu 4 Feb; Fri 5 to Tue 9 off with the weekend; Wed 10 to Fri 12; Sat 13 worked.
    assert calendar.period_end(dt.date(2027, 2, 4), 5) == dt.date(2027, 2, 13)
    assert calendar.period_end(dt.date(2027, 2, 4), 6) == dt.date(2027, 2, 15)
    assert calendar.table(2027).entered_by == ws.actor
    # An entry over a bundled year replaces it whole: 2026-10-07 becomes a working day.
    bundled = calendar.table(2026)
    kept = [d for d in bundled.days if d.day != dt.date(2026, 10, 7)]
    workdays.set_year(ws, 2026, kept, "更正")
    assert workdays.load_calendar(ws).is_workday(dt.date(2026, 10, 7))
    assert not calendar.is_workday(dt.date(2026, 10, 7))  # as it was before the entry


def test_a_wrong_year_sheet_is_refused_whole(ws: Workspace, tmp_path: Path) -> None:
    rows = [*NEW_YEAR_2027, ("2027-02-10", "调休上班", "春节"), ("2027-13-01", "放假", "")]
    checked = workdays.check_year_file(_sheet(tmp_path / "错.xlsx", rows))
    assert not checked.ok
    assert any("本来就是工作日" in p for p in checked.problems)  # a Wednesday "worked"
    assert [f.row for f in checked.report.errors] == [8]
    mixed = workdays.check_year_file(
        _sheet(tmp_path / "混.xlsx", [*NEW_YEAR_2027, ("2028-01-01", "放假", "元旦")])
    )
    assert mixed.problems == ["表中的日期分属 2027、2028 年：一次导入一年，或指定年份"]
    with pytest.raises(UserError, match="没有任何放假的日子"):
        workdays.set_year(ws, 2027, [], "")
    with pytest.raises(workdays.YearNotCovered):
        workdays.load_calendar(ws).table(2027)  # nothing was written


def test_the_command_line_counts_lists_and_takes_a_year(
    ws: Workspace, tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    db = str(ws.db.path)
    ws.close()
    # National Day 2026: 1–7 October off, Saturday 10 October worked.
    ran = cli("--db", db, "workdays", "end", "2026-09-30", "5")
    assert ran.stdout.strip() == "2026-09-30 起 5 个工作日，至 2026-10-12（周一）止"
    ran = cli("--db", db, "workdays", "end", "2026-10-03", "3", "--json")
    assert json.loads(ran.stdout) == {
        "start": "2026-10-03",
        "days": 3,
        "first_day": "2026-10-08",
        "end": "2026-10-10",
    }
    listed = json.loads(cli("--db", db, "workdays", "holidays", "--year", "2026", "--json").stdout)
    assert {"day": "2026-10-10", "kind": "workday", "name": "国庆节"} in listed["days"]
    assert "chinesecalendar" in listed["source"] and listed["entered_by"] == ""
    refused = cli("--db", db, "workdays", "end", "2026-12-28", "10")
    assert refused.returncode == 2 and "2027年的节假日和调休安排还没有录入" in refused.stderr
    template = tmp_path / "2027.xlsx"
    assert cli("--db", db, "workdays", "template", "--year", "2027", str(template)).returncode == 0
    _sheet(template, NEW_YEAR_2027)  # the office fills it from the notice
    dry = cli("--db", db, "workdays", "import", str(template), "--dry-run")
    assert dry.returncode == 0 and "（只检查，未写入）" in dry.stdout
    assert cli("--db", db, "workdays", "end", "2026-12-28", "10").returncode == 2
    done = cli("--db", db, "workdays", "import", str(template), "--source", "国办发明电")
    assert done.returncode == 0 and "已录入" in done.stdout
    ran = cli("--db", db, "workdays", "end", "2026-12-28", "10")
    assert ran.returncode == 0 and "至 2027-01-11（周一）止" in ran.stdout  # 1 January off
