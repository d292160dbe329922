"""统一社会信用代码 (unified social credit code), GB 32100-2015.

18 characters from a 31-character alphabet (no I, O, S, V, Z); the last is a check character
computed from the first 17 with fixed weights modulo 31.
"""

from __future__ import annotations

import functools

from intlbase_desk.text.width import half_width

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LENGTH = 18
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}


def normalize(text: str) -> str:
    """Full-width to half-width, spaces removed, letters upper-cased: what officers mean."""
    return "".join(half_width(text).split()).upper()


def check_character(first17: str) -> str:
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


@functools.lru_cache(maxsize=4096)  # a sheet names the same few hundred codes many times
def problem(code: str) -> str | None:
    """None when ``code`` (already normalised) is valid, else what is wrong, in Chinese."""
    if not code:
        return "统一社会信用代码不能为空"
    if len(code) != LENGTH:
        return f"统一社会信用代码应为18位，当前为{len(code)}位"
    bad = sorted({ch for ch in code if ch not in _VALUE})
    if bad:
        shown = "、".join(bad)
        return f"统一社会信用代码含有不允许的字符：{shown}（不使用 I、O、S、V、Z）"
    expected = check_character(code[:17])
    if code[17] != expected:
        return f"统一社会信用代码校验位错误：第18位应为 {expected}，请核对是否录入有误"
    return None


def is_valid(code: str) -> bool:
    return problem(normalize(code)) is None
