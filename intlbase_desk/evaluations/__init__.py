"""Evaluations (绩效评估, 复评, 年度考核): rounds of the bases due, panels drawn with 回避.

Other packages use only the names listed here; each module loads on first use.
"""

import lazy_loader as lazy

__getattr__, __dir__, __all__ = lazy.attach(
    __name__,
    submod_attrs={
        "commands": ["add_commands"],
        "drawing": ["ALGORITHM", "Eligibility", "Target", "eligibility", "ordered", "ticket"],
        "panels": [
            "Drawn",
            "Verified",
            "decline",
            "draw_panel",
            "group_name",
            "groups",
            "round_draws",
            "verify",
        ],
        "rounds": [
            "KINDS",
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
