"""Drawing a panel so that an auditor can check it again (RFC 3797's idea).

The eligible experts are ordered by SHA-256 of the recorded seed, the group (so that one seed
announced for a round gives each group its own order) and each expert's key; the first
``size`` are the panel, the next ``reserves`` the reserves in order. Nothing depends on Python's
``random`` (whose sequences may change between versions): the same seed and candidates give the
same order on any machine, now or in ten years.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from intlbase_desk import experts

ALGORITHM = "sha256(seed|group|id:name)-v1"


@dataclass(frozen=True)
class Target:
    """What a draw knows of a target: whose organisation it is."""

    base_id: int
    base_name: str
    org_name: str
    uscc: str
    field: str


@dataclass(frozen=True)
class Eligibility:
    eligible: tuple[experts.ExpertRecord, ...]
    excluded: dict[int, list[str]]  # expert id → every reason, in Chinese


def expert_key(expert: experts.ExpertRecord) -> str:
    return f"{expert.id}:{expert.name}"


def ticket(seed: str, group: str, expert: experts.ExpertRecord) -> str:
    return hashlib.sha256(f"{seed}|{group}|{expert_key(expert)}".encode()).hexdigest()


def ordered(
    seed: str, group: str, candidates: Iterable[experts.ExpertRecord]
) -> list[experts.ExpertRecord]:
    return sorted(candidates, key=lambda e: (ticket(seed, group, e), e.id))


def eligibility(
    candidates: Sequence[experts.ExpertRecord],
    targets: Sequence[Target],
    *,
    on: dt.date,
    years: int,
    fields: Sequence[str] = (),
) -> Eligibility:
    """Who may sit on the group's panel: active, in one of ``fields`` when asked, and in
    conflict with none of the group's targets."""
    eligible: list[experts.ExpertRecord] = []
    excluded: dict[int, list[str]] = {}
    wanted = set(fields)
    for expert in candidates:
        reasons: list[str] = []
        if not expert.active:
            reasons.append("已停用")
        if wanted and not wanted.intersection(expert.fields):
            reasons.append(f"专业领域不在所选领域（{'、'.join(fields)}）之内")
        for target in targets:
            for conflict in experts.conflicts(
                expert, target.uscc, target.org_name, on=on, years=years
            ):
                reasons.append(f"须回避“{target.base_name}”：{conflict.reason}")
        if reasons:
            excluded[expert.id] = reasons
        else:
            eligible.append(expert)
    return Eligibility(tuple(eligible), excluded)
