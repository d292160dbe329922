"""Checks a district's sheet against the profile and the register, cell by cell.

Errors (the row is refused): required, uscc_format, uscc_checksum, unknown_type,
duplicate_in_file, banned, bad_date, bad_number. Warnings (the officer decides):
already_recognised, quota_exceeded, bad_email, bad_phone, name_mismatch, control_character.
The result is the report of ``import --json``; nothing here writes.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import sqlalchemy as sa

from intlbase_desk import sheets
from intlbase_desk.exchange import mappings
from intlbase_desk.infra import clock
from intlbase_desk.policy.profile import Profile
from intlbase_desk.sheets import Report, Schema, Workbook
from intlbase_desk.workspace import Workspace

ERROR_CODES = (
    "required",
    "uscc_format",
    "uscc_checksum",
    "unknown_type",
    "duplicate_in_file",
    "banned",
    "bad_date",
    "bad_number",
)
WARNING_CODES = (
    "already_recognised",
    "quota_exceeded",
    "bad_email",
    "bad_phone",
    "name_mismatch",
    "control_character",
)


def base_type_choices(profile: Profile) -> sheets.Choices:
    types = {t.name: t.id for t in profile.base_types}
    allowed = "、".join(types)
    return sheets.Choices(
        types,
        "unknown_type",
        lambda value: f"“{value}”不是《{profile.name}》规定的基地类型（应为：{allowed}）",
    )


def check_file(
    ws: Workspace,
    path: Path,
    schema: Schema,
    *,
    sheet: str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Report:
    return check_workbook(ws, sheets.read(path), schema, sheet=sheet, mapping=mapping)


def check_workbook(
    ws: Workspace,
    workbook: Workbook,
    schema: Schema,
    *,
    sheet: str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Report:
    """Checks a file already read (the wizard reads a file once, then re-checks on mapping).

    Without a ``mapping``, the one remembered for the sheet's header layout applies.
    """
    if mapping is None:
        _sheet, found = sheets.pick_sheet(workbook, schema, sheet)
        mapping = mappings.remembered_mapping(ws, schema, list(found.headers.values()))
    report = sheets.check(
        workbook,
        schema,
        sheet=sheet,
        mapping=mapping,
        choices={"base_type": base_type_choices(ws.profile)},
    )
    if schema.kind == "recommendation":
        _check_quota(report, ws.profile)
    _check_against_register(report, ws)
    return report


def _check_quota(report: Report, profile: Profile) -> None:
    quota = profile.recommendation_quota_per_unit
    if quota is None:
        return
    per_unit: dict[str, int] = {}
    for row in report.rows:
        code = row.values.get("uscc")
        if not code:
            continue
        per_unit[code] = per_unit.get(code, 0) + 1
        if per_unit[code] > quota:
            message = f"同一单位在本批次最多推荐 {quota} 项，本行是第 {per_unit[code]} 项"
            row.warnings.append(report.finding(row.row, "uscc", code, "quota_exceeded", message))


_ORG = sa.table("organization", sa.column("id"), sa.column("name"), sa.column("uscc"))
_BASE = sa.table(
    "base",
    sa.column("org_id"),
    sa.column("base_type"),
    sa.column("status"),
    sa.column("archived"),
    sa.column("id"),
)
_CHANGE = sa.table("status_change", sa.column("base_id"), sa.column("ban_until", sa.Date))


def _check_against_register(report: Report, ws: Workspace) -> None:
    codes = {r.values["uscc"] for r in report.rows if r.values.get("uscc")}
    if not codes:
        return
    active = {s.id for s in ws.profile.lifecycle.states if s.role != "revoked"}
    with ws.db.reading() as conn:
        known = {
            r.uscc: (r.id, r.name)
            for r in conn.execute(
                sa.select(_ORG.c.id, _ORG.c.name, _ORG.c.uscc).where(_ORG.c.uscc.in_(codes))
            )
        }
        ids = [v[0] for v in known.values()]
        recognised = {
            (r.org_id, r.base_type)
            for r in conn.execute(
                sa.select(_BASE.c.org_id, _BASE.c.base_type).where(
                    _BASE.c.org_id.in_(ids),
                    _BASE.c.archived == sa.false(),
                    _BASE.c.status.in_(active),
                )
            )
        }
        bans = dict(
            conn.execute(
                sa.select(_BASE.c.org_id, sa.func.max(_CHANGE.c.ban_until))
                .join(_CHANGE, _CHANGE.c.base_id == _BASE.c.id)
                .where(_BASE.c.org_id.in_(ids))
                .group_by(_BASE.c.org_id)
            ).all()
        )
    today = clock.today()
    for row in report.rows:
        code = row.values.get("uscc")
        if code not in known:
            continue
        org_id, name = known[code]
        ban = bans.get(org_id)
        if ban is not None and ban > today:
            message = f"该单位的基地被撤销，{ban.isoformat()} 前不得再次申报"
            row.errors.append(report.finding(row.row, "uscc", code, "banned", message))
        base_type = row.values.get("base_type")
        if base_type and (org_id, base_type) in recognised:
            message = "该单位已有同类型的在册基地"
            shown = ws.profile.base_type(base_type).name  # as the district wrote it
            row.warnings.append(
                report.finding(row.row, "base_type", shown, "already_recognised", message)
            )
        written = row.values.get("org_name")
        if written and written != name:
            message = f"该信用代码在名录中登记的单位名称为“{name}”"
            row.warnings.append(
                report.finding(row.row, "org_name", written, "name_mismatch", message)
            )
