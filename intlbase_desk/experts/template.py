"""The expert list template: the columns officers' lists already have, with how to write the
compound ones, so a list kept elsewhere can be pasted in as it is."""

from __future__ import annotations

from pathlib import Path

from intlbase_desk.experts.labels import ACTIVE_TEXT
from intlbase_desk.experts.relations import RELATIONS
from intlbase_desk.experts.schema import EXPERTS
from intlbase_desk.policy.profile import Profile
from intlbase_desk.sheets import DropDown, write_template


def write_experts_template(path: Path, profile: Profile) -> Path:
    notes = [
        f"{EXPERTS.title}（{profile.short_name}·{profile.name}）",
        "",
        f"1. 在“{EXPERTS.title}”工作表中每行填写一位专家，不要改动表头，不要合并单元格。",
        "2. 统一社会信用代码为专家现工作单位的代码（18位，按文本填写），用于判断回避。",
        "3. 曾任职单位及起止时间：每条写成“单位名称（统一社会信用代码），2018.07-2024.09”，"
        "仍在任写“2018.07-至今”；多条用“；”分隔。",
        "4. 回避单位及关系：每条写成“单位名称（统一社会信用代码）：关系”，关系为"
        f"{'、'.join(RELATIONS.values())}之一；多条用“；”分隔。",
        "5. 状态填“启用”或“停用”；停用的专家不参加抽取，但保留在专家库中。",
        "6. 日期请按 2025-03-18 的格式填写。已在专家库中的专家（姓名和手机相同）再次导入时，"
        "表中填写的内容更新专家库，空白单元格不清除已有内容。",
    ]
    lists = {
        "active": DropDown(list(ACTIVE_TEXT.values()), strict=True, error="请选择“启用”或“停用”"),
        "fields": DropDown(profile.fields.values),
    }
    return write_template(path, EXPERTS, notes, lists)
