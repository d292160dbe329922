"""An empty register shows the first things to do, not an empty table (issue 8, 17)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from intlbase_desk import register
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.workspace import Workspace
from tests.conftest import base_form, org_form


@pytest.fixture
def empty_window(qtbot, ws: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_an_empty_register_offers_the_first_steps(
    qtbot, empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from intlbase_desk.ui.exchange.import_wizard import ImportWizard

    page = empty_window.register.bases
    assert page.empty and page.first_steps.isVisible() and not page.table.isVisible()
    assert not page.filters.isEnabled()
    titles = [b.text() for b in page.first_steps.buttons]
    assert titles == ["导入现有的 Excel 名录…", "生成基地名录模板…", "新建基地"]
    opened: list[QDialog] = []
    monkeypatch.setattr(empty_window.shell, "run_dialog", lambda d: opened.append(d) or False)
    qtbot.mouseClick(page.first_steps.buttons[0], Qt.MouseButton.LeftButton)
    assert isinstance(opened[0], ImportWizard) and opened[0].kind_register.isChecked()
    qtbot.mouseClick(page.first_steps.buttons[2], Qt.MouseButton.LeftButton)
    assert type(opened[1]).__name__ == "BaseForm"


def test_the_table_returns_with_the_first_base_and_stays_when_all_are_archived(
    qtbot, empty_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ws = empty_window.ws
    page = empty_window.register.bases
    org = register.add_organization(ws, org_form())
    empty_window.shell.apply(org)
    assert page.empty  # a host alone is not yet a register of bases
    added = register.add_base(ws, base_form(org.id))
    empty_window.shell.apply(added)
    assert not page.empty and page.table.isVisible() and page.model.rowCount() == 1
    empty_window.shell.apply(register.set_base_archived(ws, added.id, True, reason="重复登记"))
    assert not page.empty and page.model.rowCount() == 0  # archived ones are a filter away
