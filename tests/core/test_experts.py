"""The expert pool: an officer's list imported as it is, the form's checks, 回避, no deletion."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from intlbase_desk import experts
from intlbase_desk.experts import (
    Employment,
    EntryError,
    employment_text,
    parse_employment,
    parse_relation,
)
from intlbase_desk.infra import audit
from intlbase_desk.infra.errors import UserError, ValidationError
from intlbase_desk.workspace import Workspace
from tests.conftest import VALID_USCC, Ran

SHEETS = Path(__file__).resolve().parents[1] / "fixtures" / "sheets"
LIST = SHEETS / "experts_list.xlsx"  # written by LibreOffice from an officer's list


def _import(ws: Workspace, path: Path = LIST) -> experts.ExpertsImported:
    return experts.import_experts(ws, experts.check_experts_file(path))


def _by_name(ws: Workspace) -> dict[str, experts.ExpertRecord]:
    return {e.name: e for e in experts.load_experts(ws)}


def test_an_officers_list_imports_as_it_is(ws: Workspace) -> None:
    checked = experts.check_experts_file(LIST)
    assert checked.report.header_row == 2  # under the list's title
    assert not checked.report.errors
    imported = experts.import_experts(ws, checked)
    assert (imported.added, imported.updated, imported.unchanged) == (4, 0, 0)
    pool = _by_name(ws)
    li = pool["李春燕"]
    assert li.fields == ("人工智能", "电子信息")
    assert li.pledge_signed_on == dt.date(2025, 3, 5)  # written 2025年3月5日
    assert li.employments == (
        Employment(
            "北京朝阳智能制造研究院",
            "91110105MA01ABCD13",
            dt.date(2015, 9, 1),
            dt.date(2019, 12, 31),
        ),
        Employment("北京理工示范大学", "121100004006912221", dt.date(2020, 1, 1), None),
    )
    assert [(r.org_name, r.uscc, r.relation) for r in li.relations] == [
        ("北京星河生物医药科技有限公司", "", "relative"),
        ("北京朝阳智能制造研究院", "91110105MA01ABCD13", "excluded"),
    ]
    assert pool["王立新"].phone == "13900001111"  # a number cell, read as the mobile it is
    assert not pool["赵明远"].active
    assert pool["陈思"].fields == ("医药健康", "生物技术")


def test_importing_again_changes_nothing_and_an_edit_updates_audited(
    ws: Workspace, tmp_path: Path
) -> None:
    _import(ws)
    again = _import(ws)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4)
    edited = tmp_path / "edited.xlsx"
    shutil.copy(LIST, edited)
    book = openpyxl.load_workbook(edited)
    sheet = book.active
    sheet["E3"] = "正高级工程师"  # 王立新's title
    sheet["H3"] = None  # a blank cell erases nothing
    sheet["J3"] = "北京云杉新材料研究院（12100000400000624D）：任职"  # another relation
    book.save(edited)
    result = _import(ws, edited)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 3)
    wang = _by_name(ws)["王立新"]
    assert (wang.title, wang.email) == ("正高级工程师", "wang@example.cn")
    assert [r.relation for r in wang.relations] == ["shares", "post"]  # added, none removed
    with ws.db.transaction() as session:
        entry = audit.history(session, "expert", wang.id)[0]
    before, after = json.loads(entry.before_json), json.loads(entry.after_json)
    assert (before["title"], after["title"]) == ("研究员", "正高级工程师")
    assert after["relations"][-1] == "北京云杉新材料研究院（12100000400000624D）：任职"
    assert "edited.xlsx" in entry.reason
    sheet["G3"] = "13911112222"  # 王立新 has a new mobile: the same expert, not a second one
    book.save(edited)
    moved = _import(ws, edited)
    assert (moved.added, moved.updated) == (0, 1)
    wang = _by_name(ws)["王立新"]
    assert wang.phone == "13911112222" and [r.relation for r in wang.relations] == [
        "shares",
        "post",
    ]


def test_a_list_with_an_unreadable_entry_is_refused_whole(ws: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    shutil.copy(LIST, bad)
    book = openpyxl.load_workbook(bad)
    book.active["I4"] = "北京朝阳智能制造研究院（91110105MA01ABCD1X），2015.09-2019.12"
    book.active["J5"] = "某某公司：朋友"
    book.save(bad)
    checked = experts.check_experts_file(bad)
    messages = {(f.row, f.field): f.message for f in checked.report.errors}
    assert "校验位" in messages[(4, "employments")]
    assert "“朋友”不是可识别的关系" in messages[(5, "relations")]
    with pytest.raises(UserError, match="2 处错误"):
        experts.import_experts(ws, checked)
    assert experts.load_experts(ws) == []


def test_command_line_template_import_list_and_deactivate(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "x.sqlite3")
    assert cli("--db", db, "init", "--profile", "beijing-2016").returncode == 0
    template = tmp_path / "专家模板.xlsx"
    assert cli("--db", db, "experts", "template", str(template)).returncode == 0
    book = openpyxl.load_workbook(template)
    data = book["专家名单"]
    headers = [c.value for c in data[1]]
    assert "曾任职单位及起止时间" in headers and "回避单位及关系" in headers
    typed = {"姓名": "周文", "统一社会信用代码": VALID_USCC[1], "状态": "启用"}
    typed |= {"回避单位及关系": f"某某公司（{VALID_USCC[3]}）：持股"}
    for column, header in enumerate(headers, start=1):
        data.cell(2, column, typed.get(header))
    book.save(template)
    dry: Ran = cli("--db", db, "experts", "import", str(template), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["accepted"] == 1
    assert (json.loads(dry.stdout)["added"], json.loads(dry.stdout)["dry_run"]) == (1, True)
    said = cli("--db", db, "experts", "import", str(template), "--dry-run").stdout
    assert "（只检查，未写入）导入将新增 1 位" in said
    assert json.loads(cli("--db", db, "experts", "list", "--json").stdout) == []
    assert cli("--db", db, "experts", "import", str(template)).returncode == 0
    listed = json.loads(cli("--db", db, "experts", "list", "--json").stdout)
    assert [(e["name"], e["relations"][0]["relation"]) for e in listed] == [("周文", "shares")]
    off = cli("--db", db, "experts", "deactivate", str(listed[0]["id"]), "--reason", "退休")
    assert off.returncode == 0 and "已停用" in off.stdout
    assert json.loads(cli("--db", db, "experts", "list", "--json").stdout) == []
    assert len(json.loads(cli("--db", db, "experts", "list", "--inactive", "--json").stdout)) == 1
    stats = json.loads(cli("--db", db, "stats", "--json").stdout)
    assert (stats["experts"], stats["experts_active"]) == (1, 0)
    refused = cli("--db", db, "experts", "import", str(SHEETS / "corrupt.xlsx"))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr


def test_the_form_checks_and_refuses_the_same_person_twice(ws: Workspace) -> None:
    with pytest.raises(ValidationError) as refused:
        experts.add_expert(
            ws,
            {
                "name": "",
                "employer_uscc": "91110108551385082X",
                "phone": "12",
                "employments": "北京某所，2019",
            },
        )
    assert set(refused.value.errors) == {"name", "employer_uscc", "phone", "employments"}
    form = {"name": "孙丽", "phone": "13900005555", "employer": "北京某所"}
    added = experts.add_expert(ws, form)
    with pytest.raises(ValidationError, match="已有“孙丽”"):
        experts.add_expert(ws, form | {"employer": "另一单位"})
    edited = experts.update_expert(
        ws, added.id, form | {"relations": f"北京星河（{VALID_USCC[3]}）：合著"}
    )
    assert edited.previous["relations"] == "" and edited.changes.experts
    assert (
        experts.expert_form_values(ws, added.id)["relations"]
        == f"北京星河（{VALID_USCC[3]}）：近期合作"
    )


def _expert(**kw: object) -> experts.ExpertRecord:
    values: dict[str, object] = {
        "id": 1,
        "name": "王立新",
        "employer": "北京云杉新材料研究院",
        "employer_uscc": VALID_USCC[2],
        "title": "",
        "fields": (),
        "phone": "",
        "email": "",
        "active": True,
        "pledge_signed_on": None,
    }
    return experts.ExpertRecord(**(values | kw))  # type: ignore[arg-type]


def test_conflicts_of_interest() -> None:
    on = dt.date(2026, 6, 1)
    host = (VALID_USCC[3], "北京星河生物医药科技有限公司")
    assert [
        c.code
        for c in experts.conflicts(_expert(employer_uscc=VALID_USCC[3]), *host, on=on, years=3)
    ] == ["employer"]
    left = Employment(
        "北京星河生物医药科技有限公司", VALID_USCC[3], dt.date(2015, 1, 1), dt.date(2023, 6, 30)
    )
    assert [
        c.code for c in experts.conflicts(_expert(employments=(left,)), *host, on=on, years=3)
    ] == ["past_employer"]
    # Left more than the years of 回避 ago: no conflict; the period is the caller's setting.
    assert experts.conflicts(_expert(employments=(left,)), *host, on=on, years=2) == []
    typed_without_code = parse_relation("北京星河生物医药科技有限公司：近亲属")
    found = experts.conflicts(_expert(relations=(typed_without_code,)), *host, on=on, years=3)
    assert [c.code for c in found] == ["relative"] and "近亲属" in found[0].reason
    assert experts.conflicts(_expert(), *host, on=on, years=3) == []


def test_entries_officers_write() -> None:
    e = parse_employment("北京某某（集团）有限公司（12100000400000624D），2019年3月-2020年12月")
    assert (e.employer, e.uscc, e.started_on, e.ended_on) == (
        "北京某某（集团）有限公司",
        "12100000400000624D",
        dt.date(2019, 3, 1),
        dt.date(2020, 12, 31),
    )
    assert parse_employment("北京大学（北京），2010.9-至今").employer == "北京大学（北京）"
    for bad in (
        "某所",
        "某所，2018",
        "某所，2020.01-2019.12",
        "某所（12100000400000624X），2018.01-至今",
    ):
        with pytest.raises(EntryError):
            parse_employment(bad)


@given(
    name=st.text(alphabet="北京科技研究院大学中心有限公司", min_size=2, max_size=12),
    code=st.sampled_from(["", *VALID_USCC]),
    start=st.dates(dt.date(1980, 1, 1), dt.date(2030, 12, 1)),
    months=st.integers(0, 400) | st.none(),
)
def test_an_employment_written_back_reads_the_same(
    name: str, code: str, start: dt.date, months: int | None
) -> None:
    started = start.replace(day=1)
    if months is None:
        ended = None
    else:
        total = started.year * 12 + started.month - 1 + months
        year, month = divmod(total, 12)
        ended = parse_employment(f"x，{year}.{month + 1:02d}-{year}.{month + 1:02d}").ended_on
    entry = Employment(name, code, started, ended)
    assert parse_employment(employment_text(entry)) == entry


def test_a_current_past_employer_is_said_plainly() -> None:
    record = experts.ExpertRecord(
        id=1,
        name="周文",
        employer="",
        employer_uscc="",
        title="",
        fields=(),
        phone="",
        email="",
        active=True,
        pledge_signed_on=None,
        employments=(Employment("某某研究院", VALID_USCC[0], dt.date(2018, 7, 1), None),),
        relations=(),
    )
    (found,) = experts.conflicts(
        record, VALID_USCC[0], "某某研究院", on=dt.date(2026, 1, 1), years=3
    )
    assert found.reason == "在某某研究院任职，至今未离任"
