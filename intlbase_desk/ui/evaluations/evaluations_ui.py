"""Evaluations in the window: the 评估 section and the 评估 menu."""

from __future__ import annotations

from PySide6.QtCore import QObject

from intlbase_desk.ui.evaluations.evaluations_page import EvaluationsPage
from intlbase_desk.ui.shell.shell import Shell

EVALUATIONS = "evaluations"


class EvaluationsUi(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.page: EvaluationsPage | None = None  # built when first shown
        shell.add_section(EVALUATIONS, self.tr("Evaluations"), self._build, [])
        self.act_show = shell.action("show_evaluations", self.tr("Evaluations"), self.show)
        shell.menu("evaluations", self.tr("E&valuations")).addAction(self.act_show)

    def _build(self) -> EvaluationsPage:
        page = EvaluationsPage(self.shell)
        self.page = page
        self.shell.navigation.set_toolbar(EVALUATIONS, page.actions)
        menu = self.shell.menu("evaluations", self.tr("E&valuations"))
        menu.addSeparator()
        menu.addActions(page.actions)
        return page

    def show(self) -> EvaluationsPage:
        page = self.shell.navigation.show_section(EVALUATIONS)
        assert isinstance(page, EvaluationsPage)
        return page
