"""What makes a field of an organisation or of a base valid.

Labels are register/labels.py's; length limits are the columns' own (intlbase_desk/models).
``clean_*`` take the raw values of a form (strings, dates or None), normalise what is safe to
normalise and return the clean values with a message per faulty field: the window shows each
beside its field, the core refuses to write while any remains.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from intlbase_desk.infra import clock
from intlbase_desk.models import Base, Organization
from intlbase_desk.policy.profile import Profile
from intlbase_desk.register.labels import BASE_LABELS, ORG_LABELS
from intlbase_desk.text import contact, uscc
from intlbase_desk.text.control import strip_control
from intlbase_desk.text.form_date import form_date
from intlbase_desk.text.width import half_width

ORG_FORM_KEYS = tuple(ORG_LABELS)
BASE_FORM_KEYS = tuple(BASE_LABELS)
ORG_REQUIRED = ("name", "uscc")
BASE_REQUIRED = ("name", "base_type", "org_id", "status")
_ORG_TEXT = ("name", "kind", "district", "address", "legal_rep", "contact_person")
_BASE_TEXT = (
    "name",
    "base_type",
    "field",
    "countries",
    "partners",
    "leader",
    "contact_person",
    "recommender",
    "batch",
    "status",
    "cert_no",
    "notes",
)


def _limits(model: type, keys: tuple[str, ...]) -> dict[str, int]:
    table = model.__table__  # type: ignore[attr-defined]
    return {k: table.c[k].type.length for k in keys if getattr(table.c[k].type, "length", None)}


ORG_LIMITS = _limits(Organization, ORG_FORM_KEYS)
BASE_LIMITS = _limits(Base, tuple(k for k in BASE_FORM_KEYS if k != "org_id"))


def _text(value: Any) -> str:
    return "" if value is None else strip_control(str(value)).strip()


def _code_like(value: Any) -> str:
    """Codes and phone numbers: full-width to half-width and stray spaces trimmed."""
    return half_width(_text(value)).strip()


def _length(
    clean: dict[str, Any],
    errors: dict[str, str],
    labels: Mapping[str, str],
    limits: Mapping[str, int],
) -> None:
    for key, limit in limits.items():
        value = clean.get(key)
        if isinstance(value, str) and len(value) > limit and key not in errors:
            errors[key] = f"{labels[key]}不能超过{limit}个字符"


def clean_organization(
    raw: Mapping[str, Any], profile: Profile
) -> tuple[dict[str, Any], dict[str, str]]:
    clean: dict[str, Any] = {key: _text(raw.get(key)) for key in _ORG_TEXT}
    errors: dict[str, str] = {}
    clean["uscc"] = uscc.normalize(_text(raw.get("uscc")))
    clean["contact_phone"] = _code_like(raw.get("contact_phone"))
    clean["registered_on"], problem = form_date(
        raw.get("registered_on"), ORG_LABELS["registered_on"]
    )
    if problem:
        errors["registered_on"] = problem
    elif clean["registered_on"] and clean["registered_on"] > clock.today():
        errors["registered_on"] = "注册日期不能晚于今天"
    for key in ORG_REQUIRED:
        if not clean[key]:
            errors[key] = f"请填写{ORG_LABELS[key]}"
    if clean["uscc"] and (problem := uscc.problem(clean["uscc"])):
        errors["uscc"] = problem
    if clean["kind"] and clean["kind"] not in profile.org_kinds.values:
        allowed = "、".join(profile.org_kinds.values)
        errors["kind"] = f"单位性质应为：{allowed}"
    if clean["contact_phone"] and not contact.is_phone(clean["contact_phone"]):
        errors["contact_phone"] = contact.PHONE_PROBLEM
    _length(clean, errors, ORG_LABELS, ORG_LIMITS)
    return clean, errors


def clean_base(raw: Mapping[str, Any], profile: Profile) -> tuple[dict[str, Any], dict[str, str]]:
    clean: dict[str, Any] = {key: _text(raw.get(key)) for key in _BASE_TEXT}
    errors: dict[str, str] = {}
    clean["phone"] = _code_like(raw.get("phone"))
    clean["email"] = _code_like(raw.get("email"))
    org_id = raw.get("org_id")
    clean["org_id"] = int(org_id) if org_id not in (None, "") else None
    for key in ("recognized_on", "valid_until"):
        clean[key], problem = form_date(raw.get(key), BASE_LABELS[key])
        if problem:
            errors[key] = problem
    for key in BASE_REQUIRED:
        if clean[key] in (None, ""):
            verb = "请选择" if key in ("base_type", "org_id", "status") else "请填写"
            errors[key] = f"{verb}{BASE_LABELS[key]}"
    if clean["base_type"] and clean["base_type"] not in {t.id for t in profile.base_types}:
        allowed = "、".join(t.name for t in profile.base_types)
        errors["base_type"] = f"基地类型应为本政策规定的类型：{allowed}"
    if clean["status"] and clean["status"] not in {s.id for s in profile.lifecycle.states}:
        errors["status"] = f"未知的状态：{clean['status']}"
    if clean["phone"] and not contact.is_phone(clean["phone"]):
        errors["phone"] = contact.PHONE_PROBLEM
    if clean["email"] and not contact.is_email(clean["email"]):
        errors["email"] = contact.EMAIL_PROBLEM
    recognized, until = clean["recognized_on"], clean["valid_until"]
    if recognized and recognized > clock.today():
        errors["recognized_on"] = "认定日期不能晚于今天"
    if recognized and until and until <= recognized:
        errors["valid_until"] = "有效期截止日期应晚于认定日期"
    _length(clean, errors, BASE_LABELS, BASE_LIMITS)
    return clean, errors
