"""The 申报 section and its menu."""

from __future__ import annotations

from PySide6.QtCore import QObject

from intlbase_desk.ui.calls.calls_page import CallsPage
from intlbase_desk.ui.shell.shell import Shell

CALLS = "calls"


class CallsUi(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.page: CallsPage | None = None  # built when first shown
        shell.add_section(CALLS, self.tr("Calls"), self._build, [])
        self.act_show = shell.action("show_calls", self.tr("Calls and applications"), self.show)
        shell.menu("calls", self.tr("&Calls")).addAction(self.act_show)

    def _build(self) -> CallsPage:
        page = CallsPage(self.shell)
        self.page = page
        self.shell.navigation.set_toolbar(CALLS, page.actions)
        menu = self.shell.menu("calls", self.tr("&Calls"))
        menu.addSeparator()
        menu.addActions(page.actions)
        return page

    def show(self) -> CallsPage:
        page = self.shell.navigation.show_section(CALLS)
        assert isinstance(page, CallsPage)
        return page
