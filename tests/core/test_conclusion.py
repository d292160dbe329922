"""A round concluded: each grade's consequence applied through the register, with its article
(issue 9: BJ2016-14/15/16, BJ2025-16, NAT-13, CQ-12/14/15, IM-12/16)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from intlbase_desk import evaluations, experts, register
from intlbase_desk.infra.errors import UserError
from intlbase_desk.workspace import Workspace, open_workspace
from tests.conftest import VALID_USCC, Ran, base_form, org_form


def _bases(ws: Workspace, count: int) -> list[int]:
    ids = []
    for i, uscc in enumerate(VALID_USCC[:count]):
        kind = ws.profile.org_kinds.values[0]
        org = register.add_organization(
            ws, org_form(uscc=uscc, name=f"依托单位{i}", kind=kind, district="")
        ).id
        values = base_form(org, recognized_on="2023-06-01", cert_no="")
        values["base_type"], values["name"] = ws.profile.base_types[0].id, f"合作基地{i}"
        base_id = register.add_base(ws, values).id
        if ws.profile.validity_years is None and not ws.profile.evaluation.annual:
            register.change_status(
                ws, base_id, "evaluation_due", on=dt.date(2026, 3, 1), reason="纳入定期评估"
            )
        ids.append(base_id)
    for i in range(7):
        experts.add_expert(ws, {"name": f"专家{i:02d}", "phone": f"139{i:08d}"})
    return ids


def _scored_round(ws: Workspace, year: int, kind: str, totals: dict[int, float]) -> int:
    """A round of ``kind`` where every expert gives each base the total asked for."""
    round_id = evaluations.open_round(ws, year, kind).round.id
    for group in evaluations.groups(ws, round_id):
        evaluations.draw_panel(ws, round_id, group, seed=f"{year}", size=5, reserves=0)
    panel = [
        m.expert_id
        for _d, members in evaluations.round_draws(ws, round_id)
        for m in members
        if m.role == "member"
    ]
    entries = [
        evaluations.Entry(t.id, e, "", totals[t.base_id])
        for t in evaluations.round_targets(ws, round_id)
        if t.base_id in totals
        for e in panel
    ]
    evaluations.import_scores(ws, evaluations.check_entries(ws, round_id, entries))
    return round_id


def _profile_ws(tmp_path: Path, profile: str) -> Workspace:
    return open_workspace(tmp_path / f"{profile}.sqlite3", create_profile=profile)


@pytest.mark.rule("BJ2016-14", "BJ2016-15")
def test_a_failed_base_rectifies_a_year_and_is_revoked_with_the_ban_when_it_fails_again(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, failed = _bases(ws, 2)
    round_id = _scored_round(ws, 2026, "evaluation", {good: 92, failed: 50})
    preview = evaluations.preview_conclusion(ws, round_id)
    assert [o.to_status for o in preview.outcomes] == ["active", "rectification"]
    assert register.get_base(ws, failed).status == "active"  # a preview writes nothing
    done = evaluations.conclude(ws, round_id, on=dt.date(2026, 12, 1))
    assert done.round.state == "concluded"
    assert "第十五条" in done.outcomes[1].consequence
    kept = register.get_base(ws, good)
    assert (kept.status, kept.valid_until) == ("active", dt.date(2029, 12, 1))
    newest_first = [c.to_status for c in register.status_history(ws, good)]
    assert newest_first[:2] == ["active", "evaluation_due"]
    with pytest.raises(UserError, match="已办结"):
        evaluations.set_grade(ws, round_id, done.outcomes[0].target_id, "合格", "改")
    assert evaluations.due_base_ids(ws, "re_evaluation", dt.date(2027, 11, 30)) == []
    monkeypatch.setenv("INTLBASE_TODAY", "2027-12-01")  # a year on
    again = _scored_round(ws, 2027, "re_evaluation", {failed: 55})
    evaluations.conclude(ws, again, on=dt.date(2027, 12, 1))
    assert register.get_base(ws, failed).status == "revoked"
    org = register.get_organization(ws, register.get_base(ws, failed).org_id)
    assert register.ban_until(ws, org.id) == dt.date(2030, 12, 1)


@pytest.mark.rule("BJ2016-16")
def test_a_base_that_did_not_take_part_is_shown_with_the_case_that_revokes_it(
    ws: Workspace, cli: Callable[..., Ran]
) -> None:
    _present, absent = _bases(ws, 2)
    round_id = evaluations.open_round(ws, 2026).round.id
    evaluations.set_target(ws, round_id, absent, included=False, reason="拒不参加绩效评估")
    group = evaluations.groups(ws, round_id)[0]
    evaluations.draw_panel(ws, round_id, group, seed="s", size=5, reserves=0)
    target = evaluations.round_targets(ws, round_id)[0]
    members = [m.expert_id for m in evaluations.round_draws(ws, round_id)[0][1]]
    entries = [evaluations.Entry(target.id, e, "", 80) for e in members]
    evaluations.import_scores(ws, evaluations.check_entries(ws, round_id, entries))
    db = str(ws.db.path)
    ws.close()
    ran = cli("--db", db, "evaluation", "conclude", "--round", str(round_id), "--json")
    data = json.loads(ran.stdout)
    [shown] = data["not_evaluated"]
    assert shown["base_id"] == absent and shown["reason"] == "拒不参加绩效评估"
    case = next(c for c in shown["cases"] if c["trigger"] == "refuses_tracking")
    assert case["rule"] == "BJ2016-16"
    ran = cli(
        "--db", db, "status", str(absent), "--to", "revoked", "--date", "2026-12-02",
        "--reason", "拒不参加绩效评估", "--rule", case["rule"], "--trigger", case["trigger"],
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    desk = open_workspace(db)
    try:
        base = register.get_base(desk, absent)
        assert base.status == "revoked"
        assert register.ban_until(desk, base.org_id) is None  # 第十六条 attaches no ban
    finally:
        desk.close()


def test_a_round_with_a_base_still_ungraded_is_not_concluded(ws: Workspace) -> None:
    first, second = _bases(ws, 2)
    round_id = _scored_round(ws, 2026, "evaluation", {first: 90})
    with pytest.raises(UserError, match="尚有 1 个基地没有评估等级"):
        evaluations.conclude(ws, round_id)
    assert evaluations.get_round(ws, round_id).state == "open"
    assert register.get_base(ws, first).status == "active"
    assert len(register.status_history(ws, first)) == len(register.status_history(ws, second))


@pytest.mark.rule("NAT-13")
def test_national_three_failed_assessments_in_a_row_bring_the_notice(tmp_path: Path) -> None:
    ws = _profile_ws(tmp_path, "national-2011")
    try:
        (base_id,) = _bases(ws, 1)
        for year in (2024, 2025):
            round_id = _scored_round(ws, year, "annual", {base_id: 40})
            done = evaluations.conclude(ws, round_id, on=dt.date(year, 12, 1))
            assert done.outcomes[0].to_status is None
            assert register.get_base(ws, base_id).status == "active"
        assert "连续第 2 次" in done.outcomes[0].consequence
        round_id = _scored_round(ws, 2026, "annual", {base_id: 40})
        done = evaluations.conclude(ws, round_id, on=dt.date(2026, 12, 1))
        assert register.get_base(ws, base_id).status == "notified"
        assert done.outcomes[0].rule == "NAT-13"
    finally:
        ws.close()


@pytest.mark.rule("CQ-12", "CQ-14", "CQ-15")
def test_chongqing_rewards_excellence_and_cancels_after_a_failed_second_evaluation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = _profile_ws(tmp_path, "chongqing-draft")
    try:
        best, failed = _bases(ws, 2)
        round_id = _scored_round(ws, 2026, "evaluation", {best: 95, failed: 40})
        done = evaluations.conclude(ws, round_id, on=dt.date(2026, 12, 1))
        top, low = done.outcomes
        assert "奖补" in top.reward and "第十二条" in top.reward
        assert low.to_status == "rectification" and not low.reward
        monkeypatch.setenv("INTLBASE_TODAY", "2027-12-01")
        again = _scored_round(ws, 2027, "re_evaluation", {failed: 45})
        done = evaluations.conclude(ws, again, on=dt.date(2027, 12, 1))
        assert register.get_base(ws, failed).status == "revoked"
        assert done.outcomes[0].rule == "CQ-15"
    finally:
        ws.close()


@pytest.mark.rule("IM-12", "IM-16")
def test_inner_mongolia_a_failed_year_is_a_notice_and_excellence_a_subsidy(tmp_path: Path) -> None:
    ws = _profile_ws(tmp_path, "inner-mongolia-trial")
    try:
        best, failed = _bases(ws, 2)
        round_id = _scored_round(ws, 2026, "annual", {best: 93, failed: 30})
        done = evaluations.conclude(ws, round_id, on=dt.date(2026, 12, 1))
        assert register.get_base(ws, failed).status == "notified"
        assert done.outcomes[1].rule == "IM-12"
        assert "后补助" in done.outcomes[0].reward
    finally:
        ws.close()


@pytest.mark.rule("BJ2025-16")
def test_beijing_2025_leaves_a_failed_base_to_the_commission(tmp_path: Path) -> None:
    ws = _profile_ws(tmp_path, "beijing-2025")
    try:
        (base_id,) = _bases(ws, 1)
        round_id = _scored_round(ws, 2026, "evaluation", {base_id: 40})
        done = evaluations.conclude(ws, round_id, on=dt.date(2026, 12, 1))
        assert done.outcomes[0].to_status is None
        assert "由主管部门决定" in done.outcomes[0].consequence
        assert register.get_base(ws, base_id).status == "evaluation_due"
    finally:
        ws.close()
