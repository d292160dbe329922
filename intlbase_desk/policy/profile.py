"""A policy profile: one jurisdiction's rules as data (see resources/policies/).

Every rule-bearing element names the id of the article it comes from (``rule``), and every such
id is defined in the profile's own ``rules`` list with the article and its text, so that the
officer can see, for anything the software applies, where it comes from.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from intlbase_desk.policy import scoring as templates
from intlbase_desk.policy import values
from intlbase_desk.policy.metrics import Metric, check_metrics

RULE_ID = r"^[A-Z][A-Z0-9]*-\d+[a-z]?$"
SLUG = r"^[a-z][a-z0-9_]*$"
# Roles tie profile states to what the software does with them, whatever a profile calls them.
StateRole = Literal["active", "evaluation_due", "rectification", "notified", "revoked"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rule(_Strict):
    id: str = Field(pattern=RULE_ID)
    article: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    text: str = Field(min_length=1)
    kind: list[Literal["data", "check", "checklist", "date"]] = Field(min_length=1)


class ValueList(_Strict):
    rule: str
    values: list[str] = Field(min_length=1)


class Condition(_Strict):
    """A condition of recognition: quantitative (``metric op value``) or a checklist item."""

    id: str = Field(pattern=SLUG)
    rule: str
    kind: Literal["check", "checklist"]
    text: str = Field(min_length=1)
    metric: str | None = Field(default=None, pattern=SLUG)
    op: Literal[">=", "<=", "=="] | None = None
    value: float | bool | None = None
    unit: str = ""

    @model_validator(mode="after")
    def _quantitative_has_metric(self) -> Condition:
        quantitative = (self.metric, self.op, self.value)
        if self.kind == "check" and None in quantitative:
            raise ValueError("kind = 'check' 的条件须写明 metric、op 和 value")
        if self.kind == "checklist" and any(v is not None for v in quantitative):
            raise ValueError("kind = 'checklist' 的条件不写 metric、op 和 value")
        return self


class BaseType(_Strict):
    id: str = Field(pattern=SLUG)
    name: str = Field(min_length=1)
    rule: str
    applicant: str = ""  # who applies or recommends (CQ-10, NAT-5…8)
    applicant_rule: str | None = None
    host_kinds: list[str] = []
    conditions: list[Condition] = []


class Step(_Strict):
    id: str = Field(pattern=SLUG)
    name: str = Field(min_length=1)
    rule: str
    working_days: int | None = Field(default=None, ge=1)


class State(_Strict):
    id: str = Field(pattern=SLUG)
    name: str = Field(min_length=1)
    role: StateRole
    title_usable: bool = True


class Transition(_Strict):
    from_: str = Field(alias="from")
    to: str
    name: str = Field(min_length=1)
    rule: str
    renews_validity: bool = False
    recovers_plaque: bool = False


class Lifecycle(_Strict):
    initial: str
    states: list[State] = Field(min_length=1)
    transitions: list[Transition] = Field(min_length=1)


class Grade(_Strict):
    name: str = Field(min_length=1)
    min_score: float = Field(ge=0, le=100)
    # "decide": the text leaves the consequence to the authority (e.g. 动态调整); "record": the
    # grade alone has no consequence, only a run of them has (national 第十三条: three years).
    outcome: Literal["keep", "rectify", "revoke", "report", "decide", "record"]


class Evaluation(_Strict):
    rule: str
    cycle: str = Field(min_length=1)
    period_years: int | None = Field(default=None, ge=1)
    # A yearly assessment of every base in force (年度考核: national 第十三条, IM 第十二条).
    annual: bool = False
    grades: list[Grade] = []
    # Scoring templates, base type id → dimensions; their points add up to total_points.
    total_points: float = Field(default=100, gt=0, le=1000)
    scoring: dict[str, list[templates.Dimension]] = {}
    # How a panel's totals make the panel score; the trimmed mean drops one highest and one
    # lowest total once there are trim_min_totals of them (practice: 5), the plain mean before.
    aggregation: Literal["mean", "trimmed_mean", "median"] = "trimmed_mean"
    trim_min_totals: int = Field(default=5, ge=3, le=99)
    # An expert's total this far (percent) from the mean of a target's totals is flagged.
    outlier_percent: int = Field(default=30, ge=1, le=100)
    # At most this share (percent) of a round gets the top grade; 0: no quota.
    top_grade_quota_percent: int = Field(default=0, ge=0, le=100)
    # Panels: how many experts score each group, and for how many years a past employer is
    # still a conflict (回避). No text gives either: office defaults.
    panel_size: int = Field(default=5, ge=3, le=99)
    conflict_years: int = Field(default=3, ge=1, le=20)

    @model_validator(mode="after")
    def _odd_panel(self) -> Evaluation:
        if self.panel_size % 2 == 0:
            raise ValueError(f"evaluation.panel_size：专家组人数应为奇数，当前为 {self.panel_size}")
        for type_id, dimensions in self.scoring.items():
            problem = templates.problem(dimensions, self.total_points)
            if problem is not None:
                raise ValueError(f"evaluation.scoring.{type_id}：{problem}")
        return self


class Consequence(_Strict):
    id: str = Field(pattern=SLUG)
    when: str = Field(min_length=1)
    action: Literal["report", "rectification", "re_evaluation", "revocation", "ban", "reward"]
    text: str = Field(min_length=1)
    rule: str
    years: int | None = Field(default=None, ge=1)
    # How many results in a row bring it (national 第十三条: three failed assessments).
    count: int | None = Field(default=None, ge=1)
    # The grade it follows (a reward for 优秀: CQ-12, IM-16).
    grade: str | None = None


class Trigger(_Strict):
    id: str = Field(pattern=SLUG)
    text: str = Field(min_length=1)
    rule: str


class ExtraIndicator(_Strict):
    """An indicator the office adds to the form (policy/extra_indicators)."""

    name: str = Field(min_length=1, max_length=100)
    unit: str = Field(min_length=1, max_length=20)
    kind: Literal["count", "money"]


class Summaries(_Strict):
    """The yearly work summary every base owes (its due date: ``annual_summary_due``)."""

    form: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")  # resources/forms/<form>.toml
    # The recommending unit reviews and signs it before it is filed (NAT-14, IM-13).
    recommender_review: bool = False
    recommender_review_rule: str | None = None
    # Consecutive reporting years without a summary that put a base on the missing list; where
    # a revocation trigger acts on it (IM-12(四)), the list proposes revoking.
    missing_years: int = Field(default=2, ge=1, le=10)
    missing_rule: str | None = None
    missing_trigger: str | None = Field(default=None, pattern=SLUG)
    # Where no article acts on it, the case of revocation the officer may judge it to be
    # (BJ2016-16(一): does not accept tracking management), offered from the same list.
    missing_judgement_trigger: str | None = Field(default=None, pattern=SLUG)
    extra_indicators: list[ExtraIndicator] = []  # the office's, for the next campaign's form


class Profile(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str = Field(min_length=1)
    short_name: str = Field(min_length=1)
    document_no: str = ""
    status: Literal["in_force", "draft", "trial", "superseded"]
    seed: str = ""
    issued: dt.date | None = None
    effective: dt.date | None = None
    authority: str = Field(min_length=1)
    authority_short: str = Field(min_length=1)
    title_name: str = Field(min_length=1)
    validity_years: int | None = Field(default=None, ge=1)
    validity_rule: str | None = None
    ban_years: int = Field(ge=0)
    ban_rule: str | None = None
    annual_summary_due: str = Field(pattern=r"^\d{2}-\d{2}$")
    annual_summary_rule: str | None = None
    publicity_working_days: int | None = Field(default=None, ge=1)
    publicity_rule: str | None = None
    certificate_number_pattern: str = Field(min_length=1)
    plaque: bool = False
    plaque_rule: str | None = None
    # Layouts (resources/layouts/<id>.toml): the certificate, and the plaque formats offered.
    certificate_layout: str = "certificate-a4"
    plaque_layouts: list[str] = ["plaque-600x400", "plaque-400x300"]
    # How many applications one organisation may be recommended for in one call (practice:
    # set by each call's notice, e.g. 2); None: no limit checked.
    recommendation_quota_per_unit: int | None = Field(default=None, ge=1)

    rules: list[Rule] = Field(min_length=1)
    # 区县 / 盟市 of the jurisdiction: geography, not a rule, offered in the district fields.
    districts: list[str] = []
    # 行政区划代码 (GB/T 2260) of each district: geography too (a local credit code carries it).
    division_codes: dict[str, str] = {}
    org_kinds: ValueList
    fields: ValueList
    base_types: list[BaseType] = Field(min_length=1)
    common_conditions: list[Condition] = []
    procedure: list[Step] = Field(min_length=1)
    lifecycle: Lifecycle
    evaluation: Evaluation
    consequences: list[Consequence] = []
    revocation_triggers: list[Trigger] = []
    # Major changes a base must report (重大事项: CQ-16, IM-14), as the article names them.
    major_changes: ValueList | None = None
    summaries: Summaries | None = None
    # The figures quantitative conditions read (policy/metrics.py).
    metrics: dict[str, Metric] = {}
    # Values no text states, set by the office's practice: value key → why (policy/values.py).
    office_defaults: dict[str, str] = {}

    @model_validator(mode="after")
    def _consistent(self) -> Profile:
        _check_unique("rules", [r.id for r in self.rules])
        _check_unique("base_types", [t.id for t in self.base_types])
        _check_unique("base_types (name)", [t.name for t in self.base_types])
        _check_unique("lifecycle.states", [s.id for s in self.lifecycle.states])
        _check_unique("revocation_triggers", [t.id for t in self.revocation_triggers])
        defined = {r.id for r in self.rules}
        for where, rule in self._rule_references():
            if rule not in defined:
                raise ValueError(f"{where}：条款 '{rule}' 未在 [[rules]] 中定义")
        for district, code in self.division_codes.items():
            if district not in self.districts:
                raise ValueError(f"division_codes：'{district}' 不在 districts 中")
            if not re.fullmatch(r"\d{6}", code):
                raise ValueError(f"division_codes.{district}：'{code}' 不是六位数字")
        states = {s.id for s in self.lifecycle.states}
        if self.lifecycle.initial not in states:
            raise ValueError(f"lifecycle.initial：未定义的状态 '{self.lifecycle.initial}'")
        for i, t in enumerate(self.lifecycle.transitions):
            for end in (t.from_, t.to):
                if end not in states:
                    raise ValueError(f"lifecycle.transitions[{i}]：未定义的状态 '{end}'")
            if t.from_ == t.to:
                raise ValueError(f"lifecycle.transitions[{i}]：状态变更的前后状态不能相同")
        if (
            any(s.role == "revoked" for s in self.lifecycle.states)
            and self.ban_years
            and (self.ban_rule is None)
        ):
            raise ValueError("ban_rule：写了 ban_years 的配置须写明禁止申报所依据的条款")
        types = {t.id for t in self.base_types}
        unknown = sorted(set(self.evaluation.scoring) - types)
        if unknown:
            raise ValueError(f"evaluation.scoring：不认识的基地类型 {unknown}")
        missing = [t.name for t in self.base_types if t.id not in self.evaluation.scoring]
        if self.evaluation.grades and missing:
            raise ValueError(f"evaluation.scoring：缺少“{'”“'.join(missing)}”的评分表")
        scores = [g.min_score for g in self.evaluation.grades]
        if scores != sorted(scores, reverse=True) or len(set(scores)) != len(scores):
            raise ValueError("evaluation.grades：各等级的分数线须从高到低排列且不重复")
        month, day = (int(p) for p in self.annual_summary_due.split("-"))
        try:
            dt.date(2001, month, day)
        except ValueError:
            raise ValueError(
                f"annual_summary_due：'{self.annual_summary_due}' 不是“月-日”（MM-DD）日期"
            ) from None
        try:
            self.certificate_number_pattern.format(year=2025, seq=1)
        except (KeyError, IndexError, ValueError):
            raise ValueError(
                "certificate_number_pattern：只能使用 {year} 和 {seq} 两个占位符"
            ) from None
        if self.summaries is not None:
            summaries = self.summaries
            if summaries.recommender_review and summaries.recommender_review_rule is None:
                raise ValueError(
                    "summaries.recommender_review：须以 recommender_review_rule 注明条款"
                )
            triggers = {t.id for t in self.revocation_triggers}
            for key in ("missing_trigger", "missing_judgement_trigger"):
                trigger = getattr(summaries, key)
                if trigger is not None and trigger not in triggers:
                    raise ValueError(f"summaries.{key}：没有 id 为 {trigger} 的撤销情形")
        check_metrics(self)
        values.check_bases(self)
        return self

    def _rule_references(self) -> list[tuple[str, str]]:
        refs: list[tuple[str, str]] = [
            ("org_kinds", self.org_kinds.rule),
            ("fields", self.fields.rule),
            ("evaluation", self.evaluation.rule),
        ]
        keys = ("validity_rule", "ban_rule", "publicity_rule", "annual_summary_rule", "plaque_rule")
        for key in keys:
            value = getattr(self, key)
            if value is not None:
                refs.append((key, value))
        for t in self.base_types:
            refs.append((f"base_types.{t.id}", t.rule))
            if t.applicant_rule is not None:
                refs.append((f"base_types.{t.id}.applicant_rule", t.applicant_rule))
            refs += [(f"base_types.{t.id}.conditions.{c.id}", c.rule) for c in t.conditions]
        refs += [(f"common_conditions.{c.id}", c.rule) for c in self.common_conditions]
        refs += [(f"procedure.{s.id}", s.rule) for s in self.procedure]
        refs += [
            (f"lifecycle.transitions[{i}]", t.rule)
            for i, t in enumerate(self.lifecycle.transitions)
        ]
        refs += [(f"consequences.{c.id}", c.rule) for c in self.consequences]
        refs += [(f"revocation_triggers.{t.id}", t.rule) for t in self.revocation_triggers]
        if self.major_changes is not None:
            refs.append(("major_changes", self.major_changes.rule))
        if self.summaries is not None:
            for key in ("recommender_review_rule", "missing_rule"):
                if (rule := getattr(self.summaries, key)) is not None:
                    refs.append((f"summaries.{key}", rule))
        return refs

    # Lookups the rest of the app uses.

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    def base_type(self, type_id: str) -> BaseType:
        for t in self.base_types:
            if t.id == type_id:
                return t
        raise KeyError(type_id)

    def base_type_by_name(self, name: str) -> BaseType | None:
        return next((t for t in self.base_types if t.name == name), None)

    def state(self, state_id: str) -> State:
        for s in self.lifecycle.states:
            if s.id == state_id:
                return s
        raise KeyError(state_id)

    def states_with_role(self, role: StateRole) -> list[State]:
        return [s for s in self.lifecycle.states if s.role == role]

    def transitions_from(self, state_id: str) -> list[Transition]:
        return [t for t in self.lifecycle.transitions if t.from_ == state_id]

    def transition(self, from_state: str, to_state: str) -> Transition | None:
        return next(
            (t for t in self.lifecycle.transitions if t.from_ == from_state and t.to == to_state),
            None,
        )

    def certificate_number(self, year: int, seq: int) -> str:
        return self.certificate_number_pattern.format(year=year, seq=seq)

    @property
    def title(self) -> str:
        """How the profile is shown to officers, e.g. in the window title."""
        return f"{self.short_name}·{self.name}"


def _check_unique(where: str, values: list[str]) -> None:
    seen: set[str] = set()
    for v in values:
        if v in seen:
            raise ValueError(f"{where}：'{v}' 出现了两次")
        seen.add(v)


def rule_ids_in(text: str) -> set[str]:
    """The rule ids quoted in a text, e.g. a RULES.md table."""
    return set(re.findall(r"\b([A-Z][A-Z0-9]*-\d+[a-z]?)\b", text))
