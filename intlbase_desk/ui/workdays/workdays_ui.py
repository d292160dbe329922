"""The 工作日历 entry in the file menu."""

from __future__ import annotations

from PySide6.QtCore import QObject

from intlbase_desk.ui.shell.shell import Shell


class WorkdaysUi(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.act_calendar = shell.action(
            "workday_calendar", self.tr("Working-day calendar…"), self.show_calendar
        )
        shell.menu("file", self.tr("&File")).addAction(self.act_calendar)

    def show_calendar(self) -> None:
        from intlbase_desk.ui.workdays.calendar_dialog import CalendarDialog

        self.shell.run_dialog(CalendarDialog(self.shell, self.shell.window))
