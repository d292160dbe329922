"""The 年度总结 section: a year opened, forms out, a returned form imported, the board filtered,
a base's figures, a filing returned (issue 10)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog

from intlbase_desk import summaries
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.ui.shell import file_dialogs, messages
from intlbase_desk.ui.shell.reason_dialog import ReasonDialog
from intlbase_desk.ui.summaries.missing_dialog import MissingDialog
from intlbase_desk.workspace import Workspace, open_workspace
from tests.conftest import VALID_USCC
from tests.core.test_summaries import _base
from tests.core.test_summary_filings import VALUES, _fill


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    monkeypatch.setenv("INTLBASE_TODAY", "2025-12-10")
    ws = open_workspace(tmp_path / "summaries.sqlite3", create_profile="beijing-2016")
    _base(ws, "京西基地", "2022-06-01", VALID_USCC[0])
    _base(ws, "京东基地", "2022-06-01", VALID_USCC[1])
    yield ws
    ws.close()


def _board(page) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        page.board.item(r, 0).text(): page.board.item(r, 4).text()
        for r in range(page.board.rowCount())
    }


def test_a_year_from_opening_to_a_returned_filing_in_the_window(
    qtbot, desk: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    page = win.summaries.show()
    assert page.counts.text() == "还没有开启任何报告年度" and not page.act_import.isEnabled()
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2025, True))
    page.act_open.trigger()
    assert _board(page) == {"京西基地": "未提交", "京东基地": "未提交"}
    assert page.counts.text() == "未提交 2"

    out = tmp_path / "forms"
    monkeypatch.setattr(file_dialogs, "ask_folder", lambda *_a: out)
    page.act_forms.trigger()
    qtbot.waitUntil(lambda: len(list(out.glob("*.xlsx"))) == 2, timeout=20000)
    form = next(out.glob("*京西基地.xlsx"))
    _fill(form, VALUES)
    monkeypatch.setattr(file_dialogs, "ask_open_paths", lambda *_a: [form])
    page.act_import.trigger()
    qtbot.waitUntil(lambda: _board(page)["京西基地"] == "已提交", timeout=20000)

    status = page.filters["status"]
    status.setCurrentIndex(status.findData("submitted"))
    assert list(_board(page)) == ["京西基地"]
    page.board.selectRow(0)
    figures = {
        page.figures.item(r, 0).text(): page.figures.item(r, 2).text()
        for r in range(page.figures.rowCount())
    }
    assert figures["外方合作机构数（个）"] == "12" and figures["项目总经费（万元）"] == "320.5"
    status.setCurrentIndex(0)

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "缺少推荐单位盖章"))
    row = next(
        r for r in range(page.board.rowCount()) if page.board.item(r, 0).text() == "京西基地"
    )
    page.board.selectRow(row)
    page.act_return.trigger()
    assert _board(page)["京西基地"] == "退回修改"
    told: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, text: told.append(text))
    row = next(
        r for r in range(page.board.rowCount()) if page.board.item(r, 0).text() == "京西基地"
    )
    page.board.selectRow(row)
    assert page.board.item(row, 6).text() == "缺少推荐单位盖章"
    page.act_accept.trigger()
    assert told and "须重新报送" in told[0]

    shown: list[MissingDialog] = []

    def run(dialog: QDialog) -> bool:
        shown.append(dialog)  # type: ignore[arg-type]
        return True

    monkeypatch.setattr(win.shell, "run_dialog", run)
    page.act_missing.trigger()
    assert shown[0].table.rowCount() == 0 and not shown[0].revoke_button.isEnabled()
    assert summaries.campaign_status(desk, 2025).counts["returned"] == 1
    notices = tmp_path / "提醒.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_a: notices)
    page.act_remind.trigger()  # 京西基地 (returned) and 京东基地 still owe it
    qtbot.waitUntil(notices.exists, timeout=20000)
    assert notices.read_bytes().startswith(b"%PDF")


def test_the_year_summed_up_in_the_statistics_tab_and_exported(
    qtbot, desk: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    summaries.open_campaign(desk, 2025)
    (form,) = [
        p for p in summaries.write_forms(desk, 2025, tmp_path / "f").files if "京西" in p.name
    ]
    _fill(form, VALUES)
    summaries.write_filings(desk, summaries.check_files(desk, 2025, [form]))
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    page = win.summaries.show()
    page.tabs.setCurrentWidget(page.statistics)
    stats = page.statistics.table
    rows = {stats.item(r, 1).text(): stats.item(r, 4).text() for r in range(stats.rowCount())}
    assert rows["外方合作机构数"] == "12" and rows["项目总经费（万元）"] == "320.5"
    page.statistics.by.setCurrentIndex(page.statistics.by.findData("district"))
    assert {stats.item(r, 0).text() for r in range(stats.rowCount())} == {"海淀区"}
    exported = tmp_path / "统计.xlsx"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_a: exported)
    page.statistics.export_button.click()
    assert exported.exists()
    summaries.return_filing(desk, 2025, summaries.campaign_targets(desk, 2025)[0].id or 0, "缺章")
    win.shell.apply(summaries.CHANGED)
    assert stats.rowCount() == 0  # a returned filing is not counted


def test_a_document_attached_and_opened_from_the_board(
    qtbot, desk: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices

    summaries.open_campaign(desk, 2025)
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    page = win.summaries.show()
    document = tmp_path / "京西基地2025年度总结.docx"
    document.write_bytes(b"PK\x03\x04 a Word file")
    monkeypatch.setattr(file_dialogs, "ask_open_path", lambda *_a: document)
    page.board.selectRow(0)
    page.act_attach.trigger()
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (items[0], True))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    page.act_documents.trigger()
    assert opened and Path(opened[0]).read_bytes() == document.read_bytes()


def test_a_base_s_form_lists_every_check_result_of_its_latest_file(
    qtbot, desk: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    summaries.open_campaign(desk, 2025)
    forms = {p.stem.split("-", 1)[1]: p for p in summaries.write_forms(desk, 2025, tmp_path).files}
    _fill(forms["京西基地"], {**VALUES, "其中外方经费（万元）": 999})  # more than the whole
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    page = win.summaries.show()
    monkeypatch.setattr(messages, "warn", lambda *_a: None)
    page.import_paths(2025, [forms["京西基地"]])
    qtbot.waitUntil(
        lambda: page.status is not None and page.status.bases[0].errors > 0, timeout=20000
    )
    row = next(
        r for r in range(page.board.rowCount()) if page.board.item(r, 0).text() == "京西基地"
    )
    page.board.selectRow(row)
    panel = page.filing
    assert "未提交" in panel.heading.text()
    assert "2025年度工作报表-京西基地.xlsx" in panel.results_label.text()
    said = [panel.results.item(r, 2).text() for r in range(panel.results.rowCount())]
    assert said[0].endswith("有 1 处错误，整份未导入")
    assert "“其中外方经费（万元）”（999）大于“项目总经费（万元）”（320.5）" in said[1]
    assert panel.results.item(1, 0).text() == "错误" and "第" in panel.results.item(1, 1).text()
    assert panel.results.item(1, 0).background().color().name() == "#fce4d6"

    _fill(forms["京西基地"], VALUES)  # corrected and sent again
    page.import_paths(2025, [forms["京西基地"]])
    qtbot.waitUntil(lambda: "已提交" in panel.heading.text(), timeout=20000)
    assert panel.results.rowCount() == 0 and panel.results_label.text() == "没有检查提示。"


@pytest.mark.rule("IM-13")
def test_accepting_in_the_window_asks_for_the_unit_s_opinion_where_the_profile_wants_it(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from tests.core.test_summary_enforcement import _file

    monkeypatch.setenv("INTLBASE_TODAY", "2025-12-10")
    ws = open_workspace(tmp_path / "im.sqlite3", create_profile="inner-mongolia-trial")
    _base(ws, "草原基地", "2022-06-01", VALID_USCC[0])
    summaries.open_campaign(ws, 2025)
    _file(ws, 2025, "草原基地", tmp_path / "a")  # the form came back without the opinion
    win = MainWindow(ws)
    qtbot.addWidget(win)
    page = win.summaries.show()
    page.board.selectRow(0)
    asked: list[str] = []
    answers = iter([None, "同意报送。（据盖章纸质件录入）"])

    def ask(cls, title: str, prompt: str, parent=None):  # type: ignore[no-untyped-def]
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(ask))
    page.act_accept.trigger()  # cancelled: nothing decided
    assert _board(page) == {"草原基地": "已提交"} and "推荐单位" in asked[0]
    page.board.selectRow(0)
    page.act_accept.trigger()
    assert _board(page) == {"草原基地": "已审核"}
    (target,) = summaries.campaign_targets(ws, 2025)
    assert summaries.filing_detail(ws, 2025, target.id or 0).opinion.startswith("同意报送")
    win.close()
    ws.close()
