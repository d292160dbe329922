"""The organisations tab: search, edit with undo, ban shown, archive rules."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from intlbase_desk import register
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.ui.register.org_form import OrgForm
from intlbase_desk.ui.register.org_page import OrgPage
from tests.conftest import revoke_after_failed_re_evaluation
from tests.gui.conftest import activate, type_ime


def _open_tab(window: MainWindow) -> OrgPage:
    window.navigation.show_section("organizations")
    assert window.register.organizations is not None
    assert window.navigation.stack.currentWidget() is window.register.organizations
    return window.register.organizations


def _names(panel: OrgPage) -> list[str]:
    return [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]


def test_tab_is_built_on_first_visit_and_searches(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.register.organizations is None
    panel = _open_tab(window)
    assert panel.model.rowCount() == 81  # 80 demo hosts and the seeded one
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search.hasFocus()
    qtbot.keyClicks(panel.search, "bjxhsw")
    assert _names(panel) == ["北京星河生物医药科技有限公司"]
    assert panel.model.index(0, 4).data() == "1"  # bases hosted


def test_edit_from_the_tab_is_audited_and_undoable(qtbot, window: MainWindow, drive) -> None:  # type: ignore[no-untyped-def]
    panel = _open_tab(window)
    qtbot.keyClicks(panel.search, "bjxhsw")
    panel.table.selectRow(0)
    org_id = panel.selected_org_id()
    assert org_id is not None

    def rename(form: OrgForm) -> bool:
        form.editors["name"].selectAll()
        type_ime(form.editors["name"], "北京星河生物医药集团有限公司")
        return form.try_save()

    drive(rename)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert register.get_organization(window.ws, org_id).name == "北京星河生物医药集团有限公司"
    # The base's row shows the new host name at once.
    window.navigation.show_section("bases")
    org_column = 2
    hosts = {
        window.register.bases.model.index(r, org_column).data()
        for r in range(window.register.bases.model.rowCount())
    }
    assert "北京星河生物医药集团有限公司" in hosts
    activate(qtbot, window)
    window.act_undo.trigger()
    assert register.get_organization(window.ws, org_id).name == "北京星河生物医药科技有限公司"


@pytest.mark.rule("BJ2016-15")
def test_revoked_host_shows_the_ban(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """BJ2016-15: revoked after a failed re-evaluation, the host may not apply for three years."""
    base = register.get_base(window.ws, 1)
    today = dt.date.today()
    revoke_after_failed_re_evaluation(window.ws, 1, today)
    panel = _open_tab(window)
    row = panel.model.row_of(base.org_id)
    assert row is not None
    shown = panel.model.index(row, 5).data()
    assert shown == register.add_years(today, 3).isoformat()


def test_archiving_a_host_with_bases_is_refused(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from intlbase_desk.ui.shell import messages
    from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

    warnings: list[str] = []
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "单位注销"))
    monkeypatch.setattr(messages, "warn", lambda parent, text: warnings.append(text))
    panel = _open_tab(window)
    qtbot.keyClicks(panel.search, "bjxhsw")
    panel.table.selectRow(0)
    panel.act_archive.trigger()
    assert warnings and "未归档的基地" in warnings[0]
    assert panel.model.rowCount() == 1


def test_status_bar_counts_what_the_tab_shows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.count_label.text() == "共 121 个基地"
    _open_tab(window)
    assert window.count_label.text() == "共 81 个依托单位"
    window.navigation.show_section("bases")
    assert window.count_label.text() == "共 121 个基地"


def test_edit_the_selected_bases_host_from_the_bases_tab(qtbot, window: MainWindow, drive) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.register.bases.filters.search, "xhswyy")
    window.register.bases.table.selectRow(0)
    org_id = register.get_base(window.ws, window.register.bases.selected_base_id()).org_id

    def unchanged(form: OrgForm) -> bool:
        return form.try_save()

    drive(unchanged)
    window.register.act_edit_org.trigger()
    assert not window.act_undo.isEnabled()  # saving without a change is not an edit

    def rename(form: OrgForm) -> bool:
        form.editors["name"].selectAll()
        type_ime(form.editors["name"], "北京星河集团")
        return form.try_save()

    drive(rename)
    window.register.act_edit_org.trigger()
    assert register.get_organization(window.ws, org_id).name == "北京星河集团"
    assert window.register.bases.model.index(0, 2).data() == "北京星河集团"
    assert window.act_undo.isEnabled()


def test_export_the_organisations_view(qtbot, window: MainWindow, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    from intlbase_desk.ui.shell import file_dialogs

    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: tmp_path / "单位.xlsx")
    panel = _open_tab(window)
    qtbot.keyClicks(panel.search, "bjxhsw")
    panel.act_export.trigger()
    sheet = openpyxl.load_workbook(tmp_path / "单位.xlsx").active
    assert [c.value for c in sheet[2]][:2] == ["北京星河生物医药科技有限公司", "91110108551385082Q"]
    assert sheet.max_row == 2
