"""The 专家库 section: an expert entered in the form, a list imported, an expert made inactive."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from intlbase_desk import experts
from intlbase_desk.ui.experts.expert_form import ExpertForm
from intlbase_desk.ui.experts.experts_page import ExpertsPage
from intlbase_desk.ui.experts.import_dialog import ExpertsImportDialog
from intlbase_desk.ui.main_window import MainWindow
from tests.conftest import VALID_USCC
from tests.gui.conftest import type_ime

LIST = Path(__file__).resolve().parents[1] / "fixtures" / "sheets" / "experts_list.xlsx"


def _names(page: ExpertsPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def _import(qtbot, window: MainWindow, drive, monkeypatch, path: Path) -> ExpertsImportDialog:  # type: ignore[no-untyped-def]
    from intlbase_desk.ui.shell import file_dialogs

    monkeypatch.setattr(file_dialogs, "ask_open_path", lambda *_: path)
    shown: list[ExpertsImportDialog] = []

    def confirm(dialog: ExpertsImportDialog) -> bool:
        shown.append(dialog)
        dialog.setProperty("before", dialog.summary.text())  # what the officer read first
        if dialog.import_button.isEnabled():
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10000)
        return True

    drive(confirm)
    page = window.experts.show()
    page.act_import.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    return shown[0]


def test_an_expert_entered_in_the_form_with_its_checks(qtbot, window: MainWindow, drive) -> None:  # type: ignore[no-untyped-def]
    assert window.experts.page is None  # built when first shown
    page = window.experts.show()
    assert _names(page) == []

    def fill(form: ExpertForm) -> bool:
        type_ime(form.editors["name"], "孙丽")
        form.editors["employer_uscc"].setFocus()
        qtbot.keyClicks(form.editors["employer_uscc"], VALID_USCC[3][:-1] + "X")
        form.editors["employer_uscc"].textEdited.emit("")
        type_ime(form.editors["relations"], "北京星河（91110108551385082Q）：朋友")
        assert not form.try_save()
        assert "校验位" in form.errors["employer_uscc"].text()
        assert "“朋友”不是可识别的关系" in form.errors["relations"].text()
        form.editors["employer_uscc"].setText(VALID_USCC[3])
        form.set_value("relations", "北京星河（91110108551385082Q）：持股")
        return form.try_save()

    drive(fill)
    page.act_new.trigger()
    assert _names(page) == ["孙丽"]
    (sun,) = experts.load_experts(window.ws)
    assert [r.relation for r in sun.relations] == ["shares"]


def test_a_list_imported_then_an_expert_made_inactive(
    qtbot,
    window: MainWindow,
    drive,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    dialog = _import(qtbot, window, drive, monkeypatch, LIST)
    assert "导入将新增 4 位专家" in dialog.property("before")
    assert dialog.imported is not None and dialog.imported.added == 4
    page = window.experts.page
    assert page is not None
    assert sorted(_names(page)) == sorted(["王立新", "李春燕", "陈思"])  # active ones
    page.state.setCurrentIndex(page.state.findData(False))
    assert _names(page) == ["赵明远"]
    page.state.setCurrentIndex(page.state.findData(True))
    page.search.setText("生命科学")
    assert _names(page) == ["陈思"]
    page.table.selectRow(0)
    from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "本人退休"))
    assert page.act_active.text() == "停用…"
    page.act_active.trigger()
    assert _names(page) == []
    chen = next(e for e in experts.load_experts(window.ws) if e.name == "陈思")
    assert not chen.active


def test_a_list_with_errors_is_listed_and_not_imported(
    qtbot,
    window: MainWindow,
    drive,
    monkeypatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    bad = tmp_path / "专家.xlsx"
    shutil.copy(LIST, bad)
    book = openpyxl.load_workbook(bad)
    book.active["J5"] = "某某公司：朋友"
    book.save(bad)
    dialog = _import(qtbot, window, drive, monkeypatch, bad)
    assert not dialog.import_button.isEnabled()
    assert any("“朋友”不是可识别的关系" in m for m in dialog.findings.messages())
    assert "整份导入" in dialog.summary.text() or "改正" in dialog.summary.text()
    assert experts.load_experts(window.ws) == []


def test_an_edit_is_undoable(qtbot, window: MainWindow, drive) -> None:  # type: ignore[no-untyped-def]
    added = experts.add_expert(window.ws, {"name": "周文", "title": "研究员"})
    page = window.experts.show()
    page.model.refresh()
    page.table.selectRow(0)

    def retitle(form: ExpertForm) -> bool:
        form.editors["title"].setText("正高级工程师")
        form.editors["title"].textEdited.emit("正高级工程师")
        return form.try_save()

    drive(retitle)
    page.act_edit.trigger()
    assert experts.expert_form_values(window.ws, added.id)["title"] == "正高级工程师"
    window.shell.undo_action.trigger()
    assert experts.expert_form_values(window.ws, added.id)["title"] == "研究员"


def test_deactivating_an_expert_seated_on_an_open_panel_says_the_seat_is_kept(
    qtbot,
    window: MainWindow,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from intlbase_desk import evaluations
    from intlbase_desk.ui.shell import messages
    from intlbase_desk.ui.shell.reason_dialog import ReasonDialog
    from tests.core.test_scores import _round

    round_id = _round(window.ws, targets=1, panel=3)
    members = evaluations.round_draws(window.ws, round_id)[0][1]
    seated = next(e for e in experts.load_experts(window.ws) if e.id == members[0].expert_id)
    told: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, text: told.append(text))
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "本人退休"))
    page = window.experts.show()
    page.search.setText(seated.name)
    qtbot.waitUntil(lambda: _names(page) == [seated.name], timeout=5000)
    page.table.selectRow(0)
    page.act_active.trigger()
    (said,) = told
    assert "组的评审专家" in said and "登记其不能参加" in said
    assert not next(e for e in experts.load_experts(window.ws) if e.id == seated.id).active
