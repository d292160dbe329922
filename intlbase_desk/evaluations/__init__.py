"""Evaluations (绩效评估, 复评, 年度考核): rounds of the bases due, panels drawn with 回避.

Other packages use only the names listed here; each module loads on first use.
"""

import lazy_loader as lazy

__getattr__, __dir__, __all__ = lazy.attach(
    __name__,
    submod_attrs={
        "commands": ["add_commands"],
        "aggregate": ["panel_score", "ranks"],
        "conclusion": ["Conclusion", "NotEvaluated", "Outcome", "conclude", "preview_conclusion"],
        "double_entry": ["compare_typings"],
        "drawing": ["ALGORITHM", "Eligibility", "Target", "eligibility", "ordered", "ticket"],
        "major_changes": [
            "REVIEWS",
            "Reported",
            "Reviewed",
            "change_kinds",
            "list_changes",
            "report_change",
            "review_change",
        ],
        "panels": [
            "Declined",
            "Drawn",
            "Verified",
            "decline",
            "draw_exclusions",
            "draw_panel",
            "group_name",
            "groups",
            "round_draws",
            "verify",
        ],
        "panel_totals": ["FLAG_TEXT", "ExpertTotal", "Flag", "TargetResult"],
        "results": ["RoundResults", "explain_flag", "round_results", "set_grade"],
        "results_out": ["write_filled_sheets", "write_results"],
        "score_check": ["check_entries", "check_scores", "check_scores_file"],
        "score_rules": ["CheckedScores", "Entry"],
        "score_import": [
            "SOURCES",
            "ScoresUndone",
            "ScoresWritten",
            "import_scores",
            "undo_last_import",
        ],
        "score_lines": ["Line", "Template"],
        "score_sheets": ["PaperSheets", "SheetsWritten", "paper_sheets", "write_sheets"],
        "kinds": ["KINDS"],
        "late_conflicts": ["open_seats", "scored_conflicts", "seats_kept"],
        "rounds": [
            "CHANGED",
            "RoundOpened",
            "due_base_ids",
            "get_round",
            "list_rounds",
            "open_round",
            "round_targets",
            "set_target",
        ],
    },
)
