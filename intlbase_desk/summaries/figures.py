"""A base's figures for a year beside the year before's, as the board's detail shows them."""

from __future__ import annotations

import json

from sqlmodel import select

from intlbase_desk.models import SummaryCampaign, SummarySubmission, SummaryTarget
from intlbase_desk.summaries import campaigns
from intlbase_desk.workspace import Workspace


def _filed(ws: Workspace, year: int, base_id: int) -> tuple[dict[str, float], dict[str, str]]:
    with ws.db.transaction() as session:
        found = session.exec(
            select(SummarySubmission)
            .join(SummaryTarget, SummaryTarget.id == SummarySubmission.target_id)  # type: ignore[arg-type]
            .join(SummaryCampaign, SummaryCampaign.id == SummaryTarget.campaign_id)  # type: ignore[arg-type]
            .where(
                SummaryCampaign.year == year,
                SummaryTarget.base_id == base_id,
                SummarySubmission.replaced_by == None,  # noqa: E711
            )
        ).first()
    if found is None:
        return {}, {}
    return json.loads(found.values_json), json.loads(found.texts_json)


def filed_figures(ws: Workspace, year: int, base_id: int) -> list[tuple[str, str, str]]:
    """(item with its unit, last year's, this year's) for every item of this year's form."""
    form = campaigns.campaign_form(campaigns.get_campaign(ws, year))
    now, texts = _filed(ws, year, base_id)
    before, _ = _filed(ws, year - 1, base_id)

    def shown(value: float | None) -> str:
        return "" if value is None else f"{value:g}"

    rows = [
        (
            i.name if i.name.endswith(f"（{i.unit}）") else f"{i.name}（{i.unit}）",
            shown(before.get(i.name)),
            shown(now.get(i.name)),
        )
        for i in form.indicators
    ]
    rows += [(t, "", texts.get(t, "")) for t in form.texts]
    return rows
