"""The ban a revocation starts on its host: no new base until it ends (every path checks it)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session, select

from intlbase_desk.infra import clock
from intlbase_desk.infra.errors import ValidationError
from intlbase_desk.models import Base, Organization, StatusChange
from intlbase_desk.policy.profile import Profile


def running_ban(session: Session, org_id: int) -> StatusChange | None:
    """The revocation whose ban on this organisation ends last, if it has not ended yet."""
    return session.exec(
        select(StatusChange)
        .join(Base, Base.id == StatusChange.base_id)  # type: ignore[arg-type]
        .where(Base.org_id == org_id, StatusChange.ban_until > clock.today())  # type: ignore[operator]
        .order_by(sa.desc(StatusChange.ban_until))
    ).first()


def refuse_if_banned(session: Session, profile: Profile, org: Organization) -> None:
    """A base may not be registered for a host under a running ban: refused with its end and
    the article that imposes it."""
    assert org.id is not None
    ban = running_ban(session, org.id)
    if ban is None or ban.ban_until is None:
        return
    article = profile.rule(ban.rule_id).article if _defined(profile, ban.rule_id) else ""
    raise ValidationError(
        {
            "org_id": f"依托单位“{org.name}”的基地于 {ban.changed_on.isoformat()} 被撤销，"
            f"{ban.ban_until.isoformat()} 前不得再次申报或认定"
            f"（依据：{profile.name}{article}，{ban.rule_id}）"
        }
    )


def _defined(profile: Profile, rule_id: str) -> bool:
    return any(r.id == rule_id for r in profile.rules)
