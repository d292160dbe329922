"""A reporting year's campaign (年度总结): opened once per calendar year with every base whose
title was usable during the year, the due date the profile sets (its article, or an office
default, said as such) and the report form as it is that day.

Each expected base has a status: 未提交, 已提交, 退回修改 (with the reason), 已审核, and 逾期 once
the due date has passed without a filing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import select

from intlbase_desk import register
from intlbase_desk.infra import audit, clock, paths
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import NotFoundError, UserError
from intlbase_desk.models import SummaryCampaign, SummarySubmission, SummaryTarget
from intlbase_desk.policy import report_form
from intlbase_desk.workspace import Workspace

ENTITY = "summary_campaign"
CHANGED = Changes(summaries=True)
STATUSES = {
    "missing": "未提交",
    "submitted": "已提交",
    "returned": "退回修改",
    "accepted": "已审核",
    "overdue": "逾期",
}


@dataclass(frozen=True)
class CampaignOpened:
    campaign: SummaryCampaign
    targets: list[SummaryTarget]
    changes: Changes = CHANGED


@dataclass(frozen=True)
class BaseStatus:
    target: SummaryTarget
    status: str  # a key of STATUSES
    submitted_on: dt.date | None
    note: str  # why it was returned
    errors: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "base_id": self.target.base_id,
            "base_name": self.target.base_name,
            "uscc": self.target.uscc,
            "district": self.target.district,
            "recommender": self.target.recommender,
            "status": STATUSES[self.status],
            "submitted_on": self.submitted_on.isoformat() if self.submitted_on else None,
            "note": self.note,
            "errors": self.errors,
        }


@dataclass(frozen=True)
class CampaignStatus:
    campaign: SummaryCampaign
    bases: list[BaseStatus]
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "year": self.campaign.year,
            "due": self.campaign.due_on.isoformat(),
            "counts": {STATUSES[k]: n for k, n in self.counts.items()},
            "bases": [b.as_dict() for b in self.bases],
        }


def due_date(ws: Workspace, year: int) -> dt.date:
    month, day = (int(p) for p in ws.profile.annual_summary_due.split("-"))
    return dt.date(year, month, day)


def due_rule(ws: Workspace) -> str:
    """The article that fixes the date, or "" where the date is the office's own (BJ2016-13
    asks for the summary on time and names no day)."""
    if "annual_summary_due" in ws.profile.office_defaults:
        return ""
    return ws.profile.annual_summary_rule or ""


def open_campaign(ws: Workspace, year: int) -> CampaignOpened:
    settings = ws.profile.summaries
    if settings is None:
        raise UserError(f"政策配置“{ws.profile.short_name}”没有年度工作总结的规定")
    if not 1990 <= year <= clock.today().year:
        raise UserError(f"{year} 不是可以收取年度总结的年份（应在 1990 至今年之间）")
    form = report_form.with_extra(
        report_form.load_form(settings.form, report_form.forms_beside(paths.user_policies_dir())),
        [i.model_dump() for i in settings.extra_indicators],
    )
    expected = register.in_force_during(ws, year)
    with ws.db.transaction() as session:
        if session.exec(select(SummaryCampaign).where(SummaryCampaign.year == year)).first():
            raise UserError(f"{year}年度的年度总结已经开启，不能再开启一次")
        campaign = SummaryCampaign(
            year=year,
            due_on=due_date(ws, year),
            due_rule=due_rule(ws),
            form_json=form.model_dump_json(),
            recommender_review=settings.recommender_review,
            opened_by=ws.actor,
            opened_at=clock.now(),
        )
        session.add(campaign)
        session.flush()
        assert campaign.id is not None
        targets = [
            SummaryTarget(
                campaign_id=campaign.id,
                base_id=b.base_id,
                base_name=b.base_name,
                base_type=b.base_type,
                org_name=b.org_name,
                uscc=b.uscc,
                district=b.district,
                recommender=b.recommender,
            )
            for b in expected
        ]
        session.add_all(targets)
        audit.record(
            session,
            actor=ws.actor,
            entity=ENTITY,
            entity_id=campaign.id,
            action="create",
            before=None,
            after={"year": year, "due": campaign.due_on.isoformat(), "bases": len(targets)},
            reason=f"开启{year}年度工作总结收取",
        )
        session.flush()
        session.expunge_all()
    return CampaignOpened(campaign, targets)


def get_campaign(ws: Workspace, year: int) -> SummaryCampaign:
    with ws.db.transaction() as session:
        found = session.exec(select(SummaryCampaign).where(SummaryCampaign.year == year)).first()
        if found is None:
            raise NotFoundError(f"{year}年度的年度总结还没有开启（summaries open --year {year}）")
        session.expunge(found)
        return found


def list_campaigns(ws: Workspace) -> list[SummaryCampaign]:
    with ws.db.transaction() as session:
        found = list(session.exec(select(SummaryCampaign).order_by(SummaryCampaign.year)))
        session.expunge_all()
        return found


def latest_year(ws: Workspace) -> int:
    opened = list_campaigns(ws)
    if not opened:
        raise UserError("还没有开启任何年度的年度总结（summaries open --year Y）")
    return opened[-1].year


def campaign_targets(ws: Workspace, year: int) -> list[SummaryTarget]:
    campaign = get_campaign(ws, year)
    with ws.db.transaction() as session:
        found = list(
            session.exec(
                select(SummaryTarget)
                .where(SummaryTarget.campaign_id == campaign.id)
                .order_by(SummaryTarget.id)  # type: ignore[arg-type]
            )
        )
        session.expunge_all()
    return found


def status_of(target: SummaryTarget, filed: SummarySubmission | None, overdue: bool) -> BaseStatus:
    """A base's standing from its latest filing, if any."""
    if filed is None:
        return BaseStatus(
            target, "overdue" if overdue else "missing", None, "", target.refused_errors
        )
    note = filed.decision_note if filed.state == "returned" else ""
    return BaseStatus(target, filed.state, filed.submitted_on, note, target.refused_errors)


def campaign_status(ws: Workspace, year: int) -> CampaignStatus:
    campaign = get_campaign(ws, year)
    overdue = clock.today() > campaign.due_on
    with ws.db.transaction() as session:
        targets = list(
            session.exec(
                select(SummaryTarget)
                .where(SummaryTarget.campaign_id == campaign.id)
                .order_by(SummaryTarget.id)  # type: ignore[arg-type]
            )
        )
        latest = {
            s.target_id: s
            for s in session.exec(
                select(SummarySubmission)
                .join(SummaryTarget, SummaryTarget.id == SummarySubmission.target_id)  # type: ignore[arg-type]
                .where(
                    SummaryTarget.campaign_id == campaign.id,
                    SummarySubmission.replaced_by == None,  # noqa: E711
                )
            )
        }
        session.expunge_all()
    bases = [status_of(t, latest.get(t.id or 0), overdue) for t in targets]
    counts = {k: sum(1 for b in bases if b.status == k) for k in STATUSES}
    return CampaignStatus(campaign, bases, counts)


def campaign_form(campaign: SummaryCampaign) -> report_form.ReportForm:
    return report_form.ReportForm.model_validate(json.loads(campaign.form_json))
