"""Version 15: what each file said of a base's annual summary, kept with the base and filing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 15
DESCRIPTION = "annual summaries: the check results of a base's latest file"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    with op.batch_alter_table("summary_target") as batch:
        batch.add_column(sa.Column("refused_json", sa.Text, nullable=False, server_default="[]"))
    with op.batch_alter_table("summary_submission") as batch:
        batch.add_column(sa.Column("findings_json", sa.Text, nullable=False, server_default="[]"))
