"""Scoring templates (评分表): per base type, the dimensions (一级指标) an expert scores, each
with its points and, optionally, its indicators (二级指标) with their points and what earns them.

The points of a template add up to the profile's total (100 unless it says otherwise), and the
indicators of a dimension to the dimension's points; a template that does not add up is refused
when the profile loads and when an officer edits it. The officer writes a template as one line
(``研发能力与贡献 30（论文 10、专利 20）；国际科技合作与交流 30；…``), which ``parse`` reads.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

# Points are whole or half points: what a paper sheet can hold and a sum can check exactly.
EPSILON = 1e-6


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Indicator(_Strict):
    name: str = Field(min_length=1)
    points: float = Field(gt=0, le=1000)
    criteria: str = ""  # what earns the points, printed on the sheet


class Dimension(_Strict):
    name: str = Field(min_length=1)
    points: float = Field(gt=0, le=1000)
    indicators: list[Indicator] = []

    @model_validator(mode="after")
    def _indicators_add_up(self) -> Dimension:
        if self.indicators:
            total = sum(i.points for i in self.indicators)
            if abs(total - self.points) > EPSILON:
                raise ValueError(
                    f"一级指标“{self.name}”的二级指标分值之和为 {total:g}，应为 {self.points:g}"
                )
            names = [i.name for i in self.indicators]
            if len(set(names)) != len(names):
                raise ValueError(f"一级指标“{self.name}”中有重复的二级指标")
        return self

    @property
    def items(self) -> list[tuple[str, float, str]]:
        """What an expert scores: the indicators, or the dimension itself when it has none."""
        if self.indicators:
            return [(f"{self.name}—{i.name}", i.points, i.criteria) for i in self.indicators]
        return [(self.name, self.points, "")]


def problem(dimensions: list[Dimension], total: float) -> str | None:
    """Why a template cannot be used, in Chinese; None when it adds up."""
    if not dimensions:
        return "评分表至少要有一个一级指标"
    names = [d.name for d in dimensions]
    if len(set(names)) != len(names):
        return "评分表中有重复的一级指标"
    points = sum(d.points for d in dimensions)
    if abs(points - total) > EPSILON:
        return f"各一级指标分值之和为 {points:g}，应为 {total:g}"
    return None


def items(dimensions: list[Dimension]) -> list[tuple[str, float, str]]:
    """Every line an expert scores, in order: (name, maximum points, criteria)."""
    return [item for d in dimensions for item in d.items]


def text(dimensions: list[Dimension]) -> str:
    def one(d: Dimension) -> str:
        inner = "、".join(f"{i.name} {i.points:g}" for i in d.indicators)
        return f"{d.name} {d.points:g}" + (f"（{inner}）" if inner else "")

    return "；".join(one(d) for d in dimensions)


_PART = re.compile(
    r"^(?P<name>.+?)\s*(?P<points>\d+(?:\.\d+)?)\s*分?\s*(?:[（(](?P<inner>.*)[)）])?$"
)


def parse(written: str, known: list[Dimension]) -> list[Dimension]:
    """A template as the officer wrote it; criteria already known for an indicator are kept.
    ValueError in Chinese."""

    criteria = {(d.name, i.name): i.criteria for d in known for i in d.indicators}
    dimensions = []
    for part in (p.strip() for p in re.split(r"[；;\n]", written)):
        if not part:
            continue
        found = _PART.match(part)
        if found is None:
            raise ValueError(f"“{part}”应写成“指标名称 分值”，如“国际科技合作与交流 30”")
        name = found["name"].strip()
        if name.endswith(("-", "－", "—")) or not float(found["points"]) > 0:
            raise ValueError(f"“{name.rstrip('-－— ')}”的分值应为正数")
        indicators = []
        for piece in (p.strip() for p in re.split(r"[、,，]", found["inner"] or "")):
            if not piece:
                continue
            inner = re.fullmatch(r"(.+?)\s*(\d+(?:\.\d+)?)\s*分?", piece)
            if inner is None:
                raise ValueError(f"“{piece}”应写成“二级指标名称 分值”")
            iname = inner[1].strip()
            if iname.endswith(("-", "－", "—")) or not float(inner[2]) > 0:
                raise ValueError(f"“{iname.rstrip('-－— ')}”的分值应为正数")
            indicators.append(
                Indicator(
                    name=iname, points=float(inner[2]), criteria=criteria.get((name, iname), "")
                )
            )
        try:
            dimensions.append(
                Dimension(name=name, points=float(found["points"]), indicators=indicators)
            )
        except ValidationError as exc:  # the model's own message, without pydantic's framing
            raise ValueError(exc.errors()[0]["msg"].removeprefix("Value error, ")) from None
    return dimensions
