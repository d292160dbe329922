"""Version 18: the figures of each application and the officer's findings on its conditions."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 18
DESCRIPTION = "formal review: application metrics and condition findings"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    op.create_table(
        "application_metric",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("application_id", sa.Integer, sa.ForeignKey("application.id"), nullable=False),
        sa.Column("metric", sa.String(50), nullable=False),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("entered_by", sa.String(100), nullable=False),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("application_id", "metric", name="uq_application_metric"),
    )
    op.create_index(
        "ix_application_metric_application_id", "application_metric", ["application_id"]
    )
    op.create_table(
        "application_check",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("application_id", sa.Integer, sa.ForeignKey("application.id"), nullable=False),
        sa.Column("condition_id", sa.String(50), nullable=False),
        sa.Column("passed", sa.Boolean, nullable=False),
        sa.Column("note", sa.String(1000), nullable=False),
        sa.Column("evidence", sa.String(300), nullable=False),
        sa.Column("evidence_sha256", sa.String(64), nullable=False),
        sa.Column("checked_by", sa.String(100), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("application_id", "condition_id", name="uq_application_check"),
    )
    op.create_index("ix_application_check_application_id", "application_check", ["application_id"])
