"""Version 8: office defaults the officers changed (a profile value no article states)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 8
DESCRIPTION = "office defaults changed by the officers"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    op.create_table(
        "office_setting",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value_json", sa.Text, nullable=False),
        sa.Column("changed_by", sa.String(100), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
    )
