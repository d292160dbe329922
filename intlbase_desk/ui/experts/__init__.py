"""The expert pool in the window: the 专家库 section, its form and its list import."""

from intlbase_desk.ui.experts.experts_ui import ExpertsUi

__all__ = ["ExpertsUi"]
