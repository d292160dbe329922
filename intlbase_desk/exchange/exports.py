"""What officers export: the register (or any filtered view of it) and a call's applications."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa

from intlbase_desk.infra.database import Database
from intlbase_desk.policy.profile import Profile
from intlbase_desk.register import base_query as rq
from intlbase_desk.register import org_query
from intlbase_desk.sheets.tables import ExportColumn, write

REGISTER_COLUMNS = {
    "name": ExportColumn("基地名称", width=36),
    "base_type": ExportColumn("基地类型", width=20),
    "org_name": ExportColumn("依托单位", width=36),
    "uscc": ExportColumn("统一社会信用代码", "code", 22),
    "district": ExportColumn("所在区县", width=12),
    "field": ExportColumn("所属领域", width=16),
    "status": ExportColumn("状态", width=10),
    "recognized_year": ExportColumn("认定年份", "number", 10),
    "valid_until": ExportColumn("有效期至", "date", 13),
    "cert_no": ExportColumn("证书编号", "code", 26),
    "leader": ExportColumn("负责人", width=10),
}
APPLICATION_COLUMNS = (
    ("priority", ExportColumn("序号", "number", 8)),
    ("org_name", ExportColumn("单位名称", width=36)),
    ("uscc", ExportColumn("统一社会信用代码", "code", 22)),
    ("org_kind", ExportColumn("单位性质", width=12)),
    ("base_name", ExportColumn("基地名称", width=36)),
    ("base_type", ExportColumn("基地类型", width=20)),
    ("field", ExportColumn("所属领域", width=16)),
    ("countries", ExportColumn("主要合作国家(地区)", width=20)),
    ("partners", ExportColumn("主要外方合作机构", width=30)),
    ("leader", ExportColumn("基地负责人", width=10)),
    ("contact", ExportColumn("联系人", width=10)),
    ("phone", ExportColumn("联系电话", "code", 16)),
    ("email", ExportColumn("电子邮箱", width=24)),
    ("recommender", ExportColumn("推荐单位", width=20)),
    ("remark", ExportColumn("备注", width=20)),
)


def export_register(
    db: Database,
    profile: Profile,
    path: Path,
    flt: rq.BaseFilter | None = None,
    sort: rq.Sort | None = None,
) -> int:
    """The register as the table shows it: the same filter and order, every matching row."""
    types = {t.id: t.name for t in profile.base_types}
    states = {s.id: s.name for s in profile.lifecycle.states}
    shown = {"base_type": types, "status": states}

    def rows(conn: sa.Connection) -> Any:
        statement = rq.QUERY.select(rq._conditions(flt or rq.BaseFilter()), sort or rq.Sort())
        for row in conn.execute(statement):
            yield [
                shown.get(key, {}).get(getattr(row, key), getattr(row, key))
                for key in rq.COLUMN_KEYS
            ]

    with db.reading() as conn:
        return write(path, [REGISTER_COLUMNS[k] for k in rq.COLUMN_KEYS], rows(conn), "基地名录")


def export_applications(db: Database, profile: Profile, path: Path, year: int) -> int:
    types = {t.id: t.name for t in profile.base_types}
    application = sa.table(
        "application",
        *(sa.column(k) for k, _ in APPLICATION_COLUMNS),
        sa.column("call_id"),
        sa.column("id"),
    )
    call = sa.table("yearly_call", sa.column("id"), sa.column("year"))
    statement = (
        sa.select(*(application.c[k] for k, _ in APPLICATION_COLUMNS))
        .join(call, call.c.id == application.c.call_id)
        .where(call.c.year == year)
        .order_by(application.c.recommender, application.c.priority, application.c.id)
    )
    with db.reading() as conn:
        rows = (
            [
                types.get(v, v) if k == "base_type" else v
                for (k, _), v in zip(APPLICATION_COLUMNS, row, strict=True)
            ]
            for row in conn.execute(statement)
        )
        return write(path, [c for _, c in APPLICATION_COLUMNS], rows, f"{year}年度申报")


ORGANIZATION_COLUMNS = {
    "name": ExportColumn("单位名称", width=36),
    "uscc": ExportColumn("统一社会信用代码", "code", 22),
    "kind": ExportColumn("单位性质", width=12),
    "district": ExportColumn("所在区县", width=12),
    "bases": ExportColumn("基地数", "number", 8),
    "ban_until": ExportColumn("禁止申报至", "date", 13),
    "legal_rep": ExportColumn("法定代表人", width=10),
    "contact_person": ExportColumn("联系人", width=10),
    "contact_phone": ExportColumn("联系电话", "code", 16),
}


def export_organizations(
    db: Database,
    path: Path,
    flt: org_query.OrgFilter | None = None,
    sort: org_query.Sort | None = None,
) -> int:
    """The organisations as their tab shows them: the same filter and order, every row."""
    query = org_query.QUERY
    statement = query.select(
        query._conditions(flt or org_query.OrgFilter()), sort or org_query.Sort()
    )
    with db.reading() as conn:
        rows = ([getattr(row, key) for key in query.keys] for row in conn.execute(statement))
        return write(path, [ORGANIZATION_COLUMNS[k] for k in query.keys], rows, "依托单位")


CERTIFICATE_COLUMNS = (
    ExportColumn("证书编号", "code", 26),
    ExportColumn("基地名称", width=36),
    ExportColumn("依托单位", width=36),
    ExportColumn("基地类型", width=20),
    ExportColumn("年度", "number", 8),
    ExportColumn("颁发日期", "date", 13),
    ExportColumn("颁发人", width=10),
    ExportColumn("状态", width=24),
    ExportColumn("打印次数", "number", 10),
    ExportColumn("最近打印", width=20),
)


def export_certificates(db: Database, profile: Profile, path: Path) -> int:
    """The certificate register: every number ever given, void ones with their reason."""
    from intlbase_desk.infra import clock

    types = {t.id: t.name for t in profile.base_types}
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
    with db.reading() as conn:
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
        return write(path, CERTIFICATE_COLUMNS, rows, "证书登记")
