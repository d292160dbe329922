"""Version 13: the major changes bases report (重大事项) and their review."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 13
DESCRIPTION = "major changes reported by bases, and their review"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    op.create_table(
        "major_change",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("base_id", sa.Integer, sa.ForeignKey("base.id"), nullable=False),
        sa.Column("kind", sa.String(100), nullable=False),
        sa.Column("happened_on", sa.Date, nullable=False),
        sa.Column("reported_on", sa.Date, nullable=False),
        sa.Column("description", sa.String(2000), nullable=False),
        sa.Column("review", sa.String(20), nullable=False),
        sa.Column("review_note", sa.String(1000), nullable=False),
        sa.Column("reviewed_by", sa.String(100), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status_change_id", sa.Integer, sa.ForeignKey("status_change.id"), nullable=True),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_major_change_base_id", "major_change", ["base_id"])
