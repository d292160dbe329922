"""Major changes a base reports, reviewed; not eligible cancels the title (CQ-16, IM-14)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from intlbase_desk import certificates, evaluations, register
from intlbase_desk.infra.errors import UserError, ValidationError
from intlbase_desk.workspace import Workspace, open_workspace
from tests.conftest import VALID_USCC, Ran, base_form, org_form


def _base(ws: Workspace) -> int:
    kind = ws.profile.org_kinds.values[0]
    org = register.add_organization(ws, org_form(uscc=VALID_USCC[0], kind=kind, district="")).id
    values = base_form(org, recognized_on="2023-06-01", cert_no="")
    values["base_type"] = ws.profile.base_types[0].id
    return register.add_base(ws, values).id


@pytest.mark.rule("CQ-16")
def test_chongqing_a_change_found_ineligible_cancels_the_title_under_its_article(
    tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    ws = open_workspace(tmp_path / "cq.sqlite3", create_profile="chongqing-draft")
    base_id = _base(ws)
    kinds = evaluations.change_kinds(ws.profile)
    with pytest.raises(ValidationError, match="不是应报告的重大事项"):
        evaluations.report_change(
            ws, base_id, kind="搬家", happened_on=dt.date(2026, 5, 1), description="迁址"
        )
    kept = evaluations.report_change(
        ws, base_id, kind=kinds[-1], happened_on=dt.date(2026, 5, 1), description="负责人退休"
    ).change
    evaluations.review_change(ws, kept.id, eligible=True, note="新负责人具备条件")
    assert register.get_base(ws, base_id).status == "active"
    with pytest.raises(UserError, match="已审核"):
        evaluations.review_change(ws, kept.id, eligible=False, note="改判")
    db = str(ws.db.path)
    ws.close()
    ran = cli(
        "--db", db, "change-report", "add", str(base_id), "--kind", kinds[0],
        "--date", "2026-10-01", "--text", "依托单位被并购", "--json",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    change_id = json.loads(ran.stdout)["id"]
    pending = json.loads(cli("--db", db, "change-report", "list", "--pending", "--json").stdout)
    assert [p["id"] for p in pending] == [change_id]
    ran = cli(
        "--db", db, "change-report", "review", str(change_id), "--not-eligible",
        "--note", "并购后不再是独立法人",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    desk = open_workspace(db)
    try:
        assert register.get_base(desk, base_id).status == "revoked"
        [last, *_] = register.status_history(desk, base_id)
        assert (last.rule_id, last.trigger_id) == ("CQ-16", "ineligible_after_change")
    finally:
        desk.close()


@pytest.mark.rule("IM-14")
def test_inner_mongolia_an_ineligible_change_recovers_the_plaque(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "im.sqlite3", create_profile="inner-mongolia-trial")
    try:
        base_id = _base(ws)
        change = evaluations.report_change(
            ws,
            base_id,
            kind="重组",
            happened_on=dt.date(2026, 6, 1),
            description="依托单位重组为两家公司",
        ).change
        evaluations.review_change(ws, change.id, eligible=False, note="重组后不符合认定条件")
        assert register.get_base(ws, base_id).status == "revoked"
        assert [r.base_id for r in certificates.plaque_recoveries(ws)] == [base_id]
    finally:
        ws.close()


def test_a_profile_without_major_changes_refuses_a_report(ws: Workspace) -> None:
    base_id = _base(ws)
    with pytest.raises(UserError, match="没有规定基地应报告的重大事项"):
        evaluations.report_change(
            ws, base_id, kind="重组", happened_on=dt.date(2026, 6, 1), description="重组"
        )
