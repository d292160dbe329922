"""The formal review of a call's applications against the profile (issue 11): thresholds read
from the figures typed, the years of registration from the register, registration in the
jurisdiction suggested and confirmed, checklists and the integrity veto recorded by the officer,
and the outcome moving each application with the articles of what failed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from intlbase_desk import calls, register
from intlbase_desk.infra.errors import ValidationError
from intlbase_desk.policy.profile import Condition, Profile
from intlbase_desk.workspace import Workspace, open_workspace
from tests.conftest import VALID_USCC, Ran, org_form
from tests.core.test_calls import _typed

CHONGQING_USCC = "91500000MA5U7AQ268"  # division code 500000: Chongqing


@pytest.fixture
def chongqing(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "cq.sqlite3", create_profile="chongqing-draft")
    calls.open_call(ws, 2026)
    yield ws
    ws.close()


def _result(ws: Workspace, application_id: int, condition: str) -> calls.ConditionResult:
    (review,) = calls.review_applications(ws, 2026, application_id)
    return next(c for c in review.conditions if c.condition_id == condition)


def _changed(ws: Workspace, condition: str, **update: object) -> Workspace:
    """The same desk under a profile whose ``condition`` reads differently."""

    def change(c: Condition) -> Condition:
        return c.model_copy(update=update) if c.id == condition else c

    profile: Profile = ws.profile
    types = [
        t.model_copy(update={"conditions": [change(c) for c in t.conditions]})
        for t in profile.base_types
    ]
    common = [change(c) for c in profile.common_conditions]
    changed = profile.model_copy(update={"base_types": types, "common_conditions": common})
    return dataclasses.replace(ws, profile=changed)


@pytest.mark.rule("CQ-8")
def test_a_threshold_reads_the_typed_figure_and_a_missing_one_is_never_a_pass(
    chongqing: Workspace,
) -> None:
    ws = chongqing
    app = calls.add_application(ws, 2026, _typed(0, uscc=CHONGQING_USCC)).id
    assert _result(ws, app, "papers").result == "missing"
    calls.set_metric(ws, app, "sci_ei_papers_3y", "20")
    assert (_result(ws, app, "papers").result, _result(ws, app, "papers").value) == ("pass", "20篇")
    assert _result(_changed(ws, "papers", value=21), app, "papers").result == "fail"
    calls.set_metric(ws, app, "joint_papers_3y", 4)
    joint = _result(ws, app, "joint_papers")
    assert joint.result == "fail" and joint.article == "第八条"
    with pytest.raises(ValidationError, match="应为数字"):
        calls.set_metric(ws, app, "joint_papers_3y", "很多")
    with pytest.raises(ValidationError, match="不读这项指标"):
        calls.set_metric(ws, app, "hightech_firms", 3)
    calls.set_metric(ws, app, "joint_papers_3y", "")  # removed: missing again
    assert _result(ws, app, "joint_papers").result == "missing"


@pytest.mark.rule("CQ-5a")
def test_registration_in_the_jurisdiction_is_suggested_then_confirmed(
    chongqing: Workspace,
) -> None:
    ws = chongqing
    inside = calls.add_application(ws, 2026, _typed(0, uscc=CHONGQING_USCC)).id
    outside = calls.add_application(ws, 2026, _typed(1)).id  # a Beijing credit code
    here, there = (_result(ws, a, "registered_in_chongqing") for a in (inside, outside))
    assert here.result == there.result == "missing"  # a suggestion is not a finding
    assert "500000 属本地区" in here.note and "110000 不属本地区" in there.note
    calls.set_metric(ws, inside, "registered_in_jurisdiction", "是")
    calls.set_metric(ws, outside, "registered_in_jurisdiction", "否")
    assert _result(ws, inside, "registered_in_chongqing").result == "pass"
    assert _result(ws, outside, "registered_in_chongqing").result == "fail"
    assert (
        _result(
            _changed(ws, "registered_in_chongqing", value=False), inside, "registered_in_chongqing"
        ).result
        == "fail"
    )


@pytest.mark.rule("BJ2016-8")
def test_the_years_of_registration_come_from_the_register(ws: Workspace) -> None:
    calls.open_call(ws, 2026)
    calls.set_call(ws, 2026, deadline=dt.date(2026, 4, 30))
    register.add_organization(
        ws, org_form(uscc=VALID_USCC[0], name="申报单位0", registered_on="2025-06-01")
    )
    kind = next(
        t.name
        for t in ws.profile.base_types
        if any(c.id == "registered_one_year" for c in t.conditions)
    )
    app = calls.add_application(ws, 2026, _typed(0, base_type=kind)).id
    years = _result(ws, app, "registered_one_year")
    assert years.result == "fail" and years.value == "0.91年"  # to the deadline
    assert "注册日期 2025-06-01" in years.note
    assert (
        _result(_changed(ws, "registered_one_year", value=0.5), app, "registered_one_year").result
        == "pass"
    )
    calls.set_metric(ws, app, "registered_years", 3)  # the officer's figure wins
    assert _result(ws, app, "registered_one_year").result == "pass"


@pytest.mark.rule("IM-4")
def test_a_failed_integrity_check_rejects_with_its_article(
    tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    ws = open_workspace(tmp_path / "im.sqlite3", create_profile="inner-mongolia-trial")
    try:
        calls.open_call(ws, 2026)
        kind = ws.profile.base_types[0].name
        first = calls.add_application(ws, 2026, _typed(0, base_type=kind)).id
        second = calls.add_application(ws, 2026, _typed(1, base_type=kind)).id
        calls.set_metric(ws, first, "integrity_violations", 1)  # one record: the veto
        assert _result(ws, first, "integrity").result == "fail"
        assert _result(_changed(ws, "integrity", value=1), first, "integrity").result == "pass"
        calls.set_metric(ws, first, "integrity_violations", "")
        evidence = tmp_path / "信用中国查询结果.pdf"
        evidence.write_bytes(b"%PDF-1.4 query")
        with pytest.raises(ValidationError, match="核查的方式"):
            calls.record_check(ws, first, "integrity", False, " ")
        calls.record_check(ws, first, "integrity", False, "信用中国查询：有失信记录", evidence)
        (review,) = calls.review_applications(ws, 2026, first)
        integrity = next(c for c in review.conditions if c.condition_id == "integrity")
        assert integrity.result == "fail" and "信用中国查询结果.pdf" in integrity.note
        assert review.outcome == "fail"
        db = str(ws.db.path)
    finally:
        ws.close()
    listed = json.loads(cli("--db", db, "call", "review", "--call", "2026", "--json").stdout)
    outcomes = {r["application_id"]: r["outcome"] for r in listed}
    assert outcomes == {first: "fail", second: "incomplete"}
    assert {"rule", "text", "result", "value"} <= set(listed[0]["conditions"][0])
    decided = json.loads(cli("--db", db, "call", "decide", "--call", "2026", "--json").stdout)
    assert decided == {"passed": [], "failed": [first], "incomplete": [second]}
    shown = cli("--db", db, "call", "show", str(first)).stdout
    assert (
        "形式审查不通过\t不符合：申报单位及其负责人无严重违背科研诚信的记录（一票否决）（第四条"
        in shown
    )
    states = {
        a["application_id"]: a["state"]
        for a in json.loads(
            cli("--db", db, "call", "applications", "--call", "2026", "--json").stdout
        )
    }
    assert states == {first: "形式审查不通过", second: "已受理"}


def test_the_officer_records_checklists_and_figures_from_the_command_line(
    chongqing: Workspace, cli: Callable[..., Ran]
) -> None:
    app = calls.add_application(chongqing, 2026, _typed(0, uscc=CHONGQING_USCC)).id
    db = str(chongqing.db.path)
    chongqing.close()
    base = ("--db", db, "call")
    for metric, value in (
        ("近三年SCI或EI论文数", "25"),
        ("近三年中外联合发表论文数", "6"),
        ("在本市境内注册", "是"),
        ("incidents_3y", "0"),
    ):
        ran = cli(*base, "metric", str(app), metric, value)
        assert ran.returncode == 0, ran.stderr
    for condition in ("own_ip", "team_and_funding"):
        assert (
            cli(*base, "check", str(app), condition, "--pass", "--note", "见申报书").returncode == 0
        )
    refused = cli(*base, "metric", str(app), "无此指标", "1")
    assert refused.returncode == 2 and "本政策的指标：" in refused.stderr
    assert "：通过" in cli(*base, "review", "--call", "2026").stdout
    assert "通过 1 项" in cli(*base, "decide", "--call", "2026").stdout


@pytest.mark.rule("CQ-6")
def test_a_metrics_sheet_goes_out_and_comes_back_through_the_engine(
    chongqing: Workspace, tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    import openpyxl

    park = "国际创新园"
    app = calls.add_application(chongqing, 2026, _typed(0, uscc=CHONGQING_USCC, base_type=park)).id
    other = calls.add_application(chongqing, 2026, _typed(1)).id
    calls.set_metric(chongqing, other, "sci_ei_papers_3y", 30)
    db = str(chongqing.db.path)
    chongqing.close()
    sheet = tmp_path / "指标.xlsx"
    assert cli("--db", db, "call", "metrics-sheet", "--call", "2026", str(sheet)).returncode == 0
    book = openpyxl.load_workbook(sheet)
    data = book.active
    headers = [c.value for c in data[1]]
    column = {h: i + 1 for i, h in enumerate(headers)}
    assert data.cell(3, column["近三年SCI或EI论文数（篇）"]).value == 30  # known so far
    data.cell(2, column["入驻高新技术企业或创新型企业数（户）"]).value = 9
    data.cell(2, column["在本市境内注册"]).value = "也许"
    book.save(sheet)
    ran = cli("--db", db, "call", "metrics", str(sheet), "--call", "2026", "--json")
    report = json.loads(ran.stdout)
    assert ran.returncode == 1 and [e["code"] for e in report["errors"]] == ["not_yes_no"]
    data.cell(2, column["在本市境内注册"]).value = "是"
    data.cell(
        2, column["近三年SCI或EI论文数（篇）"]
    ).value = 5  # a park's conditions do not read it
    book.save(sheet)
    ran = cli("--db", db, "call", "metrics", str(sheet), "--call", "2026")
    assert ran.returncode == 0 and "已导入" in ran.stdout and "该格未导入" in ran.stdout
    ws = open_workspace(db)
    try:
        firms = _result(ws, app, "hightech_firms")
        assert (firms.result, firms.value) == ("fail", "9户")  # 10 or more
        assert (
            _result(_changed(ws, "hightech_firms", value=9), app, "hightech_firms").result == "pass"
        )
        assert _result(ws, app, "registered_in_chongqing").result == "pass"
        assert _result(ws, other, "papers").value == "30篇"
    finally:
        ws.close()
