"""A round concluded: each grade's consequence applied through the register's lifecycle, as the
profile's articles say, and recorded with the article.

The consequence follows the grade's outcome in the profile and the base's state:
- ``keep``: the title is kept; a base waiting for evaluation, in rectification or notified goes
  back to its state in force (validity renewed where the transition says so);
- ``rectify``: to rectification, or, for a base already in rectification (a 复评), revoked under
  the article of the profile's revocation consequence, with its ban (BJ2016-15, CQ-15);
- ``report``: 通报 (IM-12); ``record``: recorded, and 通报 once the profile's count of results in a
  row is reached (national 第十三条: three failed assessments); ``revoke``: revoked;
- ``decide``: the text leaves it to the authority (BJ2025-16 动态调整): shown, nothing applied.
A reward the profile attaches to a grade (CQ-12, IM-16) is listed. Targets removed from the round
(not evaluated) are listed with the revocation cases the profile gives for them (BJ2016-16: a
base that does not take part), which the officer applies from the register with the article.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from intlbase_desk import register
from intlbase_desk.evaluations import results as round_results
from intlbase_desk.evaluations.rounds import changeable_round
from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.models import Base, EvaluationOutcome, EvaluationRound, EvaluationTarget
from intlbase_desk.policy.profile import Profile, Transition
from intlbase_desk.workspace import Workspace

CHANGED = Changes(evaluations=True, bases=True, organizations=True, certificates=True)
_ROLE_OF_OUTCOME = {"keep": "active", "report": "notified", "revoke": "revoked"}


@dataclass(frozen=True)
class Outcome:
    target_id: int
    base_id: int
    base_name: str
    org_name: str
    grade: str
    panel_score: float | None
    from_status: str
    to_status: str | None  # None: the state stays
    # A base in force whose validity ended enters evaluation first (BJ2016-14), recorded too.
    via: tuple[str, str] | None
    consequence: str  # in Chinese, with the article
    rule: str | None
    reward: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "base_id": self.base_id,
            "base_name": self.base_name,
            "org_name": self.org_name,
            "grade": self.grade,
            "panel_score": self.panel_score,
            "from_status": self.from_status,
            "to_status": self.to_status,
            "via": self.via[0] if self.via else None,
            "consequence": self.consequence,
            "rule": self.rule,
            "reward": self.reward,
        }


@dataclass(frozen=True)
class NotEvaluated:
    target_id: int
    base_id: int
    base_name: str
    reason: str
    cases: list[tuple[str, str, str]]  # (trigger id, text, rule) the officer may apply

    def as_dict(self) -> dict[str, Any]:
        return {
            "base_id": self.base_id,
            "base_name": self.base_name,
            "reason": self.reason,
            "cases": [{"trigger": t, "text": x, "rule": r} for t, x, r in self.cases],
        }


@dataclass(frozen=True)
class Conclusion:
    round: EvaluationRound
    outcomes: list[Outcome]
    not_evaluated: list[NotEvaluated]
    unresolved: list[str]  # targets without a grade yet
    changes: Changes = field(default=CHANGED)

    def as_dict(self) -> dict[str, Any]:
        return {
            "round": self.round.id,
            "name": self.round.name,
            "state": self.round.state,
            "outcomes": [o.as_dict() for o in self.outcomes],
            "not_evaluated": [n.as_dict() for n in self.not_evaluated],
            "unresolved": self.unresolved,
        }


def _article(profile: Profile, rule: str) -> str:
    return f"{profile.rule(rule).article}（{rule}）"


def _to_role(profile: Profile, status: str, role: str, rule: str | None) -> Transition | None:
    """The transition from ``status`` to a state of ``role``; under ``rule`` when several."""
    found = [t for t in profile.transitions_from(status) if profile.state(t.to).role == role]
    chosen = [t for t in found if rule is None or t.rule == rule]
    return (chosen or found or [None])[0]


def _revocation_rule(profile: Profile) -> str | None:
    return next((c.rule for c in profile.consequences if c.action == "revocation"), None)


def _in_a_row(session: Session, profile: Profile, base_id: int, kind: str, grade: str) -> int:
    """How many concluded rounds of ``kind`` in a row, latest first, gave the base ``grade``."""
    rows = session.exec(
        select(EvaluationOutcome.grade)
        .join(EvaluationRound, EvaluationRound.id == EvaluationOutcome.round_id)  # type: ignore[arg-type]
        .where(
            EvaluationOutcome.base_id == base_id,
            EvaluationRound.kind == kind,
            EvaluationRound.state == "concluded",
        )
        .order_by(sa.desc(EvaluationRound.year))  # type: ignore[arg-type]
    )
    count = 0
    for earlier in rows:
        if earlier != grade:
            break
        count += 1
    return count


def _decide(
    session: Session,
    profile: Profile,
    found: EvaluationRound,
    base: Base,
    result: round_results.TargetResult,
) -> Outcome:
    assert result.grade is not None
    grade = next(g for g in profile.evaluation.grades if g.name == result.grade)
    status = base.status
    via = None
    if found.kind == "evaluation" and profile.state(status).role == "active":
        entry = _to_role(profile, status, "evaluation_due", None)
        if entry is not None:
            via, status = (entry.to, entry.rule), entry.to
    state_name = profile.state(status).name
    to: Transition | None = None
    text = ""
    if grade.outcome in ("keep", "report", "revoke"):
        role = _ROLE_OF_OUTCOME[grade.outcome]
        if profile.state(status).role == role:
            text = {"active": "保留资格", "notified": "已在通报中，再次考核不合格", "revoked": ""}[
                role
            ]
        else:
            to = _to_role(profile, status, role, None)
    elif grade.outcome == "rectify":
        if profile.state(status).role == "rectification":
            to = _to_role(profile, status, "revoked", _revocation_rule(profile))
        else:
            to = _to_role(profile, status, "rectification", None)
    elif grade.outcome == "record":
        rule = next((c for c in profile.consequences if c.count and c.grade == grade.name), None)
        if rule is not None and rule.count is not None:
            in_row = 1 + _in_a_row(session, profile, base.id or 0, found.kind, grade.name)
            if in_row >= rule.count:
                to = _to_role(profile, status, "notified", rule.rule)
            else:
                article = _article(profile, rule.rule)
                text = (
                    f"记录{grade.name}（连续第 {in_row} 次；"
                    f"连续 {rule.count} 次{rule.text}，{article}）"
                )
        else:
            text = f"记录{grade.name}"
    elif grade.outcome == "decide":
        text = f"由主管部门决定是否调整（{_article(profile, profile.evaluation.rule)}）"
    if to is not None:
        text = f"{to.name}（{_article(profile, to.rule)}）"
    elif not text:
        text = f"状态为“{state_name}”，不作变更"
    rewards = [
        f"{c.text}（{_article(profile, c.rule)}）"
        for c in profile.consequences
        if c.action == "reward" and c.grade == grade.name
    ]
    return Outcome(
        result.target_id,
        result.base_id,
        result.base_name,
        result.org_name,
        grade.name,
        result.panel_score,
        base.status,
        to.to if to else None,
        via if to else None,
        text,
        to.rule if to else None,
        "；".join(rewards),
    )


def _not_evaluated(profile: Profile, target: EvaluationTarget, status: str) -> NotEvaluated:
    rules = {
        t.rule for t in profile.transitions_from(status) if profile.state(t.to).role == "revoked"
    }
    cases = [(t.id, t.text, t.rule) for t in profile.revocation_triggers if t.rule in rules]
    return NotEvaluated(target.id or 0, target.base_id, target.base_name, target.reason, cases)


def _prepare(session: Session, ws: Workspace, found: EvaluationRound, results: Any) -> Conclusion:
    outcomes, unresolved = [], []
    for r in results.targets:
        if r.grade is None:
            unresolved.append(r.base_name)
            continue
        base = session.get(Base, r.base_id)
        assert base is not None
        outcomes.append(_decide(session, ws.profile, found, base, r))
    removed = session.exec(
        select(EvaluationTarget).where(
            EvaluationTarget.round_id == found.id,
            EvaluationTarget.included == False,  # noqa: E712
        )
    )
    absent = []
    for target in removed:
        base = session.get(Base, target.base_id)
        assert base is not None
        absent.append(_not_evaluated(ws.profile, target, base.status))
    return Conclusion(found, outcomes, absent, unresolved)


def preview_conclusion(ws: Workspace, round_id: int) -> Conclusion:
    """What concluding the round would do, base by base; nothing is written."""
    results = round_results.round_results(ws, round_id)
    with ws.db.transaction() as session:
        found = session.get(EvaluationRound, round_id)
        assert found is not None
        conclusion = _prepare(session, ws, found, results)
        session.expunge_all()
        session.rollback()
    return conclusion


def conclude(ws: Workspace, round_id: int, on: dt.date | None = None) -> Conclusion:
    """Applies every consequence and closes the round: one transaction, all or nothing."""
    on = on or clock.today()
    results = round_results.round_results(ws, round_id)
    with ws.db.transaction() as session:
        found = changeable_round(session, round_id)
        conclusion = _prepare(session, ws, found, results)
        if conclusion.unresolved:
            names = "、".join(conclusion.unresolved[:5])
            more = "等" if len(conclusion.unresolved) > 5 else ""
            raise UserError(
                f"尚有 {len(conclusion.unresolved)} 个基地没有评估等级（{names}{more}）；"
                "评分未齐、两遍录入不一致或名额线上并列的，请先处理；不参加评估的，请移出批次并注明原因"
            )
        now = clock.now()
        for o in conclusion.outcomes:
            change_id = None
            if o.to_status is not None:
                score = "" if o.panel_score is None else f"，得分 {o.panel_score:g}"
                requests = [
                    register.StatusRequest(
                        o.to_status, on, f"{found.name}：{o.grade}{score}", o.rule
                    )
                ]
                if o.via is not None:
                    entered = register.StatusRequest(
                        o.via[0], on, f"{found.name}：参加评估", o.via[1]
                    )
                    requests.insert(0, entered)
                try:
                    for request in requests:
                        change_id = register.change_status_in(session, ws, o.base_id, request).id
                except UserError as exc:
                    raise UserError(
                        f"基地“{o.base_name}”：{exc}（评估批次未办结，未做任何变更）"
                    ) from None
            session.add(
                EvaluationOutcome(
                    round_id=round_id,
                    target_id=o.target_id,
                    base_id=o.base_id,
                    grade=o.grade,
                    panel_score=o.panel_score,
                    consequence=o.consequence + (f"；{o.reward}" if o.reward else ""),
                    rule_id=o.rule or "",
                    status_change_id=change_id,
                    concluded_at=now,
                )
            )
        for n in conclusion.not_evaluated:
            session.add(
                EvaluationOutcome(
                    round_id=round_id,
                    target_id=n.target_id,
                    base_id=n.base_id,
                    consequence=f"未参加评估：{n.reason}",
                    concluded_at=now,
                )
            )
        before = audit.snapshot(found)
        found.state, found.concluded_at = "concluded", now
        session.add(found)
        session.flush()
        audit.record(
            session,
            actor=ws.actor,
            entity="evaluation_round",
            entity_id=round_id,
            action="conclude",
            before=before,
            after=audit.snapshot(found)
            | {"outcomes": [[o.base_id, o.grade, o.to_status] for o in conclusion.outcomes]},
            reason=f"{found.name}办结：按评估等级执行《{ws.profile.name}》规定的处理",
        )
        session.refresh(found)
        session.expunge(found)
    return Conclusion(found, conclusion.outcomes, conclusion.not_evaluated, [])
