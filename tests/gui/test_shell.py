"""The desktop around the register: model contract, background work, crashes, first run,
translations, font, and the command that opens the window."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from intlbase_desk import register
from intlbase_desk.infra.assets import resource_path
from intlbase_desk.infra.jobs import Cancelled
from intlbase_desk.ui import app as app_module
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.ui.register.base_table_model import PAGE_SIZE, BaseTableModel
from intlbase_desk.ui.shell import crash, i18n_tool
from intlbase_desk.ui.shell.profile_picker import ProfilePicker
from intlbase_desk.ui.shell.tasks import TaskRunner
from intlbase_desk.workspace import Workspace
from tests.conftest import VALID_USCC


def test_qt_model_tester_over_the_register_model(qtmodeltester, seeded: Workspace) -> None:
    model = BaseTableModel(seeded.db, seeded.profile)
    qtmodeltester.check(model)
    model.set_filter(register.BaseFilter(text="演示"))
    qtmodeltester.check(model)
    model.close()


def test_model_shows_the_first_page_then_the_exact_count(qtbot, ws: Workspace) -> None:  # type: ignore[no-untyped-def]

    register.fill_demo(ws, bases=PAGE_SIZE * 3 + 5)
    model = BaseTableModel(ws.db, ws.profile)
    assert model.rowCount() == PAGE_SIZE and not model.count_known
    with qtbot.waitSignal(model.count_changed, timeout=5000) as counted:
        pass
    assert counted.args == [PAGE_SIZE * 3 + 5] and model.rowCount() == PAGE_SIZE * 3 + 5
    assert list(model._pages) == [0]
    last = model.index(model.rowCount() - 1, 0).data()
    assert last and list(model._pages) == [0, 3]
    model.sort(0, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == last
    model.close()


def test_a_superseded_count_is_ignored(qtbot, ws: Workspace) -> None:  # type: ignore[no-untyped-def]

    register.fill_demo(ws, bases=PAGE_SIZE + 50)
    model = BaseTableModel(ws.db, ws.profile)
    stale = model._generation
    model.set_filter(register.BaseFilter(text="no such base"))
    model._apply_count(stale, PAGE_SIZE + 50)
    assert model.rowCount() == 0 and model.count_known
    model.close()


def test_backup_runs_off_the_gui_thread_with_progress(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "copy.sqlite3"
    monkeypatch.setattr("intlbase_desk.ui.shell.backups_ui.ask_backup_path", lambda *_: target)
    threads: list[str] = []
    real = __import__("intlbase_desk.infra.backup", fromlist=["x"]).backup_sqlite

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr("intlbase_desk.infra.backup.backup_sqlite", spy)
    window.act_backup.trigger()
    qtbot.waitUntil(lambda: "已备份到" in window.statusBar().currentMessage(), timeout=10000)
    assert target.exists() and threads and threads[0].startswith("intlbase-job")


def test_cancelled_job_reports_cancelled(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner(window)
    outcome: list[object] = []
    started = threading.Event()

    def job(progress, cancel):  # type: ignore[no-untyped-def]
        started.set()
        progress(0.1, "working")
        cancel.wait(5)
        if cancel.is_set():
            raise Cancelled
        return "finished"

    cancel = runner.run(window, "job", job, outcome.append, outcome.append)
    assert started.wait(5)
    cancel.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome[0], Cancelled)
    runner.shutdown()


def test_crash_reporter_shows_a_copyable_report(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[crash.ErrorDialog] = []
    monkeypatch.setattr(crash.ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    reporter = crash.CrashReporter()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        reporter.handle(RuntimeError, exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(shown))
    report = shown[0].report.toPlainText()
    assert "boom in a slot" in report and "Traceback" in report and "intlbase_desk" in report
    shown[0].copy_report()
    assert QApplication.clipboard().text() == report


def test_crash_reporter_catches_worker_threads(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[crash.ErrorDialog] = []
    monkeypatch.setattr(crash.ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    reporter = crash.CrashReporter()
    reporter.install()
    try:
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        reporter.uninstall()
    assert "ZeroDivisionError" in shown[0].report.toPlainText()


def test_first_run_asks_for_the_profile_and_creates_the_database(
    qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    picker = ProfilePicker(tmp_path / "new.sqlite3")
    qtbot.addWidget(picker)
    assert picker.list.count() == 5
    monkeypatch.setattr(
        ProfilePicker, "ask", classmethod(lambda cls, path, parent=None: "chongqing-draft")
    )
    ws = app_module.open_for_window(str(tmp_path / "new.sqlite3"))
    assert ws is not None and ws.profile.id == "chongqing-draft"
    ws.close()
    monkeypatch.setattr(ProfilePicker, "ask", classmethod(lambda cls, path, parent=None: None))
    assert app_module.open_for_window(str(tmp_path / "other.sqlite3")) is None
    assert not (tmp_path / "other.sqlite3").exists()


def test_translation_is_complete_and_built() -> None:
    ts = i18n_tool.ts_path("zh_CN")
    tree = ET.parse(ts)
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished"
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []
    assert ts.with_suffix(".qm").stat().st_size > 1000


def test_every_ui_string_is_in_the_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    i18n_tool.update(fresh)
    wanted = {m.findtext("source") for m in ET.parse(fresh).iter("message")}
    have = {m.findtext("source") for m in ET.parse(i18n_tool.ts_path("zh_CN")).iter("message")}
    assert wanted - have == set(), "run `make i18n` and translate the new strings"


def test_bundled_font_draws_chinese() -> None:
    families = QFontDatabase.applicationFontFamilies(0) or QFontDatabase.families()
    assert "LXGW WenKai" in QFontDatabase.families()
    metrics = QFontMetrics(QFont("LXGW WenKai"))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "国际科技合作基地依托单位")
    assert "LXGW WenKai" in QApplication.font().families()
    assert families
    assert (resource_path("fonts") / "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT")


@pytest.mark.parametrize(
    ("lang", "command"), [("zh_CN", ["gui", "--exit-when-ready"]), ("en", ["--exit-when-ready"])]
)
def test_gui_command_exits_when_the_register_is_painted(
    tmp_path: Path, cli, lang: str, command: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """The window as a process, as officers start it (``gui`` is the default command)."""
    db = tmp_path / "w.sqlite3"
    assert cli("--db", str(db), "init", "--profile", "beijing-2016", "--demo").returncode == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "intlbase_desk", "--db", str(db), "--lang", lang, *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_gui_command_reports_a_bad_database_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not sqlite" * 100)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "intlbase_desk", "--db", str(bad), "gui", "--exit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and "损坏" in result.stderr and "Traceback" not in result.stderr


def test_a_superseded_count_is_interrupted(qtbot, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """A count that would run for ~10 s here stops as soon as a newer filter arrives."""
    import time

    import sqlalchemy as sa

    from intlbase_desk.ui.shell.paged_model import PagedTableModel

    register.fill_demo(ws, bases=PAGE_SIZE + 1)
    endless = sa.text(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000000) "
        "SELECT count(*) FROM n"
    )
    started = threading.Event()

    class SlowQuery(type(register.BASE_QUERY)):  # type: ignore[misc]
        def count(self, conn, flt):  # type: ignore[no-untyped-def]
            started.set()
            return conn.execute(endless).scalar_one()

    query = SlowQuery(
        register.BASE_QUERY.columns,
        register.BASE_QUERY._id,
        register.BASE_QUERY._count_from,
        register.BASE_QUERY._page_from,
        register.BASE_QUERY._conditions,
    )
    model = PagedTableModel(ws.db, query, register.BaseFilter())
    assert started.wait(5)
    began = time.monotonic()
    model.set_filter(register.BaseFilter(text="no such base"))
    model.close()  # waits for the worker: returns only once the count has stopped
    assert time.monotonic() - began < 5
    assert model.rowCount() == 0


def test_the_side_bar_holds_the_sections_and_the_toolbar_follows_the_one_shown(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    bar = window.navigation.bar
    assert [bar.item(i).text() for i in range(bar.count())] == [
        "基地名录",
        "依托单位",
        "专家库",
        "评估",
        "年度总结",
        "申报",
    ]
    assert window.register.organizations is None  # built when first shown
    assert window.register.act_new in window.toolbar.actions()
    bar.setCurrentRow(1)
    orgs = window.register.organizations
    assert orgs is not None and window.navigation.stack.currentWidget() is orgs
    shown = window.toolbar.actions()
    assert orgs.act_new in shown and window.register.act_new not in shown
    assert not orgs.act_edit.isEnabled()  # nothing selected on this page
    bar.setCurrentRow(0)
    assert window.register.act_new in window.toolbar.actions()
    assert window.act_undo.text()  # the shell's actions survive the toolbar's changes


def test_a_write_reaches_every_view_through_its_changes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """An organisation archived from the core is gone from the organisations' view at once."""
    window.navigation.show_section("organizations")
    orgs = window.register.organizations
    assert orgs is not None
    ws = window.ws
    added = register.add_organization(
        ws, {"name": "北京长风新材料有限公司", "uscc": VALID_USCC[1], "kind": "企业"}
    )
    before = orgs.model.rowCount()
    window.shell.apply(added)
    assert orgs.model.rowCount() == before + 1
    window.shell.apply(register.set_organization_archived(ws, added.id, True, "重复登记"))
    assert orgs.model.rowCount() == before
