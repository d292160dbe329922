"""Templates for districts, exports and error reports: the .xlsx files the app writes."""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path

import openpyxl
import pytest

from intlbase_desk import exchange, register, sheets
from intlbase_desk.exchange.schemas import RECOMMENDATION, REGISTER
from intlbase_desk.infra.errors import UserError
from intlbase_desk.workspace import Workspace

SHEETS = Path(__file__).resolve().parents[1] / "fixtures" / "sheets"


def test_recommendation_template(ws: Workspace, tmp_path: Path) -> None:
    path = exchange.write_district_template(tmp_path / "t.xlsx", RECOMMENDATION, ws.profile)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["填表说明", "推荐汇总表", "_lists"]
    assert wb["_lists"].sheet_state == "hidden"
    sheet = wb["推荐汇总表"]
    headers = [c.value for c in sheet[1]]
    assert headers == [f.label for f in RECOMMENDATION.fields]
    assert sheet.freeze_panes == "A2" and sheet.protection.sheet
    assert sheet["A1"].protection.locked and not sheet["A2"].protection.locked
    uscc = headers.index("统一社会信用代码") + 1
    assert sheet.cell(row=2, column=uscc).number_format == "@"
    rules = {(v.type, v.formula1) for v in sheet.data_validations.dataValidation}
    assert ("list", "=_lists!$A$1:$A$4") in rules  # base types, from the hidden sheet
    assert ("textLength", "18") in rules
    types = [c.value for c in wb["_lists"]["A"] if c.value]
    assert types == [t.name for t in ws.profile.base_types]


def test_template_filled_in_comes_back_as_typed(ws: Workspace, tmp_path: Path) -> None:
    """Round trip: what a district types into the template is what the import reads."""
    path = exchange.write_district_template(tmp_path / "t.xlsx", REGISTER, ws.profile)
    wb = openpyxl.load_workbook(path)
    sheet = wb["基地名录"]
    headers = [c.value for c in sheet[1]]
    typed = {
        "单位名称": "北京星河生物医药科技有限公司",
        "统一社会信用代码": "91110108551385082Q",
        "单位性质": "企业",
        "所在区县": "海淀区",
        "基地名称": "星河生物医药国际联合研究中心",
        "基地类型": "国际联合研究中心",
        "认定日期": dt.datetime(2019, 3, 18),
        "证书编号": "京科国合〔2019〕第001号",
        "联系电话": "010-62345678",
    }
    for header, value in typed.items():
        sheet.cell(row=2, column=headers.index(header) + 1, value=value)
    wb.save(path)
    report = exchange.check_file(ws, path, REGISTER)
    assert (report.sheet.name, report.header_row, len(report.rows), report.errors) == (
        "基地名录",
        1,
        1,
        [],
    )
    values = report.rows[0].values
    assert values["org_name"] == typed["单位名称"] and values["uscc"] == typed["统一社会信用代码"]
    assert values["base_type"] == "joint_research_center"
    assert values["recognized_on"] == dt.date(2019, 3, 18)
    assert values["cert_no"] == "京科国合〔2019〕第001号" and values["phone"] == "010-62345678"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_formulas_never_survive_an_export(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"x{suffix}"
    columns = [
        sheets.TableColumn("名称"),
        sheets.TableColumn("代码", "code"),
        sheets.TableColumn("日期", "date"),
    ]
    rows = [
        ['=HYPERLINK("http://x")', "0012", dt.date(2025, 3, 18)],
        ["+1+1", "-2", None],
        ["@SUM(A1)", "\tx", None],
    ]
    sheets.write_table(path, columns, rows)
    if suffix == ".csv":
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        text = raw.decode("utf-8-sig")
        assert "'=HYPERLINK" in text and "'+1+1" in text and "'@SUM" in text
        return
    wb = openpyxl.load_workbook(path)
    sheet = wb.active
    assert sheet["A2"].data_type == "s" and sheet["A2"].value.startswith("=HYPERLINK")
    assert sheet["A3"].data_type == "s" and sheet["B3"].data_type == "s"
    assert sheet["B2"].value == "0012" and sheet["B2"].number_format == "@"
    assert (
        sheet["C2"].value == dt.datetime(2025, 3, 18) and sheet["C2"].number_format == "yyyy-mm-dd"
    )
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:C4"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_failed_export_leaves_the_old_file_and_no_debris(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"名录{suffix}"
    path.write_bytes(b"the officer's earlier export")
    columns = [sheets.TableColumn("名称")]

    def rows():
        yield ["甲"]
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(UserError, match=f"磁盘空间不足，无法写入 {path}") as refused:
        sheets.write_table(path, columns, rows())
    assert "No space" not in str(refused.value)
    assert path.read_bytes() == b"the officer's earlier export"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert sheets.write_table(path, columns, [["甲"], ["乙"]]) == 2
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_register_export_follows_the_view(ws: Workspace, tmp_path: Path) -> None:

    register.fill_demo(ws, bases=40)
    path = tmp_path / "名录.xlsx"
    count = exchange.export_register(ws, path, register.BaseFilter(base_type="innovation_park"))
    sheet = openpyxl.load_workbook(path).active
    assert count == sheet.max_row - 1 and count > 0
    assert {sheet.cell(row=r, column=2).value for r in range(2, count + 2)} == {"国际创新园"}
    assert sheet.cell(row=2, column=4).number_format == "@"


def test_error_report_marks_the_districts_own_cells(ws: Workspace, tmp_path: Path) -> None:
    source = SHEETS / "messy_recommendation.xls"
    report = exchange.check_file(ws, source, RECOMMENDATION)
    path = exchange.write_error_report(tmp_path / "退回.xlsx", report)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["检查结果", "推荐表"]
    sheet = wb["推荐表"]
    assert sheet["A1"].value == "西城区2025年度国际科技合作基地推荐汇总表"
    bad_code = sheet["C7"]  # row 7, the credit code column
    assert bad_code.fill.fgColor.rgb.endswith(sheets.ERROR_FILL)
    assert "校验位" in bad_code.comment.text
    warned = sheet["M12"]  # the email of row 12
    assert warned.fill.fgColor.rgb.endswith(sheets.WARNING_FILL)
    assert sheet["C4"].comment is None  # a clean cell stays clean
    summary = [r for r in wb["检查结果"].iter_rows(min_row=6, values_only=True)]
    assert len(summary) == len(report.errors) + len(report.warnings)


def test_a_control_character_is_cleaned_with_a_warning_and_every_writer_copes(
    ws: Workspace, tmp_path: Path
) -> None:
    """A vertical tab pasted from Word: the import warns and cleans it; exports and the error
    report (which write the sheet as it was read) do not fail on it."""
    import csv

    path = tmp_path / "名录.csv"
    path.write_text(
        "单位名称,统一社会信用代码,基地名称,基地类型,备注\n"
        "北京星河生物医药科技有限公司,91110108551385082Q,星河生物医药\x0b国际联合研究中心,"
        "国际联合研究中心,第一行\x0b第二行\x01\n",
        encoding="utf-8",
    )
    report = exchange.check_file(ws, path, REGISTER)
    assert {w.code for w in report.warnings} == {"control_character"}
    assert report.rows[0].values["base_name"] == "星河生物医药 国际联合研究中心"
    exchange.write_error_report(tmp_path / "退回.xlsx", report)
    openpyxl.load_workbook(tmp_path / "退回.xlsx")
    exchange.import_report(ws, report, REGISTER)
    assert exchange.export_register(ws, tmp_path / "名录.xlsx") == 1
    exchange.export_register(ws, tmp_path / "名录-导出.csv")
    with (tmp_path / "名录-导出.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[1][0] == "星河生物医药 国际联合研究中心"
    written = sheets.write_table(
        tmp_path / "x.xlsx", [sheets.TableColumn("备注")], [["第一行\x0b第二行\x01"]]
    )
    assert written == 1
    cell = openpyxl.load_workbook(tmp_path / "x.xlsx").active["A2"].value
    assert cell == "第一行 第二行"


def test_csv_quotes_every_cell_and_files_get_normal_permissions(
    ws: Workspace, tmp_path: Path
) -> None:
    import os
    import stat

    register.fill_demo(ws, bases=3)
    out = tmp_path / "名录.csv"
    exchange.export_register(ws, out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert all(line.startswith('"') and line.endswith('"') for line in lines)
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask
