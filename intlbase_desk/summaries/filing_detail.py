"""One base's annual summary as its form in the window shows it: where it stands, its figures
beside last year's, every check result of its latest file (the errors of a file refused, or the
warnings of the one filed), and the filings it replaced."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from intlbase_desk.infra import clock
from intlbase_desk.infra.errors import NotFoundError
from intlbase_desk.models import SummarySubmission, SummaryTarget
from intlbase_desk.summaries import campaigns
from intlbase_desk.summaries.figures import filed_figures
from intlbase_desk.workspace import Workspace

SEVERITY = {"error": "错误", "warning": "提醒"}
FILING_STATES = {"submitted": "已提交", "returned": "退回修改", "accepted": "已审核"}


@dataclass(frozen=True)
class CheckResult:
    severity: str  # error | warning
    file: str
    where: str  # 工作表“…”第 n 行, or "" for the file as a whole
    code: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class PastFiling:
    submitted_on: dt.date
    file_name: str
    state: str  # a key of STATES
    replaced: bool


@dataclass(frozen=True)
class FilingDetail:
    year: int
    standing: campaigns.BaseStatus
    file_name: str  # of the filing that counts, "" when none
    opinion: str  # 推荐单位审核意见
    figures: list[tuple[str, str, str]]  # item, last year's, this year's
    refused_file: str  # the latest file that did not go in, "" when none
    results: list[CheckResult]
    history: list[PastFiling]

    def as_dict(self) -> dict[str, Any]:
        t = self.standing.target
        return self.standing.as_dict() | {
            "year": self.year,
            "org_name": t.org_name,
            "file_name": self.file_name,
            "recommender_opinion": self.opinion,
            "figures": [{"item": i, "last_year": b, "this_year": n} for i, b, n in self.figures],
            "refused_file": self.refused_file,
            "results": [r.as_dict() for r in self.results],
            "history": [
                {
                    "submitted_on": h.submitted_on.isoformat(),
                    "file_name": h.file_name,
                    "state": FILING_STATES.get(h.state, h.state),
                    "replaced": h.replaced,
                }
                for h in self.history
            ],
        }


def _results(findings_json: str) -> list[CheckResult]:
    results = []
    for f in json.loads(findings_json or "[]"):
        where = (f"工作表“{f['sheet']}”" if f.get("sheet") else "") + (
            f"第 {f['row']} 行" if f.get("row") else ""
        )
        results.append(
            CheckResult(f.get("severity", "warning"), f["file"], where, f["code"], f["message"])
        )
    return results


def filing_detail(ws: Workspace, year: int, target_id: int) -> FilingDetail:
    campaign = campaigns.get_campaign(ws, year)
    with ws.db.transaction() as session:
        target = session.get(SummaryTarget, target_id)
        if target is None or target.campaign_id != campaign.id:
            raise NotFoundError(f"该基地不在{year}年度应报送的名单中")
        filings = list(
            session.exec(
                select(SummarySubmission)
                .where(SummarySubmission.target_id == target_id)
                .order_by(SummarySubmission.id.desc())  # type: ignore[union-attr]
            )
        )
        session.expunge_all()
    latest = next((f for f in filings if f.replaced_by is None), None)
    standing = campaigns.status_of(target, latest, clock.today() > campaign.due_on)
    refused = _results(target.refused_json)
    results = refused or (_results(latest.findings_json) if latest else [])
    return FilingDetail(
        year,
        standing,
        latest.file_name if latest else "",
        latest.recommender_opinion if latest else "",
        filed_figures(ws, year, target.base_id),
        refused[0].file if refused else "",
        results,
        [
            PastFiling(f.submitted_on, f.file_name, f.state, f.replaced_by is not None)
            for f in filings
        ],
    )
