"""How a panel's totals become a result: the panel score, ranks, flags and the spread.

Pure functions of numbers, so that they are checked with generated inputs (tests/core).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
METHODS = ("mean", "trimmed_mean", "median")


def panel_score(totals: Sequence[float], method: str, trim_min: int = 5) -> float:
    """The mean, the median, or the mean without one highest and one lowest total once there
    are ``trim_min`` totals (the plain mean with fewer). Rounded to two decimals, as printed."""
    if not totals:
        raise ValueError("no totals")
    if method == "median":
        value = statistics.median(totals)
    elif method == "trimmed_mean" and len(totals) >= trim_min:
        value = statistics.fmean(sorted(totals)[1:-1])
    elif method in METHODS:
        value = statistics.fmean(totals)
    else:
        raise ValueError(f"unknown method {method!r}")
    return round(value + 0.0, 2)


def ranks(scores: Mapping[K, float]) -> dict[K, int]:
    """1 for the highest; equal scores share a rank and the next rank skips (1, 2, 2, 4)."""
    ordered = sorted(scores.values(), reverse=True)
    first = {}
    for position, value in enumerate(ordered, start=1):
        first.setdefault(value, position)
    return {key: first[value] for key, value in scores.items()}


def far_from_mean(totals: Sequence[float], percent: float) -> list[int]:
    """The positions of the totals more than ``percent`` % away from the mean of all."""
    if len(totals) < 2:
        return []
    mean = statistics.fmean(totals)
    limit = abs(mean) * percent / 100
    return [i for i, t in enumerate(totals) if abs(t - mean) > limit + 1e-9]


def spread(totals: Sequence[float]) -> tuple[float, float]:
    """Max − min and the population standard deviation, rounded to two decimals."""
    if not totals:
        return 0.0, 0.0
    mean = math.fsum(totals) / len(totals)
    # The plain formula: statistics.pstdev works in exact fractions, 100× slower for a list.
    deviation = math.sqrt(math.fsum((t - mean) ** 2 for t in totals) / len(totals))
    return round(max(totals) - min(totals), 2), round(deviation, 2)


def quota_limit(count: int, percent: int) -> int | None:
    """How many may get the top grade among ``count``; None when there is no quota."""
    if percent <= 0:
        return None
    return math.floor(count * percent / 100 + 1e-9)
