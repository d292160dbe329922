"""Backups in the window: a copy on close after changes, the 30-minute copy off the GUI thread,
and restoring from the list (issue 8, 28)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand

from intlbase_desk import register
from intlbase_desk.infra import backups
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.ui.shell import messages
from intlbase_desk.ui.shell.restore_dialog import RestoreDialog
from intlbase_desk.workspace import Workspace
from tests.conftest import org_form


def _open(qtbot, ws: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_closing_after_a_change_leaves_a_copy_and_without_one_none(
    qtbot, seeded: Workspace
) -> None:  # type: ignore[no-untyped-def]
    path = seeded.db.path
    assert path is not None
    first = _open(qtbot, seeded)
    first.close()
    assert backups.list_backups(path) == []  # nothing written in this window
    for name, uscc in (
        ("北京安澜技术转移中心", "91110000100017643K"),
        ("北京星辰研究院", "12100000400000624D"),
    ):
        window = _open(qtbot, seeded)
        window.shell.apply(register.add_organization(seeded, org_form(name=name, uscc=uscc)))
        window.close()
    assert [b.reason for b in backups.list_backups(path)] == ["auto", "auto"]


def test_the_timed_copy_runs_off_the_gui_thread(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.backups.timer.isActive()
    job = window.backups.back_up_if_due()
    assert job is not None
    qtbot.waitUntil(lambda: "已自动备份" in window.statusBar().currentMessage(), timeout=10000)
    made = job.result()
    assert made is not None and made.parent == backups.auto_folder(window.ws.db.path)
    again = window.backups.back_up_if_due()
    assert again is not None and again.result() is None  # within 30 minutes: not again


def test_restore_from_the_list_brings_the_data_back_everywhere(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = window.ws.db.path
    copy = backups.maybe_backup(path, closing=True)
    before = window.register.bases.model.rowCount()
    window.register.bases.table.selectRow(0)
    base_id = window.register.bases.selected_base_id()
    from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "重复登记"))
    window.register.act_archive.trigger()
    assert window.register.bases.model.rowCount() == before - 1
    window.shell.undo_stack.push(QUndoCommand("编辑基地"))
    assert window.shell.undo_stack.count() == 1  # what restoring must forget
    dialogs: list[RestoreDialog] = []

    def run(dialog: RestoreDialog) -> bool:
        dialogs.append(dialog)
        assert dialog.table.rowCount() == 1 and "自动" in dialog.table.item(0, 1).text()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(window.shell, "run_dialog", run)
    monkeypatch.setattr(messages, "confirm", lambda *_: True)
    shown: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _p, text: shown.append(text))
    window.act_restore.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert dialogs[0].chosen == copy
    assert window.register.bases.model.rowCount() == before
    assert not register.get_base(window.ws, base_id).archived
    assert window.shell.undo_stack.count() == 0
    assert "恢复前的数据库保存在" in shown[0]
