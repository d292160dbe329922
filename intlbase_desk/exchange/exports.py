"""What officers export: the register (or any filtered view of it), the organisations, and a
call's applications, as .xlsx or .csv."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from intlbase_desk import register
from intlbase_desk.exchange.schemas import RECOMMENDATION
from intlbase_desk.infra.paged_query import Sort
from intlbase_desk.sheets import TableColumn, write_table
from intlbase_desk.workspace import Workspace

# How each column is written (kind, width); its header is the view's own.
_REGISTER_FORMATS = {
    "uscc": ("code", 22),
    "recognized_year": ("number", 10),
    "valid_until": ("date", 13),
    "cert_no": ("code", 26),
    "name": ("text", 36),
    "org_name": ("text", 36),
    "base_type": ("text", 20),
}
_ORGANIZATION_FORMATS = {
    "name": ("text", 36),
    "uscc": ("code", 22),
    "bases": ("number", 8),
    "ban_until": ("date", 13),
    "contact_phone": ("code", 16),
}


def _columns(
    keys: tuple[str, ...], labels: dict[str, str], formats: dict[str, tuple[str, int]]
) -> list[TableColumn]:
    return [TableColumn(labels[k], *formats.get(k, ("text", 14))) for k in keys]


def export_register(
    ws: Workspace,
    path: Path,
    flt: register.BaseFilter | None = None,
    sort: Sort | None = None,
) -> int:
    """The register as the table shows it: the same filter and order, every matching row."""
    types = {t.id: t.name for t in ws.profile.base_types}
    states = {s.id: s.name for s in ws.profile.lifecycle.states}
    shown = {"base_type": types, "status": states}
    query = register.BASE_QUERY
    keys = query.keys

    def rows(conn: sa.Connection) -> Iterator[list[Any]]:
        for row in conn.execute(query.rows(flt or register.BaseFilter(), sort or Sort())):
            yield [shown.get(key, {}).get(getattr(row, key), getattr(row, key)) for key in keys]

    with ws.db.reading() as conn:
        columns = _columns(keys, register.BASE_COLUMN_LABELS, _REGISTER_FORMATS)
        return write_table(path, columns, rows(conn), "基地名录")


def export_organizations(
    ws: Workspace,
    path: Path,
    flt: register.OrgFilter | None = None,
    sort: Sort | None = None,
) -> int:
    """The organisations as their view shows them: the same filter and order, every row."""
    query = register.ORG_QUERY
    statement = query.rows(flt or register.OrgFilter(), sort or Sort())
    with ws.db.reading() as conn:
        rows = ([getattr(row, key) for key in query.keys] for row in conn.execute(statement))
        columns = _columns(query.keys, register.ORG_COLUMN_LABELS, _ORGANIZATION_FORMATS)
        return write_table(path, columns, rows, "依托单位")


def _application_columns() -> tuple[tuple[str, TableColumn], ...]:
    kinds = {"number": "number", "uscc": "code", "phone": "code"}
    widths = {"org_name": 36, "base_name": 36, "partners": 30, "uscc": 22, "email": 24}
    return tuple(
        (f.key, TableColumn(f.label, kinds.get(f.kind, "text"), widths.get(f.key, 16)))
        for f in RECOMMENDATION.fields
    )


def export_applications(ws: Workspace, path: Path, year: int) -> int:
    columns = _application_columns()
    types = {t.id: t.name for t in ws.profile.base_types}
    application = sa.table(
        "application", *(sa.column(k) for k, _ in columns), sa.column("call_id"), sa.column("id")
    )
    call = sa.table("yearly_call", sa.column("id"), sa.column("year"))
    statement = (
        sa.select(*(application.c[k] for k, _ in columns))
        .join(call, call.c.id == application.c.call_id)
        .where(call.c.year == year)
        .order_by(application.c.recommender, application.c.priority, application.c.id)
    )
    with ws.db.reading() as conn:
        rows = (
            [
                types.get(v, v) if k == "base_type" else v
                for (k, _), v in zip(columns, row, strict=True)
            ]
            for row in conn.execute(statement)
        )
        return write_table(path, [c for _, c in columns], rows, f"{year}年度申报")
