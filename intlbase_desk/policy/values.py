"""The values a profile sets, each with its basis: the article that states it, or an office
default (the office's practice, which no text states) that the officer may change.

A profile that sets a value without either is refused when it loads (``check_bases``): a due
date that looks like a rule but is only habit must say so. Districts and their division codes
are geography, shown as such.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from intlbase_desk.policy.value_text import text_of

if TYPE_CHECKING:
    from intlbase_desk.policy.profile import Profile

Kind = Literal[
    "int",
    "month_day",
    "text",
    "bool",
    "list",
    "grades",
    "choice",
    "percent",
    "scoring",
    "indicators",
]
# The office_defaults entry that covers a family of values (every type's scoring template).
SCORING = "scoring"
Basis = Literal["article", "office_default", "geography"]


@dataclass(frozen=True)
class ProfileValue:
    key: str
    label: str
    kind: Kind
    get: Callable[[Profile], Any]
    rule: Callable[[Profile], str | None]  # the article that states the value, if any
    update: Callable[[Profile, Any], dict[str, Any]] | None = None  # model fields to replace

    def is_set(self, profile: Profile) -> bool:
        value = self.get(profile)
        if self.kind == "indicators":  # shown while empty: it is where indicators are added
            return profile.summaries is not None
        if self.kind == "percent":  # 0 means "none", a value the officer may still change
            return value is not None
        return value not in (None, 0, False, [], "")


@dataclass(frozen=True)
class Shown:
    """One value as the window and ``profile-values`` show it."""

    key: str
    label: str
    kind: Kind
    value: Any
    text: str
    basis: Basis
    rule: str | None  # the article's id, when it states the value
    note: str  # an office default's reason, or the article

    @property
    def changeable(self) -> bool:
        return self.basis == "office_default"

    @property
    def editable_text(self) -> str:
        """What the officer edits: the value alone, as ``parse`` reads it back."""
        return text_of(self.kind, self.value)


def _grades(profile: Profile) -> list[tuple[str, float]]:
    return [(g.name, g.min_score) for g in profile.evaluation.grades]


def _with_grades(profile: Profile, scores: list[float]) -> dict[str, Any]:
    grades = [
        g.model_copy(update={"min_score": s})
        for g, s in zip(profile.evaluation.grades, scores, strict=True)
    ]
    return {"evaluation": profile.evaluation.model_copy(update={"grades": grades})}


CATALOGUE: tuple[ProfileValue, ...] = (
    ProfileValue(
        "validity_years",
        "有效期（年）",
        "int",
        lambda p: p.validity_years,
        lambda p: p.validity_rule,
        lambda p, v: {"validity_years": v},
    ),
    ProfileValue(
        "evaluation_period_years",
        "评估周期（年）",
        "int",
        lambda p: p.evaluation.period_years,
        lambda p: p.evaluation.rule,
        lambda p, v: {"evaluation": p.evaluation.model_copy(update={"period_years": v})},
    ),
    ProfileValue(
        "annual_assessment",
        "年度考核",
        "bool",
        lambda p: p.evaluation.annual,
        lambda p: p.evaluation.rule,
        lambda p, v: {"evaluation": p.evaluation.model_copy(update={"annual": v})},
    ),
    ProfileValue(
        "panel_size",
        "评审专家组人数（奇数）",
        "int",
        lambda p: p.evaluation.panel_size,
        lambda p: None,
        lambda p, v: {"evaluation": p.evaluation.model_copy(update={"panel_size": v})},
    ),
    ProfileValue(
        "conflict_years",
        "曾任职单位回避年限（年）",
        "int",
        lambda p: p.evaluation.conflict_years,
        lambda p: None,
        lambda p, v: {"evaluation": p.evaluation.model_copy(update={"conflict_years": v})},
    ),
    ProfileValue(
        "score_aggregation",
        "评估得分计算方法",
        "choice",
        lambda p: p.evaluation.aggregation,
        lambda p: None,
        lambda p, v: {"evaluation": p.evaluation.model_copy(update={"aggregation": v})},
    ),
    ProfileValue(
        "outlier_percent",
        "专家评分偏离平均分需说明（%）",
        "int",
        lambda p: p.evaluation.outlier_percent,
        lambda p: None,
        lambda p, v: {"evaluation": p.evaluation.model_copy(update={"outlier_percent": v})},
    ),
    ProfileValue(
        "top_grade_quota_percent",
        "最高等级名额上限（占本批次 %）",
        "percent",
        lambda p: p.evaluation.top_grade_quota_percent,
        lambda p: None,
        lambda p, v: {"evaluation": p.evaluation.model_copy(update={"top_grade_quota_percent": v})},
    ),
    ProfileValue(
        "ban_years",
        "撤销后不得再次申报（年）",
        "int",
        lambda p: p.ban_years,
        lambda p: p.ban_rule,
        lambda p, v: {"ban_years": v},
    ),
    ProfileValue(
        "annual_summary_due",
        "年度工作总结报送截止（月-日）",
        "month_day",
        lambda p: p.annual_summary_due,
        lambda p: p.annual_summary_rule,
        lambda p, v: {"annual_summary_due": v},
    ),
    ProfileValue(
        "summary_missing_years",
        "连续几年未交年度总结列入清单",
        "int",
        lambda p: p.summaries.missing_years if p.summaries else None,
        lambda p: p.summaries.missing_rule if p.summaries else None,
        lambda p, v: {"summaries": p.summaries.model_copy(update={"missing_years": v})},
    ),
    ProfileValue(
        "summary_extra_indicators",
        "年度报表补充的指标（下一次开启的年度起）",
        "indicators",
        lambda p: [i.model_dump() for i in p.summaries.extra_indicators] if p.summaries else [],
        lambda p: None,
        lambda p, v: _extra_indicators_update(p, v),
    ),
    ProfileValue(
        "publicity_working_days",
        "公示期（工作日）",
        "int",
        lambda p: p.publicity_working_days,
        lambda p: p.publicity_rule,
        lambda p, v: {"publicity_working_days": v},
    ),
    ProfileValue(
        "recommendation_quota_per_unit",
        "每个推荐单位的推荐名额",
        "int",
        lambda p: p.recommendation_quota_per_unit,
        lambda p: None,
        lambda p, v: {"recommendation_quota_per_unit": v},
    ),
    ProfileValue(
        "certificate_number_pattern",
        "证书编号格式",
        "text",
        lambda p: p.certificate_number_pattern,
        lambda p: None,
        lambda p, v: {"certificate_number_pattern": v},
    ),
    ProfileValue(
        "plaque",
        "授予牌匾",
        "bool",
        lambda p: p.plaque,
        lambda p: p.plaque_rule,
        lambda p, v: {"plaque": v},
    ),
    ProfileValue(
        "org_kinds",
        "依托单位性质",
        "list",
        lambda p: p.org_kinds.values,
        lambda p: p.org_kinds.rule,
        lambda p, v: {"org_kinds": p.org_kinds.model_copy(update={"values": v})},
    ),
    ProfileValue(
        "fields",
        "技术领域",
        "list",
        lambda p: p.fields.values,
        lambda p: p.fields.rule,
        lambda p, v: {"fields": p.fields.model_copy(update={"values": v})},
    ),
    ProfileValue(
        "major_change_kinds",
        "应报告的重大事项",
        "list",
        lambda p: p.major_changes.values if p.major_changes else [],
        lambda p: p.major_changes.rule if p.major_changes else None,
        lambda p, v: {
            "major_changes": p.major_changes.model_copy(update={"values": v})
            if p.major_changes
            else None
        },
    ),
    ProfileValue(
        "grade_cutoffs",
        "评估等级分数线",
        "grades",
        _grades,
        lambda p: None,
        lambda p, v: _with_grades(p, v),
    ),
)
BY_KEY = {v.key: v for v in CATALOGUE}


def _extra_indicators_update(profile: Profile, value: list[dict[str, str]]) -> dict[str, Any]:
    from intlbase_desk.policy.profile import ExtraIndicator

    assert profile.summaries is not None
    added = [ExtraIndicator.model_validate(i) for i in value]
    return {"summaries": profile.summaries.model_copy(update={"extra_indicators": added})}


def _scoring_value(profile: Profile, type_id: str) -> ProfileValue:
    def update(p: Profile, dimensions: Any) -> dict[str, Any]:
        from intlbase_desk.policy import scoring

        # Stored settings hold plain data; the model holds templates.
        dimensions = [scoring.Dimension.model_validate(d) for d in dimensions]
        templates = dict(p.evaluation.scoring) | {type_id: dimensions}
        return {"evaluation": p.evaluation.model_copy(update={"scoring": templates})}

    return ProfileValue(
        f"{SCORING}.{type_id}",
        f"{profile.base_type(type_id).name}：评分表（满分 {profile.evaluation.total_points:g}）",
        "scoring",
        lambda p: p.evaluation.scoring.get(type_id, []),
        lambda p: p.evaluation.rule,
        update,
    )


def lookup(key: str, profile: Profile) -> ProfileValue | None:
    """The value named ``key``: one of the catalogue, or a base type's scoring template."""
    if key.startswith(SCORING + "."):
        type_id = key.removeprefix(SCORING + ".")
        if type_id in {t.id for t in profile.base_types}:
            return _scoring_value(profile, type_id)
        return None
    return BY_KEY.get(key)


def default_key(key: str) -> str:
    """The office_defaults entry giving ``key``'s reason."""
    return SCORING if key.startswith(SCORING + ".") else key


def _items(profile: Profile) -> list[ProfileValue]:
    scoring = [_scoring_value(profile, t.id) for t in profile.base_types]
    return list(CATALOGUE) + [v for v in scoring if v.is_set(profile)]


def shown(profile: Profile) -> list[Shown]:
    """Every value the profile sets, with its basis, in the catalogue's order."""
    result: list[Shown] = []
    for item in _items(profile):
        if not item.is_set(profile):
            continue
        value = item.get(profile)
        note = profile.office_defaults.get(default_key(item.key))
        rule = item.rule(profile)
        if note is not None:
            result.append(
                Shown(
                    item.key,
                    item.label,
                    item.kind,
                    value,
                    text_of(item.kind, value),
                    "office_default",
                    None,
                    note,
                )
            )
        elif rule is not None:
            article = profile.rule(rule).article
            result.append(
                Shown(
                    item.key,
                    item.label,
                    item.kind,
                    value,
                    text_of(item.kind, value),
                    "article",
                    rule,
                    article,
                )
            )
    for base_type in profile.base_types:
        if base_type.applicant and base_type.applicant_rule is not None:
            article = profile.rule(base_type.applicant_rule).article
            result.append(
                Shown(
                    f"applicant.{base_type.id}",
                    f"{base_type.name}：申报与推荐",
                    "text",
                    base_type.applicant,
                    base_type.applicant,
                    "article",
                    base_type.applicant_rule,
                    article,
                )
            )
    result = [
        dataclasses.replace(v, text=f"{v.text}（如 {profile.certificate_number(2026, 1)}）")
        if v.key == "certificate_number_pattern"
        else v
        for v in result
    ]
    if profile.districts:
        result.append(
            Shown(
                "districts",
                "区县",
                "list",
                profile.districts,
                text_of("list", profile.districts),
                "geography",
                None,
                "不是规则",
            )
        )
    return result


def check_bases(profile: Profile) -> None:
    """Raises ValueError for a value without a basis, or an office default of no known value."""
    known = set(BY_KEY) | {SCORING}
    unknown = set(profile.office_defaults) - known
    if unknown:
        raise ValueError(f"office_defaults：不认识的取值 {sorted(unknown)}；可用：{sorted(known)}")
    for base_type in profile.base_types:
        if base_type.applicant and base_type.applicant_rule is None:
            raise ValueError(f"base_types.{base_type.id}.applicant：须以 applicant_rule 注明条款")
    for item in _items(profile):
        if not item.is_set(profile) or default_key(item.key) in profile.office_defaults:
            continue
        if item.rule(profile) is None:
            raise ValueError(
                f"{item.key}：取值 {item.get(profile)!r} 既没有注明所依据的条款，也没有在 "
                "office_defaults 中注明为本处惯例"
            )
