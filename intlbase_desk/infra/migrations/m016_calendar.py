"""Version 16: the years of public holidays and adjusted working days the office entered."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 16
DESCRIPTION = "working-day calendar: holiday years entered by the office"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    op.create_table(
        "calendar_year",
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("entered_by", sa.String(100), nullable=False),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "calendar_day",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("year", sa.Integer, sa.ForeignKey("calendar_year.year"), nullable=False),
        sa.Column("day", sa.Date, nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
    )
    op.create_index("ix_calendar_day_year", "calendar_day", ["year"])
