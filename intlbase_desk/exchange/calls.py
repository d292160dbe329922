"""申报批次: the yearly call a district's recommendations belong to (ROADMAP 5 grows it)."""

from __future__ import annotations

import re

from sqlmodel import Session, select

from intlbase_desk.infra import clock
from intlbase_desk.models import Call
from intlbase_desk.sheets import Report

# "2025年度", "2025 年", "（2025年）": a year as district titles write it, not a date.
_TITLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")


def call_for(session: Session, year: int) -> Call:
    """The call of ``year``, opened on first use."""
    call = session.exec(select(Call).where(Call.year == year)).first()
    if call is None:
        call = Call(year=year, name=f"{year}年度", created_at=clock.now())
        session.add(call)
        session.flush()
    return call


def title_year(report: Report) -> int | None:
    """The call year a sheet's title names (``2025年度…推荐汇总表``), or None.

    Only the rows above the header are read: a date in the data is not the call's year.
    """
    above = report.header_row - report.sheet.first_row
    for row in report.sheet.rows[: max(0, above)]:
        for cell in row:
            if isinstance(cell, str) and (match := _TITLE_YEAR.search(cell)):
                return int(match.group(1))
    return None
