"""Version 7: who recorded a plaque's recovery, and a note (where it is kept, who handed it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 7
DESCRIPTION = "plaque recoveries: who recorded them, a note"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    # Plain ALTER TABLE ADD COLUMN: no table is rebuilt.
    op.add_column(
        "plaque_recovery",
        sa.Column("recovered_by", sa.String(100), nullable=False, server_default=""),
    )
    op.add_column(
        "plaque_recovery", sa.Column("note", sa.String(500), nullable=False, server_default="")
    )
