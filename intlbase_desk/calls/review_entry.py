"""What the officer records in the formal review: an application's figures (typed from its
form), a finding on a condition the app cannot compute, and the review's outcome, which moves
each application to 形式审查通过 or 不通过 (with each failed condition and its article). Each
is one transaction with its audit entry."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from intlbase_desk.calls.entry import record_step
from intlbase_desk.calls.formal_review import review_applications
from intlbase_desk.calls.settings import CHANGED
from intlbase_desk.calls.states import STATES
from intlbase_desk.infra import audit, clock, os_errors
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import NotFoundError, UserError, ValidationError
from intlbase_desk.models import Application, ApplicationCheck, ApplicationMetric
from intlbase_desk.policy.metrics import conditions_of
from intlbase_desk.workspace import Workspace

REVIEWABLE = frozenset({"received", "formal_passed", "formal_failed"})
YES = {"是", "有", "符合", "1", "true", "yes"}
NO = {"否", "无", "不符合", "0", "false", "no"}


def _application(session: object, application_id: int) -> Application:
    app = session.get(Application, application_id)  # type: ignore[attr-defined]
    if app is None:
        raise NotFoundError(f"没有编号为 {application_id} 的申报")
    return app


def metric_value(ws: Workspace, metric: str, typed: object) -> float:
    """A figure as typed (数字; 是/否 for a yes-or-no metric), refused in the officer's words."""
    m = ws.profile.metrics[metric]
    text = str(typed).strip()
    if m.kind == "yes_no":
        if text.lower() in YES:
            return 1.0
        if text.lower() in NO:
            return 0.0
        raise ValidationError({metric: f"“{m.label}”应填“是”或“否”"})
    try:
        value = float(text.replace(",", "").replace("，", ""))
    except ValueError:
        raise ValidationError({metric: f"“{m.label}”应为数字（{m.unit or '无单位'}）"}) from None
    if value < 0:
        raise ValidationError({metric: f"“{m.label}”不能为负数"})
    return value


def set_metric(
    ws: Workspace, application_id: int, metric: str, typed: object | None, source: str = ""
) -> Changes:
    """``typed`` None or blank: the figure is removed (the condition becomes "missing")."""
    with ws.db.transaction() as session:
        app = _application(session, application_id)
        used = {c.metric for c in conditions_of(ws.profile, app.base_type) if c.metric}
        if metric not in used:
            labels = "、".join(ws.profile.metrics[k].label for k in sorted(used)) or "（无）"
            raise ValidationError({"metric": f"该类型的条件不读这项指标；可录入的指标：{labels}"})
        blank = typed is None or not str(typed).strip()
        value = None if blank else metric_value(ws, metric, typed)
        row = session.exec(
            select(ApplicationMetric).where(
                ApplicationMetric.application_id == application_id,
                ApplicationMetric.metric == metric,
            )
        ).first()
        before = None if row is None else row.value
        if before == value:
            return Changes()
        if value is None:
            session.delete(row)
        else:
            row = row or ApplicationMetric(application_id=application_id, metric=metric, value=0)
            row.value, row.source = value, source or "窗口录入"
            row.entered_by, row.entered_at = ws.actor, clock.now()
            session.add(row)
        audit.record(
            session,
            actor=ws.actor,
            entity="application_metric",
            entity_id=application_id,
            action="update",
            before={metric: before},
            after={metric: value},
            reason=f"录入“{ws.profile.metrics[metric].label}”（{source or '窗口录入'}）",
        )
    return CHANGED


def record_check(
    ws: Workspace,
    application_id: int,
    condition_id: str,
    passed: bool,
    note: str,
    evidence: Path | None = None,
) -> Changes:
    """The officer's finding, with the evidence file's name and SHA-256 (the file stays where
    the office keeps it)."""
    note = note.strip()
    if not note:
        raise ValidationError(
            {"note": "请写明核查的方式、时间和结果（如：信用中国查询，无失信记录）"}
        )
    digest = ""
    if evidence is not None:
        try:
            digest = hashlib.sha256(evidence.read_bytes()).hexdigest()
        except OSError as exc:
            raise UserError(f"读不了证明材料“{evidence.name}”：{os_errors.describe(exc)}") from exc
    with ws.db.transaction() as session:
        app = _application(session, application_id)
        known = {c.id for c in conditions_of(ws.profile, app.base_type)}
        if condition_id not in known:
            raise ValidationError({"condition": f"该类型没有编号为“{condition_id}”的条件"})
        row = session.exec(
            select(ApplicationCheck).where(
                ApplicationCheck.application_id == application_id,
                ApplicationCheck.condition_id == condition_id,
            )
        ).first()
        before = None if row is None else {"passed": row.passed, "note": row.note}
        row = row or ApplicationCheck(
            application_id=application_id,
            condition_id=condition_id,
            passed=passed,
            checked_by=ws.actor,
            checked_at=clock.now(),
        )
        row.passed, row.note = passed, note
        row.evidence = evidence.name if evidence is not None else row.evidence
        row.evidence_sha256 = digest or row.evidence_sha256
        row.checked_by, row.checked_at = ws.actor, clock.now()
        session.add(row)
        audit.record(
            session,
            actor=ws.actor,
            entity="application_check",
            entity_id=application_id,
            action="update",
            before=before,
            after={"condition": condition_id, "passed": passed, "note": note},
            reason=note,
        )
    return CHANGED


@dataclass(frozen=True)
class Decided:
    passed: list[int]
    failed: list[int]
    incomplete: list[int]
    changes: Changes


def decide_formal_review(ws: Workspace, year: int) -> Decided:
    """Each application still in the formal review moves to the outcome of its conditions; an
    incomplete one stays where it is, listed."""
    reviews = [r for r in review_applications(ws, year) if r.row.state in REVIEWABLE]
    passed, failed, incomplete = [], [], []
    with ws.db.transaction() as session:
        for review in reviews:
            if review.outcome == "incomplete":
                incomplete.append(review.row.id)
                continue
            to = "formal_passed" if review.outcome == "pass" else "formal_failed"
            (passed if to == "formal_passed" else failed).append(review.row.id)
            app = _application(session, review.row.id)
            if app.status == to:
                continue
            reasons = "；".join(f"{c.text}（{c.article}）" for c in review.failed)
            reason = f"不符合：{reasons}" if reasons else "各项条件均符合"
            rules = ",".join(sorted({c.rule for c in review.failed}))
            record_step(session, ws, app, to, reason, rules)
            before = app.status
            app.status, app.updated_at = to, clock.now()
            session.add(app)
            audit.record(
                session,
                actor=ws.actor,
                entity="application",
                entity_id=app.id or 0,
                action="update",
                before={"status": before},
                after={"status": to},
                reason=f"形式审查：{STATES[to]}；{reason}",
            )
    return Decided(passed, failed, incomplete, CHANGED if passed or failed else Changes())
