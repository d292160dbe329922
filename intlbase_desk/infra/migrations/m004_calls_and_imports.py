"""Version 4: yearly calls, applications and import batches (district spreadsheet exchange)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 4
DESCRIPTION = "yearly calls, applications, import batches"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    op.create_table(
        "yearly_call",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("year", name="uq_yearly_call_year"),
    )
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(50), nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("sheet", sa.String(200), nullable=False),
        sa.Column(
            "call_id",
            sa.Integer,
            sa.ForeignKey("yearly_call.id", name="fk_import_batch_call"),
            nullable=True,
        ),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rows", sa.Integer, nullable=False),
        sa.Column("accepted", sa.Integer, nullable=False),
        sa.Column("written", sa.Integer, nullable=False),
        sa.Column("skipped", sa.Integer, nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by", sa.String(100), nullable=False),
    )
    text = {
        "org_kind": 50,
        "field": 100,
        "countries": 500,
        "partners": 1000,
        "leader": 50,
        "contact": 50,
        "phone": 50,
        "email": 200,
        "recommender": 200,
        "remark": 2000,
    }
    op.create_table(
        "application",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "call_id",
            sa.Integer,
            sa.ForeignKey("yearly_call.id", name="fk_application_call"),
            nullable=False,
        ),
        sa.Column(
            "batch_id",
            sa.Integer,
            sa.ForeignKey("import_batch.id", name="fk_application_batch"),
            nullable=True,
        ),
        sa.Column(
            "org_id",
            sa.Integer,
            sa.ForeignKey("organization.id", name="fk_application_org"),
            nullable=True,
        ),
        sa.Column("uscc", sa.String(18), nullable=False),
        sa.Column("org_name", sa.String(200), nullable=False),
        sa.Column("base_name", sa.String(200), nullable=False),
        sa.Column("base_type", sa.String(50), nullable=False),
        *(sa.Column(name, sa.String(length), nullable=False) for name, length in text.items()),
        sa.Column("priority", sa.Integer, nullable=True),
        sa.Column("status", sa.String(50), nullable=False),
        sa.Column("source_row", sa.Integer, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("call_id", "uscc", "base_type", name="uq_application_call_uscc_type"),
    )
    for column in ("call_id", "batch_id", "org_id"):
        op.create_index(f"ix_application_{column}", "application", [column])
    # Plain ALTER TABLE ADD COLUMN: the base table is not rebuilt, so its search triggers stay.
    for table in ("organization", "base"):
        op.add_column(table, sa.Column("import_batch_id", sa.Integer, nullable=True))
        op.create_index(f"ix_{table}_import_batch_id", table, ["import_batch_id"])
