from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from intlbase_desk import register
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.ui.shell import fonts, i18n
from intlbase_desk.workspace import Workspace
from tests.conftest import base_form, org_form


@pytest.fixture(scope="session", autouse=True)
def chinese_ui(qapp: QApplication) -> Iterator[None]:
    """The tests see what officers see: Chinese translations and the bundled font."""
    translators = i18n.install(qapp, "zh_CN")
    fonts.install(qapp)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def seeded(ws: Workspace) -> Workspace:
    org_id = register.add_organization(ws, org_form()).id
    register.add_base(ws, base_form(org_id))
    register.fill_demo(ws, bases=120)
    return ws


@pytest.fixture
def window(qtbot, seeded: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(seeded)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


Driver = Callable[[QDialog], bool]


def activate(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Shows and activates a window, as the window manager does for a modal dialog."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(widget.isActiveWindow)


@pytest.fixture
def drive(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Replace the window's modal loop: ``drive(fn)`` runs ``fn(dialog)`` on the next dialog."""
    opened: list[QDialog] = []

    def install(fn: Driver) -> list[QDialog]:
        def run(dialog: QDialog) -> bool:
            opened.append(dialog)
            activate(qtbot, dialog)
            return fn(dialog)

        monkeypatch.setattr(window.shell, "run_dialog", run)
        return opened

    return install


def type_ime(widget: QWidget, text: str) -> None:
    """Types ``text`` as a Chinese input method commits it (QTest types ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
