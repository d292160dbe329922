"""Version 17: a call's settings (deadline, types open, quota per recommending unit) and the
steps of each application."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 17
DESCRIPTION = "yearly calls: settings of the guide, the steps of each application"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    with op.batch_alter_table("yearly_call") as batch:
        batch.add_column(sa.Column("deadline", sa.Date, nullable=True))
        batch.add_column(sa.Column("open_types_json", sa.Text, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("unit_quota", sa.Integer, nullable=True))
    op.create_table(
        "application_event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("application_id", sa.Integer, sa.ForeignKey("application.id"), nullable=False),
        sa.Column("from_state", sa.String(50), nullable=False),
        sa.Column("to_state", sa.String(50), nullable=False),
        sa.Column("reason", sa.String(1000), nullable=False),
        sa.Column("rule_id", sa.String(50), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_application_event_application_id", "application_event", ["application_id"])
