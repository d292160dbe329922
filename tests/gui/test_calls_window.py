"""The 申报 section (issue 11): a call opened, its guide set, applications entered directly and
flagged by the settings, one withdrawn, each shown whole with its steps."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from intlbase_desk import calls
from intlbase_desk.ui.calls.application_form import ApplicationForm
from intlbase_desk.ui.calls.settings_dialog import CallSettingsDialog
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.ui.shell import messages
from intlbase_desk.ui.shell.reason_dialog import ReasonDialog
from tests.conftest import VALID_USCC
from tests.gui.conftest import type_ime


def _cells(page, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.table.item(r, column).text() for r in range(page.table.rowCount())]


def test_a_call_from_opening_to_a_withdrawn_application(
    qtbot, window: MainWindow, drive, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    page = window.calls.show()
    assert not page.act_add.isEnabled() and "还没有申报批次" in page.settings_label.text()
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2026, True))
    page.act_open.trigger()
    assert page.year() == 2026 and page.act_add.isEnabled()

    def settings(dialog: CallSettingsDialog) -> bool:
        dialog.quota.setValue(1)
        return dialog.save()

    drive(settings)
    page.act_settings.trigger()
    assert "每个推荐单位推荐名额：1" in page.settings_label.text()

    for i, recommender in enumerate(("某某大学", "某某大学")):

        def fill(form: ApplicationForm, i: int = i, unit: str = recommender) -> bool:
            type_ime(form.editors["org_name"], f"某某大学{i}")
            form.editors["uscc"].setText(VALID_USCC[i])
            type_ime(form.editors["base_name"], f"某某国际联合研究中心{i}")
            assert not form.try_save()  # no type chosen yet
            assert form.errors["base_type"].text() == "必填"
            form.set_value("base_type", "国际联合研究中心")
            type_ime(form.editors["recommender"], unit)
            return form.try_save()

        drive(fill)
        page.act_add.trigger()
    assert _cells(page, 5) == ["已受理", "已受理"]
    assert _cells(page, 6)[1] == "超出某某大学的推荐名额（1 项），按推荐顺序为第 2 项"

    page.table.selectRow(0)
    assert "直接申报" in page.heading.text()
    assert page.steps.item(0, 2).text() == "直接申报，窗口录入"
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "来函撤回"))
    page.act_withdraw.trigger()
    assert _cells(page, 5) == ["撤回", "已受理"] and _cells(page, 6) == ["", ""]
    page.table.selectRow(0)
    assert [page.steps.item(r, 1).text() for r in range(page.steps.rowCount())] == [
        "已受理",
        "撤回",
    ]
    told: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, text: told.append(text))
    page.act_withdraw.trigger()
    assert told and "不能撤回" in told[0]
    state = page.filters["state"]
    state.setCurrentIndex(state.findData("received"))
    assert _cells(page, 2) == ["某某大学1"]
    page.search.setText("不存在")
    assert page.table.rowCount() == 0
    assert calls.call_info(window.ws, 2026).by_state == {"received": 1, "withdrawn": 1}


def test_an_application_reviewed_in_the_window_from_figures_to_the_decision(
    qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from intlbase_desk.workspace import open_workspace
    from tests.core.test_calls import _typed
    from tests.core.test_formal_review import CHONGQING_USCC

    ws = open_workspace(tmp_path / "cq.sqlite3", create_profile="chongqing-draft")
    calls.open_call(ws, 2026)
    app = calls.add_application(ws, 2026, _typed(0, uscc=CHONGQING_USCC)).id
    win = MainWindow(ws)
    qtbot.addWidget(win)
    page = win.calls.show()
    page.table.selectRow(0)
    panel = page.review
    assert panel.outcome.text() == "形式审查：待补充"
    texts = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    papers = texts.index("所申报领域近三年发表SCI或EI论文20篇（含）以上")
    assert panel.table.item(papers, 2).text() == "缺少数据"

    figures = iter([("近三年SCI或EI论文数（篇）", "25"), ("近三年中外联合发表论文数（篇）", "2")])
    current: list[str] = []

    def item(_parent, _title, _label, items, *_a):  # type: ignore[no-untyped-def]
        label, value = next(figures)
        assert label in items
        current[:] = [value]
        return label, True

    monkeypatch.setattr(QInputDialog, "getItem", item)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (current[0], True))
    panel.enter_metric()
    page.table.selectRow(0)
    assert page.review.table.item(papers, 2).text() == "符合"
    assert page.review.table.item(papers, 3).text() == "25篇"
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    page.act_decide.trigger()  # still incomplete: nothing moves
    assert calls.application_detail(ws, app).row.state == "received"
    page.table.selectRow(0)
    page.review.enter_metric()
    for metric, value in (("registered_in_jurisdiction", "是"), ("incidents_3y", 0)):
        calls.set_metric(ws, app, metric, value)
    for condition in ("own_ip", "team_and_funding"):
        calls.record_check(ws, app, condition, True, "见申报书")
    page.act_decide.trigger()
    page.table.selectRow(0)
    assert "形式审查不通过" in page.heading.text()  # 2 joint papers, 5 needed
    steps = [page.steps.item(r, 2).text() for r in range(page.steps.rowCount())]
    assert steps[-1] == "不符合：其中中外联合发表论文不少于5篇（第八条）"
    win.close()
    ws.close()
