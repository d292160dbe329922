"""The expert pool in the window: the 专家库 section and the 专家 menu."""

from __future__ import annotations

from PySide6.QtCore import QObject

from intlbase_desk.ui.experts.experts_page import ExpertsPage
from intlbase_desk.ui.shell.shell import Shell

EXPERTS = "experts"


class ExpertsUi(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.page: ExpertsPage | None = None  # built when first shown
        shell.add_section(EXPERTS, self.tr("Expert pool"), self._build, [])
        self.act_show = shell.action("show_experts", self.tr("Expert pool"), self.show)
        shell.menu("experts", self.tr("E&xperts")).addAction(self.act_show)

    def _build(self) -> ExpertsPage:
        page = ExpertsPage(self.shell)
        self.page = page
        self.shell.navigation.set_toolbar(EXPERTS, [*page.actions, self.shell.undo_action])
        menu = self.shell.menu("experts", self.tr("E&xperts"))
        menu.addSeparator()
        menu.addActions(page.actions)
        return page

    def show(self) -> ExpertsPage:
        page = self.shell.navigation.show_section(EXPERTS)
        assert isinstance(page, ExpertsPage)
        return page

    def close(self) -> None:
        if self.page is not None:
            self.page.close_model()
