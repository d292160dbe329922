"""The shape of a phone number and an email address, for forms and spreadsheets alike."""

from __future__ import annotations

import re

_PHONE = re.compile(r"^\+?[0-9][0-9\-() ]{5,24}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
PHONE_PROBLEM = "联系电话格式不正确（只能包含数字、空格、-、括号和开头的 +）"
EMAIL_PROBLEM = "电子邮箱格式不正确，例如 name@example.cn"


def is_phone(text: str) -> bool:
    return bool(_PHONE.match(text))


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))
