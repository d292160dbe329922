"""The district exchange: the templates districts fill in, their sheets checked and imported
(undoable as a batch), the error report sent back, and the register's exports.

Other packages use only the names listed here; each module loads on first use.
"""

import lazy_loader as lazy

__getattr__, __dir__, __all__ = lazy.attach(
    __name__,
    submod_attrs={
        "commands": ["add_commands"],
        "batches": ["Undone", "earlier_imports", "import_batches", "undo_import"],
        "calls": ["title_year"],
        "checks": [
            "ERROR_CODES",
            "WARNING_CODES",
            "base_type_choices",
            "check_file",
            "check_workbook",
        ],
        "counts": ["exchange_counts"],
        "error_report": ["write_error_report"],
        "exports": ["export_applications", "export_organizations", "export_register"],
        "importing": ["Written", "import_report"],
        "mappings": ["remember_mapping", "remembered_mapping"],
        "schemas": ["RECOMMENDATION", "REGISTER", "SCHEMAS"],
        "templates": ["write_district_template"],
    },
)
