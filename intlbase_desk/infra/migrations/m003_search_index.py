"""Version 3: a substring index over the register's search text (see search_index.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

from intlbase_desk.register import search_index

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 3
DESCRIPTION = "substring index for search"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    search_index.create(conn)
