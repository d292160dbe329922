"""Checked filings written, in one transaction with its audit entry. A base's new filing
replaces its latest one, which stays in the history (``replaced_by``); the same figures from the
same file again change nothing. A refused file's errors are kept on each base it named, so the
board shows who sent something that did not go in."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlmodel import Session, select

from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.models import SummarySubmission, SummaryTarget
from intlbase_desk.summaries import campaigns
from intlbase_desk.summaries.filings import CheckedFilings
from intlbase_desk.workspace import Workspace

ENTITY = "summary_submission"


@dataclass(frozen=True)
class FilingsWritten:
    written: int
    unchanged: int
    changes: Changes


def _findings(checked: CheckedFilings, target_id: int) -> str:
    """What the file said of this base, each finding with its severity."""
    return json.dumps(
        [f.as_dict() | {"severity": k} for k, f in checked.findings_of.get(target_id, [])],
        ensure_ascii=False,
    )


def _clear_refused(session: Session, target_id: int | None) -> None:
    """The base's latest file went in: what an earlier refused one said no longer stands."""
    target = session.get(SummaryTarget, target_id)
    if target is not None and (target.refused_errors or target.refused_json != "[]"):
        target.refused_errors, target.refused_json = 0, "[]"
        session.add(target)


def write_filings(ws: Workspace, checked: CheckedFilings) -> FilingsWritten:
    """Writes the filings of the files without errors; the others' errors are noted."""
    campaign = campaigns.get_campaign(ws, checked.year)
    good = [f for f in checked.filings if f.file_name not in checked.refused_files]
    written = unchanged = 0
    with ws.db.transaction() as session:
        for filing in good:
            target_id = filing.target.id
            latest = session.exec(
                select(SummarySubmission).where(
                    SummarySubmission.target_id == target_id,
                    SummarySubmission.replaced_by == None,  # noqa: E711
                )
            ).first()
            said = _findings(checked, target_id or 0)
            values = json.dumps(filing.values, ensure_ascii=False, sort_keys=True)
            texts = json.dumps(filing.texts, ensure_ascii=False, sort_keys=True)
            if (
                latest is not None
                and latest.values_json == values
                and latest.texts_json == texts
                and latest.recommender_opinion == filing.opinion
            ):
                unchanged += 1
                _clear_refused(session, target_id)
                continue
            new = SummarySubmission(
                target_id=target_id or 0,
                submitted_on=clock.today(),
                source=filing.source,
                file_name=filing.file_name,
                sha256=filing.sha256,
                values_json=values,
                texts_json=texts,
                recommender_opinion=filing.opinion,
                findings_json=said,
                created_by=ws.actor,
                created_at=clock.now(),
            )
            session.add(new)
            session.flush()
            if latest is not None:
                latest.replaced_by = new.id
                session.add(latest)
            _clear_refused(session, target_id)
            written += 1
        for target_id, errors in checked.refused_targets.items():
            target = session.get(SummaryTarget, target_id)
            if target is not None:
                target.refused_errors = errors
                target.refused_json = _findings(checked, target_id)
                session.add(target)
        if written or checked.refused_targets:
            audit.record(
                session,
                actor=ws.actor,
                entity=ENTITY,
                entity_id=campaign.id or 0,
                action="create",
                before=None,
                after={
                    "year": checked.year,
                    "written": written,
                    "refused": sorted(checked.refused_files),
                    "files": checked.files,
                },
                reason=f"导入{checked.year}年度工作总结：写入 {written} 个基地",
            )
    checked.written, checked.unchanged = written, unchanged
    return FilingsWritten(written, unchanged, campaigns.CHANGED if written else Changes())
