"""A substring index over the bases' search text: SQLite's FTS5 with the trigram tokenizer.

It answers "which bases contain this text" for three characters or more without reading the
register; shorter texts, and databases without FTS5 (or PostgreSQL, ROADMAP 9) use LIKE.
Schema step 3 creates it and the triggers that keep it in step with the base table.
"""

from __future__ import annotations

import sqlalchemy as sa

TABLE = "base_search"
MIN_LENGTH = 3  # trigrams: shorter text cannot use the index


def available(conn: sa.Connection) -> bool:
    """Whether this database has the index (remembered per pooled connection)."""
    if conn.dialect.name != "sqlite":
        return False
    if TABLE not in conn.info:
        conn.info[TABLE] = bool(
            conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (TABLE,)
            ).first()
        )
    return bool(conn.info[TABLE])


def phrase(text: str) -> str:
    """The FTS5 query for a literal substring."""
    return '"' + text.replace('"', '""') + '"'
