"""One target's totals: which experts' sheets count, and what the officer is told about the rest.

A sheet counts when its expert sits on the target's group panel, gives every line (or a total
alone) and, while the round is open, has no conflict with the target's host: a relation declared
after the draw or after the scores came in takes the expert's scores out for that target only
(回避 is decided on the day, as at the draw and at import). The scores of a member who has since
been recorded as unable to take part do not count either; the reserve who replaced them scores
instead. Where a second officer typed the paper sheets again, a line on which the two entries
differ keeps the target without a panel score until it is resolved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from intlbase_desk import experts
from intlbase_desk.evaluations import aggregate, score_lines
from intlbase_desk.models import EvaluationTarget

FLAG_TEXT = {
    "outlier": "评分偏离平均分",
    "missing": "专家评分未齐",
    "double_entry": "两遍录入不一致",
    "quota": "超出优秀名额",
    "quota_tie": "名额线上并列，待决定",
    "override": "等级已人工调整",
    "conflict": "须回避，评分未计入",
    "not_on_panel": "已不在专家组，评分未计入",
}


@dataclass(frozen=True)
class Flag:
    code: str
    message: str
    expert_id: int | None = None
    explanation: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "expert_id": self.expert_id,
            "explanation": self.explanation,
        }


@dataclass(frozen=True)
class ExpertTotal:
    expert_id: int
    expert: str
    total: float
    lines: dict[str, float]  # item → points (a total given alone: {"": total})


@dataclass
class TargetResult:
    target_id: int
    base_id: int
    uscc: str
    base_name: str
    org_name: str
    group: str
    totals: list[ExpertTotal]
    missing: list[str]  # panel members without a complete sheet
    panel_score: float | None = None
    rank: int | None = None
    grade: str | None = None
    computed_grade: str | None = None
    outcome: str | None = None
    spread: float = 0.0
    stdev: float = 0.0
    override_reason: str = ""
    flags: list[Flag] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "target_id": self.target_id,
            "base_id": self.base_id,
            "uscc": self.uscc,
            "base_name": self.base_name,
            "org_name": self.org_name,
            "group": self.group,
            "totals": [
                {"expert": t.expert, "expert_id": t.expert_id, "total": t.total}
                for t in self.totals
            ],
            "missing": self.missing,
            "panel_score": self.panel_score,
            "rank": self.rank,
            "grade": self.grade,
            "computed_grade": self.computed_grade,
            "spread": self.spread,
            "stdev": self.stdev,
            "flags": [f.as_dict() for f in self.flags],
        }


@dataclass(frozen=True)
class Sheet:
    """One expert's sheet for a target in one typing: its total, how many lines it gives,
    whether it gives a total alone, and its lines where they were read (a filled sheet's page,
    or two typings to compare)."""

    total: float
    items: int
    has_total: bool
    lines: dict[str, float] | None = None


@dataclass(frozen=True)
class Excluding:
    """What takes a sheet out besides its content: who sits where, and 回避 on which day
    (None: not decided again, the round is concluded)."""

    pool: dict[int, experts.ExpertRecord]
    conflicts_on: dt.date | None
    conflict_years: int


def target_result(
    target: EvaluationTarget,
    template: score_lines.Template | None,
    members: list[int],
    names: dict[int, str],
    scores: dict[tuple[int, int], Sheet],
    evaluation: Any,
    excluding: Excluding,
) -> TargetResult:
    """``scores``: this target's sheets, by (expert, pass)."""
    assert target.id is not None
    result = TargetResult(
        target.id,
        target.base_id,
        target.uscc,
        target.base_name,
        target.org_name,
        target.group_key,
        [],
        [],
    )
    lines = {line.name for line in template.lines} if template else set()
    mismatched = False
    scorers = {e for (e, _p) in scores}
    for expert_id in sorted(scorers - set(members)):
        name = names.get(expert_id, str(expert_id))
        result.flags.append(
            Flag("not_on_panel", f"{name}已不在专家组中（已登记不能参加），其评分未计入", expert_id)
        )
    for expert_id in members:
        first = scores.get((expert_id, 1))
        second = scores.get((expert_id, 2))
        name = names.get(expert_id, str(expert_id))
        if expert_id in scorers and (reasons := _conflicts(excluding, expert_id, target)):
            result.flags.append(
                Flag(
                    "conflict",
                    f"{name}须回避“{target.org_name}”（{reasons}），其评分未计入",
                    expert_id,
                )
            )
            continue
        # Every line a sheet gives is one of the round's (checked as it came in).
        complete = first is not None and (
            first.has_total or (bool(lines) and first.items >= len(lines))
        )
        if first is None or not complete:
            result.missing.append(name)
            continue
        if second is not None and second.lines != first.lines:
            one, two = first.lines or {}, second.lines or {}
            differing = sorted(k for k in set(one) | set(two) if one.get(k) != two.get(k))
            mismatched = True
            shown = "、".join(d or "总分" for d in differing)
            result.flags.append(
                Flag("double_entry", f"{name}：两遍录入不一致（{shown}）", expert_id)
            )
        total = round(first.total, 2)
        result.totals.append(ExpertTotal(expert_id, name, total, dict(first.lines or {})))
    if result.missing:
        result.flags.append(
            Flag("missing", f"尚缺 {len(result.missing)} 位专家的评分：{'、'.join(result.missing)}")
        )
    totals = [t.total for t in result.totals]
    result.spread, result.stdev = aggregate.spread(totals)
    for i in aggregate.far_from_mean(totals, evaluation.outlier_percent):
        t = result.totals[i]
        result.flags.append(
            Flag(
                "outlier",
                f"{t.expert}的总分 {t.total:g} 偏离平均分 {evaluation.outlier_percent}% 以上",
                t.expert_id,
            )
        )
    if totals and not result.missing and not mismatched:
        result.panel_score = aggregate.panel_score(
            totals, evaluation.aggregation, evaluation.trim_min_totals
        )
    return result


def _conflicts(excluding: Excluding, expert_id: int, target: EvaluationTarget) -> str:
    expert = excluding.pool.get(expert_id)
    if excluding.conflicts_on is None or expert is None:
        return ""
    found = experts.conflicts(
        expert,
        target.uscc,
        target.org_name,
        on=excluding.conflicts_on,
        years=excluding.conflict_years,
    )
    return "；".join(c.reason for c in found)
