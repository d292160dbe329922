"""Checks a district's sheet against the profile and the register, cell by cell.

Errors (the row is refused): required, uscc_format, uscc_checksum, unknown_type,
duplicate_in_file, banned, bad_date, bad_number. Warnings (the officer decides):
already_recognised, quota_exceeded, bad_email, bad_phone, name_mismatch.
The result is the report of ``import --json``; nothing here writes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from intlbase_desk.exchange.schemas import ImportSchema
from intlbase_desk.infra import clock
from intlbase_desk.infra.database import Database
from intlbase_desk.policy.profile import Profile
from intlbase_desk.sheets import cells as cell_values
from intlbase_desk.sheets import header as header_match
from intlbase_desk.sheets import reader as sheet_reader
from intlbase_desk.text import uscc

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^\+?[0-9][0-9\-() ]{5,24}$")
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
WARNING_CODES = ("already_recognised", "quota_exceeded", "bad_email", "bad_phone", "name_mismatch")


@dataclass(frozen=True)
class Finding:
    row: int  # the row number Excel shows
    field: str
    column: str  # the header as written in the file
    value: str
    code: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "field": self.field,
            "column": self.column,
            "value": self.value,
            "code": self.code,
            "message": self.message,
        }


@dataclass
class CheckedRow:
    row: int
    values: dict[str, Any]  # canonical key → normalised value
    errors: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)


@dataclass
class Report:
    file: str
    sheet: str
    header_row: int
    rows: list[CheckedRow]
    columns: dict[str, str]  # canonical key → header as written
    unmatched_columns: list[str]
    header_cells: list[str] = field(default_factory=list)  # every header, in column order
    written: int = 0

    @property
    def accepted(self) -> list[CheckedRow]:
        return [r for r in self.rows if not r.errors]

    @property
    def errors(self) -> list[Finding]:
        return [f for r in self.rows for f in r.errors]

    @property
    def warnings(self) -> list[Finding]:
        return [f for r in self.rows for f in r.warnings]

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "rows": len(self.rows),
            "accepted": len(self.accepted),
            "written": self.written,
            "errors": [f.as_dict() for f in self.errors],
            "warnings": [f.as_dict() for f in self.warnings],
        }


class NoHeader(sheet_reader.UnreadableFile):
    """No sheet of the file has a header this kind of import recognises."""


def pick_sheet(
    sheets: list[sheet_reader.Sheet],
    schema: ImportSchema,
    name: str | None,
    mapping: Mapping[str, str] | None = None,
) -> tuple[sheet_reader.Sheet, header_match.HeaderMatch]:
    """The sheet that holds the header: visible ones first, hidden and instruction sheets not."""
    if name is not None:
        chosen = [s for s in sheets if s.name == name]
        if not chosen:
            names = "、".join(s.name for s in sheets)
            raise NoHeader(f"文件中没有名为“{name}”的工作表（有：{names}）")
    else:
        chosen = [s for s in sheets if s.visible] or sheets
    for sheet in chosen:
        found = header_match.find_header(sheet.rows, schema, mapping)
        if found is not None:
            return sheet, found
    raise NoHeader(
        f"没有找到{schema.title}的表头：至少应有“{schema.fields[1].label}”“{schema.fields[2].label}”"
        f"等 {header_match.MIN_MATCHES} 列"
    )


def check_file(
    path: Path,
    schema: ImportSchema,
    profile: Profile,
    db: Database,
    *,
    sheet: str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Report:
    return check_sheets(
        sheet_reader.read(path), path.name, schema, profile, db, sheet=sheet, mapping=mapping
    )


def check_sheets(
    sheets: list[sheet_reader.Sheet],
    file_name: str,
    schema: ImportSchema,
    profile: Profile,
    db: Database,
    *,
    sheet: str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Report:
    """Checks sheets already read (the wizard reads a file once, then re-checks on mapping)."""
    chosen, header = pick_sheet(sheets, schema, sheet, mapping)
    report = Report(
        file=file_name,
        sheet=chosen.name,
        header_row=chosen.first_row + header.row_index,
        rows=[],
        columns={k: header.headers[i] for k, i in header.columns.items()},
        unmatched_columns=[header.headers[i] for i in header.unmatched],
        header_cells=list(header.headers.values()),
    )
    for offset, row in enumerate(chosen.rows[header.row_index + 1 :], start=1):
        if header_match.is_footer(row):
            break
        if all(cell_values.is_blank(c) for c in row):
            continue
        number = chosen.first_row + header.row_index + offset
        report.rows.append(_check_row(number, row, header, report.columns, schema, profile))
    _check_across_rows(report, schema, profile)
    _check_against_register(report, profile, db)
    return report


def _finding(
    row: int, key: str, columns: Mapping[str, str], value: Any, code: str, message: str
) -> Finding:
    return Finding(row, key, columns.get(key, ""), cell_values.text(value), code, message)


def _check_row(
    number: int,
    row: list[Any],
    header: header_match.HeaderMatch,
    columns: Mapping[str, str],
    schema: ImportSchema,
    profile: Profile,
) -> CheckedRow:
    checked = CheckedRow(number, {})
    types = {t.name: t.id for t in profile.base_types}
    for f in schema.fields:
        index = header.columns.get(f.key)
        raw = row[index] if index is not None and index < len(row) else None
        if cell_values.is_blank(raw):
            checked.values[f.key] = None
            if f.required:
                checked.errors.append(
                    _finding(number, f.key, columns, raw, "required", f"“{f.label}”不能为空")
                )
            continue
        try:
            value = _value(f.kind, raw)
        except cell_values.CellError as exc:
            checked.errors.append(_finding(number, f.key, columns, raw, exc.code, exc.message))
            checked.values[f.key] = None
            continue
        if f.kind == "uscc":
            problem = uscc.problem(value)
            if problem:
                code = "uscc_checksum" if "校验位" in problem else "uscc_format"
                checked.errors.append(_finding(number, f.key, columns, raw, code, problem))
        elif f.kind == "base_type":
            if value not in types:
                allowed = "、".join(types)
                checked.errors.append(
                    _finding(
                        number,
                        f.key,
                        columns,
                        raw,
                        "unknown_type",
                        f"“{value}”不是《{profile.name}》规定的基地类型（应为：{allowed}）",
                    )
                )
            value = types.get(value, value)
        elif f.kind == "email" and not _EMAIL.match(value):
            checked.warnings.append(
                _finding(number, f.key, columns, raw, "bad_email", "电子邮箱格式不正确")
            )
        elif f.kind == "phone" and not _PHONE.match(value):
            checked.warnings.append(
                _finding(number, f.key, columns, raw, "bad_phone", "联系电话格式不正确")
            )
        checked.values[f.key] = value
    return checked


def _value(kind: str, raw: Any) -> Any:
    if kind == "uscc":
        return cell_values.uscc(raw)
    if kind == "number":
        return cell_values.number(raw)
    if kind == "date":
        return cell_values.date(raw)
    if kind in ("code", "phone", "email"):
        return cell_values.code(raw)
    return cell_values.text(raw)


def _check_across_rows(report: Report, schema: ImportSchema, profile: Profile) -> None:
    seen: dict[tuple[Any, ...], int] = {}
    for row in report.rows:
        key = tuple(row.values.get(k) for k in schema.natural_key)
        if any(v is None for v in key):
            continue
        if key in seen:
            label = schema.field(schema.natural_key[0]).label
            row.errors.append(
                _finding(
                    row.row,
                    schema.natural_key[-1],
                    report.columns,
                    row.values[schema.natural_key[-1]],
                    "duplicate_in_file",
                    f"与第 {seen[key]} 行重复（{label}和基地类型相同）",
                )
            )
        else:
            seen[key] = row.row
    quota = profile.recommendation_quota_per_unit
    if quota is None or schema.kind != "recommendation":
        return
    per_unit: dict[str, int] = {}
    for row in report.rows:
        code = row.values.get("uscc")
        if not code:
            continue
        per_unit[code] = per_unit.get(code, 0) + 1
        if per_unit[code] > quota:
            row.warnings.append(
                _finding(
                    row.row,
                    "uscc",
                    report.columns,
                    code,
                    "quota_exceeded",
                    f"同一单位在本批次最多推荐 {quota} 项，本行是第 {per_unit[code]} 项",
                )
            )


def _check_against_register(report: Report, profile: Profile, db: Database) -> None:
    codes = {r.values["uscc"] for r in report.rows if r.values.get("uscc")}
    if not codes:
        return
    org = sa.table("organization", sa.column("id"), sa.column("name"), sa.column("uscc"))
    base = sa.table(
        "base",
        sa.column("org_id"),
        sa.column("base_type"),
        sa.column("status"),
        sa.column("archived"),
        sa.column("id"),
    )
    change = sa.table("status_change", sa.column("base_id"), sa.column("ban_until", sa.Date))
    active = {s.id for s in profile.lifecycle.states if s.role != "revoked"}
    with db.reading() as conn:
        known = {
            r.uscc: (r.id, r.name)
            for r in conn.execute(
                sa.select(org.c.id, org.c.name, org.c.uscc).where(org.c.uscc.in_(codes))
            )
        }
        ids = [v[0] for v in known.values()]
        recognised = {
            (r.org_id, r.base_type)
            for r in conn.execute(
                sa.select(base.c.org_id, base.c.base_type).where(
                    base.c.org_id.in_(ids), base.c.archived == sa.false(), base.c.status.in_(active)
                )
            )
        }
        bans = dict(
            conn.execute(
                sa.select(base.c.org_id, sa.func.max(change.c.ban_until))
                .join(change, change.c.base_id == base.c.id)
                .where(base.c.org_id.in_(ids))
                .group_by(base.c.org_id)
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
            row.errors.append(
                _finding(
                    row.row,
                    "uscc",
                    report.columns,
                    code,
                    "banned",
                    f"该单位的基地被撤销，{ban.isoformat()} 前不得再次申报",
                )
            )
        if row.values.get("base_type") and (org_id, row.values["base_type"]) in recognised:
            row.warnings.append(
                _finding(
                    row.row,
                    "base_type",
                    report.columns,
                    row.values["base_type"],
                    "already_recognised",
                    "该单位已有同类型的在册基地",
                )
            )
        written = row.values.get("org_name")
        if written and written != name:
            row.warnings.append(
                _finding(
                    row.row,
                    "org_name",
                    report.columns,
                    written,
                    "name_mismatch",
                    f"该信用代码在名录中登记的单位名称为“{name}”",
                )
            )
