"""Version 1: the register (organisations, bases, status changes, audit trail, meta)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 1
DESCRIPTION = "register of organisations and bases, lifecycle, audit trail"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(1000), nullable=False),
    )
    op.create_table(
        "organization",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("uscc", sa.String(18), nullable=False),
        sa.Column("kind", sa.String(50), nullable=False),
        sa.Column("district", sa.String(50), nullable=False),
        sa.Column("address", sa.String(300), nullable=False),
        sa.Column("registered_on", sa.Date, nullable=True),
        sa.Column("legal_rep", sa.String(50), nullable=False),
        sa.Column("contact_person", sa.String(50), nullable=False),
        sa.Column("contact_phone", sa.String(50), nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("archive_reason", sa.String(500), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("uscc", name="uq_organization_uscc"),
    )
    op.create_index("ix_organization_district", "organization", ["district"])
    op.create_table(
        "base",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("base_type", sa.String(50), nullable=False),
        sa.Column(
            "org_id",
            sa.Integer,
            sa.ForeignKey("organization.id", name="fk_base_org"),
            nullable=False,
        ),
        sa.Column("field", sa.String(100), nullable=False),
        sa.Column("countries", sa.String(500), nullable=False),
        sa.Column("partners", sa.String(1000), nullable=False),
        sa.Column("leader", sa.String(50), nullable=False),
        sa.Column("contact_person", sa.String(50), nullable=False),
        sa.Column("phone", sa.String(50), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("recommender", sa.String(200), nullable=False),
        sa.Column("recognized_on", sa.Date, nullable=True),
        sa.Column("recognized_year", sa.Integer, nullable=True),
        sa.Column("batch", sa.String(100), nullable=False),
        sa.Column("valid_until", sa.Date, nullable=True),
        sa.Column("status", sa.String(50), nullable=False),
        sa.Column("cert_no", sa.String(100), nullable=False),
        sa.Column("notes", sa.String(2000), nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("archive_reason", sa.String(500), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    for column in ("base_type", "org_id", "field", "recognized_year", "status", "archived"):
        op.create_index(f"ix_base_{column}", "base", [column])
    op.create_table(
        "status_change",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "base_id",
            sa.Integer,
            sa.ForeignKey("base.id", name="fk_status_change_base"),
            nullable=False,
        ),
        sa.Column("from_status", sa.String(50), nullable=False),
        sa.Column("to_status", sa.String(50), nullable=False),
        sa.Column("changed_on", sa.Date, nullable=False),
        sa.Column("reason", sa.String(2000), nullable=False),
        sa.Column("rule_id", sa.String(50), nullable=False),
        sa.Column("trigger_id", sa.String(50), nullable=False),
        sa.Column("ban_until", sa.Date, nullable=True),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_status_change_base_id", "status_change", ["base_id"])
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("entity", sa.String(50), nullable=False),
        sa.Column("entity_id", sa.Integer, nullable=False),
        sa.Column("action", sa.String(50), nullable=False),
        sa.Column("before_json", sa.Text, nullable=False),
        sa.Column("after_json", sa.Text, nullable=False),
        sa.Column("reason", sa.String(2000), nullable=False),
    )
    op.create_index("ix_audit_entry_entity", "audit_entry", ["entity", "entity_id"])
