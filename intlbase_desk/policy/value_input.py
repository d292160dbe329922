"""What an officer types for a profile value, read back as the profile holds it, and the
profile with the changed value, validated as a file would be (office_settings stores it)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from intlbase_desk.policy.value_text import AGGREGATIONS
from intlbase_desk.policy.values import default_key, lookup

if TYPE_CHECKING:
    from intlbase_desk.policy.profile import Profile


def parse(key: str, text: str, profile: Profile) -> Any:
    """What an officer typed for ``key``, as the profile holds it; ValueError in Chinese."""
    item = lookup(key, profile)
    if item is None:
        raise ValueError(f"没有名为“{key}”的取值")
    text = text.strip()
    if item.kind == "int":
        if not re.fullmatch(r"\d{1,4}", text) or int(text) < 1:
            raise ValueError(f"“{item.label}”应为正整数")
        return int(text)
    if item.kind == "month_day":
        match = re.fullmatch(r"(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?", text)
        if match is None:
            raise ValueError(f"“{item.label}”应为“月-日”，如 12-31")
        return f"{int(match[1]):02d}-{int(match[2]):02d}"
    if item.kind == "bool":
        if text in ("是", "true", "1", "有"):
            return True
        if text in ("否", "false", "0", "无"):
            return False
        raise ValueError(f"“{item.label}”应为“是”或“否”")
    if item.kind == "list":
        values = [v.strip() for v in re.split(r"[、,，;；\n]", text) if v.strip()]
        if not values:
            raise ValueError(f"“{item.label}”至少要有一项")
        return values
    if item.kind == "grades":
        scores = [float(s) for s in re.findall(r"\d+(?:\.\d+)?", text)]
        if len(scores) != len(profile.evaluation.grades):
            names = "、".join(g.name for g in profile.evaluation.grades)
            raise ValueError(
                f"请依次写出 {names} 的分数线（共 {len(profile.evaluation.grades)} 个）"
            )
        return scores
    if item.kind == "choice":
        by_text = {t: k for k, t in AGGREGATIONS.items()} | {k: k for k in AGGREGATIONS}
        by_text |= {"去掉最高分和最低分后的平均分": "trimmed_mean", "平均": "mean"}
        if text not in by_text:
            raise ValueError(f"“{item.label}”应为：{'、'.join(AGGREGATIONS.values())}")
        return by_text[text]
    if item.kind == "percent":
        if text in ("不设", "无", "不限", ""):
            return 0
        if not re.fullmatch(r"\d{1,3}\s*%?", text) or int(text.rstrip("% ")) > 100:
            raise ValueError(
                f"“{item.label}”应为 1 到 100 之间的整数（占本批次的百分比），"
                "或“不设”（0 也是不设）"
            )
        return int(text.rstrip("% "))
    if item.kind == "scoring":
        from intlbase_desk.policy import scoring

        dimensions = scoring.parse(text, item.get(profile))
        problem = scoring.problem(dimensions, profile.evaluation.total_points)
        if problem is not None:
            raise ValueError(f"“{item.label}”：{problem}")
        return [d.model_dump() for d in dimensions]
    if item.kind == "indicators":
        from intlbase_desk.policy import extra_indicators, report_form

        added = extra_indicators.parse(text)
        if profile.summaries is not None:  # refused now, not when the next year opens
            form = report_form.load_form(profile.summaries.form)
            taken = [
                i["name"] for i in added if form.indicator(i["name"]) or i["name"] in form.texts
            ]
            if taken:
                raise ValueError(f"“{'、'.join(taken)}”已是年度报表中的指标")
        return added
    if not text:
        raise ValueError(f"“{item.label}”不能为空")
    return text


def with_value(profile: Profile, key: str, value: Any) -> Profile:
    """The profile with an office default changed, validated as a file would be."""
    from intlbase_desk.policy.profile import Profile as ProfileModel

    item = lookup(key, profile)
    if item is None:
        raise KeyError(key)
    if default_key(key) not in profile.office_defaults:
        raise ValueError(f"“{item.label}”由条款规定，不能在这里修改")
    assert item.update is not None
    data = profile.model_dump(by_alias=True)
    changed = profile.model_copy(update=item.update(profile, value)).model_dump(by_alias=True)
    data.update(changed)
    return ProfileModel.model_validate(data)
