"""A call and the settings of its guide (申报指南): the deadline, the base types open this year
(all the profile's by default) and how many applications one recommending unit may put forward
(none by default: the guide of each year says). Changes are audited."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import select

from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import NotFoundError, ValidationError
from intlbase_desk.models import Application, Call
from intlbase_desk.workspace import Workspace

CHANGED = Changes(applications=True)


@dataclass(frozen=True)
class CallInfo:
    id: int
    year: int
    name: str
    deadline: dt.date | None
    open_types: tuple[str, ...]  # () : every type of the profile
    unit_quota: int | None
    applications: int
    by_state: dict[str, int]

    def as_dict(self) -> dict[str, object]:
        return {
            "call": self.year,
            "name": self.name,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "open_types": list(self.open_types),
            "unit_quota": self.unit_quota,
            "applications": self.applications,
            "by_state": self.by_state,
        }


def _info(call: Call, counts: dict[str, int]) -> CallInfo:
    return CallInfo(
        call.id or 0,
        call.year,
        call.name,
        call.deadline,
        tuple(json.loads(call.open_types_json or "[]")),
        call.unit_quota,
        sum(counts.values()),
        counts,
    )


def list_calls(ws: Workspace) -> list[CallInfo]:
    a = Application.__table__  # type: ignore[attr-defined]
    with ws.db.transaction() as session:
        calls = list(session.exec(select(Call).order_by(Call.year.desc())))  # type: ignore[attr-defined]
        counted = session.exec(
            sa.select(a.c.call_id, a.c.status, sa.func.count()).group_by(a.c.call_id, a.c.status)
        ).all()
    counts: dict[int, dict[str, int]] = {}
    for call_id, state, n in counted:
        counts.setdefault(call_id, {})[state] = n
    return [_info(c, counts.get(c.id or 0, {})) for c in calls]


def call_info(ws: Workspace, year: int) -> CallInfo:
    found = next((c for c in list_calls(ws) if c.year == year), None)
    if found is None:
        raise NotFoundError(f"没有{year}年度的申报批次：导入区县推荐表或开启该年度的申报后才有")
    return found


def open_call(ws: Workspace, year: int) -> CallInfo:
    """The call of ``year``, opened if it is not there yet (a call also opens on the first
    district sheet of its year)."""
    if not 2000 <= year <= clock.today().year + 1:
        raise ValidationError({"year": f"年度应在 2000 至 {clock.today().year + 1} 之间"})
    with ws.db.transaction() as session:
        call = session.exec(select(Call).where(Call.year == year)).first()
        if call is None:
            call = Call(year=year, name=f"{year}年度", created_at=clock.now())
            session.add(call)
            session.flush()
            audit.record(
                session,
                actor=ws.actor,
                entity="yearly_call",
                entity_id=call.id or 0,
                action="create",
                before=None,
                after={"year": year, "name": call.name},
                reason=f"开启{year}年度申报",
            )
    return call_info(ws, year)


def set_call(
    ws: Workspace,
    year: int,
    *,
    deadline: dt.date | None = None,
    open_types: Sequence[str] | None = None,
    unit_quota: int | None = None,
    clear_quota: bool = False,
) -> Changes:
    """Changes what is given (None: kept); ``clear_quota``: no quota."""
    known = {t.id for t in ws.profile.base_types}
    problems = {}
    if open_types is not None and (unknown := [t for t in open_types if t not in known]):
        names = "、".join(t.name for t in ws.profile.base_types)
        problems["open_types"] = f"没有这种基地类型：{'、'.join(unknown)}（本政策的类型：{names}）"
    if unit_quota is not None and unit_quota < 1:
        problems["unit_quota"] = "每个推荐单位的推荐名额至少为 1"
    if problems:
        raise ValidationError(problems)
    with ws.db.transaction() as session:
        call = session.exec(select(Call).where(Call.year == year)).first()
        if call is None:
            raise NotFoundError(f"没有{year}年度的申报批次")
        before = _settings(call)
        if deadline is not None:
            call.deadline = deadline
        if open_types is not None:
            call.open_types_json = json.dumps(sorted(set(open_types)))
        if unit_quota is not None or clear_quota:
            call.unit_quota = None if clear_quota else unit_quota
        after = _settings(call)
        if after == before:
            return Changes()
        session.add(call)
        audit.record(
            session,
            actor=ws.actor,
            entity="yearly_call",
            entity_id=call.id or 0,
            action="update",
            before=before,
            after=after,
            reason=f"修改{year}年度申报指南的设置",
        )
    return CHANGED


def _settings(call: Call) -> dict[str, object]:
    return {
        "deadline": call.deadline.isoformat() if call.deadline else None,
        "open_types": json.loads(call.open_types_json or "[]"),
        "unit_quota": call.unit_quota,
    }
