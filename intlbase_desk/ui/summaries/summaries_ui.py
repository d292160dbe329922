"""Annual summaries in the window: the 年度总结 section and its menu."""

from __future__ import annotations

from PySide6.QtCore import QObject

from intlbase_desk.ui.shell.shell import Shell
from intlbase_desk.ui.summaries.summaries_page import SummariesPage

SUMMARIES = "summaries"


class SummariesUi(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.page: SummariesPage | None = None  # built when first shown
        shell.add_section(SUMMARIES, self.tr("Annual summaries"), self._build, [])
        self.act_show = shell.action("show_summaries", self.tr("Annual summaries"), self.show)
        shell.menu("summaries", self.tr("&Summaries")).addAction(self.act_show)

    def _build(self) -> SummariesPage:
        page = SummariesPage(self.shell)
        self.page = page
        self.shell.navigation.set_toolbar(SUMMARIES, page.actions)
        menu = self.shell.menu("summaries", self.tr("&Summaries"))
        menu.addSeparator()
        menu.addActions(page.actions)
        return page

    def show(self) -> SummariesPage:
        page = self.shell.navigation.show_section(SUMMARIES)
        assert isinstance(page, SummariesPage)
        return page
