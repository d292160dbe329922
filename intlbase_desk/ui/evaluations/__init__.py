"""Evaluations in the window: the 评估 section, its dialogs and the paper-sheet entry grid."""

from intlbase_desk.ui.evaluations.evaluations_ui import EvaluationsUi

__all__ = ["EvaluationsUi"]
