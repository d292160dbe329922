"""The officer's decision on a base's latest filing: returned for correction with the reason,
or accepted (已审核). Where the profile has the recommending unit review and sign a summary
before it is filed (national 第十四条, inner-mongolia-trial 第十三条), a filing without the unit's
opinion is not accepted; the officer may type the opinion from the signed paper."""

from __future__ import annotations

from sqlmodel import select

from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import NotFoundError, UserError, ValidationError
from intlbase_desk.models import SummarySubmission, SummaryTarget
from intlbase_desk.summaries import campaigns
from intlbase_desk.text.width import half_width
from intlbase_desk.workspace import Workspace

ENTITY = "summary_submission"


def target_of(ws: Workspace, year: int, typed: str) -> SummaryTarget:
    """The year's base for a base id, a base name or its host's credit code."""
    typed = typed.strip()
    same = "".join(half_width(typed).split()).upper()
    targets = campaigns.campaign_targets(ws, year)
    found = [t for t in targets if typed.isdigit() and t.base_id == int(typed)] or [
        t for t in targets if same in (t.uscc, "".join(half_width(t.base_name).split()).upper())
    ]
    if not found:
        raise NotFoundError(
            f"{year}年度应报送的基地中没有编号、名称或统一社会信用代码为“{typed}”的"
        )
    if len(found) > 1:
        shown = "、".join(f"{t.base_id}（{t.base_name}）" for t in found)
        raise UserError(f"“{typed}”对应 {len(found)} 个基地，请改用基地编号：{shown}")
    return found[0]


def return_filing(ws: Workspace, year: int, target_id: int, reason: str) -> Changes:
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "请写明退回修改的原因"})
    return _decide(ws, year, target_id, "returned", reason, None)


def accept_filing(ws: Workspace, year: int, target_id: int, opinion: str = "") -> Changes:
    return _decide(ws, year, target_id, "accepted", "", opinion.strip() or None)


def _decide(
    ws: Workspace, year: int, target_id: int, state: str, note: str, opinion: str | None
) -> Changes:
    campaign = campaigns.get_campaign(ws, year)
    with ws.db.transaction() as session:
        target = session.get(SummaryTarget, target_id)
        if target is None or target.campaign_id != campaign.id:
            raise NotFoundError(f"该基地不在{year}年度应报送的名单中")
        filed = session.exec(
            select(SummarySubmission).where(
                SummarySubmission.target_id == target_id,
                SummarySubmission.replaced_by == None,  # noqa: E711
            )
        ).first()
        if filed is None:
            raise UserError(f"“{target.base_name}”还没有报送{year}年度工作总结")
        if filed.state == state:
            return Changes()
        if state == "accepted" and filed.state == "returned":
            raise UserError(f"“{target.base_name}”的年度总结已退回修改，须重新报送后才能审核")
        before = {"state": filed.state, "recommender_opinion": filed.recommender_opinion}
        if opinion is not None:
            filed.recommender_opinion = opinion
        if state == "accepted" and campaign.recommender_review and not filed.recommender_opinion:
            rule = ws.profile.summaries.recommender_review_rule if ws.profile.summaries else ""
            article = ws.profile.rule(rule).article if rule else "政策配置"
            raise UserError(
                f"{article}要求年度总结经推荐单位审核并签署意见；“{target.base_name}”的报表中没有"
                "推荐单位审核意见，请补录后再审核"
            )
        filed.state, filed.decision_note = state, note
        filed.decided_by, filed.decided_at = ws.actor, clock.now()
        session.add(filed)
        assert filed.id is not None
        audit.record(
            session,
            actor=ws.actor,
            entity=ENTITY,
            entity_id=filed.id,
            action="update",
            before=before,
            after={"state": state, "recommender_opinion": filed.recommender_opinion},
            reason=note or f"{year}年度工作总结审核通过",
        )
    return campaigns.CHANGED
