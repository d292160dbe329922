"""What follows from the summaries (issue 10): the recommending unit's review before a summary
is accepted, a return with its reason, and the bases missing two years in a row."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from intlbase_desk import register, summaries
from intlbase_desk.infra.errors import UserError
from intlbase_desk.workspace import Workspace, open_workspace
from tests.conftest import VALID_USCC, Ran
from tests.core.test_summaries import _base
from tests.core.test_summary_filings import VALUES, _fill


@pytest.fixture
def mongolia(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "im.sqlite3", create_profile="inner-mongolia-trial")
    yield ws
    ws.close()


def _file(ws: Workspace, year: int, name: str, out: Path, opinion: str = "") -> None:
    written = summaries.write_forms(ws, year, out)
    form = next(p for p in written.files if name in p.name)
    _fill(form, VALUES, {"推荐单位审核意见": opinion} if opinion else None)
    checked = summaries.check_files(ws, year, [form])
    assert not checked.errors, checked.errors
    summaries.write_filings(ws, checked)


@pytest.mark.rule("IM-13")
def test_a_summary_is_accepted_only_with_the_recommending_unit_s_opinion(
    mongolia: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = mongolia
    monkeypatch.setenv("INTLBASE_TODAY", "2025-12-10")
    _base(ws, "草原基地", "2022-06-01", VALID_USCC[0])
    _base(ws, "河套基地", "2022-06-01", VALID_USCC[1])
    summaries.open_campaign(ws, 2025)
    _file(ws, 2025, "草原基地", tmp_path / "a")
    _file(ws, 2025, "河套基地", tmp_path / "b", opinion="同意报送。某某盟科技局")
    grass, river = summaries.campaign_targets(ws, 2025)
    with pytest.raises(UserError, match="第十三条要求年度总结经推荐单位审核并签署意见"):
        summaries.accept_filing(ws, 2025, grass.id or 0)
    summaries.accept_filing(ws, 2025, river.id or 0)
    summaries.accept_filing(ws, 2025, grass.id or 0, opinion="同意。（据盖章纸质件补录）")
    board = {b.target.base_name: b.status for b in summaries.campaign_status(ws, 2025).bases}
    assert board == {"草原基地": "accepted", "河套基地": "accepted"}


@pytest.mark.rule("NAT-14")
def test_the_national_summary_needs_the_unit_s_opinion_too_and_a_return_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Callable[..., Ran]
) -> None:
    monkeypatch.setenv("INTLBASE_TODAY", "2025-12-10")
    ws = open_workspace(tmp_path / "nat.sqlite3", create_profile="national-2011")
    try:
        _base(ws, "国家基地", "2022-06-01", VALID_USCC[0])
        summaries.open_campaign(ws, 2025)
        _file(ws, 2025, "国家基地", tmp_path / "a")
        db = str(ws.db.path)
    finally:
        ws.close()
    refused = cli("--db", db, "summaries", "accept", "--year", "2025", "--base", "国家基地")
    assert refused.returncode == 2 and "第十四条要求" in refused.stderr
    back = cli(
        "--db",
        db,
        "summaries",
        "return",
        "--year",
        "2025",
        "--base",
        VALID_USCC[0],
        "--reason",
        "缺少推荐单位盖章",
    )
    assert back.returncode == 0, back.stderr
    status = json.loads(cli("--db", db, "summaries", "status", "--year", "2025", "--json").stdout)
    assert (status["bases"][0]["status"], status["bases"][0]["note"]) == (
        "退回修改",
        "缺少推荐单位盖章",
    )
    again = cli("--db", db, "summaries", "accept", "--year", "2025", "--base", "国家基地")
    assert again.returncode == 2 and "须重新报送" in again.stderr


def _two_years(ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """2024 and 2025 opened; one base filed 2025, one filed 2024 only, one filed nothing."""
    monkeypatch.setenv("INTLBASE_TODAY", "2024-12-10")
    _base(ws, "从未报送", "2022-06-01", VALID_USCC[0])
    _base(ws, "今年报送", "2022-06-01", VALID_USCC[1])
    _base(ws, "去年报送", "2022-06-01", VALID_USCC[2])
    summaries.open_campaign(ws, 2024)
    _file(ws, 2024, "去年报送", tmp_path / "2024", opinion="同意")
    monkeypatch.setenv("INTLBASE_TODAY", "2025-12-10")
    summaries.open_campaign(ws, 2025)
    _file(ws, 2025, "今年报送", tmp_path / "2025", opinion="同意")


@pytest.mark.rule("IM-12")
def test_two_years_without_a_summary_propose_revoking_under_the_article(
    mongolia: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = mongolia
    _two_years(ws, tmp_path, monkeypatch)
    assert summaries.missing_list(ws) == []  # 2025 is not yet due
    monkeypatch.setenv("INTLBASE_TODAY", "2026-01-05")
    (listed,) = summaries.missing_list(ws)
    assert (listed.base_name, listed.years) == ("从未报送", [2024, 2025])
    assert (listed.action, listed.rule, listed.trigger) == (
        "revoke",
        "IM-12",
        "two_years_no_summary",
    )
    done = summaries.revoke_missing(ws, [listed.base_id])
    assert done.bases == 1
    assert register.get_base(ws, listed.base_id).status == "revoked"
    (change,) = register.status_history(ws, listed.base_id)[:1]
    assert (change.rule_id, change.trigger_id) == ("IM-12", "two_years_no_summary")
    assert summaries.missing_list(ws) == []  # revoked: nothing more to answer for
    with pytest.raises(UserError, match="不在连续未报送年度总结的清单中"):
        summaries.revoke_missing(ws, [listed.base_id])


def test_elsewhere_the_list_offers_what_the_office_may_judge(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Callable[..., Ran]
) -> None:
    _two_years(ws, tmp_path, monkeypatch)
    monkeypatch.setenv("INTLBASE_TODAY", "2026-01-05")
    db = str(ws.db.path)
    ws.close()
    listed = json.loads(cli("--db", db, "summaries", "missing", "--json").stdout)["bases"]
    assert [(b["base_name"], b["action"], b["rule"]) for b in listed] == [
        ("从未报送", "可撤销（由本处判断）", None)
    ]
    ran = cli("--db", db, "summaries", "revoke-missing", "--all")
    assert ran.returncode == 0 and "已撤销 1 个" in ran.stdout


def test_reminders_go_to_each_recommending_unit_with_its_bases_still_owing(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Callable[..., Ran]
) -> None:
    from pypdf import PdfReader

    from tests.conftest import base_form, org_form

    monkeypatch.setenv("INTLBASE_TODAY", "2025-12-10")
    for i, (name, unit) in enumerate(
        (("海淀甲基地", "海淀区科委"), ("海淀乙基地", "海淀区科委"), ("朝阳基地", "朝阳区科委"))
    ):
        org = register.add_organization(ws, org_form(uscc=VALID_USCC[i], name=f"{name}单位")).id
        values = base_form(org, recognized_on="2022-06-01", cert_no="")
        values |= {"name": name, "recommender": unit, "contact_person": "王老师"}
        register.add_base(ws, values)
    summaries.open_campaign(ws, 2025)
    _file(ws, 2025, "海淀乙基地", tmp_path / "forms")
    owed = summaries.owed_by_unit(ws, 2025)
    assert {u: [o.base_name for o in b] for u, b in owed.items()} == {
        "朝阳区科委": ["朝阳基地"],
        "海淀区科委": ["海淀甲基地"],
    }
    db = str(ws.db.path)
    ws.close()
    listed = cli("--db", db, "summaries", "remind", "--year", "2025", str(tmp_path / "提醒.xlsx"))
    assert listed.returncode == 0 and "2 个基地" in listed.stdout
    noticed = cli("--db", db, "summaries", "remind", "--year", "2025", str(tmp_path / "提醒.pdf"))
    assert noticed.returncode == 0, noticed.stderr
    pages = PdfReader(tmp_path / "提醒.pdf").pages
    assert len(pages) == 2
    text = pages[1].extract_text().replace(" ", "").replace("\n", "")
    assert "海淀区科委" in text and "海淀甲基地" in text and "王老师" in text
