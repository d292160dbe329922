"""The yearly call in the window: the 申报 section and its menu."""

from intlbase_desk.ui.calls.calls_ui import CallsUi

__all__ = ["CallsUi"]
