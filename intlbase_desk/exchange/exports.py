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

_B, _O = register.BASE_LABELS, register.ORG_LABELS
REGISTER_COLUMNS = {
    "name": TableColumn(_B["name"], width=36),
    "base_type": TableColumn(_B["base_type"], width=20),
    "org_name": TableColumn(_B["org_id"], width=36),
    "uscc": TableColumn(_O["uscc"], "code", 22),
    "district": TableColumn(_O["district"], width=12),
    "field": TableColumn(_B["field"], width=16),
    "status": TableColumn(_B["status"], width=10),
    "recognized_year": TableColumn("认定年份", "number", 10),
    "valid_until": TableColumn(_B["valid_until"], "date", 13),
    "cert_no": TableColumn(_B["cert_no"], "code", 26),
    "leader": TableColumn(_B["leader"], width=10),
}
ORGANIZATION_COLUMNS = {
    "name": TableColumn(_O["name"], width=36),
    "uscc": TableColumn(_O["uscc"], "code", 22),
    "kind": TableColumn(_O["kind"], width=12),
    "district": TableColumn(_O["district"], width=12),
    "bases": TableColumn("基地数", "number", 8),
    "ban_until": TableColumn("禁止申报至", "date", 13),
    "legal_rep": TableColumn(_O["legal_rep"], width=10),
    "contact_person": TableColumn(_O["contact_person"], width=10),
    "contact_phone": TableColumn(_O["contact_phone"], "code", 16),
}


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
        return write_table(path, [REGISTER_COLUMNS[k] for k in keys], rows(conn), "基地名录")


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
        return write_table(path, [ORGANIZATION_COLUMNS[k] for k in query.keys], rows, "依托单位")


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
