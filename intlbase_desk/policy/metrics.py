"""The figures a profile's quantitative conditions read (``metric op value``): each named as
the officer types it or a metrics sheet heads its column, with its unit. Two can come from
what the app already knows: the years since the host's registration (its 注册日期 in the
register), and whether the host is registered in the jurisdiction, suggested from the
administrative division code inside its credit code (positions 3 to 8) for the officer to
confirm."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from intlbase_desk.policy.profile import Condition, Profile


class Metric(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str = Field(min_length=1)
    unit: str = ""
    kind: Literal["number", "yes_no"] = "number"
    derived: Literal["registered_years", "division_code"] | None = None


def conditions_of(profile: Profile, base_type: str) -> list[Condition]:
    """What an application of ``base_type`` must meet: the common conditions, then its type's."""
    return [*profile.common_conditions, *profile.base_type(base_type).conditions]


def check_metrics(profile: Profile) -> None:
    """Every quantitative condition reads a metric the profile names, of the right kind."""
    labels = [m.label for m in profile.metrics.values()]
    if len(set(labels)) != len(labels):
        raise ValueError("metrics：各指标的名称（label）不能重复")
    conditions = [(f"common_conditions.{c.id}", c) for c in profile.common_conditions] + [
        (f"base_types.{t.id}.conditions.{c.id}", c)
        for t in profile.base_types
        for c in t.conditions
    ]
    for where, c in conditions:
        if c.metric is None:
            continue
        metric = profile.metrics.get(c.metric)
        if metric is None:
            raise ValueError(f"{where}：指标 '{c.metric}' 未在 [metrics] 中定义")
        yes_no = isinstance(c.value, bool)
        if yes_no != (metric.kind == "yes_no") or (yes_no and c.op != "=="):
            raise ValueError(f"{where}：指标 '{c.metric}' 是{metric.kind}，与条件的写法不符")
