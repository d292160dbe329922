"""Indicators the office adds to next year's annual report form, typed as officers write them:
"标准数（项）；聚集企业数（家）；服务收入（万元）". An amount in 万元 is money (may have decimals),
anything else a count. A campaign takes the form as it is the day it opens."""

from __future__ import annotations

import re
from typing import Any

_ITEM = re.compile(r"^(?P<name>[^（()）]+?)\s*[（(]\s*(?P<unit>[^（()）]+?)\s*[)）]$")


def parse(text: str) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    for part in (p.strip() for p in re.split(r"[；;\n]", text)):
        if not part or part in ("无", "（无）"):
            continue
        match = _ITEM.match(part)
        if match is None:
            raise ValueError(f"“{part}”应写成“指标名称（单位）”，如 标准数（项）")
        name, unit = match["name"].strip(), match["unit"].strip()
        kind = "money" if unit == "万元" else "count"
        label = f"{name}（万元）" if kind == "money" else name  # as the form names its amounts
        if any(f["name"] == label for f in found):
            raise ValueError(f"“{label}”写了两次")
        found.append({"name": label, "unit": unit, "kind": kind})
    return found


def text(value: list[Any]) -> str:
    items = [i if isinstance(i, dict) else i.model_dump() for i in value]
    if not items:
        return "（无）"
    return "；".join(
        i["name"] if i["name"].endswith(f"（{i['unit']}）") else f"{i['name']}（{i['unit']}）"
        for i in items
    )
