"""Status changes along the profile's lifecycle, with their article, reason and ban."""

from __future__ import annotations

import datetime as dt

import pytest

from intlbase_desk import policy, register
from intlbase_desk.infra import audit
from intlbase_desk.infra.errors import LifecycleError, ValidationError
from intlbase_desk.models import StatusChange
from intlbase_desk.workspace import Workspace
from tests.conftest import as_actor, base_form, org_form


@pytest.fixture
def base_id(ws: Workspace) -> int:
    org_id = register.add_organization(ws, org_form()).id
    return register.add_base(ws, base_form(org_id)).id


def test_bj2016_15_failed_evaluation_rectification_then_revocation_and_ban(
    ws: Workspace, base_id: int
) -> None:
    """BJ2016-15: 不合格 → rectify one year → re-evaluated 不合格 → revoked, 3-year ban."""

    def change(to: str, on: dt.date, **kw: str) -> StatusChange:
        return register.change_status(ws, base_id, to, on=on, reason="评估结论", **kw).change

    change("evaluation_due", dt.date(2022, 3, 18))
    change("rectification", dt.date(2022, 9, 1))
    revoked = change("revoked", dt.date(2023, 9, 1), rule="BJ2016-15")
    assert revoked.rule_id == "BJ2016-15" and revoked.ban_until == dt.date(2026, 9, 1)
    base = register.get_base(ws, base_id)
    assert base.status == "revoked"
    assert register.ban_until(ws, base.org_id) == dt.date(2026, 9, 1)
    assert register.allowed_transitions(ws.profile, "revoked") == []


def test_bj2016_15_passing_evaluation_renews_validity(ws: Workspace, base_id: int) -> None:
    """BJ2016-15: 优秀/合格 keep the title; the next three years start at the evaluation."""
    register.change_status(ws, base_id, "evaluation_due", on=dt.date(2022, 3, 18), reason="期满")
    register.change_status(ws, base_id, "active", on=dt.date(2022, 6, 30), reason="评估合格")
    assert register.get_base(ws, base_id).valid_until == dt.date(2025, 6, 30)


def test_bj2016_16_revocation_trigger_recorded(ws: Workspace, base_id: int) -> None:
    """BJ2016-16: revocation of an active base for one of the listed reasons."""
    change = register.change_status(
        ws,
        base_id,
        "revoked",
        on=dt.date(2024, 1, 5),
        reason="单位被依法终止",
        trigger="unit_terminated",
    ).change
    assert (change.rule_id, change.trigger_id) == ("BJ2016-16", "unit_terminated")


def test_forbidden_jump_is_refused_with_the_allowed_ones(ws: Workspace, base_id: int) -> None:
    with pytest.raises(LifecycleError) as caught:
        register.change_status(ws, base_id, "rectification", on=dt.date(2023, 1, 1), reason="x")
    message = str(caught.value)
    assert "不允许" in message and "待评估" in message and "已撤销" in message
    assert register.get_base(ws, base_id).status == "active"


def test_reason_and_dates_are_checked(ws: Workspace, base_id: int) -> None:
    with pytest.raises(ValidationError):
        register.change_status(ws, base_id, "evaluation_due", on=dt.date(2023, 1, 1), reason=" ")
    with pytest.raises(ValidationError):
        register.change_status(
            ws, base_id, "evaluation_due", on=dt.date.today() + dt.timedelta(days=1), reason="x"
        )
    register.change_status(ws, base_id, "evaluation_due", on=dt.date(2023, 1, 1), reason="x")
    with pytest.raises(ValidationError, match="上一次"):
        register.change_status(ws, base_id, "active", on=dt.date(2022, 1, 1), reason="x")


def test_status_change_is_in_the_audit_trail_with_its_article(ws: Workspace, base_id: int) -> None:
    officer = as_actor(ws, "officer")
    register.change_status(
        officer, base_id, "evaluation_due", on=dt.date(2022, 3, 18), reason="有效期满"
    )
    with ws.db.transaction() as session:
        entry = audit.history(session, "base", base_id)[0]
    assert entry.action == "status" and entry.actor == "officer"
    assert "第十四条" in entry.reason and "BJ2016-14" in entry.reason
    assert {c.field: (c.before, c.after) for c in audit.changes(entry)} == {
        "status": ("active", "evaluation_due")
    }


def test_nat_13_national_profile_only_cancels_notified_bases() -> None:
    """NAT-13: three failed years → 通报; only a notified base is cancelled, with a 3-year ban."""
    p = policy.load_profile("national-2011")
    assert [t.to for t in p.transitions_from("active")] == ["notified"]
    assert [t.to for t in p.transitions_from("notified")] == ["active", "revoked"]
    assert p.ban_years == 3


def test_im_12_revocation_recovers_the_plaque() -> None:
    """IM-12: revocation recovers the plaque and is announced."""
    p = policy.load_profile("inner-mongolia-trial")
    assert all(t.recovers_plaque for t in p.lifecycle.transitions if t.to == "revoked")


def test_im_12_revocation_records_the_plaque_recovery(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """IM-12: revocation recovers the plaque; the recovery is recorded with the change."""
    from sqlmodel import select

    from intlbase_desk.models import PlaqueRecovery
    from intlbase_desk.workspace import open_workspace

    ws = open_workspace(tmp_path / "im.sqlite3", create_profile="inner-mongolia-trial")
    try:
        org_id = register.add_organization(ws, org_form(kind="创新型企业")).id
        base_id = register.add_base(ws, base_form(org_id, base_type="demonstration_base")).id
        change = register.change_status(
            ws,
            base_id,
            "revoked",
            on=dt.date(2024, 6, 1),
            reason="虚假信息",
            rule="IM-12",
            trigger="false_information",
        ).change
        with ws.db.transaction() as session:
            [recovery] = session.exec(select(PlaqueRecovery)).all()
        assert (recovery.base_id, recovery.status_change_id, recovery.due_on) == (
            base_id,
            change.id,
            dt.date(2024, 6, 1),
        )
    finally:
        ws.close()
