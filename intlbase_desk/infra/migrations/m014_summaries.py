"""Version 14: annual work summaries: a campaign per reporting year, the bases expected, filings."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 14
DESCRIPTION = "annual summaries: campaigns per reporting year, expected bases, filings, documents"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    op.create_table(
        "summary_campaign",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("year", sa.Integer, nullable=False, unique=True),
        sa.Column("due_on", sa.Date, nullable=False),
        sa.Column("due_rule", sa.String(50), nullable=False),
        sa.Column("form_json", sa.Text, nullable=False),
        sa.Column("recommender_review", sa.Boolean, nullable=False),
        sa.Column("opened_by", sa.String(100), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "summary_target",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("summary_campaign.id"), nullable=False),
        sa.Column("base_id", sa.Integer, sa.ForeignKey("base.id"), nullable=False),
        sa.Column("base_name", sa.String(200), nullable=False),
        sa.Column("base_type", sa.String(50), nullable=False),
        sa.Column("org_name", sa.String(200), nullable=False),
        sa.Column("uscc", sa.String(18), nullable=False),
        sa.Column("district", sa.String(50), nullable=False),
        sa.Column("recommender", sa.String(200), nullable=False),
        sa.Column("refused_errors", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_summary_target_campaign_id", "summary_target", ["campaign_id"])
    op.create_index("ix_summary_target_base_id", "summary_target", ["base_id"])
    op.create_table(
        "summary_submission",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("target_id", sa.Integer, sa.ForeignKey("summary_target.id"), nullable=False),
        sa.Column("submitted_on", sa.Date, nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("values_json", sa.Text, nullable=False),
        sa.Column("texts_json", sa.Text, nullable=False),
        sa.Column("recommender_opinion", sa.String(2000), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("decision_note", sa.String(1000), nullable=False),
        sa.Column("decided_by", sa.String(100), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("replaced_by", sa.Integer, nullable=True),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_summary_submission_target_id", "summary_submission", ["target_id"])
    op.create_table(
        "summary_attachment",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("target_id", sa.Integer, sa.ForeignKey("summary_target.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("added_by", sa.String(100), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_summary_attachment_target_id", "summary_attachment", ["target_id"])
