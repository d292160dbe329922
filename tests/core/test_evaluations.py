"""Evaluation rounds (who is due, as the profile says) and panels drawn with 回避."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from intlbase_desk import evaluations, experts, register
from intlbase_desk.infra.errors import UserError, ValidationError
from intlbase_desk.models import PanelDraw, PanelMember
from intlbase_desk.policy import office_settings
from intlbase_desk.workspace import Workspace, open_workspace
from tests.conftest import VALID_USCC, Ran, base_form, org_form


def _base(ws: Workspace, recognized: str, uscc: str = VALID_USCC[3], **kw: object) -> int:
    kind = ws.profile.org_kinds.values[0]
    org_id = register.add_organization(
        ws, org_form(uscc=uscc, name=f"单位{uscc[-4:]}", kind=kind, district="")
    ).id
    values = base_form(org_id, recognized_on=recognized, cert_no="", **kw)
    values["base_type"] = ws.profile.base_types[0].id
    return register.add_base(ws, values).id


def _pool(ws: Workspace, count: int, **kw: object) -> list[int]:
    return [
        experts.add_expert(ws, {"name": f"专家{i:02d}", "phone": f"139{i:08d}", **kw}).id
        for i in range(count)
    ]


@pytest.mark.rule("BJ2016-14")
def test_a_round_takes_the_bases_whose_validity_ended(ws: Workspace) -> None:
    due = _base(ws, "2023-06-01")  # its validity (the profile's years) ends in 2026
    _base(ws, "2025-06-01", uscc=VALID_USCC[1])
    assert evaluations.due_base_ids(ws, "evaluation", dt.date(2025, 12, 31)) == []
    opened = evaluations.open_round(ws, 2026)
    assert [t.base_id for t in opened.targets] == [due]
    assert opened.round.name == "2026年度绩效评估"
    with pytest.raises(UserError, match="已开启"):
        evaluations.open_round(ws, 2026)


@pytest.mark.rule("BJ2016-15")
def test_a_re_evaluation_round_waits_for_the_year_of_rectification(ws: Workspace) -> None:
    base_id = _base(ws, "2020-06-01")
    register.change_status(ws, base_id, "evaluation_due", on=dt.date(2025, 2, 1), reason="期满")
    register.change_status(ws, base_id, "rectification", on=dt.date(2025, 3, 1), reason="不合格")
    assert evaluations.due_base_ids(ws, "re_evaluation", dt.date(2026, 2, 28)) == []
    assert evaluations.due_base_ids(ws, "re_evaluation", dt.date(2026, 3, 1)) == [base_id]


@pytest.mark.rule("NAT-13", "IM-12")
def test_a_yearly_assessment_only_where_the_profile_has_one(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="没有年度考核"):
        evaluations.open_round(ws, 2026, "annual")
    for profile in ("national-2011", "inner-mongolia-trial"):
        other = open_workspace(tmp_path / f"{profile}.sqlite3", create_profile=profile)
        try:
            base_id = _base(other, "2025-06-01")
            opened = evaluations.open_round(other, 2026, "annual")
            assert [t.base_id for t in opened.targets] == [base_id]
        finally:
            other.close()


def test_a_target_is_added_or_removed_with_a_reason_and_kept(ws: Workspace) -> None:
    _base(ws, "2023-06-01")
    later = _base(ws, "2025-06-01", uscc=VALID_USCC[1])
    round_id = evaluations.open_round(ws, 2026).round.id
    evaluations.set_target(ws, round_id, later, included=True, reason="主动申请提前评估")
    evaluations.set_target(ws, round_id, later, included=False, reason="误加")
    kept = evaluations.round_targets(ws, round_id, included_only=False)
    assert [(t.base_id, t.included, t.reason) for t in kept][-1] == (later, False, "误加")
    assert len(evaluations.round_targets(ws, round_id)) == 1


def test_a_draw_excludes_every_conflict_and_is_checked_again(ws: Workspace, cli) -> None:  # type: ignore[no-untyped-def]
    _base(ws, "2023-06-01")
    round_id = evaluations.open_round(ws, 2026).round.id
    (target,) = evaluations.round_targets(ws, round_id)
    group = target.group_key
    _pool(ws, 7)
    employed = experts.add_expert(ws, {"name": "本单位", "employer_uscc": target.uscc}).id
    left = experts.add_expert(
        ws, {"name": "曾任职", "employments": f"某单位（{target.uscc}），2020.01-2024.06"}
    ).id
    drawn = evaluations.draw_panel(ws, round_id, group, seed="公证处 2026-12-02", reserves=2)
    assert set(drawn.excluded) == {employed, left}
    assert "现工作单位" in drawn.excluded[employed][0]
    drawn_ids = [m.expert_id for m in drawn.members]
    assert len(drawn_ids) == 7 and not {employed, left} & set(drawn_ids)
    with pytest.raises(UserError, match="已于"):
        evaluations.draw_panel(ws, round_id, group, seed="再来一次")
    first = drawn.members[0].expert_id
    reserve = evaluations.decline(ws, round_id, first, "出差").seated
    assert (reserve.position, reserve.replaces) == (6, first)
    assert all(v.matches for v in evaluations.verify(ws, round_id))
    ran: Ran = cli("--db", str(ws.db.path), "panel", "verify", "--round", str(round_id))
    assert ran.returncode == 0 and "与记录一致" in ran.stdout
    with ws.db.transaction() as session:
        draw = session.exec(sa.select(PanelDraw)).scalars().one()
        draw.order_json = json.dumps(list(reversed(json.loads(draw.order_json))))
    ran = cli("--db", str(ws.db.path), "panel", "verify", "--round", str(round_id), "--json")
    assert ran.returncode == 1 and not json.loads(ran.stdout)[0]["matches"]


def test_too_few_experts_are_refused_saying_how_many_are_missing(ws: Workspace) -> None:
    _base(ws, "2023-06-01")
    round_id = evaluations.open_round(ws, 2026).round.id
    _pool(ws, 5)
    group = evaluations.groups(ws, round_id)[0]
    with pytest.raises(UserError, match="还差 2 位"):
        evaluations.draw_panel(ws, round_id, group, seed="s", reserves=2)
    with pytest.raises(UserError, match="奇数"):
        evaluations.draw_panel(ws, round_id, group, seed="s", size=4, reserves=0)


def test_the_office_default_years_of_conflict_decide_a_past_employer(ws: Workspace) -> None:
    _base(ws, "2023-06-01")
    round_id = evaluations.open_round(ws, 2026).round.id
    (target,) = evaluations.round_targets(ws, round_id)
    # Left the host two and a half years before today's draw.
    left = experts.add_expert(
        ws, {"name": "曾任职", "employments": f"某单位（{target.uscc}），2018.01-2024.05"}
    ).id
    targets = [evaluations.Target(0, target.base_name, target.org_name, target.uscc, "")]
    pool = experts.load_experts(ws)
    years = ws.profile.evaluation.conflict_years
    on = dt.date(2026, 12, 2)
    assert left in evaluations.eligibility(pool, targets, on=on, years=years).excluded
    changed = office_settings.change(ws.db, ws.profile, ws.actor, "conflict_years", "2")
    fewer = changed.profile.evaluation.conflict_years
    assert left not in evaluations.eligibility(pool, targets, on=on, years=fewer).excluded


_EXPERT = st.builds(
    lambda i, employer, related: experts.ExpertRecord(
        id=i,
        name=f"专家{i}",
        employer="",
        employer_uscc=employer,
        title="",
        fields=(),
        phone="",
        email="",
        active=True,
        pledge_signed_on=None,
        relations=tuple(experts.Relation("某单位", u, "shares") for u in related),
    ),
    st.integers(1, 10_000),
    st.sampled_from(["", *VALID_USCC]),
    st.lists(st.sampled_from(VALID_USCC), max_size=2),
)


@settings(max_examples=60, deadline=None)
@given(
    pool=st.lists(_EXPERT, min_size=1, max_size=30, unique_by=lambda e: e.id),
    hosts=st.lists(st.sampled_from(VALID_USCC), min_size=1, max_size=3),
    seed=st.text(min_size=1, max_size=20),
)
def test_no_conflicted_expert_is_ever_eligible_and_a_seed_gives_one_order(
    pool: list[experts.ExpertRecord], hosts: list[str], seed: str
) -> None:
    targets = [evaluations.Target(i, f"基地{i}", f"单位{u}", u, "") for i, u in enumerate(hosts)]
    on = dt.date(2026, 12, 2)
    chosen = evaluations.eligibility(pool, targets, on=on, years=3)
    for expert in chosen.eligible:
        assert expert.employer_uscc not in hosts
        assert not {r.uscc for r in expert.relations} & set(hosts)
    assert len(chosen.eligible) + len(chosen.excluded) == len(pool)
    once = evaluations.ordered(seed, "g", chosen.eligible)
    assert once == evaluations.ordered(seed, "g", list(reversed(chosen.eligible)))


def test_once_the_reserves_are_used_the_seat_goes_down_the_drawn_order(ws: Workspace) -> None:
    _base(ws, "2023-06-01")
    round_id = evaluations.open_round(ws, 2026).round.id
    (target,) = evaluations.round_targets(ws, round_id)
    _pool(ws, 7)
    evaluations.draw_panel(ws, round_id, target.group_key, seed="s", size=3, reserves=1)
    with ws.db.transaction() as session:
        order = json.loads(session.exec(sa.select(PanelDraw)).scalars().one().order_json)
    first = evaluations.decline(ws, round_id, order[0], "出差").seated
    assert first.expert_id == order[3] and not first.note  # the reserve
    experts.set_expert_active(ws, order[4], False, "退休")  # next in the order, now inactive
    second = evaluations.decline(ws, round_id, order[1], "生病").seated
    assert (second.expert_id, second.position, second.replaces) == (order[5], 5, order[1])
    assert "跳过" in second.note and "已停用" in second.note
    assert all(v.matches for v in evaluations.verify(ws, round_id))
    sitting = [
        m.expert_id for m in evaluations.round_draws(ws, round_id)[0][1] if m.role == "member"
    ]
    assert sorted(sitting) == sorted([order[2], order[3], order[5]])

    with ws.db.transaction() as session:  # the skipped expert's reason taken off the record
        seat = session.exec(sa.select(PanelMember).where(PanelMember.position == 5)).scalars()
        seat.one().note = "备选专家已用尽，按抽取顺序递补"
    problems = evaluations.verify(ws, round_id)[0].problems
    assert problems == ["按抽取顺序递补时跳过了专家，却没有记录跳过的原因"]


def test_when_the_drawn_order_is_used_up_too_the_officer_is_told_what_to_do(
    ws: Workspace,
) -> None:
    _base(ws, "2023-06-01")
    round_id = evaluations.open_round(ws, 2026).round.id
    (target,) = evaluations.round_targets(ws, round_id)
    _pool(ws, 4)
    evaluations.draw_panel(ws, round_id, target.group_key, seed="s", size=3, reserves=1)
    members = evaluations.round_draws(ws, round_id)[0][1]
    sitting = [m.expert_id for m in members if m.role == "member"]
    evaluations.decline(ws, round_id, sitting[0], "出差")
    with pytest.raises(UserError, match="抽取顺序中也没有可以递补的专家"):
        evaluations.decline(ws, round_id, sitting[1], "生病")
    roles = [m.role for m in evaluations.round_draws(ws, round_id)[0][1]]
    assert roles.count("member") == 3 and roles.count("declined") == 1  # nothing written


def test_the_command_line_takes_names_as_on_the_paper_and_refuses_an_ambiguous_one(
    ws: Workspace,
) -> None:
    from intlbase_desk.evaluations import named

    _base(ws, "2023-06-01")
    round_id = evaluations.open_round(ws, 2026).round.id
    (target,) = evaluations.round_targets(ws, round_id)
    first, second = _pool(ws, 2)
    experts.add_expert(ws, {"name": "专家01", "phone": "13900000099", "employer": "某某大学"})
    assert named.expert_id(ws, "专家００") == first  # retyped with full-width digits
    assert named.expert_id(ws, str(second)) == second
    with pytest.raises(UserError, match="有 2 位“专家01”，请改用编号"):
        named.expert_id(ws, "专家01")
    for typed in (str(target.base_id), target.base_name, target.uscc.lower()):
        assert named.target_id(ws, round_id, typed) == target.id
    with pytest.raises(UserError, match="没有编号、名称或统一社会信用代码为“某基地”的基地"):
        named.target_id(ws, round_id, "某基地")


def test_a_base_is_evaluated_in_one_open_round_at_a_time(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _base(ws, "2021-06-01")
    first = evaluations.open_round(ws, 2026)
    assert len(first.targets) == 1
    with pytest.raises(UserError, match="都已在未办结的批次中（2026年度绩效评估）"):
        evaluations.open_round(ws, 2027)  # due again in 2027, still in 2026's round
    with pytest.raises(ValidationError, match="不在 2027 年内"):
        evaluations.open_round(ws, 2027, as_of=dt.date(2026, 6, 30))
    with pytest.raises(ValidationError, match="评估年度应在 2000 至 2027 之间"):
        evaluations.open_round(ws, 2099)
    with pytest.raises(UserError, match="同一年度同类评估只开启一次"):
        evaluations.open_round(ws, 2026)


def test_a_chain_of_declines_is_still_checked_true(ws: Workspace) -> None:
    """A reserve who took a seat and then could not score either keeps its place in the order."""
    _base(ws, "2023-06-01")
    round_id = evaluations.open_round(ws, 2026).round.id
    (target,) = evaluations.round_targets(ws, round_id)
    _pool(ws, 8)
    evaluations.draw_panel(ws, round_id, target.group_key, seed="s", size=3, reserves=3)
    members = evaluations.round_draws(ws, round_id)[0][1]
    a, b = (m.expert_id for m in members[:2])
    first = evaluations.decline(ws, round_id, a, "出差").seated
    evaluations.decline(ws, round_id, b, "生病")
    evaluations.decline(ws, round_id, first.expert_id, "临时有事")  # the first reserve too
    assert all(v.matches for v in evaluations.verify(ws, round_id)), evaluations.verify(
        ws, round_id
    )


def test_a_target_is_removed_by_name_on_the_command_line(ws: Workspace, cli) -> None:  # type: ignore[no-untyped-def]
    first = _base(ws, "2023-06-01")
    later = _base(ws, "2025-06-01", uscc=VALID_USCC[1])
    round_id = evaluations.open_round(ws, 2026).round.id
    (target,) = evaluations.round_targets(ws, round_id)
    db = str(ws.db.path)
    ws.close()
    change = ["--db", db, "evaluation"]
    named = cli(*change, "add-target", "--round", str(round_id), "某基地", "--reason", "提前评估")
    assert named.returncode == 2 and "请写基地编号" in named.stderr
    added = cli(*change, "add-target", "--round", str(round_id), str(later), "--reason", "提前评估")
    assert added.returncode == 0, added.stderr
    remove = [*change, "remove-target", "--round", str(round_id)]
    same = cli(*remove, target.base_name, "--reason", "已撤销")  # both bases have that name
    assert same.returncode == 2 and "请改用基地编号" in same.stderr
    removed = cli(*remove, target.uscc, "--reason", "已撤销")
    assert removed.returncode == 0 and f"已把基地 {first} 移出" in removed.stdout
