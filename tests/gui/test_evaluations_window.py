"""The 评估 section: a round opened, a panel drawn, paper sheets typed, results, conclusion."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from intlbase_desk import evaluations, experts, register
from intlbase_desk.ui.evaluations.round_dialogs import ConcludeDialog, DrawDialog, OpenRoundDialog
from intlbase_desk.ui.evaluations.score_grid import ScoreGrid
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.ui.shell.reason_dialog import ReasonDialog
from intlbase_desk.workspace import Workspace, open_workspace
from tests.conftest import VALID_USCC, base_form, org_form
from tests.gui.conftest import activate


@pytest.fixture
def desk(tmp_path: Path) -> Workspace:
    ws = open_workspace(tmp_path / "evaluations.sqlite3", create_profile="beijing-2016")
    for i, uscc in enumerate(VALID_USCC[:2]):
        org = register.add_organization(ws, org_form(uscc=uscc, name=f"依托单位{i}")).id
        values = base_form(org, recognized_on="2023-06-01", cert_no="")
        values["name"] = f"合作基地{i}"
        register.add_base(ws, values)
    for i in range(7):
        experts.add_expert(ws, {"name": f"专家{i:02d}", "phone": f"139{i:08d}"})
    experts.add_expert(ws, {"name": "本单位专家", "employer_uscc": VALID_USCC[0]})
    yield ws
    ws.close()


@pytest.fixture
def evaluation_window(qtbot, desk: Workspace, monkeypatch) -> tuple[MainWindow, Callable]:  # type: ignore[no-untyped-def]
    win = MainWindow(desk)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    drivers: list[Callable[[QDialog], bool]] = []

    def run(dialog: QDialog) -> bool:
        activate(qtbot, dialog)
        return drivers.pop(0)(dialog)

    monkeypatch.setattr(win.shell, "run_dialog", run)
    return win, drivers.append


def _type_every_sheet(qtbot, grid: ScoreGrid, totals: list[list[int]]) -> None:  # type: ignore[no-untyped-def]
    """What an officer does with a pile of sheets: lines typed, Enter, the written total."""
    assert grid.expert.count() == 5  # the sitting experts, not the reserve
    for e in range(grid.expert.count()):
        grid.expert.setCurrentIndex(e)
        for t in range(grid.target.count()):
            grid.target.setCurrentIndex(t)
            wanted = totals[t][e]
            lines = grid.fields
            share = [round(wanted * p / 100) for _n, p, _e in lines]
            share[-1] = wanted - sum(share[:-1])
            for (_name, _p, edit), points in zip(lines, share, strict=True):
                edit.setFocus()
                qtbot.keyClicks(edit, str(points))
                qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter moves to the next line
            assert grid.total.text() == str(wanted)
            qtbot.keyClicks(grid.written, str(wanted + 1))
            assert not grid.save_sheet()  # the written total does not match
            assert "不一致" in grid.problem.text()
            grid.written.setText(str(wanted))
            assert grid.save_sheet(), grid.problem.text()


def test_a_round_from_opening_to_conclusion_in_the_window(
    qtbot, evaluation_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    win, drive = evaluation_window
    page = win.evaluations.show()
    assert page.summary.text() == "还没有评估批次"
    assert not page.act_draw.isEnabled()

    def open_round(dialog: OpenRoundDialog) -> bool:
        dialog.year.setValue(2026)
        assert dialog.kind.currentData() == "evaluation"
        return True

    drive(open_round)
    page.act_open.trigger()
    assert page.targets.rowCount() == 2 and page.act_draw.isEnabled()

    def draw(dialog: DrawDialog) -> bool:
        dialog.seed.setText("公证处 2026-12-02")
        dialog.reserves.setValue(1)
        return True

    drive(draw)
    page.act_draw.trigger()
    roles = [page.panels.item(r, 3).text() for r in range(page.panels.rowCount())]
    assert roles.count("专家组") == 5 and roles.count("备选") == 1
    excluded = roles.index("回避")
    assert page.panels.item(excluded, 2).text() == "本单位专家"
    assert "现工作单位" in page.panels.item(excluded, 4).text()

    def reason(dialog: ReasonDialog) -> bool:
        dialog.text.setPlainText("出国访问，不能参加")
        return True

    page.panels.selectRow(0)
    drive(reason)
    page.act_decline.trigger()
    roles = [page.panels.item(r, 3).text() for r in range(page.panels.rowCount())]
    assert roles.count("专家组") == 5 and roles.count("不能参加") == 1 and "备选" not in roles

    totals = [[95, 92, 94, 96, 93], [50, 40, 55, 45, 58]]  # per base, per expert

    def type_sheets(grid: ScoreGrid) -> bool:
        _type_every_sheet(qtbot, grid, totals)
        return True

    drive(type_sheets)
    page.act_grid.trigger()
    assert page.result_table.rowCount() == 2
    grades = {
        page.result_table.item(r, 1).text(): page.result_table.item(r, 3).text() for r in range(2)
    }
    assert grades == {"合作基地0": "优秀", "合作基地1": "不合格"}
    flagged = page.result_table.item(1, 8).text()
    assert flagged == ""  # 40…58: nothing 30 % away from the mean
    shown: list[ConcludeDialog] = []

    def conclude(dialog: ConcludeDialog) -> bool:
        shown.append(dialog)
        return True

    drive(conclude)
    page.act_conclude.trigger()
    consequences = [shown[0].table.item(r, 2).text() for r in range(shown[0].table.rowCount())]
    assert any("第十五条" in c and "整改" in c for c in consequences)
    ws = win.shell.ws
    targets = evaluations.round_targets(ws, 1)
    statuses = [register.get_base(ws, t.base_id).status for t in targets]
    assert statuses == ["active", "rectification"]
    renewed = register.get_base(ws, targets[0].base_id).valid_until
    assert renewed is not None and renewed > dt.date(2027, 1, 1)  # validity renewed
    assert not page.act_conclude.isEnabled()  # a concluded round changes no more
    from intlbase_desk.ui.shell import file_dialogs

    for action, name in ((page.act_export, "结果.xlsx"), (page.act_filled, "评分汇总.pdf")):
        out = tmp_path / name
        monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_a, out=out: out)
        action.trigger()
        qtbot.waitUntil(out.exists, timeout=20000)


def test_a_member_who_scored_then_cannot_take_part_in_the_window(
    qtbot, evaluation_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """No reserve drawn: the seat goes to the next expert of the drawn order, and the officer
    is told the member's scores no longer count."""
    from intlbase_desk.ui.shell import messages

    win, drive = evaluation_window
    page = win.evaluations.show()

    def open_round(dialog: OpenRoundDialog) -> bool:
        dialog.year.setValue(2026)
        return True

    def draw(dialog: DrawDialog) -> bool:
        dialog.seed.setText("公证处 2026-12-02")
        dialog.reserves.setValue(0)
        return True

    def type_sheets(grid: ScoreGrid) -> bool:
        _type_every_sheet(qtbot, grid, [[95, 92, 94, 96, 93], [80, 81, 82, 83, 84]])
        return True

    for driver, action in ((open_round, page.act_open), (draw, page.act_draw)):
        drive(driver)
        action.trigger()
    drive(type_sheets)
    page.act_grid.trigger()
    told: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _parent, text: told.append(text))
    page.panels.selectRow(0)
    name = page.panels.item(0, 2).text()

    def reason(dialog: ReasonDialog) -> bool:
        dialog.text.setPlainText("评审后发现与依托单位有合作项目")
        return True

    drive(reason)
    page.act_decline.trigger()
    assert len(told) == 1 and name in told[0] and "2" in told[0]
    notes = [page.panels.item(r, 4).text() for r in range(page.panels.rowCount())]
    assert any("按抽取顺序递补" in n for n in notes)
    flags = [page.result_table.item(r, 8).text() for r in range(page.result_table.rowCount())]
    assert all(f"{name}已不在专家组中" in f and "尚缺 1 位" in f for f in flags)
    assert all(page.result_table.item(r, 3).text() == "" for r in range(2))  # no grade yet


def test_a_second_typing_that_differs_is_said_under_the_next_sheet(
    qtbot, evaluation_window
) -> None:  # type: ignore[no-untyped-def]
    win, drive = evaluation_window
    page = win.evaluations.show()

    def open_round(dialog: OpenRoundDialog) -> bool:
        dialog.year.setValue(2026)
        return True

    def draw(dialog: DrawDialog) -> bool:
        dialog.seed.setText("公证处 2026-12-02")
        return True

    def first(grid: ScoreGrid) -> bool:
        _type_every_sheet(qtbot, grid, [[95, 92, 94, 96, 93], [80, 81, 82, 83, 84]])
        return True

    def second(grid: ScoreGrid) -> bool:
        grid.entry_pass.setCurrentIndex(1)  # another officer types the same sheets again
        grid.expert.setCurrentIndex(0)
        grid.target.setCurrentIndex(0)
        for _name, _p, edit in grid.fields:
            edit.setText("")
        # 95 typed as 90: the last line five short
        values = [round(95 * p / 100) for _n, p, _e in grid.fields]
        values[-1] = 95 - sum(values[:-1]) - 5
        for (_n, _p, edit), v in zip(grid.fields, values, strict=True):
            qtbot.keyClicks(edit, str(v))
        qtbot.keyClicks(grid.written, "90")
        assert grid.save_sheet(), grid.problem.text()
        assert "第一遍" in grid.problem.text() and "两遍录入不一致" in grid.problem.text()
        return True

    for driver, action in (
        (open_round, page.act_open),
        (draw, page.act_draw),
        (first, page.act_grid),
        (second, page.act_grid),
    ):
        drive(driver)
        action.trigger()
    flags = [page.result_table.item(r, 8).text() for r in range(page.result_table.rowCount())]
    assert any("两遍录入不一致" in f for f in flags)


def test_a_major_change_recorded_and_found_ineligible_in_the_window(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from intlbase_desk.ui.evaluations.major_change_dialog import MajorChangeDialog
    from intlbase_desk.ui.shell import messages

    ws = open_workspace(tmp_path / "cq.sqlite3", create_profile="chongqing-draft")
    kind = ws.profile.org_kinds.values[0]
    org = register.add_organization(ws, org_form(uscc=VALID_USCC[0], kind=kind, district="")).id
    values = base_form(org, recognized_on="2023-06-01", cert_no="")
    values["base_type"], values["name"] = ws.profile.base_types[0].id, "渝新材料国际联合研究中心"
    base_id = register.add_base(ws, values).id
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    page = win.evaluations.show()
    drivers: list[Callable[[QDialog], bool]] = []

    def run(dialog: QDialog) -> bool:
        activate(qtbot, dialog)
        return drivers.pop(0)(dialog)

    monkeypatch.setattr(win.shell, "run_dialog", run)

    def record(dialog: MajorChangeDialog) -> bool:
        assert dialog.matches.count() == 1  # the one base the search finds is chosen
        dialog.kind.setCurrentText("重组")
        dialog.text.setPlainText("依托单位重组，研究院并入集团")
        return dialog.try_save()

    def first_save_refuses_the_empty_text(dialog: MajorChangeDialog) -> bool:
        dialog.search.setText("渝新")
        assert not dialog.try_save()
        assert "请写明变更的内容" in dialog.problem.text()
        return record(dialog)

    drivers.append(first_save_refuses_the_empty_text)
    page.act_change.trigger()
    assert page.changes_table.rowCount() == 1
    assert page.tabs.currentWidget() is page.changes  # the report just recorded is shown
    assert page.changes_table.selectionModel().selectedRows()[0].row() == 0
    assert page.changes_table.item(0, 5).text() == "待审核"
    page.changes_table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("不再符合条件", True))
    monkeypatch.setattr(messages, "confirm", lambda *_: True)

    def reason(dialog: ReasonDialog) -> bool:
        dialog.text.setPlainText("重组后不再是独立法人")
        return True

    drivers.append(reason)
    page.act_review.trigger()
    assert register.get_base(ws, base_id).status == "revoked"
    assert page.changes_table.item(0, 5).text().startswith("不再符合条件")
    win.close()
    ws.close()
