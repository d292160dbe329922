"""The 工作日历 dialog (issue 11): a bundled year shown, a year beyond it typed in and saved, a
period counted at once, a sheet imported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QTableWidgetItem

from intlbase_desk import workdays
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.ui.shell import file_dialogs, messages
from intlbase_desk.ui.workdays.calendar_dialog import CalendarDialog
from tests.core.test_workdays import NEW_YEAR_2027, _sheet


def _open(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> CalendarDialog:
    shown: list[CalendarDialog] = []

    def run(dialog: QDialog) -> bool:
        shown.append(dialog)  # type: ignore[arg-type]
        return True

    monkeypatch.setattr(window.shell, "run_dialog", run)
    window.workdays.act_calendar.trigger()
    return shown[0]


def test_a_year_beyond_the_bundled_calendar_typed_in_and_counted(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("INTLBASE_TODAY", "2026-12-02")
    dialog = _open(window, monkeypatch)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2026)
    assert "chinesecalendar" in dialog.source_label.text()
    rows = dialog.rows()
    assert ("2026-10-10", "调休上班", "国庆节") in rows
    dialog.start.setDate(QDate(2026, 9, 30))
    dialog.days.setValue(5)
    assert dialog.period.text() == "至 2026-10-12（周一）止"
    dialog.start.setDate(QDate(2026, 12, 28))
    dialog.days.setValue(10)
    assert "2027年的节假日和调休安排还没有录入" in dialog.period.text()

    dialog.year.setValue(2027)
    assert dialog.table.rowCount() == 0 and "还没有录入" in dialog.source_label.text()
    told: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, text: told.append(text))
    for day, kind, name in NEW_YEAR_2027:
        dialog.add_row()
        row = dialog.table.rowCount() - 1
        for column, text in ((0, day), (2, kind), (3, name)):
            dialog.table.setItem(row, column, QTableWidgetItem(text))
    dialog.add_row()  # a mistyped one: refused, nothing saved
    dialog.table.setItem(dialog.table.rowCount() - 1, 0, QTableWidgetItem("2027-02-30"))
    assert not dialog.save() and "第 6 行" in told[0]
    dialog.table.selectRow(dialog.table.rowCount() - 1)
    dialog.remove_rows()
    dialog.source.setText("国办发明电〔2026〕×号")
    assert dialog.save()
    assert dialog.period.text() == "至 2027-01-11（周一）止"  # counted again with 2027
    table = workdays.load_calendar(window.ws).table(2027)
    assert table.source == "国办发明电〔2026〕×号" and len(table.days) == 5
    assert dialog.table.item(4, 1).text() == "周六"


def test_a_holiday_sheet_imported_from_the_dialog(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(window, monkeypatch)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2027)
    sheet = _sheet(tmp_path / "2027年安排.xlsx", NEW_YEAR_2027)
    monkeypatch.setattr(file_dialogs, "ask_open_path", lambda *_a: sheet)
    dialog.import_sheet()
    assert dialog.table.rowCount() == 5
    calendar = workdays.load_calendar(window.ws)
    assert calendar.table(2027).source == "2027年安排.xlsx"
    assert not calendar.is_workday(dt.date(2027, 2, 8))
