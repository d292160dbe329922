"""The window on a read-only drive and with a full disk: a notice and plain warnings, never the
crash dialog (issue 8, 23 and 24)."""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel

from intlbase_desk import register
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.ui.shell import messages
from intlbase_desk.workspace import Workspace, open_workspace
from tests.conftest import Disk, needs_mount

pytestmark = needs_mount


@pytest.fixture
def read_only_window(qtbot, seeded: Workspace, small_disk: Callable[[int], Disk]):  # type: ignore[no-untyped-def]
    source = seeded.db.path
    assert source is not None
    seeded.close()
    disk = small_disk(4096)
    shutil.copy2(source, disk.path / source.name)
    disk.read_only()
    ws = open_workspace(disk.path / source.name, read_only_if_needed=True)
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    ws.close()


def test_a_read_only_database_opens_with_a_notice_and_refuses_changes(
    qtbot, read_only_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

    win = read_only_window
    notice = win.findChild(QLabel, "read_only_notice")
    assert notice is not None and notice.isVisible()
    assert "只读" in notice.text() and "只读" in win.windowTitle()
    assert win.register.bases.model.rowCount() == 121
    warnings: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, text: warnings.append(text))
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "重复登记"))
    win.register.bases.table.selectRow(0)
    base_id = win.register.bases.selected_base_id()
    win.register.act_archive.trigger()
    assert len(warnings) == 1 and "只读" in warnings[0]
    assert not register.get_base(win.ws, base_id).archived
    assert win.register.bases.model.rowCount() == 121


def test_exporting_the_table_to_a_full_disk_warns_in_one_sentence(
    qtbot, window: MainWindow, small_disk: Callable[[int], Disk], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from intlbase_desk.ui.shell import file_dialogs

    disk = small_disk(64)
    disk.fill()
    target = disk.path / "基地名录.xlsx"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_a: target)
    warnings: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, text: warnings.append(text))
    window.exchange.act_export.trigger()
    assert "磁盘空间不足" in warnings[0] and "Errno" not in warnings[0]
    assert not target.exists()
    assert {p.name for p in disk.path.iterdir()} == {"filler"}
