"""Writing a checked sheet: one transaction, an import batch, idempotent, undoable as a whole."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from intlbase_desk import exchange, register
from intlbase_desk.cli import collect_stats
from intlbase_desk.exchange.schemas import RECOMMENDATION, REGISTER
from intlbase_desk.infra import audit
from intlbase_desk.infra.errors import UserError
from intlbase_desk.infra.paged_query import Sort
from intlbase_desk.models import Application, Base, ImportBatch, Organization
from intlbase_desk.workspace import Workspace
from tests.conftest import Ran, as_actor

SHEETS = Path(__file__).resolve().parents[1] / "fixtures" / "sheets"
REGISTER_CSV = (
    "单位名称,统一社会信用代码,单位性质,所在区县,基地名称,基地类型,认定日期,证书编号\n"
    "北京星河生物医药科技有限公司,91110108551385082Q,企业,海淀区,星河生物医药国际联合研究中心,"
    "国际联合研究中心,2019年3月18日,京科国合〔2019〕第001号\n"
    "北京安澜技术转移中心,91110000100017643K,科技中介,朝阳区,安澜国际技术转移服务机构,"
    "国际技术转移服务机构,2020.6,京科国合〔2020〕第002号\n"
)


def _count(ws: Workspace, model: type) -> int:
    with ws.db.reading() as conn:
        table = model.__table__  # type: ignore[attr-defined]
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def _write(ws: Workspace, path: Path, schema=RECOMMENDATION, **kw):  # type: ignore[no-untyped-def]
    report = exchange.check_file(ws, path, schema)
    return report, exchange.import_report(ws, report, schema, **kw)


def test_recommendation_becomes_applications_of_a_call(ws: Workspace) -> None:
    report, written = _write(
        as_actor(ws, "officer"), SHEETS / "recommendation_gbk.csv", call_year=2025
    )
    assert (written.written, written.skipped, report.written) == (2, 0, 2)
    with ws.db.transaction() as session:
        batch = session.get(ImportBatch, written.batch_id)
        assert batch is not None
        assert (batch.kind, batch.rows, batch.written, batch.actor) == (
            "recommendation",
            2,
            2,
            "officer",
        )
        source = (SHEETS / "recommendation_gbk.csv").read_bytes()
        assert batch.sha256 == hashlib.sha256(source).hexdigest()
        first = session.exec(sa.select(Application).order_by(Application.id)).scalars().first()
        assert (first.base_type, first.priority, first.source_row) == (
            "joint_research_center",
            1,
            2,
        )
        assert [e.action for e in audit.history(session, "application", first.id)] == ["create"]
    counts = collect_stats(ws)
    assert (counts["calls"], counts["applications"], counts["import_batches"]) == (1, 2, 1)


def test_importing_the_same_rows_again_changes_nothing(ws: Workspace) -> None:
    _write(ws, SHEETS / "recommendation_gbk.csv", call_year=2025)
    before = collect_stats(ws)
    _report, again = _write(ws, SHEETS / "recommendation_gbk.csv", call_year=2025)
    assert (again.batch_id, again.written, again.skipped) == (None, 0, 2)
    assert collect_stats(ws) == before
    _report, other_year = _write(ws, SHEETS / "recommendation_gbk.csv", call_year=2026)
    assert other_year.written == 2  # the natural key includes the call


def test_a_file_with_errors_writes_nothing(ws: Workspace) -> None:
    report = exchange.check_file(ws, SHEETS / "messy_recommendation.xlsx", RECOMMENDATION)
    with pytest.raises(UserError, match="错误"):
        exchange.import_report(ws, report, RECOMMENDATION)
    assert _count(ws, Application) == 0 and _count(ws, ImportBatch) == 0


def test_a_failure_half_way_leaves_no_trace(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """The applications are inserted, then writing their audit entries fails: nothing stays."""

    def disk_full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(audit, "record_created", disk_full)
    with pytest.raises(OSError):
        _write(ws, SHEETS / "recommendation_gbk.csv", call_year=2025)
    assert _count(ws, Application) == 0 and _count(ws, ImportBatch) == 0


def test_register_import_creates_hosts_and_searchable_bases(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "名录.csv"
    path.write_text(REGISTER_CSV, encoding="utf-8")
    _report, written = _write(ws, path, REGISTER)
    assert written.written == 2 and _count(ws, Organization) == 2
    with ws.db.reading() as conn:
        found = register.BASE_QUERY.page(
            conn, register.BaseFilter(text="安澜国际技术"), Sort(), 0, 10
        )
    base = register.get_base(ws, found[0].id)
    assert base.recognized_on.isoformat() == "2020-06-01"
    assert base.valid_until.isoformat() == "2023-06-01"  # BJ2016-14: three years
    assert base.status == "active" and base.import_batch_id == written.batch_id
    _report, again = _write(ws, path, REGISTER)
    assert again.written == 0


def test_undo_removes_the_batch_as_a_whole(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "名录.csv"
    path.write_text(REGISTER_CSV, encoding="utf-8")
    _report, written = _write(ws, path, REGISTER)
    assert written.batch_id is not None
    assert exchange.undo_import(as_actor(ws, "officer2"), written.batch_id).removed == 4
    assert _count(ws, Base) == 0 and _count(ws, Organization) == 0
    with ws.db.reading() as conn:
        assert (
            register.BASE_QUERY.page(conn, register.BaseFilter(text="安澜国际技术"), Sort(), 0, 10)
            == []
        )
    with pytest.raises(UserError, match="已于"):
        exchange.undo_import(ws, written.batch_id)
    listed = exchange.import_batches(ws)
    assert listed[0].undone_by == "officer2"


def test_undo_is_refused_once_a_record_was_edited(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "名录.csv"
    path.write_text(REGISTER_CSV, encoding="utf-8")
    _report, written = _write(ws, path, REGISTER)
    with ws.db.reading() as conn:
        base_id = conn.execute(sa.text("SELECT min(id) FROM base")).scalar_one()
    values = register.base_form_values(register.get_base(ws, base_id))
    register.update_base(ws, base_id, {**values, "leader": "赵磊"})
    with pytest.raises(UserError, match="已被修改"):
        exchange.undo_import(ws, written.batch_id)
    assert _count(ws, Base) == 2


def test_cli_import_exit_codes_and_json(tmp_path: Path, cli: Callable[..., Ran]) -> None:
    db = str(tmp_path / "r.sqlite3")
    assert cli("--db", db, "init", "--profile", "beijing-2016").returncode == 0
    dry = cli(
        "--db",
        db,
        "import",
        str(SHEETS / "recommendation_gbk.csv"),
        "--kind",
        "recommendation",
        "--dry-run",
        "--json",
    )
    assert dry.returncode == 0
    report = json.loads(dry.stdout)
    assert set(report) == {
        "file",
        "sheet",
        "header_row",
        "columns",
        "rows",
        "accepted",
        "written",
        "errors",
        "warnings",
        "call_year",
        "title_year",
        "earlier_batches",
        "batch",
        "left_out",
    }
    assert (report["rows"], report["accepted"], report["written"]) == (2, 2, 0)
    done = cli(
        "--db",
        db,
        "import",
        str(SHEETS / "recommendation_gbk.csv"),
        "--kind",
        "recommendation",
        "--call",
        "2025",
        "--json",
    )
    assert done.returncode == 0 and json.loads(done.stdout)["written"] == 2
    bad = cli(
        "--db",
        db,
        "import",
        str(SHEETS / "messy_recommendation.xls"),
        "--kind",
        "recommendation",
        "--json",
    )
    assert bad.returncode == 1
    errors = json.loads(bad.stdout)["errors"]
    assert {"row", "field", "column", "value", "code", "message"} == set(errors[0])
    broken = cli("--db", db, "import", str(SHEETS / "truncated.xlsx"), "--kind", "recommendation")
    assert broken.returncode == 2 and "Traceback" not in broken.stderr
    assert len(broken.stderr.strip().splitlines()) == 1
    stats = json.loads(cli("--db", db, "stats", "--json").stdout)
    assert (stats["applications"], stats["import_batches"], stats["calls"]) == (2, 1, 1)
    listed = cli("--db", db, "import-batches")
    assert "recommendation_gbk.csv" in listed.stdout
    assert cli("--db", db, "undo-import", "1").returncode == 0
    assert json.loads(cli("--db", db, "stats", "--json").stdout)["applications"] == 0


def test_cli_template_export_and_error_report(tmp_path: Path, cli: Callable[..., Ran]) -> None:
    import openpyxl

    db = str(tmp_path / "r.sqlite3")
    assert cli("--db", db, "init", "--profile", "chongqing-draft").returncode == 0
    template = tmp_path / "模板.xlsx"
    made = cli("--db", db, "template", "recommendation", str(template))
    assert made.returncode == 0
    types = [c.value for c in openpyxl.load_workbook(template)["_lists"]["A"] if c.value]
    assert "海外科技创新中心" in types  # CQ-2: the active profile's types
    out = tmp_path / "退回.xlsx"
    checked = cli(
        "--db",
        db,
        "import",
        str(SHEETS / "messy_recommendation.ods"),
        "--kind",
        "recommendation",
        "--dry-run",
        "--error-report",
        str(out),
    )
    assert checked.returncode == 1 and out.exists()
    exported = cli("--db", db, "export", "register", str(tmp_path / "名录.csv"))
    assert exported.returncode == 0
    assert (tmp_path / "名录.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_mapping_made_in_the_window_applies_on_the_command_line(
    ws: Workspace, cli: Callable[..., Ran]
) -> None:
    """The mapping is the database's, not the window's: a script checks a file as the window."""
    path = SHEETS / "messy_recommendation.xlsx"
    first = exchange.check_file(ws, path, RECOMMENDATION)
    assert "所在楼宇" in first.unmatched_columns and first.columns["remark"] == "备注"
    exchange.remember_mapping(
        as_actor(ws, "officer3"), RECOMMENDATION, first.header_cells, {"所在楼宇": "remark"}
    )
    assert ws.db.path is not None
    checked = cli(
        "--db",
        str(ws.db.path),
        "import",
        str(path),
        "--kind",
        "recommendation",
        "--dry-run",
        "--json",
    )
    assert json.loads(checked.stdout)["columns"]["remark"] == "所在楼宇"
    with ws.db.transaction() as session:
        [entry] = audit.history(session, "column_mapping", 1)
    assert (entry.actor, entry.action) == ("officer3", "create")


def test_a_file_with_errors_imports_only_its_valid_rows_when_asked(ws: Workspace) -> None:
    path = SHEETS / "messy_recommendation.xlsx"
    report = exchange.check_file(ws, path, RECOMMENDATION)
    assert report.errors and report.accepted
    with pytest.raises(UserError, match="只导入没有错误的行"):
        exchange.import_report(ws, report, RECOMMENDATION, call_year=2025)
    assert _count(ws, Application) == 0 and _count(ws, ImportBatch) == 0
    written = exchange.import_report(
        ws, report, RECOMMENDATION, call_year=2025, only_valid_rows=True
    )
    valid = {r.row for r in report.accepted}
    assert written.written == len(valid) and written.left_out == len(report.rows) - len(valid)
    with ws.db.reading() as conn:
        rows = set(conn.execute(sa.select(Application.__table__.c.source_row)).scalars())
    assert rows == valid  # every valid row, and not one row with an error
    batch = exchange.import_batches(ws)[0]
    assert (batch.rows, batch.accepted) == (len(report.rows), len(valid))  # recorded as partial
    exchange.undo_import(ws, batch.id)
    assert _count(ws, Application) == 0


def test_a_file_where_every_row_has_errors_writes_nothing(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "单位名称,统一社会信用代码,基地名称,基地类型\n某公司,123,某中心,国际联合研究中心\n",
        encoding="utf-8",
    )
    report = exchange.check_file(ws, path, RECOMMENDATION)
    assert report.rows and not report.accepted
    with pytest.raises(UserError, match="每一行都有错误"):
        exchange.import_report(ws, report, RECOMMENDATION, only_valid_rows=True)
    assert _count(ws, ImportBatch) == 0


def test_the_call_year_comes_from_the_sheets_title(
    ws: Workspace, tmp_path: Path, cli: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch
) -> None:
    messy = exchange.check_file(ws, SHEETS / "messy_recommendation.xlsx", RECOMMENDATION)
    assert exchange.title_year(messy) == 2025  # "西城区2025年度国际科技合作基地推荐汇总表"
    plain = exchange.check_file(ws, SHEETS / "recommendation_gbk.csv", RECOMMENDATION)
    assert exchange.title_year(plain) is None
    monkeypatch.setenv("INTLBASE_TODAY", "2026-12-02")
    db = str(tmp_path / "calls.sqlite3")
    assert cli("--db", db, "init", "--profile", "beijing-2016").returncode == 0
    args = ("--db", db, "import", "--kind", "recommendation", "--only-valid-rows", "--json")
    ran = cli(*args, str(SHEETS / "messy_recommendation.xlsx"))
    data = json.loads(ran.stdout)
    assert (data["call_year"], data["title_year"], data["left_out"]) == (2025, 2025, 6)
    assert ran.returncode == 1  # the file still had errors: scripts must know
    csv_run = json.loads(cli(*args, str(SHEETS / "recommendation_gbk.csv")).stdout)
    assert csv_run["call_year"] == 2026  # no year in the title: this year's call
    chosen = json.loads(cli(*args, "--call", "2024", str(SHEETS / "recommendation_gbk.csv")).stdout)
    assert chosen["call_year"] == 2024
    exported = tmp_path / "2025.csv"
    cli("--db", db, "export", "applications", "--call", "2025", str(exported))
    assert len(exported.read_text(encoding="utf-8-sig").splitlines()) == 1 + 2


def test_a_file_imported_before_is_named_before_the_second_import(
    ws: Workspace, tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    path = SHEETS / "recommendation_gbk.csv"
    report = exchange.check_file(ws, path, RECOMMENDATION)
    assert exchange.earlier_imports(ws, report.sha256) == []
    batch_id = exchange.import_report(ws, report, RECOMMENDATION, call_year=2025).batch_id
    again = exchange.check_file(ws, path, RECOMMENDATION)
    assert [b.id for b in exchange.earlier_imports(ws, again.sha256)] == [batch_id]
    db = str(ws.db.path)
    ws.close()
    dry = cli("--db", db, "import", "--kind", "recommendation", "--dry-run", str(path))
    assert "已于" in dry.stdout and f"批次 {batch_id}" in dry.stdout
    cli("--db", db, "undo-import", str(batch_id))
    dry = cli("--db", db, "import", "--kind", "recommendation", "--dry-run", str(path))
    assert "已于" not in dry.stdout  # an undone batch is not "already in"
    batches = cli("--db", db, "import-batches").stdout
    assert "\t推荐汇总表\t" in batches and "\trecommendation\t" not in batches
