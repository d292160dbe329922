"""申报批次: the yearly call a district's recommendations belong to (ROADMAP 5 grows it)."""

from __future__ import annotations

from sqlmodel import Session, select

from intlbase_desk.infra import clock
from intlbase_desk.models import Call


def call_for(session: Session, year: int) -> Call:
    """The call of ``year``, opened on first use."""
    call = session.exec(select(Call).where(Call.year == year)).first()
    if call is None:
        call = Call(year=year, name=f"{year}年度", created_at=clock.now())
        session.add(call)
        session.flush()
    return call
