"""An expert list through the one spreadsheet engine: checked cell by cell, then written.

A row is a new expert, or one already in the pool (same name and mobile number, or same name and
employer when the number is missing): the values the row gives replace the pool's, a blank cell
erases nothing, and past employers and relations the row names are added to those known.
Nothing is deleted. Any error keeps the whole file out, so a list is never half in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from intlbase_desk import sheets
from intlbase_desk.experts import fields as expert_fields
from intlbase_desk.experts import pool
from intlbase_desk.experts.labels import ACTIVE_TEXT
from intlbase_desk.experts.schema import EXPERTS
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.models import Expert
from intlbase_desk.sheets import Report, Workbook
from intlbase_desk.workspace import Workspace

_ACTIVE = {text: "1" if active else "0" for active, text in ACTIVE_TEXT.items()} | {
    "在库": "1",
    "正常": "1",
    "是": "1",
    "禁用": "0",
    "否": "0",
}
_CHOICES = {
    "active": sheets.Choices(
        _ACTIVE, "unknown_state", lambda value: f"“{value}”不是专家状态（应为：启用、停用）"
    )
}


@dataclass
class Checked:
    """A checked list: the engine's report, and each accepted row cleaned for the pool."""

    report: Report
    rows: list[tuple[int, expert_fields.CleanExpert, set[str]]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return self.report.as_dict()


@dataclass(frozen=True)
class ExpertsImported:
    added: int
    updated: int
    unchanged: int
    changes: Changes


def check_experts_file(path: Path) -> Checked:
    return check_experts(sheets.read(path))


def check_experts(workbook: Workbook) -> Checked:
    report = sheets.check(workbook, EXPERTS, choices=_CHOICES)
    checked = Checked(report)
    for row in report.rows:
        raw = dict(row.values)
        given = {k for k, v in raw.items() if v not in (None, "")}
        if raw.get("active") is not None:
            raw["active"] = raw["active"] == "1"
        clean, errors = expert_fields.clean_expert(raw)
        for key, message in errors.items():
            if not any(f.field == key for f in row.errors + row.warnings):
                row.errors.append(
                    report.finding(row.row, key, row.values.get(key), "bad_value", message)
                )
        if not row.errors:
            checked.rows.append((row.row, clean, given))
    return checked


def _merged(
    current: Expert,
    known: expert_fields.CleanExpert,
    new: expert_fields.CleanExpert,
    given: set[str],
) -> expert_fields.CleanExpert:
    values = {k: getattr(current, k) for k in new.values} | {
        k: v for k, v in new.values.items() if k in given
    }
    employments = tuple(dict.fromkeys(known.employments + new.employments))
    relations = tuple(dict.fromkeys(known.relations + new.relations))
    return expert_fields.CleanExpert(values, employments, relations)


def import_experts(ws: Workspace, checked: Checked) -> ExpertsImported:
    """Writes the list, all or nothing; refused while the report has errors."""
    report = checked.report
    if report.errors:
        raise UserError(f"文件有 {len(report.errors)} 处错误，未导入；请改正后重新导入")
    with ws.db.transaction() as session:
        added, updated, unchanged = _write(ws, session, checked)
        report.written = added + updated
    return ExpertsImported(
        added, updated, unchanged, pool.CHANGED if added or updated else Changes()
    )


class _Rehearsed(Exception):
    """Carries a rehearsal's counts out of the transaction it rolls back."""


def preview_experts(ws: Workspace, checked: Checked) -> ExpertsImported:
    """What importing the list would do (a dry run): the same writes, rolled back."""
    try:
        with ws.db.transaction() as session:
            raise _Rehearsed(*_write(ws, session, checked))
    except _Rehearsed as done:
        added, updated, unchanged = done.args
    return ExpertsImported(added, updated, unchanged, Changes())


def _write(ws: Workspace, session: Session, checked: Checked) -> tuple[int, int, int]:
    """(added, updated, unchanged)"""
    report = checked.report
    reason = f"导入专家名单：{report.file}（SHA-256 {report.sha256[:12]}…）"
    added = updated = unchanged = 0
    everyone = list(session.exec(select(Expert)))
    by_identity = {
        expert_fields.identity(e.name, e.phone, e.employer_uscc, e.employer): e for e in everyone
    }
    # A new mobile number is the same person at the same employer, not a second expert whose
    # relations (回避) would be missing: matched by name and employer when that is unique.
    by_workplace: dict[tuple[str, ...], list[Expert]] = {}
    for e in everyone:
        by_workplace.setdefault(
            expert_fields.workplace(e.name, e.employer_uscc, e.employer), []
        ).append(e)
    for _row, clean, given in checked.rows:
        v = clean.values
        key = expert_fields.identity(v["name"], v["phone"], v["employer_uscc"], v["employer"])
        current = by_identity.get(key)
        if current is None and (v["employer_uscc"] or v["employer"]):
            same = by_workplace.get(
                expert_fields.workplace(v["name"], v["employer_uscc"], v["employer"]), []
            )
            current = same[0] if len(same) == 1 else None
        if current is None:
            expert_id = pool.insert_expert(session, clean, ws.actor, reason)
            by_identity[key] = session.get(Expert, expert_id)  # type: ignore[assignment]
            added += 1
            continue
        assert current.id is not None
        known = pool.clean_of(session, current)
        if pool.replace_expert(
            session, current, _merged(current, known, clean, given), ws.actor, reason
        ):
            updated += 1
        else:
            unchanged += 1
    return added, updated, unchanged
