"""The yearly call (申报与认定): calls with the guide's settings, their applications from the
districts' sheets or entered by hand, each application's steps to recognition.

Other packages use only the names listed here; each module loads on first use.
"""

import lazy_loader as lazy

__getattr__, __dir__, __all__ = lazy.attach(
    __name__,
    submod_attrs={
        "commands": ["add_commands"],
        "states": ["FINAL", "STATES"],
        "settings": ["CHANGED", "CallInfo", "call_info", "list_calls", "open_call", "set_call"],
        "applications": [
            "ApplicationRow",
            "ApplicationDetail",
            "Step",
            "application_detail",
            "list_applications",
        ],
        "formal_review": [
            "OUTCOMES",
            "RESULTS",
            "ConditionResult",
            "Review",
            "jurisdiction_prefix",
            "review_applications",
        ],
        "review_entry": [
            "Decided",
            "decide_formal_review",
            "metric_value",
            "record_check",
            "set_metric",
        ],
        "metrics_sheet": [
            "CheckedMetrics",
            "check_metrics_file",
            "metrics_schema",
            "write_metrics",
            "write_metrics_sheet",
        ],
        "entry": ["DIRECT", "Entered", "add_application", "withdraw_application"],
    },
)
