"""Version 3: a substring index over the register's search text (SQLite FTS5, trigram).

As released: the index follows the base table through triggers; a later step that rebuilds
``base`` (batch mode) must create the triggers again (``create_triggers``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

log = logging.getLogger(__name__)
VERSION = 3
DESCRIPTION = "substring index for search"
TABLE = "base_search"
_TRIGGERS = (
    f"""CREATE TRIGGER IF NOT EXISTS base_search_insert AFTER INSERT ON base BEGIN
        INSERT INTO {TABLE}(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS base_search_delete AFTER DELETE ON base BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS base_search_update AFTER UPDATE OF search_text ON base BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO {TABLE}(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
)


def upgrade(op: Operations, conn: sa.Connection) -> None:
    """Creates and fills the index where the database supports it (SQLite with FTS5)."""
    if conn.dialect.name != "sqlite":
        return
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(
                f"CREATE VIRTUAL TABLE {TABLE} USING fts5(search_text, content='base', "
                "content_rowid='id', tokenize='trigram')"
            )
    except sa.exc.OperationalError as exc:
        log.warning("no substring index (SQLite without FTS5 trigram): %s", exc)
        return
    create_triggers(conn)
    conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def create_triggers(conn: sa.Connection) -> None:
    for ddl in _TRIGGERS:
        conn.exec_driver_sql(ddl)
