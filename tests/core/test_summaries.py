"""Annual work summaries (issue 10): who owes one for a year, the due date, the status board."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from intlbase_desk import register, summaries
from intlbase_desk.infra.errors import ProfileError, UserError
from intlbase_desk.policy import load_profile_file
from intlbase_desk.workspace import Workspace, open_workspace
from tests.conftest import VALID_USCC, Ran, base_form, org_form


def _base(ws: Workspace, name: str, recognized: str, uscc: str) -> int:
    kind = ws.profile.org_kinds.values[0]
    org = register.add_organization(ws, org_form(uscc=uscc, name=f"{name}单位", kind=kind)).id
    values = base_form(org, recognized_on=recognized, cert_no="")
    values["name"], values["base_type"] = name, ws.profile.base_types[0].id
    return register.add_base(ws, values).id


def _statuses(ws: Workspace, year: int) -> dict[str, str]:
    return {
        b.target.base_name: summaries.STATUSES[b.status]
        for b in summaries.campaign_status(ws, year).bases
    }


def test_a_year_is_owed_by_every_base_whose_title_was_usable_in_it(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTLBASE_TODAY", "2026-03-01")
    _base(ws, "一直有效", "2021-06-01", VALID_USCC[0])
    _base(ws, "次年认定", "2026-01-10", VALID_USCC[1])
    early = _base(ws, "早已撤销", "2020-06-01", VALID_USCC[2])
    register.change_status(ws, early, "revoked", on=dt.date(2024, 5, 1), reason="第十六条")
    late = _base(ws, "年中撤销", "2020-06-01", VALID_USCC[3])
    register.change_status(ws, late, "revoked", on=dt.date(2025, 6, 30), reason="第十六条")
    gone = _base(ws, "已归档", "2020-06-01", VALID_USCC[4])
    register.set_base_archived(ws, gone, True, "重复录入")

    opened = summaries.open_campaign(ws, 2025)
    assert sorted(t.base_name for t in opened.targets) == ["一直有效", "年中撤销"]
    with pytest.raises(UserError, match="已经开启"):
        summaries.open_campaign(ws, 2025)
    with pytest.raises(UserError, match="不是可以收取年度总结的年份"):
        summaries.open_campaign(ws, 2027)


@pytest.mark.rule("CQ-13")
def test_chongqing_summaries_are_overdue_after_the_end_of_november(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = open_workspace(tmp_path / "cq.sqlite3", create_profile="chongqing-draft")
    try:
        monkeypatch.setenv("INTLBASE_TODAY", "2025-11-30")
        _base(ws, "渝新基地", "2023-06-01", VALID_USCC[0])
        summaries.open_campaign(ws, 2025)
        assert _statuses(ws, 2025) == {"渝新基地": "未提交"}  # the last day is still in time
        monkeypatch.setenv("INTLBASE_TODAY", "2025-12-01")
        assert _statuses(ws, 2025) == {"渝新基地": "逾期"}
        assert summaries.get_campaign(ws, 2025).due_rule == "CQ-13"
    finally:
        ws.close()


@pytest.mark.rule("BJ2016-13")
def test_beijing_s_due_date_is_an_office_default_the_board_follows(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch, cli: Callable[..., Ran]
) -> None:
    monkeypatch.setenv("INTLBASE_TODAY", "2025-12-15")
    _base(ws, "京西基地", "2023-06-01", VALID_USCC[0])
    db = str(ws.db.path)
    ws.close()
    opened = cli("--db", db, "summaries", "open", "--year", "2025", "--json")
    assert opened.returncode == 0, opened.stderr
    data = json.loads(opened.stdout)
    assert data["due_rule"] is None and [b["base_name"] for b in data["bases"]] == ["京西基地"]
    said = cli("--db", db, "summaries", "status", "--year", "2025").stdout
    assert "（本处惯例）" in said and "京西基地：未提交" in said
    monkeypatch.setenv("INTLBASE_TODAY", "2026-01-01")
    status = json.loads(cli("--db", db, "summaries", "status", "--year", "2025", "--json").stdout)
    assert status["counts"]["逾期"] == 1
    assert set(status["bases"][0]) >= {"base_id", "base_name", "uscc", "status", "submitted_on"}
    # The office moves its date: the next campaign follows it.
    assert cli("--db", db, "set-office-default", "annual_summary_due", "01-31").returncode == 0
    monkeypatch.setenv("INTLBASE_TODAY", "2026-12-20")
    assert cli("--db", db, "summaries", "open", "--year", "2026").returncode == 0
    status = json.loads(cli("--db", db, "summaries", "status", "--year", "2026", "--json").stdout)
    assert status["due"] == "2026-01-31" and status["counts"]["逾期"] == 1
    missing = cli("--db", db, "summaries", "status", "--year", "2024")
    assert missing.returncode == 2 and "还没有开启" in missing.stderr


def test_a_profile_s_summaries_are_checked_when_it_loads(tmp_path: Path) -> None:
    bundled = Path(__file__).resolve().parents[2] / "resources" / "policies"
    text = (bundled / "inner-mongolia-trial.toml").read_text("utf-8")
    cases = {
        'missing_trigger = "two_years_no_summary"': (
            'missing_trigger = "no_such"',
            "没有 id 为 no_such 的撤销情形",
        ),
        'recommender_review_rule = "IM-13"\n': ("", "须以 recommender_review_rule 注明条款"),
        'form = "annual-report"': ('form = "no-form"', "没有名为“no-form”的年度报表"),
    }
    for original, (changed, message) in cases.items():
        assert original in text
        path = tmp_path / "policies" / "inner-mongolia-trial.toml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text.replace(original, changed), "utf-8")
        with pytest.raises(ProfileError, match=message):
            load_profile_file(path)


def test_an_indicator_the_office_adds_is_on_the_next_year_s_form_only(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from intlbase_desk.policy import office_settings

    monkeypatch.setenv("INTLBASE_TODAY", "2025-12-10")
    _base(ws, "京西基地", "2022-06-01", VALID_USCC[0])
    summaries.open_campaign(ws, 2024)  # opened before the office added anything
    with pytest.raises(UserError, match="“国际专利申请数”已是年度报表中的指标"):
        office_settings.change(
            ws.db, ws.profile, ws.actor, "summary_extra_indicators", "国际专利申请数（件）"
        )
    changed = office_settings.change(
        ws.db, ws.profile, ws.actor, "summary_extra_indicators", "标准数（项）；服务收入（万元）"
    )
    ws = dataclasses.replace(ws, profile=changed.profile)
    summaries.open_campaign(ws, 2025)
    added = summaries.campaign_form(summaries.get_campaign(ws, 2025)).indicators[-2:]
    assert [(i.name, i.unit, i.kind) for i in added] == [
        ("标准数", "项", "count"),
        ("服务收入（万元）", "万元", "money"),
    ]
    before = summaries.campaign_form(summaries.get_campaign(ws, 2024))
    assert before.indicator("标准数") is None  # a year opened keeps its form
