"""Status changes along the profile's lifecycle, with their article, reason and ban."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from intlbase_desk import register
from intlbase_desk.infra import audit
from intlbase_desk.infra.errors import LifecycleError, ValidationError
from intlbase_desk.models import StatusChange
from intlbase_desk.workspace import Workspace
from tests.conftest import (
    VALID_USCC,
    as_actor,
    base_form,
    org_form,
    revoke_after_failed_re_evaluation,
)


@pytest.fixture
def base_id(ws: Workspace) -> int:
    org_id = register.add_organization(ws, org_form()).id
    return register.add_base(ws, base_form(org_id)).id


@pytest.mark.rule("BJ2016-15")
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


@pytest.mark.rule("BJ2016-14", "BJ2016-15")
def test_bj2016_15_passing_evaluation_renews_validity(ws: Workspace, base_id: int) -> None:
    """BJ2016-15: 优秀/合格 keep the title; the next three years start at the evaluation."""
    register.change_status(ws, base_id, "evaluation_due", on=dt.date(2022, 3, 18), reason="期满")
    register.change_status(ws, base_id, "active", on=dt.date(2022, 6, 30), reason="评估合格")
    assert register.get_base(ws, base_id).valid_until == dt.date(2025, 6, 30)


@pytest.mark.rule("BJ2016-16")
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


@pytest.mark.rule("NAT-13")
def test_nat_13_only_a_notified_base_is_cancelled_then_banned(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """NAT-13: three failed years → 通报; only a notified base is cancelled, with a 3-year ban."""
    from intlbase_desk.infra.errors import LifecycleError
    from intlbase_desk.workspace import open_workspace

    ws = open_workspace(tmp_path / "nat.sqlite3", create_profile="national-2011")
    try:
        org_id = register.add_organization(ws, org_form(kind="创新型企业")).id
        base_id = register.add_base(ws, base_form(org_id, base_type="demonstration_base")).id
        with pytest.raises(LifecycleError, match="已通报"):
            register.change_status(ws, base_id, "revoked", on=dt.date(2024, 1, 5), reason="违规")
        register.change_status(
            ws, base_id, "notified", on=dt.date(2024, 1, 5), reason="连续三年不合格"
        )
        revoked = register.change_status(
            ws, base_id, "revoked", on=dt.date(2024, 6, 1), reason="严重违纪违规"
        ).change
        assert revoked.ban_until == dt.date(2027, 6, 1)
    finally:
        ws.close()


@pytest.mark.rule("IM-12")
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


@pytest.mark.rule("BJ2016-15")
def test_a_re_evaluation_waits_for_the_year_of_rectification(ws: Workspace, base_id: int) -> None:
    """BJ2016-15: 不合格 → a year of rectification; its outcome is not recorded before it ends."""
    register.change_status(ws, base_id, "evaluation_due", on=dt.date(2022, 3, 18), reason="期满")
    register.change_status(ws, base_id, "rectification", on=dt.date(2022, 9, 1), reason="不合格")
    with pytest.raises(ValidationError, match="2023-09-01 前不能记录复评结果"):
        register.change_status(
            ws, base_id, "active", on=dt.date(2023, 8, 31), reason="复评合格", rule="BJ2016-15"
        )
    done = register.change_status(ws, base_id, "active", on=dt.date(2023, 9, 1), reason="复评合格")
    assert done.change.to_status == "active"


@pytest.mark.rule("BJ2016-15")
def test_the_rectification_period_comes_from_the_profile(ws: Workspace, base_id: int) -> None:
    """Two years of rectification in the profile: a re-evaluation after one is refused."""
    consequences = [
        c.model_copy(update={"years": 2}) if c.action == "rectification" else c
        for c in ws.profile.consequences
    ]
    longer = replace(ws, profile=ws.profile.model_copy(update={"consequences": consequences}))
    register.change_status(longer, base_id, "evaluation_due", on=dt.date(2021, 3, 18), reason="x")
    register.change_status(longer, base_id, "rectification", on=dt.date(2021, 9, 1), reason="x")
    with pytest.raises(ValidationError, match="整改期为 2 年"):
        register.change_status(
            longer, base_id, "revoked", on=dt.date(2022, 9, 1), reason="复评", rule="BJ2016-15"
        )


@pytest.mark.rule("BJ2016-16")
def test_an_article_16_revocation_during_rectification_need_not_wait(
    ws: Workspace, base_id: int
) -> None:
    register.change_status(ws, base_id, "evaluation_due", on=dt.date(2022, 3, 18), reason="期满")
    register.change_status(ws, base_id, "rectification", on=dt.date(2022, 9, 1), reason="不合格")
    change = register.change_status(
        ws, base_id, "revoked", on=dt.date(2022, 10, 1), reason="单位注销", rule="BJ2016-16"
    ).change
    assert change.ban_until is None  # BJ2016-16 attaches no ban


@pytest.mark.rule("BJ2016-15")
def test_a_banned_host_gets_no_new_base_by_hand(ws: Workspace, base_id: int) -> None:
    """The ban holds on every path: entering a base by hand is refused with its end and article."""
    org_id = register.get_base(ws, base_id).org_id
    revoke_after_failed_re_evaluation(ws, base_id, dt.date.today())
    ends = register.add_years(dt.date.today(), 3).isoformat()
    with pytest.raises(ValidationError, match=f"{ends} 前不得再次申报.*第十五条"):
        register.add_base(ws, base_form(org_id, name="星河国际技术转移服务机构"))
    other = register.add_organization(ws, org_form(uscc=VALID_USCC[0], name="另一单位")).id
    moved = register.add_base(ws, base_form(other, name="另一基地")).id
    form = {**register.base_form_values(register.get_base(ws, moved)), "org_id": org_id}
    with pytest.raises(ValidationError, match="前不得再次申报"):
        register.update_base(ws, moved, form)


@pytest.mark.rule("CQ-15", "CQ-16", "IM-12", "IM-14")
@pytest.mark.parametrize(
    ("profile_id", "kind", "revoking", "bans"),
    [
        ("chongqing-draft", "科技型企业", "CQ-15", True),
        ("chongqing-draft", "科技型企业", "CQ-16", False),
        ("inner-mongolia-trial", "创新型企业", "IM-12", True),
        ("inner-mongolia-trial", "创新型企业", "IM-14", False),
    ],
)
def test_a_ban_follows_only_the_article_that_imposes_it(
    tmp_path, profile_id: str, kind: str, revoking: str, bans: bool
) -> None:  # type: ignore[no-untyped-def]
    """CQ-15 and IM-12 ban after each revocation they list; CQ-16 and IM-14 (no longer eligible
    after a change) do not."""
    from intlbase_desk.workspace import open_workspace

    ws = open_workspace(tmp_path / "p.sqlite3", create_profile=profile_id)
    try:
        base_type = ws.profile.base_types[0].id
        org_id = register.add_organization(ws, org_form(kind=kind)).id
        base_id = register.add_base(ws, base_form(org_id, base_type=base_type)).id
        change = register.change_status(
            ws, base_id, "revoked", on=dt.date(2024, 5, 6), reason="撤销", rule=revoking
        ).change
        assert (change.ban_until == dt.date(2027, 5, 6)) is bans
        assert (change.ban_until is None) is not bans
    finally:
        ws.close()
