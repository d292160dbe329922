"""Version 9: the expert pool (专家库): experts, their past employers, their declared relations."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 9
DESCRIPTION = "expert pool: experts, past employers, declared relations"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    op.create_table(
        "expert",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("employer", sa.String(200), nullable=False),
        sa.Column("employer_uscc", sa.String(18), nullable=False),
        sa.Column("title", sa.String(100), nullable=False),
        sa.Column("fields", sa.String(500), nullable=False),
        sa.Column("phone", sa.String(50), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("pledge_signed_on", sa.Date, nullable=True),
        sa.Column("notes", sa.String(2000), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("name_sort", sa.String(1000), nullable=False),
    )
    op.create_index("ix_expert_employer_uscc", "expert", ["employer_uscc"])
    op.create_table(
        "expert_employment",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("expert_id", sa.Integer, sa.ForeignKey("expert.id"), nullable=False),
        sa.Column("employer", sa.String(200), nullable=False),
        sa.Column("uscc", sa.String(18), nullable=False),
        sa.Column("started_on", sa.Date, nullable=True),
        sa.Column("ended_on", sa.Date, nullable=True),
    )
    op.create_index("ix_expert_employment_expert_id", "expert_employment", ["expert_id"])
    op.create_index("ix_expert_employment_uscc", "expert_employment", ["uscc"])
    op.create_table(
        "expert_relation",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("expert_id", sa.Integer, sa.ForeignKey("expert.id"), nullable=False),
        sa.Column("org_name", sa.String(200), nullable=False),
        sa.Column("uscc", sa.String(18), nullable=False),
        sa.Column("relation", sa.String(50), nullable=False),
        sa.Column("note", sa.String(500), nullable=False),
    )
    op.create_index("ix_expert_relation_expert_id", "expert_relation", ["expert_id"])
    op.create_index("ix_expert_relation_uscc", "expert_relation", ["uscc"])
