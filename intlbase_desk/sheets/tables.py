"""Tables to .xlsx (styled header, widths, frozen header, autofilter, dates as dates, codes as
text) and .csv (UTF-8 with BOM, so Excel opens it).

Text that starts with = + - @, a tab or a carriage return is written as text, never as a
formula: openpyxl saves such a string as a live formula unless told otherwise, and a CSV is
evaluated by Excel when opened.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intlbase_desk.infra import files
from intlbase_desk.infra.errors import UserError
from intlbase_desk.sheets.saving import save_workbook
from intlbase_desk.text.control import strip_control

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TABLE_SUFFIXES = (".csv", ".xlsx", ".xlsm")


@dataclass(frozen=True)
class TableColumn:
    header: str
    kind: str = "text"  # text | code | date | number
    width: int = 16


def write_table(
    path: Path,
    columns: Sequence[TableColumn],
    rows: Iterable[Sequence[Any]],
    sheet_name: str = "导出",
) -> int:
    """Writes ``rows`` as .xlsx or .csv by the file's suffix; returns how many rows.

    The file replaces ``path`` only once complete (infra.files), so a failure half-way never
    leaves a truncated spreadsheet behind or destroys the file the officer chose to overwrite.
    """
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise UserError(f"只能导出为 .xlsx 或 .csv 文件，不能导出为“{path.suffix}”")
    with files.replacing(path) as partial:
        if suffix == ".csv":
            return _write_csv(partial, columns, rows)
        return _write_xlsx(partial, columns, rows, sheet_name)


def _csv_value(value: Any) -> Any:
    if isinstance(value, str):
        value = strip_control(value)
        if value.startswith(FORMULA_START):
            return "'" + value  # what spreadsheet programs take as "this is text"
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else value


def _write_csv(path: Path, columns: Sequence[TableColumn], rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        # Every cell quoted (OWASP's advice for CSV a spreadsheet program opens).
        writer = csv.writer(stream, quoting=csv.QUOTE_ALL)
        writer.writerow([c.header for c in columns])
        for row in rows:
            writer.writerow([_csv_value(v) for v in row])
            count += 1
    return count


def _write_xlsx(
    path: Path, columns: Sequence[TableColumn], rows: Iterable[Sequence[Any]], sheet_name: str
) -> int:
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = sheet_name[:31]
    fill = PatternFill("solid", fgColor="DDEBF7")
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.header)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    count = 0
    for count, row in enumerate(rows, start=1):
        for index, (column, value) in enumerate(zip(columns, row, strict=True), start=1):
            cell = sheet.cell(row=count + 1, column=index)
            if value is None:
                continue
            if isinstance(value, dt.date) and column.kind == "date":
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(value, str):
                cell.value = strip_control(value)
                cell.data_type = "s"  # never a formula, whatever the text starts with
                if column.kind == "code":
                    cell.number_format = "@"
            else:
                cell.value = value
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    save_workbook(wb, path)
    return count
