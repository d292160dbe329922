"""形式审查: every condition of the profile for an application's type, evaluated. A threshold
(``metric op value``) reads the figure typed or imported for the application; a metric with no
figure is "missing", never a pass. The years since registration come from the host's 注册日期
in the register when no figure was typed; registration in the jurisdiction is only suggested
from the division code inside the credit code, for the officer to confirm. A checklist item,
or any condition the officer checked elsewhere (the integrity veto), is decided by the
officer's recorded finding. The outcome: passed, not passed (each failed condition with its
article), or incomplete."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import select

from intlbase_desk.calls.applications import ApplicationRow, list_applications
from intlbase_desk.calls.settings import call_info
from intlbase_desk.infra import clock
from intlbase_desk.models import ApplicationCheck, ApplicationMetric, Organization
from intlbase_desk.policy.metrics import conditions_of
from intlbase_desk.policy.profile import Condition, Profile
from intlbase_desk.workspace import Workspace

RESULTS = {"pass": "符合", "fail": "不符合", "missing": "缺少数据", "checklist": "待核对"}
OUTCOMES = {"pass": "通过", "fail": "不通过", "incomplete": "待补充"}
_OPS = {">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b, "==": lambda a, b: a == b}


@dataclass(frozen=True)
class ConditionResult:
    condition_id: str
    rule: str
    article: str
    text: str
    result: str  # a key of RESULTS
    value: str  # what was compared, as the officer reads it
    note: str  # the officer's finding, or a suggestion to confirm

    def as_dict(self) -> dict[str, Any]:
        return {
            "condition": self.condition_id,
            "rule": self.rule,
            "article": self.article,
            "text": self.text,
            "result": self.result,
            "value": self.value,
            "note": self.note,
        }


@dataclass(frozen=True)
class Review:
    row: ApplicationRow
    conditions: list[ConditionResult]
    outcome: str  # a key of OUTCOMES

    @property
    def failed(self) -> list[ConditionResult]:
        return [c for c in self.conditions if c.result == "fail"]

    def as_dict(self) -> dict[str, Any]:
        return {
            "application_id": self.row.id,
            "uscc": self.row.uscc,
            "org_name": self.row.org_name,
            "base_type": self.row.base_type,
            "state": self.row.state,
            "conditions": [c.as_dict() for c in self.conditions],
            "outcome": self.outcome,
        }


def shown(value: float, unit: str = "") -> str:
    return f"{value:g}{unit}"


def jurisdiction_prefix(profile: Profile) -> str | None:
    """The province-level part (two digits) of the profile's division codes, if any."""
    prefixes = {code[:2] for code in profile.division_codes.values()}
    return prefixes.pop() if len(prefixes) == 1 else None


@dataclass(frozen=True)
class _Known:
    metrics: dict[int, dict[str, float]]
    checks: dict[int, dict[str, ApplicationCheck]]
    registered: dict[str, dt.date]
    as_of: dt.date


def _evaluate(
    profile: Profile, known: _Known, row: ApplicationRow, c: Condition
) -> ConditionResult:
    article = profile.rule(c.rule).article

    def result(kind: str, value: str = "", note: str = "") -> ConditionResult:
        return ConditionResult(c.id, c.rule, article, c.text, kind, value, note)

    check = known.checks.get(row.id, {}).get(c.id)
    if check is not None:
        found = f"核查：{check.note}" + (
            f"（证明材料：{check.evidence}）" if check.evidence else ""
        )
        return result(
            "pass" if check.passed else "fail", "符合" if check.passed else "不符合", found
        )
    if c.kind == "checklist" or c.metric is None:
        return result("checklist", "", "请核对后记录")
    metric = profile.metrics[c.metric]
    figure = known.metrics.get(row.id, {}).get(c.metric)
    suggestion = ""
    if figure is None and metric.derived == "registered_years":
        registered = known.registered.get(row.uscc)
        if registered is not None:
            figure = round((known.as_of - registered).days / 365.25, 2)
            suggestion = f"据名录中的注册日期 {registered:%Y-%m-%d} 计至 {known.as_of:%Y-%m-%d}"
    if figure is None and metric.derived == "division_code":
        prefix = jurisdiction_prefix(profile)
        if prefix is not None and len(row.uscc) == 18:
            inside = row.uscc[2:4] == prefix
            code = row.uscc[2:8]
            suggestion = (
                f"信用代码中的行政区划代码 {code} {'属' if inside else '不属'}本地区，请核实后确认"
            )
        return result("missing", "", suggestion or "请核实后录入")
    if figure is None:
        return result("missing", "", f"请录入“{metric.label}”")
    assert c.op is not None and c.value is not None
    if metric.kind == "yes_no":
        passed = bool(figure) == bool(c.value)
        return result("pass" if passed else "fail", "是" if figure else "否", suggestion)
    passed = _OPS[c.op](figure, float(c.value))
    return result("pass" if passed else "fail", shown(figure, c.unit), suggestion)


def _known(ws: Workspace, rows: list[ApplicationRow], as_of: dt.date) -> _Known:
    ids = [r.id for r in rows]
    metrics: dict[int, dict[str, float]] = {}
    checks: dict[int, dict[str, ApplicationCheck]] = {}
    o = Organization.__table__  # type: ignore[attr-defined]
    with ws.db.transaction() as session:
        for m in session.exec(
            select(ApplicationMetric).where(ApplicationMetric.application_id.in_(ids))  # type: ignore[attr-defined]
        ):
            metrics.setdefault(m.application_id, {})[m.metric] = m.value
        for c in session.exec(
            select(ApplicationCheck).where(ApplicationCheck.application_id.in_(ids))  # type: ignore[attr-defined]
        ):
            checks.setdefault(c.application_id, {})[c.condition_id] = c
        registered = dict(
            session.exec(
                sa.select(o.c.uscc, o.c.registered_on).where(
                    o.c.uscc.in_({r.uscc for r in rows}), o.c.registered_on.is_not(None)
                )
            ).all()
        )
        session.expunge_all()
    return _Known(metrics, checks, registered, as_of)


def review_applications(
    ws: Workspace, year: int, application_id: int | None = None
) -> list[Review]:
    """Every application of the call still in review (not withdrawn), or one."""
    info = call_info(ws, year)
    rows = [
        r
        for r in list_applications(ws, year)
        if r.state != "withdrawn" and application_id in (None, r.id)
    ]
    # The years of registration are counted to the call's deadline (or today).
    known = _known(ws, rows, info.deadline or clock.today())
    reviews = []
    for row in rows:
        results = [
            _evaluate(ws.profile, known, row, c) for c in conditions_of(ws.profile, row.base_type)
        ]
        kinds = {r.result for r in results}
        outcome = "fail" if "fail" in kinds else ("incomplete" if kinds - {"pass"} else "pass")
        reviews.append(Review(row, results, outcome))
    return reviews
