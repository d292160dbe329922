"""Bases with no summary for consecutive reporting years whose due dates have passed: filed
and not returned counts, anything else does not. Where the profile's article acts on it
(inner-mongolia-trial 第十二条(四): two years in a row, revoked), the list proposes revoking, which
the officer applies through the register's status path, one by one or all at once, each with
the article; where the office judges it (beijing-2016 第十六条(一)), revoking is offered; elsewhere
it is a list to act on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from intlbase_desk import register
from intlbase_desk.infra import clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.models import SummaryCampaign, SummarySubmission, SummaryTarget
from intlbase_desk.workspace import Workspace

ACTIONS = {"revoke": "建议撤销", "judge": "可撤销（由本处判断）", "warn": "提醒"}


@dataclass(frozen=True)
class Missing:
    base_id: int
    base_name: str
    uscc: str
    recommender: str
    years: list[int]
    action: str  # a key of ACTIONS
    trigger: str  # the case of revocation, "" for a warning
    rule: str  # the article, "" when the office decides

    def as_dict(self) -> dict[str, Any]:
        return {
            "base_id": self.base_id,
            "base_name": self.base_name,
            "uscc": self.uscc,
            "recommender": self.recommender,
            "years": self.years,
            "action": ACTIONS[self.action],
            "trigger": self.trigger or None,
            "rule": self.rule or None,
        }


def missing_list(ws: Workspace) -> list[Missing]:
    settings = ws.profile.summaries
    if settings is None:
        return []
    today = clock.today()
    with ws.db.transaction() as session:
        past = [
            c
            for c in session.exec(select(SummaryCampaign).order_by(SummaryCampaign.year))  # type: ignore[arg-type]
            if c.due_on < today
        ]
        owed: dict[int, dict[int, SummaryTarget]] = {}  # base → year → target
        for target, year in session.exec(
            select(SummaryTarget, SummaryCampaign.year).join(
                SummaryCampaign,
                SummaryCampaign.id == SummaryTarget.campaign_id,  # type: ignore[arg-type]
            )
        ):
            owed.setdefault(target.base_id, {})[year] = target
        filed = set(
            session.exec(
                select(SummarySubmission.target_id).where(
                    SummarySubmission.replaced_by == None,  # noqa: E711
                    SummarySubmission.state != "returned",
                )
            ).all()
        )
        session.expunge_all()
    years = [c.year for c in past]
    if settings.missing_trigger:
        action, trigger, rule = "revoke", settings.missing_trigger, settings.missing_rule or ""
    elif settings.missing_judgement_trigger:
        action, trigger, rule = "judge", settings.missing_judgement_trigger, ""
    else:
        action, trigger, rule = "warn", "", settings.missing_rule or ""
    found: list[Missing] = []
    for base_id, by_year in owed.items():
        run: list[int] = []
        for year in reversed(years):  # the latest years first: the run must reach the latest
            target = by_year.get(year)
            if target is None or target.id in filed or (run and run[-1] != year + 1):
                break
            run.append(year)
        if len(run) >= settings.missing_years:
            latest = by_year[run[0]]
            found.append(
                Missing(
                    base_id,
                    latest.base_name,
                    latest.uscc,
                    latest.recommender,
                    sorted(run),
                    action,
                    trigger,
                    rule,
                )
            )
    usable = {s.id for s in ws.profile.lifecycle.states if s.title_usable}
    # A base already revoked, or archived, has nothing more to answer for.
    found = [
        m
        for m in found
        if (base := register.get_base(ws, m.base_id)).status in usable and not base.archived
    ]
    return sorted(found, key=lambda m: m.base_id)


@dataclass(frozen=True)
class Revoked:
    bases: int
    changes: Changes


def revoke_missing(ws: Workspace, base_ids: list[int]) -> Revoked:
    """Revokes the listed bases named, in one transaction, each with the article or case."""
    listed = {m.base_id: m for m in missing_list(ws)}
    unknown = [b for b in base_ids if b not in listed]
    if unknown:
        raise UserError(f"基地 {'、'.join(map(str, unknown))} 不在连续未报送年度总结的清单中")
    chosen = [listed[b] for b in base_ids]
    if not chosen:
        raise UserError("请选择要撤销的基地")
    if chosen[0].action == "warn":
        raise UserError("政策配置没有把连续未报送年度总结作为撤销情形，清单只作提醒")
    revoked = [s.id for s in ws.profile.lifecycle.states if s.role == "revoked"]
    if not revoked:
        raise UserError("政策配置中没有“撤销”状态")
    trigger = next(t for t in ws.profile.revocation_triggers if t.id == chosen[0].trigger)
    latest = max(y for m in chosen for y in m.years)
    reason = f"{trigger.text}（截至{latest}年度，见年度总结报送情况）"
    done = register.change_statuses(
        ws,
        base_ids,
        revoked[0],
        on=clock.today(),
        reason=reason,
        rule=chosen[0].rule or None,
        trigger=trigger.id,
    )
    return Revoked(len(done.changes_made), done.changes)
