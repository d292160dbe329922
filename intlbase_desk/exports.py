"""What officers export: the register (or any filtered view of it) and a call's applications."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa

from intlbase_desk import org_query
from intlbase_desk import register_query as rq
from intlbase_desk.database import Database
from intlbase_desk.profile import Profile
from intlbase_desk.sheet_export import ExportColumn, write

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
