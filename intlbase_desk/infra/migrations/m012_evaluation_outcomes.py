"""Version 12: what a concluded evaluation round decided for each target."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 12
DESCRIPTION = "evaluation outcomes: grades and consequences of a concluded round"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    op.create_table(
        "evaluation_outcome",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("round_id", sa.Integer, sa.ForeignKey("evaluation_round.id"), nullable=False),
        sa.Column("target_id", sa.Integer, sa.ForeignKey("evaluation_target.id"), nullable=False),
        sa.Column("base_id", sa.Integer, sa.ForeignKey("base.id"), nullable=False),
        sa.Column("grade", sa.String(50), nullable=False),
        sa.Column("panel_score", sa.Float, nullable=True),
        sa.Column("consequence", sa.String(500), nullable=False),
        sa.Column("rule_id", sa.String(20), nullable=False),
        sa.Column("status_change_id", sa.Integer, sa.ForeignKey("status_change.id"), nullable=True),
        sa.Column("concluded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_evaluation_outcome_round_id", "evaluation_outcome", ["round_id"])
    op.create_index("ix_evaluation_outcome_base_id", "evaluation_outcome", ["base_id"])
