"""Checks across a filing's figures: a part no greater than its whole (an error, on the part),
and a change from last year's figure large enough to ask about, or a form sent back exactly as
it was pre-filled (warnings)."""

from __future__ import annotations

from intlbase_desk.policy.report_form import ReportForm
from intlbase_desk.summaries.filings import CheckedFilings, Filing, SummaryFinding

LARGE_CHANGE = 3  # times last year's value, or under its third
LARGE_FROM = 10  # last year's values below this are too small to judge a change by


def relations(
    form: ReportForm, checked: CheckedFilings, filing: Filing, sheet: str, rows: dict[str, int]
) -> None:
    for r in form.relations:
        part, total = filing.values.get(r.part), filing.values.get(r.total)
        if part is not None and total is not None and part > total + 1e-9:
            checked.errors.append(
                SummaryFinding(
                    filing.file_name,
                    sheet,
                    rows.get(r.part, 0),
                    r.part,
                    r.part,
                    f"{part:g}",
                    "part_exceeds_total",
                    f"“{r.part}”（{part:g}）大于“{r.total}”（{total:g}）",
                )
            )


def compare(
    last_years: dict[int, dict[str, float]], checked: CheckedFilings, filing: Filing, sheet: str
) -> None:
    last = last_years.get(filing.target.base_id)
    if not last:
        return
    name = filing.target.base_name
    for indicator, now in filing.values.items():
        before = last.get(indicator)
        if before is None or before < LARGE_FROM:
            continue
        if now > before * LARGE_CHANGE or now < before / LARGE_CHANGE:
            checked.warnings.append(
                SummaryFinding(
                    filing.file_name,
                    sheet,
                    filing.row,
                    indicator,
                    indicator,
                    f"{now:g}",
                    "large_change",
                    f"{name}的“{indicator}”为 {now:g}，上年为 {before:g}，变化较大，请核实",
                )
            )
    shared = [k for k in filing.values if k in last]
    if (
        shared
        and all(abs(filing.values[k] - last[k]) < 1e-9 for k in shared)
        and len(shared) == len(filing.values)
    ):
        checked.warnings.append(
            SummaryFinding(
                filing.file_name,
                sheet,
                filing.row,
                "values",
                "",
                "",
                "unchanged_prefill",
                f"{name}的各项数值与上年预填的完全相同，请确认确已逐项核对",
            )
        )
