"""Version 10: evaluation rounds, their targets, panel draws and their members."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 10
DESCRIPTION = "evaluation rounds, targets, panel draws"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    op.create_table(
        "evaluation_round",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("as_of", sa.Date, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("opened_by", sa.String(100), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("concluded_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_evaluation_round_year", "evaluation_round", ["year"])
    op.create_table(
        "evaluation_target",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("round_id", sa.Integer, sa.ForeignKey("evaluation_round.id"), nullable=False),
        sa.Column("base_id", sa.Integer, sa.ForeignKey("base.id"), nullable=False),
        sa.Column("group_key", sa.String(100), nullable=False),
        sa.Column("base_name", sa.String(200), nullable=False),
        sa.Column("base_type", sa.String(50), nullable=False),
        sa.Column("field", sa.String(100), nullable=False),
        sa.Column("org_name", sa.String(200), nullable=False),
        sa.Column("uscc", sa.String(18), nullable=False),
        sa.Column("included", sa.Boolean, nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
    )
    op.create_index("ix_evaluation_target_round_id", "evaluation_target", ["round_id"])
    op.create_index("ix_evaluation_target_base_id", "evaluation_target", ["base_id"])
    op.create_table(
        "panel_draw",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("round_id", sa.Integer, sa.ForeignKey("evaluation_round.id"), nullable=False),
        sa.Column("group_key", sa.String(100), nullable=False),
        sa.Column("seed", sa.String(200), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("reserves", sa.Integer, nullable=False),
        sa.Column("fields_json", sa.Text, nullable=False),
        sa.Column("drawn_on", sa.Date, nullable=False),
        sa.Column("conflict_years", sa.Integer, nullable=False),
        sa.Column("algorithm", sa.String(50), nullable=False),
        sa.Column("candidates_json", sa.Text, nullable=False),
        sa.Column("targets_json", sa.Text, nullable=False),
        sa.Column("exclusions_json", sa.Text, nullable=False),
        sa.Column("order_json", sa.Text, nullable=False),
        sa.Column("drawn_by", sa.String(100), nullable=False),
        sa.Column("drawn_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_panel_draw_round_id", "panel_draw", ["round_id"])
    op.create_table(
        "panel_member",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("draw_id", sa.Integer, sa.ForeignKey("panel_draw.id"), nullable=False),
        sa.Column("expert_id", sa.Integer, sa.ForeignKey("expert.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("replaces", sa.Integer, nullable=True),
        sa.Column("note", sa.String(500), nullable=False),
        sa.Column("changed_by", sa.String(100), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_panel_member_draw_id", "panel_member", ["draw_id"])
    op.create_index("ix_panel_member_expert_id", "panel_member", ["expert_id"])
