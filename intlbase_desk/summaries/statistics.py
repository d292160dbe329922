"""A reporting year's figures summed up: per indicator, the total and the median over the
bases that filed, the number of bases, and last year's total beside it (the year before's
filings of its own form), for the whole register or by base type or district."""

from __future__ import annotations

import json
import statistics as stats
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import select

from intlbase_desk import sheets
from intlbase_desk.models import SummaryCampaign, SummarySubmission, SummaryTarget
from intlbase_desk.summaries import campaigns
from intlbase_desk.workspace import Workspace

GROUPINGS = {"all": "全部基地", "type": "基地类型", "district": "区县"}
ALL = "全部"
COLUMNS = (
    sheets.TableColumn("分组", "text", 24),
    sheets.TableColumn("指标", "text", 30),
    sheets.TableColumn("单位", "text", 8),
    sheets.TableColumn("报送基地数", "number", 10),
    sheets.TableColumn("合计", "number", 12),
    sheets.TableColumn("中位数", "number", 10),
    sheets.TableColumn("上年合计", "number", 12),
    sheets.TableColumn("同比", "text", 10),
)


@dataclass(frozen=True)
class Stat:
    group: str
    indicator: str
    unit: str
    bases: int
    total: float
    median: float | None
    last_total: float | None

    @property
    def change(self) -> str:
        """Year over year, as a percentage ("" where last year gives nothing to compare)."""
        if not self.last_total:
            return ""
        return f"{(self.total - self.last_total) / self.last_total * 100:+.1f}%"

    def as_dict(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "indicator": self.indicator,
            "unit": self.unit,
            "bases": self.bases,
            "total": self.total,
            "median": self.median,
            "last_total": self.last_total,
            "change": self.change or None,
        }


def _filed(ws: Workspace, year: int) -> list[tuple[SummaryTarget, dict[str, float]]]:
    with ws.db.transaction() as session:
        rows = session.exec(
            select(SummaryTarget, SummarySubmission.values_json)
            .join(SummarySubmission, SummarySubmission.target_id == SummaryTarget.id)  # type: ignore[arg-type]
            .join(SummaryCampaign, SummaryCampaign.id == SummaryTarget.campaign_id)  # type: ignore[arg-type]
            .where(
                SummaryCampaign.year == year,
                SummarySubmission.replaced_by == None,  # noqa: E711
                SummarySubmission.state != "returned",
            )
        ).all()
        session.expunge_all()
    return [(target, json.loads(values)) for target, values in rows]


def year_statistics(ws: Workspace, year: int, by: str = "all") -> list[Stat]:
    if by not in GROUPINGS:
        raise ValueError(by)
    form = campaigns.campaign_form(campaigns.get_campaign(ws, year))
    names = {t.id: t.name for t in ws.profile.base_types}
    key: Callable[[SummaryTarget], str] = {
        "all": lambda t: ALL,
        "type": lambda t: names.get(t.base_type, t.base_type),
        "district": lambda t: t.district or "（未填区县）",
    }[by]
    now, before = _filed(ws, year), _filed(ws, year - 1)
    groups = sorted({key(t) for t, _v in now})
    found: list[Stat] = []
    for group in groups:
        this = [v for t, v in now if key(t) == group]
        last = [v for t, v in before if key(t) == group]
        for indicator in form.indicators:
            values = [v[indicator.name] for v in this if indicator.name in v]
            previous = [v[indicator.name] for v in last if indicator.name in v]
            found.append(
                Stat(
                    group,
                    indicator.name,
                    indicator.unit,
                    len(values),
                    round(sum(values), 2),
                    stats.median(values) if values else None,
                    round(sum(previous), 2) if previous else None,
                )
            )
    return found


def write_statistics(ws: Workspace, year: int, path: Path, by: str = "all") -> int:
    rows = [
        [s.group, s.indicator, s.unit, s.bases, s.total, s.median, s.last_total, s.change]
        for s in year_statistics(ws, year, by)
    ]
    return sheets.write_table(path, COLUMNS, rows, sheet_name=f"{year}年度统计")
