"""Applications the office enters itself, and withdrawals. Some applicants come straight to the
commission, not through a district (部属院校、中央在渝机构, CQ-10): their application is typed
in the window, checked as one row of a district's sheet would be (the one engine, with the same
checks against the register: the ban, a base of that type already there), then written with its
first step. A withdrawal keeps the application, with its reason, as its last step."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlmodel import Session, select

from intlbase_desk import exchange, register, sheets
from intlbase_desk.calls.settings import CHANGED
from intlbase_desk.calls.states import FINAL, STATES
from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import NotFoundError, UserError, ValidationError
from intlbase_desk.models import Application, ApplicationEvent, Call
from intlbase_desk.workspace import Workspace

DIRECT = "直接申报"
TEXT_FIELDS = (
    "org_kind",
    "field",
    "countries",
    "partners",
    "leader",
    "contact",
    "phone",
    "email",
    "recommender",
    "remark",
)


@dataclass(frozen=True)
class Entered:
    id: int
    warnings: list[str]
    changes: Changes


def _as_sheet(values: Mapping[str, object]) -> sheets.Workbook:
    """The typed values as a district's sheet of one row, so the engine checks them."""
    schema = exchange.RECOMMENDATION
    header = [f.label for f in schema.fields]
    row = [values.get(f.key) for f in schema.fields]
    sheet = sheets.Sheet("窗口录入", True, 1, 0, [header, row])
    return sheets.Workbook("窗口录入", "", [sheet])


def add_application(ws: Workspace, year: int, values: Mapping[str, object]) -> Entered:
    """Refused with each field's problem when the row would be refused in a sheet."""
    typed = dict(values)
    typed["recommender"] = str(typed.get("recommender") or "").strip() or DIRECT
    report = exchange.check_workbook(ws, _as_sheet(typed), exchange.RECOMMENDATION, mapping={})
    if report.errors:
        raise ValidationError({f.field: f.message for f in report.errors})
    (row,) = report.rows
    v = row.values
    now = clock.now()
    with ws.db.transaction() as session:
        call = session.exec(select(Call).where(Call.year == year)).first()
        if call is None:
            raise NotFoundError(f"没有{year}年度的申报批次，请先开启")
        same = session.exec(
            select(Application).where(
                Application.call_id == call.id,
                Application.uscc == v["uscc"],
                Application.base_type == v["base_type"],
            )
        ).first()
        if same is not None:
            raise UserError(
                f"{year}年度已有该单位同类型的申报（编号 {same.id}，{STATES[same.status]}）"
            )
        org_ids = register.organizations_by_uscc(session, [v["uscc"]])
        app = Application(
            call_id=call.id or 0,
            org_id=org_ids.get(v["uscc"]),
            uscc=v["uscc"],
            org_name=v["org_name"],
            base_name=v["base_name"],
            base_type=v["base_type"],
            priority=v.get("priority"),
            status="received",
            created_at=now,
            updated_at=now,
            **{k: v.get(k) or "" for k in TEXT_FIELDS},
        )
        session.add(app)
        session.flush()
        assert app.id is not None
        record_step(session, ws, app, "received", "直接申报，窗口录入", "")
        audit.record(
            session,
            actor=ws.actor,
            entity="application",
            entity_id=app.id,
            action="create",
            before=None,
            after={k: getattr(app, k) for k in ("uscc", "org_name", "base_name", "base_type")},
            reason=f"录入{year}年度申报（{typed['recommender']}）",
        )
    return Entered(app.id, [f.message for f in report.warnings], CHANGED)


def record_step(
    session: Session, ws: Workspace, app: Application, to: str, reason: str, rule: str
) -> None:
    session.add(
        ApplicationEvent(
            application_id=app.id or 0,
            from_state="" if to == "received" else app.status,
            to_state=to,
            reason=reason,
            rule_id=rule,
            actor=ws.actor,
            at=clock.now(),
        )
    )


def withdraw_application(ws: Workspace, application_id: int, reason: str) -> Changes:
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "请写明撤回的原因（如申报单位来函撤回）"})
    with ws.db.transaction() as session:
        app = session.get(Application, application_id)
        if app is None:
            raise NotFoundError(f"没有编号为 {application_id} 的申报")
        if app.status in FINAL:
            raise UserError(f"该申报已{STATES[app.status]}，不能撤回")
        before = app.status
        record_step(session, ws, app, "withdrawn", reason, "")
        app.status, app.updated_at = "withdrawn", clock.now()
        session.add(app)
        audit.record(
            session,
            actor=ws.actor,
            entity="application",
            entity_id=application_id,
            action="update",
            before={"status": before},
            after={"status": "withdrawn"},
            reason=reason,
        )
    return CHANGED
