"""A call's applications as the 申报 tab lists them, each with what the guide's settings make
of it (a type not open this year, beyond its recommending unit's quota), and one application
whole: the district's data and its steps."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from intlbase_desk.calls.settings import CallInfo, call_info
from intlbase_desk.calls.states import STATES
from intlbase_desk.infra.errors import NotFoundError
from intlbase_desk.models import Application, ApplicationEvent, Call, ImportBatch
from intlbase_desk.workspace import Workspace

DETAIL_FIELDS = (
    ("org_kind", "单位类型"),
    ("field", "领域"),
    ("countries", "合作国别"),
    ("partners", "外方合作机构"),
    ("leader", "负责人"),
    ("contact", "联系人"),
    ("phone", "联系电话"),
    ("email", "电子邮箱"),
    ("remark", "备注"),
)


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    uscc: str
    org_name: str
    base_name: str
    base_type: str
    type_name: str
    recommender: str
    priority: int | None
    state: str  # a key of STATES
    source: str  # 导入批次 N / 直接申报
    flags: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "application_id": self.id,
            "uscc": self.uscc,
            "org_name": self.org_name,
            "base_name": self.base_name,
            "base_type": self.base_type,
            "recommender": self.recommender,
            "priority": self.priority,
            "state": STATES[self.state],
            "source": self.source,
            "flags": list(self.flags),
        }


@dataclass(frozen=True)
class Step:
    at: dt.datetime
    state: str
    reason: str
    rule_id: str
    actor: str


@dataclass(frozen=True)
class ApplicationDetail:
    row: ApplicationRow
    year: int
    values: dict[str, str]  # DETAIL_FIELDS' labels → as the district wrote them
    steps: list[Step]

    def as_dict(self) -> dict[str, Any]:
        return self.row.as_dict() | {
            "call": self.year,
            "details": self.values,
            "steps": [
                {
                    "at": s.at.astimezone().isoformat(timespec="seconds"),
                    "state": STATES.get(s.state, s.state),
                    "reason": s.reason,
                    "rule": s.rule_id,
                    "actor": s.actor,
                }
                for s in self.steps
            ],
        }


def _rows(ws: Workspace, info: CallInfo, apps: list[Application]) -> list[ApplicationRow]:
    names = {t.id: t.name for t in ws.profile.base_types}
    ranked: dict[int, int] = {}
    by_unit: dict[str, list[Application]] = {}
    for a in apps:
        if a.status != "withdrawn":
            by_unit.setdefault(a.recommender, []).append(a)
    for unit_apps in by_unit.values():
        unit_apps.sort(key=lambda a: (a.priority is None, a.priority or 0, a.id or 0))
        for rank, a in enumerate(unit_apps, start=1):
            ranked[a.id or 0] = rank
    rows = []
    for a in apps:
        flags = []
        if info.open_types and a.base_type not in info.open_types:
            flags.append(f"{info.year}年度未开放“{names.get(a.base_type, a.base_type)}”的申报")
        rank = ranked.get(a.id or 0)
        if info.unit_quota is not None and rank is not None and rank > info.unit_quota:
            flags.append(
                f"超出{a.recommender or '推荐单位'}的推荐名额（{info.unit_quota} 项），"
                f"按推荐顺序为第 {rank} 项"
            )
        rows.append(
            ApplicationRow(
                a.id or 0,
                a.uscc,
                a.org_name,
                a.base_name,
                a.base_type,
                names.get(a.base_type, a.base_type),
                a.recommender,
                a.priority,
                a.status,
                f"导入批次 {a.batch_id}" if a.batch_id else "直接申报",
                tuple(flags),
            )
        )
    return rows


def list_applications(
    ws: Workspace,
    year: int,
    *,
    state: str | None = None,
    base_type: str | None = None,
    recommender: str | None = None,
    text: str = "",
) -> list[ApplicationRow]:
    info = call_info(ws, year)
    with ws.db.transaction() as session:
        apps = list(
            session.exec(
                select(Application)
                .where(Application.call_id == info.id)
                .order_by(Application.recommender, Application.priority, Application.id)  # type: ignore[arg-type]
            )
        )
        session.expunge_all()
    rows = _rows(ws, info, apps)
    needle = text.strip().lower()
    return [
        r
        for r in rows
        if (state is None or r.state == state)
        and (base_type is None or r.base_type == base_type)
        and (recommender is None or r.recommender == recommender)
        and (not needle or any(needle in t.lower() for t in (r.org_name, r.base_name, r.uscc)))
    ]


def application_detail(ws: Workspace, application_id: int) -> ApplicationDetail:
    with ws.db.transaction() as session:
        found = session.get(Application, application_id)
        if found is None:
            raise NotFoundError(f"没有编号为 {application_id} 的申报")
        call = session.get(Call, found.call_id)
        assert call is not None
        events = list(
            session.exec(
                select(ApplicationEvent)
                .where(ApplicationEvent.application_id == application_id)
                .order_by(ApplicationEvent.id)  # type: ignore[arg-type]
            )
        )
        batch = session.get(ImportBatch, found.batch_id) if found.batch_id else None
        importer = batch.actor if batch is not None else ""
        # The unit's other applications decide whether this one is within the quota.
        siblings = list(session.exec(select(Application).where(Application.call_id == call.id)))
        session.expunge_all()
    info = call_info(ws, call.year)
    row = next(r for r in _rows(ws, info, siblings) if r.id == application_id)
    received = Step(
        found.created_at,
        "received",
        f"导入批次 {found.batch_id}（第 {found.source_row} 行）"
        if found.batch_id
        else "直接申报，窗口录入",
        "",
        importer or next((e.actor for e in events if e.to_state == "received"), ""),
    )
    steps = [received] + [
        Step(e.at, e.to_state, e.reason, e.rule_id, e.actor)
        for e in events
        if e.to_state != "received"
    ]
    values = {label: str(getattr(found, key) or "") for key, label in DETAIL_FIELDS}
    return ApplicationDetail(row, call.year, values, steps)
