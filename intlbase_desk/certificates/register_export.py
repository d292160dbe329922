"""The certificate register: every number ever given, void ones with their reason, with how
often and when each was last printed."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from intlbase_desk import register
from intlbase_desk.infra import clock
from intlbase_desk.sheets import TableColumn, write_table
from intlbase_desk.workspace import Workspace

CERTIFICATE_COLUMNS = (
    TableColumn(register.BASE_LABELS["cert_no"], "code", 26),
    TableColumn(register.BASE_LABELS["name"], width=36),
    TableColumn(register.BASE_LABELS["org_id"], width=36),
    TableColumn(register.BASE_LABELS["base_type"], width=20),
    TableColumn("年度", "number", 8),
    TableColumn("颁发日期", "date", 13),
    TableColumn("颁发人", width=10),
    TableColumn("状态", width=24),
    TableColumn("打印次数", "number", 10),
    TableColumn("最近打印", width=20),
)


def export_certificate_register(ws: Workspace, path: Path) -> int:
    """The certificate register: every number ever given, void ones with their reason."""
    types = {t.id: t.name for t in ws.profile.base_types}
    cert = sa.table(
        "certificate",
        *(sa.column(c) for c in ("id", "base_id", "number", "year", "actor", "void_reason")),
        sa.column("issued_on", sa.Date),
        sa.column("voided_at", sa.DateTime(timezone=True)),
    )
    base = sa.table(
        "base", sa.column("id"), sa.column("name"), sa.column("base_type"), sa.column("org_id")
    )
    org = sa.table("organization", sa.column("id"), sa.column("name"))
    printed = sa.table(
        "certificate_print",
        sa.column("certificate_id"),
        sa.column("printed_at", sa.DateTime(timezone=True)),
    )
    prints = (
        sa.select(
            printed.c.certificate_id,
            sa.func.count().label("n"),
            sa.func.max(printed.c.printed_at).label("last"),
        )
        .group_by(printed.c.certificate_id)
        .subquery()
    )
    statement = (
        sa.select(
            cert.c.number,
            base.c.name,
            org.c.name.label("org_name"),
            base.c.base_type,
            cert.c.year,
            cert.c.issued_on,
            cert.c.actor,
            cert.c.voided_at,
            cert.c.void_reason,
            prints.c.n,
            prints.c.last,
        )
        .join(base, base.c.id == cert.c.base_id)
        .join(org, org.c.id == base.c.org_id)
        .outerjoin(prints, prints.c.certificate_id == cert.c.id)
        .order_by(cert.c.year, cert.c.number)
    )
    with ws.db.reading() as conn:
        rows = (
            [
                r.number,
                r.name,
                r.org_name,
                types.get(r.base_type, r.base_type),
                r.year,
                r.issued_on,
                r.actor,
                f"作废：{r.void_reason}" if r.voided_at is not None else "有效",
                r.n or 0,
                clock.local_text(r.last) if r.last is not None else "",
            ]
            for r in conn.execute(statement)
        )
        return write_table(path, CERTIFICATE_COLUMNS, rows, "证书登记")
