"""Working days (工作日): public holidays and adjusted working weekends (调休), from the bundled
calendar or as the office entered them, and the periods the texts count in working days.

Other packages use only the names listed here; each module loads on first use.
"""

import lazy_loader as lazy

__getattr__, __dir__, __all__ = lazy.attach(
    __name__,
    submod_attrs={
        "commands": ["add_commands"],
        "calendar": [
            "KINDS",
            "Calendar",
            "SpecialDay",
            "YearNotCovered",
            "YearTable",
            "bundled_years",
            "load_calendar",
            "weekday_name",
        ],
        "year_entry": [
            "CheckedYear",
            "check_year_file",
            "set_year",
            "typed_days",
            "write_year_sheet",
        ],
    },
)
