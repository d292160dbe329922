"""The import wizard driven as an officer would: file, check, mapping, preview, import."""

from __future__ import annotations

import errno
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from intlbase_desk import exchange
from intlbase_desk.cli import collect_stats
from intlbase_desk.ui.exchange import import_wizard
from intlbase_desk.ui.exchange.batches_dialog import BatchesDialog
from intlbase_desk.ui.exchange.import_wizard import ImportWizard
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.ui.shell import messages
from intlbase_desk.workspace import Workspace

SHEETS = Path(__file__).resolve().parents[1] / "fixtures" / "sheets"


@pytest.fixture
def wizard(qtbot, window: MainWindow) -> ImportWizard:  # type: ignore[no-untyped-def]
    dialog = ImportWizard(window.shell, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _check(qtbot, wizard: ImportWizard, path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard.path.setText(str(path))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1, timeout=10000)


def _preview_rows(wizard: ImportWizard) -> list[str]:
    model = wizard.preview_model
    return [model.verticalHeaderItem(r).text() for r in range(model.rowCount())]


def test_preview_marks_errors_and_warnings(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    _check(qtbot, wizard, SHEETS / "messy_recommendation.xlsx")
    assert wizard.sheet.currentText() == "推荐表"
    # Rows 4 and 9 also name a joint research centre the register already holds.
    assert wizard.counts.text() == "共 8 行，无误 2 行；错误 6 处，提醒 4 处"
    assert not wizard.import_button.isEnabled()
    model = wizard.preview_model
    headers = [model.horizontalHeaderItem(c).text() for c in range(model.columnCount())]
    row7 = _preview_rows(wizard).index("7")
    code = model.item(row7, headers.index("统一社会信用代码"))
    assert code.data(Qt.ItemDataRole.UserRole) == "error" and "校验位" in code.toolTip()
    row12 = _preview_rows(wizard).index("12")
    email = model.item(row12, headers.index("电子邮箱"))
    assert email.data(Qt.ItemDataRole.UserRole) == "warning"
    wizard.errors_only.setChecked(True)
    assert _preview_rows(wizard) == ["7", "8", "9", "10", "11", "12"]


def test_hand_mapping_is_applied_and_remembered(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    _check(qtbot, wizard, SHEETS / "messy_recommendation.xlsx")
    table = wizard.mapping
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "所在楼宇")
    combo = table.cellWidget(row, 1)
    assert isinstance(combo, QComboBox) and combo.currentData() == ""
    combo.setCurrentIndex(combo.findData("remark"))
    wizard.check(wizard.sheet.currentText())
    qtbot.waitUntil(
        lambda: wizard.report is not None and wizard.report.rows[0].values["remark"] == "A座",
        timeout=10000,
    )
    headers = wizard.report.header_cells
    remembered = exchange.remembered_mapping(wizard.ws, exchange.RECOMMENDATION, headers)
    assert remembered == {"所在楼宇": "remark"}


def test_import_a_clean_sheet_and_undo_the_batch(
    qtbot,
    window: MainWindow,
    wizard: ImportWizard,  # type: ignore[no-untyped-def]
    monkeypatch,
) -> None:
    wizard.call_year.setValue(2025)
    _check(qtbot, wizard, SHEETS / "recommendation_gbk.csv")
    assert wizard.import_button.isEnabled()
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=10000)
    assert "2 行" in wizard.summary.text()
    assert collect_stats(window.ws)["applications"] == 2
    monkeypatch.setattr(messages, "confirm", lambda *_: True)
    monkeypatch.setattr(messages, "info", lambda *_: None)
    dialog = BatchesDialog(window.shell, window)
    qtbot.addWidget(dialog)
    assert (
        dialog.table.rowCount() == 1 and dialog.table.item(0, 4).text() == "recommendation_gbk.csv"
    )
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert collect_stats(window.ws)["applications"] == 0
    assert dialog.table.item(0, 6).text() != ""


def test_export_error_report_from_the_wizard(
    qtbot, wizard: ImportWizard, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "退回.xlsx"
    monkeypatch.setattr(import_wizard, "ask_report_path", lambda *_: target)
    monkeypatch.setattr(messages, "info", lambda *_: None)
    _check(qtbot, wizard, SHEETS / "messy_recommendation.ods")
    qtbot.mouseClick(wizard.report_button, Qt.MouseButton.LeftButton)
    assert openpyxl.load_workbook(target).sheetnames == ["检查结果", "推荐表"]


def test_unreadable_file_is_a_message(qtbot, wizard: ImportWizard, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, text: warnings.append(text))
    wizard.path.setText(str(SHEETS / "zip_bomb.xlsx"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "压缩炸弹" in warnings[0] and wizard.pages.currentIndex() == 0


def test_templates_and_export_from_the_menu(
    qtbot,
    window: MainWindow,
    monkeypatch,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    seeded: Workspace,
) -> None:
    from intlbase_desk.ui.shell import file_dialogs

    targets = iter([tmp_path / "推荐模板.xlsx", tmp_path / "名录.xlsx"])
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: next(targets))
    window.exchange.act_template_recommendation.trigger()
    assert openpyxl.load_workbook(tmp_path / "推荐模板.xlsx").sheetnames[1] == "推荐汇总表"
    window.register.bases.filters.base_type.setCurrentIndex(
        window.register.bases.filters.base_type.findText("国际创新园")
    )
    window.exchange.act_export.trigger()
    sheet = openpyxl.load_workbook(tmp_path / "名录.xlsx").active
    assert sheet.max_row - 1 == window.register.bases.model.rowCount()
    assert {sheet.cell(row=r, column=2).value for r in range(2, sheet.max_row + 1)} == {
        "国际创新园"
    }


def test_export_a_calls_applications(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from intlbase_desk.exchange.schemas import RECOMMENDATION
    from intlbase_desk.ui.shell import file_dialogs

    source = SHEETS / "recommendation_gbk.csv"
    report = exchange.check_file(window.ws, source, RECOMMENDATION)
    exchange.import_report(window.ws, report, RECOMMENDATION, call_year=2024)
    monkeypatch.setattr(file_dialogs, "ask_year", lambda *_: 2024)
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: tmp_path / "申报.csv")
    window.exchange.act_export_applications.trigger()
    text = (tmp_path / "申报.csv").read_text(encoding="utf-8-sig")
    assert "北京安澜技术转移中心" in text and "国际联合研究中心" in text


def test_a_failed_export_says_why_and_keeps_the_old_file(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from intlbase_desk.ui.shell import file_dialogs, messages

    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "名录.xlsx"
    target.write_bytes(b"earlier export")
    warnings: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, text: warnings.append(text))
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: target)
    window.statusBar().clearMessage()

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("openpyxl.Workbook.save", full_disk)
    window.exchange.act_export.trigger()
    assert len(warnings) == 1 and warnings[0].startswith(f"磁盘空间不足，无法写入 {target}")
    assert window.statusBar().currentMessage() == ""
    assert target.read_bytes() == b"earlier export"
    assert [p.name for p in folder.iterdir()] == [target.name]

    monkeypatch.undo()
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: target)
    window.exchange.act_export.trigger()
    assert "已导出" in window.statusBar().currentMessage()
    assert (
        openpyxl.load_workbook(target).active.max_row == window.register.bases.model.rowCount() + 1
    )


def test_a_mapping_kept_in_the_settings_moves_into_the_database(
    qtbot, wizard: ImportWizard
) -> None:  # type: ignore[no-untyped-def]
    """Before schema 6 the window kept hand mappings in its settings: they are not lost."""
    import hashlib

    from intlbase_desk.ui.shell.settings import settings

    headers = ["序号", "依托单位名称", "统一社会信用代码\n（18位）", "单位类型", "基地名称"]
    headers += ["申报类型", "技术领域", "合作国别", "外方合作机构", "负责人", "联系人", "手机"]
    headers += ["Email", "推荐部门", "备注", "所在楼宇"]
    digest = hashlib.sha1("\x1f".join(headers).encode("utf-8")).hexdigest()[:16]
    settings().setValue(f"import/mappings/{digest}", '{"所在楼宇": "remark"}')
    _check(qtbot, wizard, SHEETS / "messy_recommendation.xlsx")
    assert wizard.report is not None and wizard.report.header_cells == headers
    assert wizard.report.rows[0].values["remark"] == "A座"
    remembered = exchange.remembered_mapping(wizard.ws, exchange.RECOMMENDATION, headers)
    assert remembered == {"所在楼宇": "remark"}
    assert settings().value(f"import/mappings/{digest}") is None


def test_a_recheck_reads_the_bytes_already_read(qtbot, wizard: ImportWizard, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """What is imported is what was checked; 检查 on the first page reads the file again."""
    import shutil

    path = tmp_path / "推荐.csv"
    shutil.copy(SHEETS / "recommendation_gbk.csv", path)
    _check(qtbot, wizard, path)
    first = wizard.report
    assert first is not None and len(first.rows) == 2
    path.write_bytes(path.read_bytes().splitlines(keepends=True)[0])  # the district empties it
    wizard.check(wizard.sheet.currentText(), again=True)
    qtbot.waitUntil(lambda: wizard.report is not first, timeout=10000)
    assert len(wizard.report.rows) == 2 and wizard.report.sha256 == first.sha256
    wizard.pages.setCurrentIndex(0)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report.sha256 != first.sha256, timeout=10000)
    assert wizard.report.rows == []


def test_every_finding_is_listed_under_the_preview(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    _check(qtbot, wizard, SHEETS / "messy_recommendation.xlsx")
    report = wizard.report
    assert report is not None
    listed = wizard.findings.messages()
    assert sorted(listed) == sorted(f.message for f in report.errors + report.warnings)
    assert wizard.findings.isVisible()
    first_error = next(
        r for r in range(wizard.findings.rowCount()) if wizard.findings.item(r, 2).text() == "错误"
    )
    wizard.findings.selectRow(first_error)
    sheet_row = wizard.findings.item(first_error, 0).text()
    selected = wizard.preview.selectionModel().selectedRows()
    assert [wizard.preview_model.verticalHeaderItem(i.row()).text() for i in selected] == [
        sheet_row
    ]


def test_the_call_year_is_proposed_from_the_title_unless_set_by_hand(
    qtbot, wizard: ImportWizard, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("INTLBASE_TODAY", "2026-12-02")
    _check(qtbot, wizard, SHEETS / "messy_recommendation.xlsx")
    assert wizard.call_year.value() == 2025
    assert wizard.call_note.text() == "申报批次：2025年度（取自表格标题）"
    wizard.pages.setCurrentIndex(0)
    wizard.call_year.lineEdit().selectAll()
    qtbot.keyClicks(wizard.call_year.lineEdit(), "2024")
    _check(qtbot, wizard, SHEETS / "messy_recommendation.xlsx")
    assert wizard.call_year.value() == 2024
    assert "您指定" in wizard.call_note.text() and "2025" in wizard.call_note.text()


def test_import_only_the_valid_rows_then_send_the_rest_back(
    qtbot, window: MainWindow, wizard: ImportWizard, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, text: asked.append(text) or True)
    monkeypatch.setattr(messages, "info", lambda *_: None)
    _check(qtbot, wizard, SHEETS / "messy_recommendation.xlsx")
    assert not wizard.import_button.isEnabled()
    assert wizard.import_valid_button.isVisible()
    assert wizard.import_valid_button.text() == "只导入无错误的 2 行"
    qtbot.mouseClick(wizard.import_valid_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=10000)
    assert "有 6 行存在错误" in asked[0]
    assert collect_stats(window.ws)["applications"] == 2
    assert "有错误的 6 行未导入" in wizard.summary.text()
    target = tmp_path / "退回.xlsx"
    monkeypatch.setattr(import_wizard, "ask_report_path", lambda *_: target)
    assert wizard.done_report_button.isVisible()
    qtbot.mouseClick(wizard.done_report_button, Qt.MouseButton.LeftButton)
    assert openpyxl.load_workbook(target)["检查结果"].max_row > 6


def test_a_file_already_imported_is_named_before_importing_it_again(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    first = ImportWizard(window.shell, window)
    qtbot.addWidget(first)
    first.show()
    _check(qtbot, first, SHEETS / "recommendation_gbk.csv")
    assert not first.notice.isVisible()
    qtbot.mouseClick(first.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.pages.currentIndex() == 2, timeout=10000)
    second = ImportWizard(window.shell, window)
    qtbot.addWidget(second)
    second.show()
    _check(qtbot, second, SHEETS / "recommendation_gbk.csv")
    assert second.notice.isVisible()
    batch = first.written.batch_id if first.written else None
    assert (
        f"（批次 {batch}）" in second.notice.text()
        and "已在库中的行都会跳过" in second.notice.text()
    )


def test_file_dialogs_are_titled_in_chinese(qtbot, wizard: ImportWizard, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    titles: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda _p, title, *_a: titles.append(title) or ("", "")),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda _p, title, *_a: titles.append(title) or ("", "")),
    )
    import_wizard.ask_report_path(wizard, SHEETS / "messy_recommendation.xlsx")
    wizard._browse()
    assert titles == ["保存错误报告", "选择区县报送的文件"], titles
