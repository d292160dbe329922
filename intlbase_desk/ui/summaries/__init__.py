"""Annual summaries in the window: the 年度总结 section, its board and the missing list."""

from intlbase_desk.ui.summaries.summaries_ui import SummariesUi

__all__ = ["SummariesUi"]
