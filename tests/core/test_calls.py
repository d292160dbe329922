"""The yearly call's applications (issue 11): the guide's settings, what they make of each
application, an application entered by hand as a district's row would be checked, a withdrawal,
and the command line."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest

from intlbase_desk import calls, register
from intlbase_desk.infra.errors import UserError, ValidationError
from intlbase_desk.workspace import Workspace
from tests.conftest import VALID_USCC, Ran, base_form, org_form, revoke_after_failed_re_evaluation

JOINT = "国际联合研究中心"


def _typed(i: int, **changes: object) -> dict[str, object]:
    values: dict[str, object] = {
        "uscc": VALID_USCC[i],
        "org_name": f"申报单位{i}",
        "base_name": f"申报基地{i}",
        "base_type": JOINT,
        "recommender": "海淀区科委",
        "priority": i + 1,
    }
    return values | changes


def test_settings_flag_a_closed_type_and_applications_beyond_a_unit_s_quota(
    ws: Workspace,
) -> None:
    calls.open_call(ws, 2026)
    ids = [calls.add_application(ws, 2026, _typed(i)).id for i in range(3)]
    assert all(not r.flags for r in calls.list_applications(ws, 2026))
    transfer = next(t for t in ws.profile.base_types if t.id != "joint_research_center")
    changes = calls.set_call(
        ws, 2026, deadline=dt.date(2026, 4, 30), open_types=[transfer.id], unit_quota=2
    )
    assert changes.applications
    flags = {r.id: r.flags for r in calls.list_applications(ws, 2026)}
    assert all(f"2026年度未开放“{JOINT}”的申报" in flags[i] for i in ids)
    assert any("推荐名额（2 项），按推荐顺序为第 3 项" in f for f in flags[ids[2]])
    assert not any("推荐名额" in f for f in flags[ids[1]])
    calls.withdraw_application(ws, ids[0], "申报单位来函撤回")  # the third moves up
    flags = {r.id: r.flags for r in calls.list_applications(ws, 2026)}
    assert not any("推荐名额" in f for f in flags[ids[2]])
    info = calls.call_info(ws, 2026)
    assert (info.deadline, info.unit_quota, info.by_state) == (
        dt.date(2026, 4, 30),
        2,
        {"received": 2, "withdrawn": 1},
    )
    assert calls.set_call(ws, 2026, unit_quota=2).applications is False  # nothing changed
    with pytest.raises(ValidationError) as refused:
        calls.set_call(ws, 2026, open_types=["no_such_type"], unit_quota=0)
    assert set(refused.value.errors) == {"open_types", "unit_quota"}


def test_an_application_typed_in_is_checked_as_a_district_row(ws: Workspace) -> None:
    calls.open_call(ws, 2026)
    with pytest.raises(ValidationError) as refused:
        calls.add_application(ws, 2026, _typed(0, uscc=VALID_USCC[0][:-1] + "0", base_name=""))
    assert set(refused.value.errors) == {"uscc", "base_name"}
    entered = calls.add_application(ws, 2026, _typed(0, recommender=""))
    detail = calls.application_detail(ws, entered.id)
    assert detail.row.recommender == calls.DIRECT and detail.row.source == "直接申报"
    assert [s.state for s in detail.steps] == ["received"]
    with pytest.raises(UserError, match="已有该单位同类型的申报"):
        calls.add_application(ws, 2026, _typed(0))
    # A host whose base was revoked is banned from applying, as in a district's sheet.
    org = register.add_organization(ws, org_form(uscc=VALID_USCC[1], name="申报单位1")).id
    base = register.add_base(ws, base_form(org, recognized_on="2020-06-01", cert_no="")).id
    revoke_after_failed_re_evaluation(ws, base, dt.date(2026, 1, 10))
    with pytest.raises(ValidationError) as banned:
        calls.add_application(ws, 2026, _typed(1))
    assert "前不得再次申报" in banned.value.errors["uscc"]
    calls.withdraw_application(ws, entered.id, "来函撤回")
    steps = calls.application_detail(ws, entered.id).steps
    assert [(s.state, s.reason) for s in steps][-1] == ("withdrawn", "来函撤回")
    with pytest.raises(UserError, match="已撤回，不能撤回"):
        calls.withdraw_application(ws, entered.id, "again")
    with pytest.raises(ValidationError):
        calls.withdraw_application(ws, entered.id, " ")


def test_the_command_line_lists_sets_adds_shows_and_withdraws(
    ws: Workspace, cli: Callable[..., Ran]
) -> None:
    db = str(ws.db.path)
    ws.close()
    base = ("--db", db, "call")
    assert cli(*base, "list").stdout.strip() == "还没有任何申报批次"
    assert cli(*base, "open", "--call", "2026").returncode == 0
    ran = cli(*base, "set", "--call", "2026", "--deadline", "2026-04-30", "--unit-quota", "1")
    assert "截止 2026-04-30；开放全部类型；每个推荐单位推荐名额 1 项" in ran.stdout
    args = ["--call", "2026", "--org-name", "某某大学", "--type", JOINT, "--recommender", "教委"]
    for i in (0, 1):
        ran = cli(*base, "add", *args, "--uscc", VALID_USCC[i], "--base-name", f"基地{i}")
        assert ran.returncode == 0, ran.stderr
    refused = cli(
        *base, "add", *args, "--uscc", VALID_USCC[2], "--base-name", "x", "--type", "无此类"
    )
    assert refused.returncode == 2 and "没有“无此类”这种基地类型" in refused.stderr
    listed = json.loads(cli(*base, "applications", "--call", "2026", "--json").stdout)
    assert [a["state"] for a in listed] == ["已受理", "已受理"]
    assert listed[1]["flags"] == ["超出教委的推荐名额（1 项），按推荐顺序为第 2 项"]
    assert cli(*base, "withdraw", "1", "--reason", "来函撤回").returncode == 0
    only = json.loads(
        cli(*base, "applications", "--call", "2026", "--state", "撤回", "--json").stdout
    )
    assert [a["application_id"] for a in only] == [1]
    shown = cli(*base, "show", "1")
    assert "撤回\t来函撤回" in shown.stdout and "直接申报，窗口录入" in shown.stdout
    summary = json.loads(cli(*base, "list", "--json").stdout)
    assert summary[0]["by_state"] == {"received": 1, "withdrawn": 1}
    missing = cli(*base, "applications", "--call", "2020")
    assert missing.returncode == 2 and "没有2020年度的申报批次" in missing.stderr
