"""Office defaults as the officers set them, kept in the database (table ``office_setting``).

A profile file gives each office default its starting value; an office that works otherwise
changes it here, audited, and every desk opening the database applies the same value. Values
an article states cannot be changed here (value_input.with_value refuses them).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError

from intlbase_desk.infra import clock
from intlbase_desk.infra.database import Database
from intlbase_desk.infra.errors import UserError
from intlbase_desk.policy import file_errors, value_input, values
from intlbase_desk.policy.profile import Profile

log = logging.getLogger(__name__)
# Read at every start-up: a plain table, so the ORM is not imported before the first write.
_TABLE = sa.table("office_setting", sa.column("key"), sa.column("value_json"))


def stored(db: Database) -> dict[str, Any]:
    with db.reading() as conn:
        if not sa.inspect(conn).has_table("office_setting"):
            return {}
        rows = conn.execute(sa.select(_TABLE.c.key, _TABLE.c.value_json)).all()
    return {key: json.loads(text) for key, text in rows}


def applied(profile: Profile, db: Database) -> Profile:
    """The profile with the office's own values; one that no longer fits is left out, logged."""
    for key, value in stored(db).items():
        try:
            profile = value_input.with_value(profile, key, value)
        except (ValueError, KeyError) as exc:
            log.warning("office setting %s=%r not applied: %s", key, value, exc)
    return profile


@dataclass(frozen=True)
class Changed:
    profile: Profile
    key: str
    before: Any
    after: Any


def change(db: Database, profile: Profile, actor: str, key: str, text: str) -> Changed:
    """Sets an office default from what the officer typed; one transaction with its audit."""
    item = values.lookup(key, profile)
    if item is None:
        raise UserError(f"没有名为“{key}”的取值；可修改的见 profile-values")
    if values.default_key(key) not in profile.office_defaults:
        raise UserError(f"“{item.label}”由条款规定，不能修改（要改，请换用新的政策配置）")
    try:
        value = value_input.parse(key, text, profile)
        updated = value_input.with_value(profile, key, value)
    except PydanticValidationError as exc:
        raise UserError(
            f"“{item.label}”不能设为此值：{file_errors.validation_problem(exc)}"
        ) from None
    except ValueError as exc:
        raise UserError(str(exc)) from None
    from intlbase_desk.infra import audit
    from intlbase_desk.models import OfficeSetting

    before = item.get(profile)
    after = item.get(updated)
    with db.transaction() as session:
        row = session.get(OfficeSetting, key)
        if row is None:
            row = OfficeSetting(key=key, value_json="", changed_by=actor, changed_at=clock.now())
        row.value_json = json.dumps(value, ensure_ascii=False)
        row.changed_by, row.changed_at = actor, clock.now()
        session.add(row)
        audit.record(
            session,
            actor=actor,
            entity="office_setting",
            entity_id=0,
            action="update",
            before={"key": key, "value": _plain(before)},
            after={"key": key, "value": _plain(after)},
            reason=f"修改本处惯例：{item.label}",
        )
    return Changed(updated, key, before, after)


def _plain(value: Any) -> Any:
    if isinstance(value, list) and value and isinstance(value[0], BaseModel):
        return [v.model_dump() for v in value]
    return (
        [list(v) for v in value]
        if isinstance(value, list) and value and isinstance(value[0], tuple)
        else value
    )
