"""Version 6: column mappings made by hand, kept with the data (they were window settings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 6
DESCRIPTION = "column mappings per sheet layout"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    op.create_table(
        "column_mapping",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(50), nullable=False),
        sa.Column("signature", sa.String(64), nullable=False),
        sa.Column("headers_json", sa.Text, nullable=False),
        sa.Column("mapping_json", sa.Text, nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("kind", "signature", name="uq_column_mapping_layout"),
    )
