"""Reading district sheets as they really come, and checking them cell by cell."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace
from pathlib import Path

import pytest

from intlbase_desk import exchange, register, sheets
from intlbase_desk.exchange.schemas import RECOMMENDATION, REGISTER
from intlbase_desk.sheets import cells as cell_values
from intlbase_desk.sheets.reader import UnreadableFile
from intlbase_desk.workspace import Workspace
from tests.conftest import (
    SHARED,
    base_form,
    needs_shared,
    org_form,
    revoke_after_failed_re_evaluation,
)

SHEETS = Path(__file__).resolve().parents[1] / "fixtures" / "sheets"
SAMPLES = SHARED / "samples"
EXPECTED_ERRORS = [
    (7, "uscc", "uscc_checksum"),
    (8, "base_type", "unknown_type"),
    (9, "base_type", "duplicate_in_file"),
    (10, "base_name", "required"),
    (11, "uscc", "uscc_format"),
    (12, "priority", "bad_number"),
]


@pytest.mark.parametrize(
    "name", ["messy_recommendation.xlsx", "messy_recommendation.xls", "messy_recommendation.ods"]
)
def test_messy_district_sheet_in_every_format(ws: Workspace, name: str) -> None:
    report = exchange.check_file(ws, SHEETS / name, RECOMMENDATION)
    data = report.as_dict()
    # The instruction sheet is passed over, the hidden lookup sheet too; the header is found
    # under the merged title and the stamp line; the blank row and the signature lines are
    # not rows.
    assert (data["sheet"], data["header_row"], data["rows"], data["accepted"]) == (
        "推荐表",
        3,
        8,
        2,
    )
    assert [(e["row"], e["field"], e["code"]) for e in data["errors"]] == EXPECTED_ERRORS
    assert sorted((w["row"], w["code"]) for w in data["warnings"]) == [
        (12, "bad_email"),
        (12, "bad_phone"),
    ]
    assert report.unmatched_columns == ["所在楼宇"]
    first, second = report.rows[0].values, report.rows[1].values
    assert first["uscc"] == "91110108551385082Q" and first["phone"] == "13812345678"
    assert first["priority"] == 1 and first["base_type"] == "joint_research_center"
    assert second["uscc"] == "91440300708461136T" and second["priority"] == 2
    assert second["org_name"] == "深圳湾区精密仪器有限公司（北京分公司）"  # brackets kept
    number = next(e for e in data["errors"] if e["code"] == "uscc_format")
    assert "数字" in number["message"] and number["column"] == "统一社会信用代码\n（18位）"


def test_error_entries_carry_the_header_as_written(ws: Workspace) -> None:
    report = exchange.check_file(ws, SHEETS / "messy_recommendation.xlsx", RECOMMENDATION)
    unknown = next(e for e in report.errors if e.code == "unknown_type")
    assert (unknown.column, unknown.value) == ("申报类型", "国际孵化器")
    assert "国际创新园" in unknown.message


def test_gbk_csv_is_decoded(ws: Workspace) -> None:
    report = exchange.check_file(ws, SHEETS / "recommendation_gbk.csv", RECOMMENDATION)
    assert [r.values["org_name"] for r in report.rows] == [
        "北京星河生物医药科技有限公司",
        "北京安澜技术转移中心",
    ]


def test_dates_in_every_form(ws: Workspace) -> None:
    report = exchange.check_file(ws, SHEETS / "register_dates.xlsx", REGISTER)
    assert [r.values["recognized_on"] for r in report.rows] == [
        dt.date(2019, 3, 1),
        dt.date(2019, 3, 18),
        dt.date(2019, 3, 18),
        None,
    ]
    assert all(r.values["valid_until"] == dt.date(2022, 3, 18) for r in report.rows[:3])
    assert [(e.row, e.code) for e in report.errors] == [(5, "bad_date")]


@needs_shared("samples")
@pytest.mark.parametrize(
    ("name", "rows"),
    [("haidian_2025_recommendation.xlsx", 12), ("chaoyang_2025_recommendation.xls", 8)],
)
def test_the_shared_samples_are_clean(ws: Workspace, name: str, rows: int) -> None:
    report = exchange.check_file(ws, SAMPLES / name, RECOMMENDATION)
    assert (report.header_row, len(report.rows), len(report.accepted)) == (3, rows, rows)


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("corrupt.xlsx", "损坏"),
        ("truncated.xlsx", "损坏"),
        ("encrypted.xlsx", "加密"),
        ("zip_bomb.xlsx", "压缩炸弹"),
        ("entity_bomb.xlsx", "无法读取"),
    ],
)
def test_bad_files_are_refused_quickly(ws: Workspace, name: str, fragment: str) -> None:
    started = time.monotonic()
    with pytest.raises(UnreadableFile, match=fragment):
        exchange.check_file(ws, SHEETS / name, RECOMMENDATION)
    assert time.monotonic() - started < 5


def test_a_file_without_a_recognisable_header(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("会议纪要\n今天讨论了很多事情\n", encoding="utf-8")
    with pytest.raises(sheets.NoHeader, match="表头"):
        exchange.check_file(ws, path, RECOMMENDATION)


def test_manual_mapping_and_sheet_choice(ws: Workspace) -> None:
    report = exchange.check_file(
        ws,
        SHEETS / "messy_recommendation.xlsx",
        RECOMMENDATION,
        sheet="推荐表",
        mapping={"所在楼宇": "remark"},
    )
    assert report.unmatched_columns == ["备注"] and report.rows[0].values["remark"] == "A座"
    with pytest.raises(sheets.NoHeader, match="没有名为"):
        exchange.check_file(
            ws, SHEETS / "messy_recommendation.xlsx", RECOMMENDATION, sheet="不存在"
        )


@pytest.mark.rule("BJ2016-15")
def test_register_knowledge_banned_recognised_and_renamed(ws: Workspace) -> None:
    """BJ2016-15: a host whose base was revoked after a failed re-evaluation may not apply for
    three years."""
    org_id = register.add_organization(ws, org_form(name="北京星河生物医药有限公司")).id
    base_id = register.add_base(ws, base_form(org_id, recognized_on="2015-03-18")).id
    report = exchange.check_file(ws, SHEETS / "messy_recommendation.xlsx", RECOMMENDATION)
    codes = {(w.row, w.code) for w in report.warnings}
    assert {(4, "already_recognised"), (4, "name_mismatch")} <= codes
    recognised = next(w for w in report.warnings if w.code == "already_recognised")
    assert recognised.value == ws.profile.base_type("joint_research_center").name  # not the id
    revoke_after_failed_re_evaluation(ws, base_id, dt.date.today())
    report = exchange.check_file(ws, SHEETS / "messy_recommendation.xlsx", RECOMMENDATION)
    assert (4, "uscc", "banned") in {(e.row, e.field, e.code) for e in report.errors}


@pytest.mark.rule("BJ2016-16")
def test_a_revocation_under_article_16_starts_no_ban(ws: Workspace) -> None:
    """BJ2016-16 lists reasons to revoke and attaches no ban: the host may apply again."""
    org_id = register.add_organization(ws, org_form(name="北京星河生物医药有限公司")).id
    base_id = register.add_base(ws, base_form(org_id)).id
    register.change_status(
        ws, base_id, "revoked", on=dt.date.today(), reason="撤销", trigger="unit_terminated"
    )
    assert register.ban_until(ws, org_id) is None
    report = exchange.check_file(ws, SHEETS / "messy_recommendation.xlsx", RECOMMENDATION)
    assert "banned" not in {e.code for e in report.errors}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2019.3", dt.date(2019, 3, 1)),
        ("2019年3月18日", dt.date(2019, 3, 18)),
        ("2019/03/18", dt.date(2019, 3, 18)),
        ("２０１９－０３－１８", dt.date(2019, 3, 18)),
        (43542, dt.date(2019, 3, 18)),
        (43542.0, dt.date(2019, 3, 18)),
        ("2019年3月", dt.date(2019, 3, 1)),
    ],
)
def test_date_forms(raw: object, expected: dt.date) -> None:
    assert cell_values.date(raw) == expected


@pytest.mark.parametrize("raw", ["2019-13-45", "明年", "2019", -5])
def test_bad_dates(raw: object) -> None:
    with pytest.raises(cell_values.CellError) as caught:
        cell_values.date(raw)
    assert caught.value.code == "bad_date"


def test_values_normalised_only_where_safe() -> None:
    assert cell_values.code("１ ２３") == "123" and cell_values.code(1.0) == "1"
    assert cell_values.text(" 北京（海淀）有限公司 ") == "北京（海淀）有限公司"
    assert cell_values.number("３") == 3 and cell_values.number(2.0) == 2
    with pytest.raises(cell_values.CellError):
        cell_values.number(2.5)


def test_a_sheet_claiming_a_million_rows_costs_its_real_rows(ws: Workspace) -> None:
    started = time.monotonic()
    report = exchange.check_file(ws, SHEETS / "million_rows.xlsx", RECOMMENDATION)
    assert len(report.rows) == 2 and time.monotonic() - started < 2


def test_quota_per_unit_from_the_profile(ws: Workspace) -> None:
    strict = ws.profile.model_copy(update={"recommendation_quota_per_unit": 1})
    report = exchange.check_file(
        replace(ws, profile=strict), SHEETS / "messy_recommendation.xlsx", RECOMMENDATION
    )
    assert [(w.row, w.code) for w in report.warnings if w.code == "quota_exceeded"] == [
        (9, "quota_exceeded")
    ]
    plain = exchange.check_file(ws, SHEETS / "messy_recommendation.xlsx", RECOMMENDATION)
    assert not [w for w in plain.warnings if w.code == "quota_exceeded"]
