"""Annual summary forms out and back (issue 10): pre-filled per base, a unit's sheet of all its
bases, every check the intake makes, a filing again replacing the one before."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import select

from intlbase_desk import summaries
from intlbase_desk.models import SummarySubmission
from intlbase_desk.text import uscc
from intlbase_desk.workspace import Workspace
from tests.conftest import VALID_USCC, Ran
from tests.core.test_summaries import _base

VALUES = {
    "外方合作机构数": 12,
    "合作国别数": 5,
    "有效合作协议数": 8,
    "国际合作项目数": 6,
    "项目总经费（万元）": 320.5,
    "其中外方经费（万元）": 80,
    "来访外国专家人次": 40,
    "出访人次": 22,
    "引进外籍人才数": 3,
    "联合培养人数": 9,
    "主办承办国际会议场次": 2,
    "国际技术培训人次": 150,
    "国际合作论文数": 18,
    "国际专利申请数": 4,
    "国际专利授权数": 2,
    "技术转移项数": 7,
    "技术转移合同额（万元）": 560,
    "境外平台数": 1,
}


def _fill(path: Path, values: dict[str, object], texts: dict[str, str] | None = None) -> None:
    """What a base does with its form: the value column typed over, saved."""
    wb = openpyxl.load_workbook(path)
    sheet = wb["年度工作报表"]
    for row in range(6, sheet.max_row + 1):
        item = sheet.cell(row, 2).value
        if item in values:
            sheet.cell(row, 5).value = values[item]
        elif texts and item in texts:
            sheet.cell(row, 5).value = texts[item]
    wb.save(path)


@pytest.fixture
def year(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("INTLBASE_TODAY", "2025-12-10")
    _base(ws, "京西基地", "2022-06-01", VALID_USCC[0])
    _base(ws, "京东基地", "2022-06-01", VALID_USCC[1])
    summaries.open_campaign(ws, 2025)
    return 2025


def _forms(ws: Workspace, year: int, out: Path) -> dict[str, Path]:
    written = summaries.write_forms(ws, year, out)
    return {p.stem.split("-", 1)[1]: p for p in written.files}


def test_a_form_goes_out_comes_back_and_a_new_one_replaces_it(
    ws: Workspace, year: int, tmp_path: Path
) -> None:
    forms = _forms(ws, year, tmp_path / "out")
    assert set(forms) == {"京西基地", "京东基地"}
    book = openpyxl.load_workbook(forms["京西基地"])
    assert book["_keys"].sheet_state == "veryHidden" and book["年度工作报表"].protection.sheet
    renamed = forms["京西基地"].rename(tmp_path / "out" / "回传.xlsx")  # recognised all the same
    _fill(renamed, VALUES, {"相关经验": "与德方共建联合实验室"})
    checked = summaries.check_files(ws, year, [renamed])
    assert not checked.errors, checked.errors
    summaries.write_filings(ws, checked)
    board = {b.target.base_name: b for b in summaries.campaign_status(ws, year).bases}
    assert summaries.STATUSES[board["京西基地"].status] == "已提交"
    assert summaries.STATUSES[board["京东基地"].status] == "未提交"

    _fill(renamed, {**VALUES, "出访人次": 25})  # corrected and sent again
    again = summaries.check_files(ws, year, [renamed])
    assert summaries.write_filings(ws, again).written == 1
    assert summaries.write_filings(ws, summaries.check_files(ws, year, [renamed])).written == 0
    with ws.db.transaction() as session:
        filed = list(session.exec(select(SummarySubmission)))
    assert len(filed) == 2 and filed[0].replaced_by == filed[1].id  # the first stays, replaced
    assert json.loads(filed[1].values_json)["出访人次"] == 25
    assert json.loads(filed[1].texts_json)["相关经验"] == "与德方共建联合实验室"


def test_every_check_of_a_unit_sheet(ws: Workspace, year: int, tmp_path: Path) -> None:
    sheet = summaries.write_unit_sheet(ws, year, tmp_path / "汇总.xlsx")
    _base(ws, "后补基地", "2023-02-01", VALID_USCC[2])  # entered after the year was opened
    wb = openpyxl.load_workbook(sheet)
    data = wb["年度工作报表汇总"]
    headers = [c.value for c in data[1]]
    assert headers[:3] == ["统一社会信用代码", "基地名称", "外方合作机构数"]
    column = {h: i + 1 for i, h in enumerate(headers)}
    for row in (2, 3):
        for name, value in VALUES.items():
            data.cell(row, column[name]).value = value
    data.cell(2, column["合作国别数"]).value = None  # blank, not 0
    data.cell(2, column["出访人次"]).value = -1
    data.cell(2, column["引进外籍人才数"]).value = 2.5
    data.cell(3, column["其中外方经费（万元）"]).value = 400  # more than the whole 320.5
    data.append([VALID_USCC[2], "后补基地", *VALUES.values()])
    body = "91110108MA0123456"  # a valid code no host in the register has
    data.append([body + uscc.check_character(body), "无此基地", *VALUES.values()])
    wb.save(sheet)
    checked = summaries.check_files(ws, year, [sheet])
    codes = sorted((f.row, f.code) for f in checked.errors)
    assert codes == [
        (2, "blank_number"),
        (2, "negative"),
        (2, "not_integer"),
        (3, "part_exceeds_total"),
        (4, "not_expected"),
        (5, "unknown_base"),
    ]
    part = next(f for f in checked.errors if f.code == "part_exceeds_total")
    assert part.field == "其中外方经费（万元）" and part.value == "400"
    summaries.write_filings(ws, checked)
    assert all(b.status == "missing" for b in summaries.campaign_status(ws, year).bases)
    # Each base's form lists what the sheet said of its own row, after a note of the whole.
    targets = {t.base_name: t.id or 0 for t in summaries.campaign_targets(ws, year)}
    east = summaries.filing_detail(ws, year, targets["京东基地"])
    assert [(r.severity, r.code) for r in east.results] == [
        ("error", "file_refused"),
        ("error", "part_exceeds_total"),
    ]
    assert "有 6 处错误，整份未导入（其中 5 处在其他基地的行）" in east.results[0].message
    assert (
        east.refused_file == "汇总.xlsx"
        and east.results[1].where == "工作表“年度工作报表汇总”第 3 行"
    )
    west = summaries.filing_detail(ws, year, targets["京西基地"])
    assert [r.code for r in west.results][1:] == ["blank_number", "negative", "not_integer"]
    for row, values in ((2, VALUES), (3, VALUES)):  # corrected: both go in
        for name, value in values.items():
            data.cell(row, column[name]).value = value
    data.delete_rows(4, 2)
    wb.save(sheet)
    summaries.write_filings(ws, summaries.check_files(ws, year, [sheet]))
    east = summaries.filing_detail(ws, year, targets["京东基地"])
    assert east.results == [] and east.refused_file == "" and east.file_name == "汇总.xlsx"
    assert east.standing.status == "submitted" and len(east.history) == 1


def test_next_year_s_forms_carry_this_year_s_figures_and_notice_a_lazy_return(
    ws: Workspace,
    year: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cli: Callable[..., Ran],
) -> None:
    form = _forms(ws, year, tmp_path / "2025")["京西基地"]
    _fill(form, VALUES)
    summaries.write_filings(ws, summaries.check_files(ws, year, [form]))
    monkeypatch.setenv("INTLBASE_TODAY", "2026-12-10")
    summaries.open_campaign(ws, 2026)
    forms = _forms(ws, 2026, tmp_path / "2026")
    sheet = openpyxl.load_workbook(forms["京西基地"])["年度工作报表"]
    prefilled = {sheet.cell(r, 2).value: sheet.cell(r, 5).value for r in range(6, 24)}
    assert prefilled["技术转移合同额（万元）"] == 560  # last year's, to be corrected
    same = summaries.check_files(ws, 2026, [forms["京西基地"]])
    assert [w.code for w in same.warnings] == ["unchanged_prefill"]
    _fill(forms["京西基地"], {**VALUES, "国际技术培训人次": 20, "国际合作论文数": 60})
    changed = summaries.check_files(ws, 2026, [forms["京西基地"]])
    assert sorted(w.field for w in changed.warnings if w.code == "large_change") == [
        "国际合作论文数",  # 18 → 60: more than three times
        "国际技术培训人次",  # 150 → 20: under a third
    ]
    db = str(ws.db.path)
    ws.close()
    ran = cli("--db", db, "summaries", "import", str(tmp_path / "2026"), "--year", "2026", "--json")
    data = json.loads(ran.stdout)
    assert ran.returncode == 1  # 京东基地's form came back blank
    assert {f["code"] for f in data["errors"]} == {"blank_number"} and data["written"] == 1
    status = json.loads(cli("--db", db, "summaries", "status", "--year", "2026", "--json").stdout)
    errors = {b["base_name"]: (b["status"], b["errors"]) for b in status["bases"]}
    assert errors["京西基地"] == ("已提交", 0) and errors["京东基地"][0] == "未提交"
    assert errors["京东基地"][1] == 18
    shown = cli("--db", db, "summaries", "show", "--year", "2026", "--base", "京西基地", "--json")
    filed = json.loads(shown.stdout)
    said = " ".join(r["message"] for r in filed["results"])
    assert [r["code"] for r in filed["results"]] == ["large_change", "large_change"]
    assert "“国际合作论文数”为 60，上年为 18" in said and "“国际技术培训人次”为 20" in said
    assert {r["severity"] for r in filed["results"]} == {"warning"}  # kept with the filing
    figures = {f["item"]: (f["last_year"], f["this_year"]) for f in filed["figures"]}
    assert figures["国际合作论文数（篇）"] == ("18", "60")
    refused = cli("--db", db, "summaries", "show", "--year", "2026", "--base", VALID_USCC[1])
    lines = refused.stdout.splitlines()
    assert lines[0].startswith("京东基地") and "未提交" in lines[0]
    assert "错误：文件“2026年度工作报表-京东基地.xlsx”有 18 处错误，整份未导入" in refused.stdout
    assert sum("没有填写；没有的请填 0" in line for line in lines) == 18


def test_a_form_filled_and_saved_by_libreoffice_comes_back_with_the_same_numbers(
    ws: Workspace, year: int
) -> None:
    """The fixture is 京西基地's form as this app wrote it for the year built here (the
    ``year`` fixture), filled with VALUES and saved again by LibreOffice Calc."""
    path = Path(__file__).parents[1] / "fixtures" / "sheets" / "summary_form_libreoffice.xlsx"
    checked = summaries.check_files(ws, year, [path])
    assert not checked.errors, checked.errors
    (filing,) = checked.filings
    assert filing.target.base_name == "京西基地" and filing.source == "form"
    assert filing.values == {k: float(v) for k, v in VALUES.items()}
    assert filing.texts["相关经验"] == "与德方共建联合实验室"


def test_a_year_summed_up_with_last_year_beside_it(
    ws: Workspace,
    year: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cli: Callable[..., Ran],
) -> None:
    forms = _forms(ws, year, tmp_path / "2025")
    _fill(forms["京西基地"], VALUES)
    _fill(forms["京东基地"], {**VALUES, "合作国别数": 9})
    summaries.write_filings(ws, summaries.check_files(ws, year, list(forms.values())))
    monkeypatch.setenv("INTLBASE_TODAY", "2026-12-10")
    summaries.open_campaign(ws, 2026)
    forms = _forms(ws, 2026, tmp_path / "2026")
    _fill(forms["京西基地"], {**VALUES, "合作国别数": 7})
    summaries.write_filings(ws, summaries.check_files(ws, 2026, [forms["京西基地"]]))
    (countries,) = [s for s in summaries.year_statistics(ws, 2025) if s.indicator == "合作国别数"]
    assert (countries.bases, countries.total, countries.median) == (2, 14, 7)  # 5 and 9
    (now,) = [s for s in summaries.year_statistics(ws, 2026) if s.indicator == "合作国别数"]
    assert (now.bases, now.total, now.last_total, now.change) == (1, 7, 14, "-50.0%")
    by_district = summaries.year_statistics(ws, 2025, "district")
    assert {s.group for s in by_district} == {"海淀区"}  # both hosts are in 海淀区
    by_type = summaries.year_statistics(ws, 2025, "type")
    assert {s.group for s in by_type} == {ws.profile.base_types[0].name}
    db = str(ws.db.path)
    ws.close()
    out = tmp_path / "统计.xlsx"
    ran = cli("--db", db, "summaries", "stats", "--year", "2025", "--by", "type", str(out))
    assert ran.returncode == 0 and out.exists()
    header = [c.value for c in openpyxl.load_workbook(out).active[1]]
    assert header == ["分组", "指标", "单位", "报送基地数", "合计", "中位数", "上年合计", "同比"]
    data = json.loads(cli("--db", db, "summaries", "stats", "--year", "2026", "--json").stdout)
    assert any(r["indicator"] == "合作国别数" and r["change"] == "-50.0%" for r in data["rows"])


def test_documents_are_kept_with_their_hash_once_and_come_back_whole(
    ws: Workspace, year: int, tmp_path: Path
) -> None:
    from intlbase_desk.infra.errors import UserError

    target = summaries.campaign_targets(ws, year)[0]
    document = tmp_path / "2025年度工作总结.pdf"
    document.write_bytes(b"%PDF-1.4 " + "国际合作".encode() * 100)
    assert summaries.attach(ws, year, target.id or 0, document)
    assert not summaries.attach(ws, year, target.id or 0, document)  # the same file again
    (kept,) = summaries.list_attachments(ws, year, target.id)
    assert kept.sha256 == hashlib.sha256(document.read_bytes()).hexdigest()
    back = summaries.save_attachment(ws, kept.id, tmp_path / "out.pdf")
    assert back.read_bytes() == document.read_bytes()
    empty = tmp_path / "空.docx"
    empty.write_bytes(b"")
    with pytest.raises(UserError, match="是空文件"):
        summaries.attach(ws, year, target.id or 0, empty)
    with pytest.raises(UserError, match="不是可以附上的文件"):
        summaries.attach(ws, year, target.id or 0, tmp_path / "程序.exe")


FIXTURES = Path(__file__).parents[1] / "fixtures" / "sheets"


def test_fixtures_with_every_error_code_as_another_program_saved_them(
    ws: Workspace, year: int
) -> None:
    """京西基地's form as this app wrote it for the ``year`` fixture's year, filled with a blank, a
    negative, a fraction of a count and a part over its whole, re-saved by LibreOffice Calc; and
    the unit sheet for that year, filled for both bases, a base entered after the year was opened
    and a host the register does not have, saved by LibreOffice as .ods."""
    _base(ws, "后补基地", "2023-02-01", VALID_USCC[2])
    form = FIXTURES / "summary_form_errors_libreoffice.xlsx"
    sheet = FIXTURES / "summary_unit_sheet_errors.ods"
    checked = summaries.check_files(ws, year, [form, sheet])
    found = sorted((f.file, f.row, f.field, f.code) for f in checked.errors)
    assert found == [
        (form.name, 7, "合作国别数", "blank_number"),
        (form.name, 11, "其中外方经费（万元）", "part_exceeds_total"),
        (form.name, 13, "出访人次", "negative"),
        (form.name, 14, "引进外籍人才数", "not_integer"),
        (sheet.name, 2, "出访人次", "negative"),
        (sheet.name, 2, "合作国别数", "blank_number"),
        (sheet.name, 3, "其中外方经费（万元）", "part_exceeds_total"),
        (sheet.name, 3, "引进外籍人才数", "not_integer"),
        (sheet.name, 4, "uscc", "not_expected"),
        (sheet.name, 5, "uscc", "unknown_base"),
    ]
    assert summaries.write_filings(ws, checked).written == 0
    targets = {t.base_name: t.id or 0 for t in summaries.campaign_targets(ws, year)}
    west = summaries.filing_detail(ws, year, targets["京西基地"])
    # The last file naming it was the unit sheet: its note, then the two errors on its row.
    assert [r.code for r in west.results] == ["file_refused", "blank_number", "negative"]
    assert west.refused_file == sheet.name


def test_a_folder_check_reports_progress_and_stops_when_cancelled(
    ws: Workspace, year: int, tmp_path: Path
) -> None:
    import threading

    from intlbase_desk.infra.jobs import Cancelled

    forms = _forms(ws, year, tmp_path / "out")
    for form in forms.values():
        _fill(form, VALUES)
    paths = sorted(forms.values())
    cancel = threading.Event()
    seen: list[tuple[float, str]] = []

    def progress(fraction: float, message: str) -> None:
        seen.append((fraction, message))
        if len(seen) == 2:
            cancel.set()  # the officer presses 取消 while the second file is read

    with pytest.raises(Cancelled):
        summaries.check_files(ws, year, paths, progress, cancel)
    assert [f for f, _ in seen] == [0.0, 0.5] and "（2/2）" in seen[1][1]
    assert all(b.status == "missing" for b in summaries.campaign_status(ws, year).bases)
    checked = summaries.check_files(ws, year, paths, progress)
    assert len(checked.filings) == 2
