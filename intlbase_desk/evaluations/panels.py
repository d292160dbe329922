"""Panels drawn at random with 回避, recorded so that the draw can be checked again.

A group's draw is made once: it records the seed, every active expert as the draw saw them,
the group's targets, every exclusion with its reasons, the algorithm and the order. A declined
member is replaced by the next reserve (then by the next of the recorded order: replacement),
both recorded; nothing is silently drawn again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from intlbase_desk import experts
from intlbase_desk.evaluations import drawing, replacement
from intlbase_desk.evaluations.rounds import CHANGED, changeable_round
from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import NotFoundError, UserError, ValidationError
from intlbase_desk.models import EvaluationTarget, PanelDraw, PanelMember, Score
from intlbase_desk.workspace import Workspace

ENTITY = "panel_draw"


@dataclass(frozen=True)
class Drawn:
    draw: PanelDraw
    members: list[PanelMember]
    excluded: dict[int, list[str]]
    changes: Changes = CHANGED


@dataclass(frozen=True)
class Verified:
    draw_id: int
    group_key: str
    matches: bool
    problems: list[str]


def _record_json(expert: experts.ExpertRecord) -> dict[str, Any]:
    data = dataclasses.asdict(expert)
    return json.loads(json.dumps(data, default=str))


def _record_from(data: dict[str, Any]) -> experts.ExpertRecord:
    def day(text: str | None) -> dt.date | None:
        return dt.date.fromisoformat(text) if text else None

    return experts.ExpertRecord(
        **{
            **data,
            "fields": tuple(data["fields"]),
            "pledge_signed_on": day(data["pledge_signed_on"]),
            "employments": tuple(
                experts.Employment(
                    e["employer"], e["uscc"], day(e["started_on"]), day(e["ended_on"])
                )
                for e in data["employments"]
            ),
            "relations": tuple(
                experts.Relation(r["org_name"], r["uscc"], r["relation"]) for r in data["relations"]
            ),
        }
    )


def _group_targets(session: Session, round_id: int, group: str) -> list[drawing.Target]:
    rows = session.exec(
        select(EvaluationTarget)
        .where(
            EvaluationTarget.round_id == round_id,
            EvaluationTarget.group_key == group,
            EvaluationTarget.included == True,  # noqa: E712
        )
        .order_by(EvaluationTarget.id)  # type: ignore[arg-type]
    )
    return [drawing.Target(t.base_id, t.base_name, t.org_name, t.uscc, t.field) for t in rows]


def group_name(ws: Workspace, group: str) -> str:
    """A group as officers call it: its base type's name."""
    try:
        return ws.profile.base_type(group).name
    except KeyError:
        return group


def groups(ws: Workspace, round_id: int) -> list[str]:
    with ws.db.transaction() as session:
        rows = session.exec(
            select(EvaluationTarget.group_key)
            .where(EvaluationTarget.round_id == round_id, EvaluationTarget.included == True)  # noqa: E712
            .distinct()
        )
        return sorted(rows)


def draw_panel(
    ws: Workspace,
    round_id: int,
    group: str,
    *,
    seed: str,
    size: int | None = None,
    reserves: int = 2,
    fields: list[str] | None = None,
) -> Drawn:
    size = ws.profile.evaluation.panel_size if size is None else size
    seed = seed.strip()
    if not seed:
        raise ValidationError({"seed": "请填写抽取种子（如抽取现场公布的随机数或日期时间）"})
    if size < 3 or size % 2 == 0:
        raise ValidationError({"size": f"专家组人数应为不少于 3 的奇数，当前为 {size}"})
    if reserves < 0:
        raise ValidationError({"reserves": "备选专家人数不能为负数"})
    fields = list(dict.fromkeys(f.strip() for f in fields or [] if f.strip()))
    pool = experts.load_experts(ws, active_only=True)
    today = clock.today()
    years = ws.profile.evaluation.conflict_years
    with ws.db.transaction() as session:
        found = changeable_round(session, round_id)
        targets = _group_targets(session, round_id, group)
        if not targets:
            raise UserError(f"{found.name}中没有“{group_name(ws, group)}”组的基地")
        earlier = session.exec(
            select(PanelDraw).where(PanelDraw.round_id == round_id, PanelDraw.group_key == group)
        ).first()
        if earlier is not None:
            raise UserError(
                f"“{group_name(ws, group)}”组已于 {clock.local_text(earlier.drawn_at)} 抽取"
                f"（种子“{earlier.seed}”）；"
                "专家不能参加时，请按顺序由备选专家递补"
            )
        chosen = drawing.eligibility(pool, targets, on=today, years=years, fields=fields)
        needed = size + reserves
        if len(chosen.eligible) < needed:
            raise UserError(
                f"“{group_name(ws, group)}”组符合条件的专家只有 {len(chosen.eligible)} 位，"
                f"需要 {needed} 位（专家组 {size} 位、备选 {reserves} 位），还差 "
                f"{needed - len(chosen.eligible)} 位；"
                f"{len(chosen.excluded)} 位因回避或领域不符被排除"
            )
        order = drawing.ordered(seed, group, chosen.eligible)
        now = clock.now()
        draw = PanelDraw(
            round_id=round_id,
            group_key=group,
            seed=seed,
            size=size,
            reserves=reserves,
            fields_json=json.dumps(fields, ensure_ascii=False),
            drawn_on=today,
            conflict_years=years,
            algorithm=drawing.ALGORITHM,
            candidates_json=json.dumps([_record_json(e) for e in pool], ensure_ascii=False),
            targets_json=json.dumps([dataclasses.asdict(t) for t in targets], ensure_ascii=False),
            exclusions_json=json.dumps(
                {str(k): v for k, v in chosen.excluded.items()}, ensure_ascii=False
            ),
            order_json=json.dumps([e.id for e in order]),
            drawn_by=ws.actor,
            drawn_at=now,
        )
        session.add(draw)
        session.flush()
        assert draw.id is not None
        members = [
            PanelMember(
                draw_id=draw.id,
                expert_id=e.id,
                position=i,
                role="member" if i <= size else "reserve",
            )
            for i, e in enumerate(order[:needed], start=1)
        ]
        session.add_all(members)
        audit.record(
            session,
            actor=ws.actor,
            entity=ENTITY,
            entity_id=draw.id,
            action="create",
            before=None,
            after={
                "round": round_id,
                "group": group,
                "seed": seed,
                "members": [e.id for e in order[:size]],
                "reserves": [e.id for e in order[size:needed]],
                "excluded": len(chosen.excluded),
            },
            reason=f"{found.name}“{group_name(ws, group)}”组随机抽取专家（{drawing.ALGORITHM}）",
        )
        session.flush()
        for m in members:
            session.refresh(m)
        session.refresh(draw)
    return Drawn(draw, members, chosen.excluded)


def draw_exclusions(draw: PanelDraw) -> dict[int, list[str]]:
    """The experts a draw left out, each with the reasons it recorded (回避, field)."""
    return {int(k): v for k, v in json.loads(draw.exclusions_json).items()}


def round_draws(ws: Workspace, round_id: int) -> list[tuple[PanelDraw, list[PanelMember]]]:
    with ws.db.transaction() as session:
        draws = list(
            session.exec(
                select(PanelDraw).where(PanelDraw.round_id == round_id).order_by(PanelDraw.id)  # type: ignore[arg-type]
            )
        )
        return [(d, _members(session, d.id)) for d in draws if d.id is not None]


def _members(session: Session, draw_id: int) -> list[PanelMember]:
    return list(
        session.exec(
            select(PanelMember).where(PanelMember.draw_id == draw_id).order_by(PanelMember.position)  # type: ignore[arg-type]
        )
    )


def verify(ws: Workspace, round_id: int) -> list[Verified]:
    """Every draw of the round done again from what it recorded: the same exclusions, order,
    panel and reserves, and each replacement taken from the reserves in order."""
    found: list[Verified] = []
    for draw, members in round_draws(ws, round_id):
        assert draw.id is not None
        problems: list[str] = []
        if draw.algorithm != drawing.ALGORITHM:
            problems.append(f"抽取算法为“{draw.algorithm}”，本版本只能核对“{drawing.ALGORITHM}”")
        else:
            pool = [_record_from(d) for d in json.loads(draw.candidates_json)]
            targets = [drawing.Target(**t) for t in json.loads(draw.targets_json)]
            again = drawing.eligibility(
                pool,
                targets,
                on=draw.drawn_on,
                years=draw.conflict_years,
                fields=json.loads(draw.fields_json),
            )
            recorded = {int(k): v for k, v in json.loads(draw.exclusions_json).items()}
            if again.excluded != recorded:
                problems.append("按记录的候选专家重新判断回避，排除名单与记录不一致")
            order = [e.id for e in drawing.ordered(draw.seed, draw.group_key, again.eligible)]
            if order != json.loads(draw.order_json):
                problems.append("按记录的种子重新排序，顺序与记录不一致")
            seats = draw.size + draw.reserves
            drawn = [m.expert_id for m in members if m.position <= seats]
            if drawn != order[:seats]:
                problems.append("专家组和备选专家与按顺序抽取的结果不一致")
            problems += _replacements(members, draw.size)
            names = {e.id: e.name for e in pool}
            problems += replacement.beyond_reserves(members, order, seats, names)
        found.append(Verified(draw.id, draw.group_key, not problems, problems))
    return found


def _replacements(members: list[PanelMember], size: int) -> list[str]:
    """Each declined member replaced by the first reserve still unused, in drawn order."""
    problems = []
    by_expert = {m.expert_id: m for m in members}
    # In drawn order: a reserve who took a seat and later could not score either keeps the
    # position (and the record of whom it replaced); its change time moved on.
    replaced = sorted((m for m in members if m.replaces is not None), key=lambda m: m.position)
    for i, m in enumerate(replaced):
        if m.position != size + i + 1:
            problems.append(f"递补顺序不对：第 {m.position} 位备选专家递补时，前面还有备选专家")
        if (
            by_expert.get(m.replaces or -1) is None
            or by_expert[m.replaces or -1].role != "declined"
        ):
            problems.append(f"第 {m.position} 位专家递补的专家没有登记为不能参加")
    return problems


@dataclass(frozen=True)
class Declined:
    seated: PanelMember  # who takes the seat
    scored: int  # targets the member had already given scores for, which no longer count
    group: str = ""  # the group whose panel changed


def decline(
    ws: Workspace, round_id: int, expert_id: int, reason: str, group: str | None = None
) -> Declined:
    """A member who cannot score is replaced by the next reserve (once they are used up, by
    the next expert of the draw's order who may still sit); both recorded."""
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "请填写专家不能参加的原因"})
    pool = {e.id: e for e in experts.load_experts(ws)}
    with ws.db.transaction() as session:
        changeable_round(session, round_id)
        rows = session.exec(
            select(PanelMember, PanelDraw)
            .join(PanelDraw, PanelDraw.id == PanelMember.draw_id)  # type: ignore[arg-type]
            .where(PanelDraw.round_id == round_id, PanelMember.expert_id == expert_id)
        ).all()
        seats = [(m, d) for m, d in rows if m.role == "member" and group in (None, d.group_key)]
        if len(seats) > 1:
            names = "、".join(
                f"“{group_name(ws, d.group_key)}”（{d.group_key}）" for _m, d in seats
            )
            raise UserError(
                f"专家 {expert_id} 同时在 {names} 的专家组中，请指定是哪一组（--group）"
            )
        member = seats[0][0] if seats else None
        if member is None:
            roles = {m.role for m, _d in rows}
            if "declined" in roles:
                raise UserError(f"专家 {expert_id} 已登记为不能参加，已由备选专家递补")
            if "reserve" in roles:
                raise UserError(
                    f"专家 {expert_id} 是备选专家，不在专家组中；备选专家不能参加的，递补时会跳过"
                )
            raise NotFoundError(f"专家 {expert_id} 不在本批次的专家组中")
        draw_group = next(d.group_key for m, d in rows if m.id == member.id)
        members = _members(session, member.draw_id)
        reserve = next((m for m in members if m.role == "reserve"), None)
        if reserve is None:
            draw = next(d for m, d in rows if m.id == member.id)
            years = ws.profile.evaluation.conflict_years
            reserve = replacement.seat_from_order(
                session, draw, members, pool, on=clock.today(), years=years
            )
        if reserve is None:
            raise UserError(
                "备选专家已全部递补，抽取顺序中也没有可以递补的专家（均已停用或须回避）；"
                "请在专家库中补充专家后重新组织该组的评审，并记录原因"
            )
        now = clock.now()
        member.role, member.note, member.changed_by, member.changed_at = (
            "declined",
            reason,
            ws.actor,
            now,
        )
        reserve.role, reserve.replaces, reserve.changed_by, reserve.changed_at = (
            "member",
            expert_id,
            ws.actor,
            now,
        )
        audit.record(
            session,
            actor=ws.actor,
            entity=ENTITY,
            entity_id=member.draw_id,
            action="update",
            before={"member": expert_id},
            after={"member": reserve.expert_id, "declined": expert_id},
            reason=reason,
        )
        session.flush()
        session.refresh(reserve)
        scored = session.exec(
            select(sa.func.count(sa.distinct(Score.target_id))).where(
                Score.round_id == round_id, Score.expert_id == expert_id
            )
        ).one()
    return Declined(reserve, int(scored), draw_group)
