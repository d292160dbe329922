"""Version 2: pinyin sort keys, a search column and the indexes of the register's view.

Sorting Chinese names by pinyin and searching by pinyin initials must be done by the database
for a register of 100,000 rows, so the keys are stored next to the names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 2
DESCRIPTION = "pinyin sort keys and search text"


# The keys as this version computed them (a later change of the live ones must not change what
# this step writes).
def _initials(text: str) -> str:
    import pypinyin

    parts = pypinyin.lazy_pinyin(text, style=pypinyin.Style.FIRST_LETTER, errors="default")
    return "".join(ch for ch in "".join(parts).lower() if ch.isalnum())


def _sort_key(text: str) -> str:
    import pypinyin

    return " ".join(
        pypinyin.lazy_pinyin(text, style=pypinyin.Style.TONE3, errors="default")
    ).lower()


def _search_text(base_name: str, org_name: str, uscc: str) -> str:
    return " ".join((base_name, org_name, uscc, _initials(base_name), _initials(org_name))).lower()


def upgrade(op: Operations, conn: sa.Connection) -> None:
    with op.batch_alter_table("organization") as batch:
        batch.add_column(
            sa.Column("name_initials", sa.String(200), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("name_sort", sa.String(1000), nullable=False, server_default=""))
    with op.batch_alter_table("base") as batch:
        batch.add_column(sa.Column("name_sort", sa.String(1000), nullable=False, server_default=""))
        batch.add_column(sa.Column("org_sort", sa.String(1000), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("search_text", sa.String(2000), nullable=False, server_default="")
        )
    op.create_index("ix_organization_name_sort", "organization", ["name_sort"])
    # The register's view reads (archived, name order) and searches search_text: one covering
    # index serves the page and the count without touching the wide rows. An index on archived
    # alone misleads the planner into sorting the whole table, so it goes.
    op.drop_index("ix_base_archived", "base")
    op.create_index("ix_base_browse", "base", ["archived", "name_sort", "id", "search_text"])
    op.create_index("ix_base_org_browse", "base", ["archived", "org_sort", "id"])

    org = sa.table(
        "organization",
        sa.column("id"),
        sa.column("name"),
        sa.column("uscc"),
        sa.column("name_initials"),
        sa.column("name_sort"),
    )
    base = sa.table(
        "base",
        sa.column("id"),
        sa.column("name"),
        sa.column("org_id"),
        sa.column("name_sort"),
        sa.column("org_sort"),
        sa.column("search_text"),
    )
    orgs = {row.id: row for row in conn.execute(sa.select(org.c.id, org.c.name, org.c.uscc))}
    for row in orgs.values():
        conn.execute(
            org.update()
            .where(org.c.id == row.id)
            .values(
                name_initials=_initials(row.name),
                name_sort=_sort_key(row.name),
            )
        )
    for row in conn.execute(sa.select(base.c.id, base.c.name, base.c.org_id)).all():
        host = orgs[row.org_id]
        conn.execute(
            base.update()
            .where(base.c.id == row.id)
            .values(
                name_sort=_sort_key(row.name),
                org_sort=_sort_key(host.name),
                search_text=_search_text(row.name, host.name, host.uscc),
            )
        )
