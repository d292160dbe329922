"""The one spreadsheet engine: reading files, finding headers, reading cells by kind, checking
rows against a schema, writing tables, templates and checked sheets back with their findings.

Nothing here knows what a sheet is about: each capability brings its schema and its checks.
"""

import lazy_loader as lazy

__getattr__, __dir__, __all__ = lazy.attach(
    __name__,
    submod_attrs={
        "cells": ["CellError"],
        "findings": ["ERROR_FILL", "WARNING_FILL", "write_findings"],
        "header": ["normalize_header"],
        "reader": ["Sheet", "UnreadableFile", "Workbook", "read"],
        "rows": ["CheckedRow", "Choices", "Finding", "NoHeader", "Report", "check", "pick_sheet"],
        "schema": ["Field", "Kind", "Schema"],
        "tables": ["TABLE_SUFFIXES", "TableColumn", "write_table"],
        "template": ["DropDown", "write_template"],
    },
)
