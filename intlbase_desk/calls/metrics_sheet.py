"""Figures of many applications at once: a sheet with one row per application (统一社会信用代码,
基地类型, then a column per metric headed by the profile's label), read through the one engine.
The app writes the sheet for a call, each application's row and the metrics its type reads;
an officer or a district fills it. A file with any error writes nothing; a blank cell leaves
the figure as it was."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import select

from intlbase_desk import exchange, sheets
from intlbase_desk.calls.applications import list_applications
from intlbase_desk.calls.settings import CHANGED, call_info
from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.models import ApplicationMetric
from intlbase_desk.policy.metrics import conditions_of
from intlbase_desk.policy.profile import Profile
from intlbase_desk.sheets import Field, Report, Schema
from intlbase_desk.workspace import Workspace

_YES_NO = {"是": "1", "否": "0", "有": "1", "无": "0", "符合": "1", "不符合": "0"}


def _heading(profile: Profile, key: str) -> str:
    m = profile.metrics[key]
    return f"{m.label}（{m.unit}）" if m.unit else m.label


def metrics_schema(profile: Profile) -> Schema:
    return Schema(
        kind="metrics",
        title="申报指标",
        fields=(
            Field("uscc", "统一社会信用代码", ("信用代码", "社会信用代码"), "uscc", required=True),
            Field("base_type", "基地类型", ("申报类型", "类型"), "choice", required=True),
            Field("base_name", "基地名称", ("申报基地名称",)),
            *(
                Field(
                    f"m:{key}",
                    _heading(profile, key),
                    (m.label,),
                    "choice" if m.kind == "yes_no" else "decimal",
                )
                for key, m in profile.metrics.items()
            ),
        ),
        natural_key=("uscc", "base_type"),
    )


def _choices(profile: Profile) -> dict[str, sheets.Choices]:
    found = {"base_type": exchange.base_type_choices(profile)}
    for key, m in profile.metrics.items():
        if m.kind == "yes_no":
            found[f"m:{key}"] = sheets.Choices(
                _YES_NO,
                "not_yes_no",
                lambda value, m=m: f"“{m.label}”应填“是”或“否”，不是“{value}”",
            )
    return found


@dataclass
class CheckedMetrics:
    report: Report
    year: int
    figures: list[tuple[int, str, float]] = field(default_factory=list)  # application, metric

    def as_dict(self) -> dict[str, Any]:
        return self.report.as_dict() | {"call": self.year, "figures": len(self.figures)}


def check_metrics_file(ws: Workspace, year: int, path: Path) -> CheckedMetrics:
    profile = ws.profile
    report = sheets.check(sheets.read(path), metrics_schema(profile), choices=_choices(profile))
    checked = CheckedMetrics(report, year)
    apps = {(r.uscc, r.base_type): r for r in list_applications(ws, year) if r.state != "withdrawn"}
    for row in report.rows:
        v = row.values
        if v.get("uscc") is None or v.get("base_type") is None:
            continue
        app = apps.get((v["uscc"], v["base_type"]))
        if app is None:
            message = f"{year}年度没有该单位这一类型的申报（或已撤回）"
            row.errors.append(
                report.finding(row.row, "uscc", v["uscc"], "unknown_application", message)
            )
            continue
        used = {c.metric for c in conditions_of(profile, app.base_type) if c.metric}
        refused = {f.field for f in row.errors}  # the engine said why already
        for key in profile.metrics:
            value = v.get(f"m:{key}")
            if value is None or value == "" or f"m:{key}" in refused:
                continue
            if key not in used:
                message = f"“{app.type_name}”的条件不读“{profile.metrics[key].label}”，该格未导入"
                row.warnings.append(
                    report.finding(row.row, f"m:{key}", value, "unused_metric", message)
                )
                continue
            number = float(value)
            if number < 0:
                message = f"“{profile.metrics[key].label}”不能为负数"
                row.errors.append(report.finding(row.row, f"m:{key}", value, "negative", message))
                continue
            checked.figures.append((app.id, key, number))
    return checked


def write_metrics(ws: Workspace, checked: CheckedMetrics) -> Changes:
    if checked.report.errors:
        raise UserError(f"文件有 {len(checked.report.errors)} 处错误，未导入；请改正后重新导入")
    if not checked.figures:
        return Changes()
    source = checked.report.file
    with ws.db.transaction() as session:
        ids = sorted({a for a, _k, _v in checked.figures})
        existing = {
            (m.application_id, m.metric): m
            for m in session.exec(
                select(ApplicationMetric).where(ApplicationMetric.application_id.in_(ids))  # type: ignore[attr-defined]
            )
        }
        before: dict[str, float] = {}
        for app_id, key, value in checked.figures:
            row = existing.get((app_id, key))
            if row is not None:
                before[f"{app_id}:{key}"] = row.value
            row = row or ApplicationMetric(application_id=app_id, metric=key, value=value)
            row.value, row.source = value, source
            row.entered_by, row.entered_at = ws.actor, clock.now()
            session.add(row)
        audit.record(
            session,
            actor=ws.actor,
            entity="application_metric",
            entity_id=call_info(ws, checked.year).id,
            action="update",
            before=before or None,
            after={f"{a}:{k}": v for a, k, v in checked.figures},
            reason=f"导入申报指标：{source}（{len(checked.figures)} 项）",
        )
    return CHANGED


def write_metrics_sheet(ws: Workspace, year: int, path: Path) -> int:
    """One row per application in review, the figures known so far filled in."""
    profile = ws.profile
    keys = list(profile.metrics)
    rows = [r for r in list_applications(ws, year) if r.state != "withdrawn"]
    with ws.db.transaction() as session:
        known = {
            (m.application_id, m.metric): m.value
            for m in session.exec(
                select(ApplicationMetric).where(
                    ApplicationMetric.application_id.in_([r.id for r in rows])  # type: ignore[attr-defined]
                )
            )
        }

    def cell(app_id: int, key: str) -> object:
        value = known.get((app_id, key))
        if value is None or profile.metrics[key].kind != "yes_no":
            return value
        return "是" if value else "否"

    columns = [
        sheets.TableColumn("统一社会信用代码", "code", 22),
        sheets.TableColumn("基地类型", "text", 20),
        sheets.TableColumn("基地名称", "text", 36),
        *(sheets.TableColumn(_heading(profile, k), "text", 18) for k in keys),
    ]
    table = [[r.uscc, r.type_name, r.base_name, *(cell(r.id, k) for k in keys)] for r in rows]
    return sheets.write_table(path, columns, table, sheet_name="申报指标")
