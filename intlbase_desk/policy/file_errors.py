"""Faults in the TOML files officers or their administrators edit (profiles, layouts), in
Chinese: where in the file, and what is wrong, without the libraries' English."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from pydantic import ValidationError

_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
_END = re.compile(r"\(at end of document\)")

_REASONS = {
    "missing": "缺少此项",
    "extra_forbidden": "不认识的项（拼写是否有误？）",
    "string_type": "应为文字",
    "string_too_short": "不能为空",
    "string_pattern_mismatch": "格式不对",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数",
    "float_type": "应为数字",
    "float_parsing": "应为数字",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "list_type": "应为列表（[…]）",
    "dict_type": "应为表（键 = 值）",
    "model_type": "应为表（键 = 值）",
    "too_short": "至少要有一项",
    "greater_than": "太小",
    "greater_than_equal": "太小",
    "less_than": "太大",
    "less_than_equal": "太大",
    "date_type": "应为日期（YYYY-MM-DD）",
    "date_parsing": "应为日期（YYYY-MM-DD）",
    "date_from_datetime_parsing": "应为日期（YYYY-MM-DD）",
}


def toml_problem(exc: tomllib.TOMLDecodeError) -> str:
    """Where the TOML syntax breaks, e.g. 第 3 行第 5 列附近."""
    text = str(exc)
    if match := _POSITION.search(text):
        return f"第 {match.group(1)} 行第 {match.group(2)} 列附近不是正确的 TOML 写法"
    if _END.search(text):
        return "文件末尾不完整（缺少引号或括号？）"
    return "不是正确的 TOML 写法"


def reason(error: Any) -> str:
    """One pydantic error in Chinese: our own checks already speak Chinese."""
    kind = error.get("type", "")
    if kind == "value_error":
        return str(error.get("msg", "")).removeprefix("Value error, ")
    if kind in ("literal_error", "enum"):
        expected = (error.get("ctx") or {}).get("expected", "")
        return f"只能是以下之一：{expected}" if expected else "不是允许的取值"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        limit = next(iter((error.get("ctx") or {}).values()), None)
        bound = {
            "greater_than": "大于",
            "greater_than_equal": "不小于",
            "less_than": "小于",
            "less_than_equal": "不大于",
        }[kind]
        return f"应{bound} {limit}"
    return _REASONS.get(kind, "取值不对")


def validation_problem(exc: ValidationError) -> str:
    """The first fault (key and reason), and how many more there are."""
    first = exc.errors()[0]
    key = ".".join(str(p) for p in first["loc"]) or "（整个文件）"
    more = f"（另有 {exc.error_count() - 1} 处错误）" if exc.error_count() > 1 else ""
    return f"键 {key}：{reason(first)}{more}"
