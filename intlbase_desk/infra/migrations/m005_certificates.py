"""Version 5: numbered certificates, their yearly counters, the issue log, plaque recoveries."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 5
DESCRIPTION = "certificates, counters, issue log"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    op.create_table(
        "certificate_counter",
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("last_seq", sa.Integer, nullable=False),
    )
    op.create_table(
        "certificate",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "base_id",
            sa.Integer,
            sa.ForeignKey("base.id", name="fk_certificate_base"),
            nullable=False,
        ),
        sa.Column("number", sa.String(100), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("issued_on", sa.Date, nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by", sa.String(100), nullable=False),
        sa.Column("void_reason", sa.String(500), nullable=False),
        sa.UniqueConstraint("number", name="uq_certificate_number"),
    )
    op.create_index("ix_certificate_base_id", "certificate", ["base_id"])
    op.create_table(
        "certificate_print",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "certificate_id",
            sa.Integer,
            sa.ForeignKey("certificate.id", name="fk_certificate_print_certificate"),
            nullable=False,
        ),
        sa.Column(
            "base_id",
            sa.Integer,
            sa.ForeignKey("base.id", name="fk_certificate_print_base"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("layout", sa.String(100), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
    )
    op.create_index("ix_certificate_print_certificate_id", "certificate_print", ["certificate_id"])
    op.create_index("ix_certificate_print_base_id", "certificate_print", ["base_id"])
    op.create_table(
        "plaque_recovery",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "base_id",
            sa.Integer,
            sa.ForeignKey("base.id", name="fk_plaque_recovery_base"),
            nullable=False,
        ),
        sa.Column(
            "status_change_id",
            sa.Integer,
            sa.ForeignKey("status_change.id", name="fk_plaque_recovery_change"),
            nullable=False,
        ),
        sa.Column("due_on", sa.Date, nullable=False),
        sa.Column("recovered_on", sa.Date, nullable=True),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_plaque_recovery_base_id", "plaque_recovery", ["base_id"])
