"""The lines each group's experts score in a round: the profile's scoring template for the
group's base type, frozen in the round when the first sheet goes out or the first score comes
in, so that a template the office changes later applies to the next round only."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from sqlmodel import Session

from intlbase_desk.infra.errors import UserError
from intlbase_desk.models import EvaluationRound
from intlbase_desk.policy import scoring
from intlbase_desk.policy.profile import Profile

TOTAL = ""  # the item of a total given alone, without lines (a third party's summary)


@dataclass(frozen=True)
class Line:
    name: str  # the item a score is kept under: "一级指标" or "一级指标—二级指标"
    points: float
    criteria: str


@dataclass(frozen=True)
class Template:
    group: str
    dimensions: list[scoring.Dimension]
    total: float

    @functools.cached_property
    def lines(self) -> list[Line]:
        return [Line(*item) for item in scoring.items(self.dimensions)]

    @functools.cached_property
    def _by_name(self) -> dict[str, Line]:
        return {line.name: line for line in self.lines}

    def line(self, name: str) -> Line | None:
        return self._by_name.get(name)


def templates(
    session: Session, found: EvaluationRound, profile: Profile, *, freeze: bool = True
) -> dict[str, Template]:
    """The round's templates by group, frozen now if they were not yet and ``freeze`` (the
    caller's transaction writes them); a check that writes nothing passes ``freeze=False``."""
    total = profile.evaluation.total_points
    if found.scoring_json:
        data = json.loads(found.scoring_json)
        total = data["total"]
        stored = data["templates"]
    else:
        stored = {
            group: [d.model_dump() for d in dims]
            for group, dims in profile.evaluation.scoring.items()
        }
        if freeze:
            data = {"total": total, "templates": stored}
            found.scoring_json = json.dumps(data, ensure_ascii=False)
            session.add(found)
    return {
        group: Template(group, [scoring.Dimension.model_validate(d) for d in dims], total)
        for group, dims in stored.items()
    }


def template_of(
    session: Session, found: EvaluationRound, profile: Profile, group: str, *, freeze: bool = True
) -> Template:
    found_templates = templates(session, found, profile, freeze=freeze)
    if group not in found_templates:
        raise UserError(f"《{profile.name}》没有“{group}”类基地的评分表；请先在政策依据中补充")
    return found_templates[group]
