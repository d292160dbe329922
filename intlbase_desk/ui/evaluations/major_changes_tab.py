"""重大事项: the major changes bases reported (CQ-16, IM-14), recorded and reviewed from here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from intlbase_desk import evaluations
from intlbase_desk.infra.errors import UserError
from intlbase_desk.ui.shell import messages
from intlbase_desk.ui.shell.page_actions import page_action
from intlbase_desk.ui.shell.shell import Shell
from intlbase_desk.ui.shell.tables import fill_table, read_only_table


class MajorChangesTab(QWidget):
    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.offered = shell.ws.profile.major_changes is not None
        self.table = read_only_table(
            "major_changes_table",
            [
                self.tr("Reported on"),
                self.tr("Base"),
                self.tr("Change"),
                self.tr("Happened on"),
                self.tr("What changed"),
                self.tr("Review"),
            ],
        )
        self.act_change = page_action(
            self, "change_report", self.tr("Record a major change…"), self.report_change
        )
        self.act_review = page_action(
            self, "change_review", self.tr("Review a major change…"), self.review_change
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        writable = self.offered and not self.shell.ws.read_only
        self.act_change.setEnabled(writable)
        self.act_review.setEnabled(writable)
        if not self.offered:
            return
        rows = evaluations.list_changes(self.shell.ws)
        fill_table(
            self.table,
            [
                [
                    c.reported_on.isoformat(),
                    name,
                    c.kind,
                    c.happened_on.isoformat(),
                    c.description,
                    evaluations.REVIEWS[c.review] + (f"：{c.review_note}" if c.review_note else ""),
                ]
                for c, name in rows
            ],
            [c.id or 0 for c, _name in rows],
        )

    def report_change(self) -> None:
        from intlbase_desk.ui.evaluations.major_change_dialog import MajorChangeDialog

        dialog = MajorChangeDialog(self.shell.ws, self)
        if self.shell.run_dialog(dialog) and dialog.reported is not None:
            self.shell.apply(dialog.reported)
            self.bring_forward(dialog.reported.change.id)

    def bring_forward(self, change_id: int | None) -> None:
        """The officer sees the report just recorded: its tab shown, its row chosen."""
        tabs = self.parentWidget()
        while tabs is not None and not isinstance(tabs, QTabWidget):
            tabs = tabs.parentWidget()
        if tabs is not None:
            tabs.setCurrentWidget(self)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == change_id:
                self.table.selectRow(row)
                break

    def review_change(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            messages.info(self, self.tr("Choose a report in the major changes."))
            return
        change_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        choices = [evaluations.REVIEWS["eligible"], evaluations.REVIEWS["ineligible"]]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Review a major change"), self.tr("Finding"), choices, 0, False
        )
        if not ok:
            return
        eligible = chosen == choices[0]
        if not eligible and not messages.confirm(
            self, self.tr("The base's title will be cancelled. Go on?")
        ):
            return
        dialog = ReasonDialog(
            self.tr("Review a major change"), self.tr("The review's finding"), self
        )
        if not self.shell.run_dialog(dialog):
            return
        try:
            done = evaluations.review_change(
                self.shell.ws, change_id, eligible=eligible, note=dialog.text.toPlainText()
            )
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.apply(done)
