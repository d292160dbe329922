"""What a cell of a district's sheet means, normalised only where that is safe.

Codes, numbers, phones and dates: full-width to half-width and inner spaces removed. Names are
kept as typed (their full-width brackets are correct). ``1.0`` reads as ``1``; dates come from
serial numbers and from text such as ``2019.3``, ``2019年3月18日`` and ``2019/03/18``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from intlbase_desk.text.control import strip_control
from intlbase_desk.text.width import half_width

EXCEL_EPOCH = dt.date(1899, 12, 30)
_DATE = re.compile(r"^(\d{4})[./\-年](\d{1,2})(?:[./\-月](\d{1,2})日?)?月?$")


class CellError(ValueError):
    """The cell cannot mean a value of its field; ``code`` is one of the report's codes."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str:
    """A name or free text: as typed, surrounding spaces trimmed, a whole number without '.0',
    control characters (a Word or WPS paste) cleaned."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else strip_control(str(value)).strip()


def code(value: Any) -> str:
    """A code or number written as text: half-width, no spaces, '1.0' → '1'."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "".join(half_width(text(value)).split())


def uscc(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise CellError(
            "uscc_format",
            "统一社会信用代码被 Excel 存成了数字，末几位已丢失；请将该列设为文本格式后重新填写",
        )
    return code(value).upper()


def number(value: Any) -> int:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer():
            return int(value)
        raise CellError("bad_number", f"应为整数，当前为 {value}")
    written = code(value)
    if re.fullmatch(r"-?\d+(\.0+)?", written):
        return int(float(written))
    raise CellError("bad_number", f"“{text(value)}”不是数字")


def decimal(value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    written = code(value).replace("分", "")
    if re.fullmatch(r"-?\d+(\.\d+)?", written):
        return float(written)
    raise CellError("bad_number", f"“{text(value)}”不是数字")


def date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel's serial numbers, up to 9999-12-31
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise CellError("bad_date", f"“{value}”不是有效的日期")
    written = code(value)
    found = _DATE.match(written)
    if found:
        year, month, day = int(found[1]), int(found[2]), int(found[3] or 1)
        try:
            return dt.date(year, month, day)
        except ValueError:
            pass
    raise CellError(
        "bad_date", f"“{text(value)}”不是可识别的日期（例如 2019-03-18、2019年3月18日）"
    )
