"""What makes an expert's values valid, from the form or a row of an expert list.

Past employers and relations are written as in officers' lists, one entry per line or
separated by ``；`` (entries.py); each entry that cannot be read is named in the message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from intlbase_desk.experts import entries
from intlbase_desk.experts.labels import EXPERT_LABELS
from intlbase_desk.infra import clock
from intlbase_desk.models import Expert
from intlbase_desk.text import contact, uscc
from intlbase_desk.text.control import strip_control
from intlbase_desk.text.form_date import form_date
from intlbase_desk.text.width import half_width

FORM_KEYS = tuple(EXPERT_LABELS)
_TEXT = ("name", "employer", "title", "notes")
_FIELD_SEPARATORS = re.compile(r"[、，,；;/\s]+")
LIMITS = {
    k: Expert.__table__.c[k].type.length  # type: ignore[attr-defined]
    for k in ("name", "employer", "title", "fields", "phone", "email", "notes")
}


@dataclass(frozen=True)
class CleanExpert:
    values: dict[str, Any]  # the expert's own columns
    employments: tuple[entries.Employment, ...]
    relations: tuple[entries.Relation, ...]


def _text(value: Any) -> str:
    return "" if value is None else strip_control(str(value)).strip()


def split_fields(text: str) -> list[str]:
    return list(dict.fromkeys(f for f in _FIELD_SEPARATORS.split(text) if f))


def _entries(text: str, parse: Any, errors: dict[str, str], key: str) -> tuple[Any, ...]:
    parsed, problems = [], []
    for entry in entries.split_entries(text):
        try:
            parsed.append(parse(entry))
        except entries.EntryError as exc:
            problems.append(str(exc))
    if problems:
        errors[key] = "；".join(problems)
    return tuple(dict.fromkeys(parsed))


def clean_expert(raw: Mapping[str, Any]) -> tuple[CleanExpert, dict[str, str]]:
    values: dict[str, Any] = {k: _text(raw.get(k)) for k in _TEXT}
    errors: dict[str, str] = {}
    values["employer_uscc"] = uscc.normalize(_text(raw.get("employer_uscc")))
    values["fields"] = "、".join(split_fields(_text(raw.get("fields"))))
    values["phone"] = "".join(half_width(_text(raw.get("phone"))).split())
    values["email"] = half_width(_text(raw.get("email"))).strip()
    active = raw.get("active", True)
    values["active"] = True if active is None else bool(active)
    values["pledge_signed_on"], problem = form_date(
        raw.get("pledge_signed_on"), EXPERT_LABELS["pledge_signed_on"]
    )
    if problem:
        errors["pledge_signed_on"] = problem
    elif values["pledge_signed_on"] and values["pledge_signed_on"] > clock.today():
        errors["pledge_signed_on"] = "回避承诺签署日期不能晚于今天"
    if not values["name"]:
        errors["name"] = "请填写姓名"
    if values["employer_uscc"] and (problem := uscc.problem(values["employer_uscc"])):
        errors["employer_uscc"] = problem
    if values["phone"] and not contact.is_phone(values["phone"]):
        errors["phone"] = contact.PHONE_PROBLEM
    if values["email"] and not contact.is_email(values["email"]):
        errors["email"] = contact.EMAIL_PROBLEM
    for key, limit in LIMITS.items():
        if len(values[key]) > limit and key not in errors:
            errors[key] = f"{EXPERT_LABELS[key]}不能超过{limit}个字符"
    employments = _entries(
        _text(raw.get("employments")), entries.parse_employment, errors, "employments"
    )
    relations = _entries(_text(raw.get("relations")), entries.parse_relation, errors, "relations")
    return CleanExpert(values, employments, relations), errors


def workplace(name: str, employer_uscc: str, employer: str) -> tuple[str, ...]:
    """The name with the employer (its credit code, else its name as written)."""
    return (name, employer_uscc or "".join(half_width(employer).split()))


def identity(name: str, phone: str, employer_uscc: str, employer: str) -> tuple[str, ...]:
    """Who an expert is across lists: the name with the mobile number, or with the employer
    when the number is missing (two experts of one name at one employer are not told apart)."""
    if phone:
        return (name, phone)
    return (name, "", employer_uscc or "".join(half_width(employer).split()))
