"""The templates districts fill in, written from the active profile: its base types (the only
values accepted), organisation kinds, fields and districts (suggested)."""

from __future__ import annotations

from pathlib import Path

from intlbase_desk.policy.profile import Profile
from intlbase_desk.sheets import DropDown, Schema, write_template


def write_district_template(path: Path, schema: Schema, profile: Profile) -> Path:
    type_names = [t.name for t in profile.base_types]
    notes = [
        f"{schema.title}（{profile.short_name}·{profile.name}）",
        "",
        f"1. 在“{schema.title}”工作表中每行填写一条，不要改动表头，不要合并单元格。",
        f"2. 基地类型请从下拉列表中选择：{'、'.join(type_names)}。",
        "3. 统一社会信用代码为18位，请按文本填写（不要写成数字），字母大写。",
        "4. 日期请按 2025-03-18 的格式填写。",
        "5. 带 * 的列必须填写。",
    ]
    lists = {
        "base_type": DropDown(
            type_names, strict=True, error="请从下拉列表中选择本政策规定的基地类型"
        ),
        "org_kind": DropDown(profile.org_kinds.values),
        "field": DropDown(profile.fields.values),
        "district": DropDown(profile.districts),
    }
    return write_template(path, schema, notes, lists)
