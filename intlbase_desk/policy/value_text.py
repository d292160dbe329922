"""A profile value as the window and ``profile-values`` write it out, by its kind."""

from __future__ import annotations

from typing import Any

AGGREGATIONS = {
    "trimmed_mean": "去掉一个最高分和一个最低分后的平均分",
    "mean": "平均分",
    "median": "中位数",
}


def text_of(kind: str, value: Any) -> str:
    if kind == "bool":
        return "是" if value else "否"
    if kind == "list":
        return "、".join(value)
    if kind == "grades":
        return "；".join(f"{name} ≥{score:g}" for name, score in value)
    if kind == "choice":
        return AGGREGATIONS.get(value, str(value))
    if kind == "percent":
        return str(value) if value else "不设"
    if kind == "scoring":
        from intlbase_desk.policy import scoring

        return scoring.text(value)
    if kind == "indicators":
        from intlbase_desk.policy import extra_indicators

        return extra_indicators.text(value)
    return str(value)
