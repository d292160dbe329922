"""A substring index over the bases' search text: SQLite's FTS5 with the trigram tokenizer.

It answers "which bases contain this text" for three characters or more without reading the
register; shorter texts, and databases without FTS5 (or PostgreSQL, ROADMAP 9) use LIKE.
The index follows the base table through triggers: a schema step that rebuilds ``base``
(batch mode) must call ``create_triggers`` again.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa

log = logging.getLogger(__name__)
TABLE = "base_search"
MIN_LENGTH = 3  # trigrams: shorter text cannot use the index

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


def create(conn: sa.Connection) -> bool:
    """Creates and fills the index where the database supports it; False where it does not."""
    if conn.dialect.name != "sqlite":
        return False
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(
                f"CREATE VIRTUAL TABLE {TABLE} USING fts5(search_text, content='base', "
                "content_rowid='id', tokenize='trigram')"
            )
    except sa.exc.OperationalError as exc:
        log.warning("no substring index (SQLite without FTS5 trigram): %s", exc)
        return False
    create_triggers(conn)
    conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")
    return True


def create_triggers(conn: sa.Connection) -> None:
    for ddl in _TRIGGERS:
        conn.exec_driver_sql(ddl)


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
