"""Working days in the window: the 工作日历 dialog."""

from intlbase_desk.ui.workdays.workdays_ui import WorkdaysUi

__all__ = ["WorkdaysUi"]
