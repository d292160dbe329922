"""年度总结: a reporting year's board (counts per status, a colour per base, filters by status,
district, recommending unit and type), a base's form (filing_panel), and the actions that
take the year from opening to the missing list. Every action calls the same core as the command
line."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import summaries
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.infra.jobs import Progress
from intlbase_desk.ui.shell import file_dialogs, messages
from intlbase_desk.ui.shell.page_actions import page_action
from intlbase_desk.ui.shell.shell import Shell
from intlbase_desk.ui.shell.tables import fill_table, read_only_table

SPREADSHEETS = "(*.xlsx *.xlsm *.xls *.ods)"
COLOURS = {
    "missing": QColor("#FFFFFF"),
    "submitted": QColor("#DDEBF7"),
    "returned": QColor("#FCE4D6"),
    "accepted": QColor("#E2EFDA"),
    "overdue": QColor("#F8CBAD"),
}
ALL = "全部"


class SummariesPage(QWidget):
    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaries_page")
        self.setAcceptDrops(True)
        self.shell = shell
        self.status: summaries.CampaignStatus | None = None
        self.opened: Path | None = None  # the document last opened (a temporary copy)
        self.year_box = QComboBox()
        self.year_box.setObjectName("summary_year")
        self.counts = QLabel()
        self.counts.setObjectName("summary_counts")
        self.filters: dict[str, QComboBox] = {}
        filters = QHBoxLayout()
        for key, label in (
            ("status", self.tr("Status")),
            ("district", self.tr("District")),
            ("recommender", self.tr("Recommending unit")),
            ("base_type", self.tr("Type")),
        ):
            box = QComboBox()
            box.setObjectName(f"summary_filter_{key}")
            box.currentIndexChanged.connect(self._show_board)
            self.filters[key] = box
            filters.addWidget(QLabel(label))
            filters.addWidget(box, 1)
        self.board = read_only_table(
            "summary_board",
            [
                self.tr("Base"),
                self.tr("Host"),
                self.tr("District"),
                self.tr("Recommending unit"),
                self.tr("Status"),
                self.tr("Filed on"),
                self.tr("Note"),
            ],
        )
        self.board.itemSelectionChanged.connect(self._show_figures)
        from intlbase_desk.ui.summaries.filing_panel import FilingPanel

        self.filing = FilingPanel(self)
        self.figures = self.filing.figures
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.board)
        split.addWidget(self.filing)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        from intlbase_desk.ui.summaries.statistics_tab import StatisticsTab

        self.statistics = StatisticsTab(shell, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("summary_tabs")
        self.tabs.addTab(split, self.tr("Filing"))
        self.tabs.addTab(self.statistics, self.tr("Statistics"))
        self.actions = self._make_actions()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Reporting year")))
        top.addWidget(self.year_box)
        top.addWidget(self.counts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        self.year_box.currentIndexChanged.connect(self.refresh)
        shell.changed.connect(self._changed)
        self._fill_years()

    def _make_actions(self) -> list[QAction]:
        def make(name: str, text: str, slot: Callable[[], object]) -> QAction:
            return page_action(self, name, text, slot)

        self.act_open = make("summary_open", self.tr("Open a reporting year…"), self.open_year)
        self.act_forms = make("summary_forms", self.tr("Write the forms…"), self.write_forms)
        self.act_unit = make("summary_unit_sheet", self.tr("Write a unit sheet…"), self.unit_sheet)
        self.act_import = make(
            "summary_import", self.tr("Import returned forms…"), self.import_files
        )
        self.act_return = make(
            "summary_return", self.tr("Return for correction…"), self.return_filing
        )
        self.act_accept = make("summary_accept", self.tr("Accept"), self.accept_filing)
        self.act_missing = make("summary_missing", self.tr("Missing two years…"), self.missing)
        self.act_remind = make("summary_remind", self.tr("Reminders…"), self.remind)
        self.act_attach = make("summary_attach", self.tr("Attach a document…"), self.attach)
        self.act_documents = make(
            "summary_documents", self.tr("Open a document…"), self.open_document
        )
        return [
            self.act_open,
            self.act_forms,
            self.act_unit,
            self.act_import,
            self.act_return,
            self.act_accept,
            self.act_missing,
            self.act_remind,
            self.act_attach,
            self.act_documents,
        ]

    # What the page shows.

    def year(self) -> int | None:
        value = self.year_box.currentData()
        return int(value) if value is not None else None

    def _fill_years(self, chosen: int | None = None) -> None:
        chosen = chosen if chosen is not None else self.year()
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for c in reversed(summaries.list_campaigns(self.shell.ws)):
            self.year_box.addItem(
                self.tr("%1 (due %2)")
                .replace("%1", str(c.year))
                .replace("%2", c.due_on.isoformat()),
                c.year,
            )
        if chosen is not None and (index := self.year_box.findData(chosen)) >= 0:
            self.year_box.setCurrentIndex(index)
        self.year_box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        year = self.year()
        writable = not self.shell.ws.read_only
        self.act_open.setEnabled(writable and self.shell.ws.profile.summaries is not None)
        for action in self.actions[1:]:
            action.setEnabled(year is not None and (writable or action is self.act_forms))
        if year is None:
            self.statistics.show_year(None)
            self.status = None
            self.counts.setText(self.tr("No reporting year opened yet"))
            fill_table(self.board, [])
            self.filing.show_detail(None)
            return
        self.statistics.show_year(year)
        self.status = summaries.campaign_status(self.shell.ws, year)
        self.counts.setText(
            "，".join(f"{summaries.STATUSES[k]} {n}" for k, n in self.status.counts.items() if n)
            or self.tr("No base owes a summary for this year")
        )
        values = {
            "status": sorted(
                {b.status for b in self.status.bases}, key=list(summaries.STATUSES).index
            ),
            "district": sorted({b.target.district for b in self.status.bases if b.target.district}),
            "recommender": sorted(
                {b.target.recommender for b in self.status.bases if b.target.recommender}
            ),
            "base_type": sorted({b.target.base_type for b in self.status.bases}),
        }
        for key, box in self.filters.items():
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(ALL, None)
            for value in values[key]:
                text = summaries.STATUSES[value] if key == "status" else value
                if key == "base_type":
                    text = next(
                        (t.name for t in self.shell.ws.profile.base_types if t.id == value), value
                    )
                box.addItem(text, value)
            if current is not None and (index := box.findData(current)) >= 0:
                box.setCurrentIndex(index)
            box.blockSignals(False)
        self._show_board()

    def shown_bases(self) -> list[summaries.BaseStatus]:
        if self.status is None:
            return []
        wanted = {k: box.currentData() for k, box in self.filters.items()}

        def keep(b: summaries.BaseStatus) -> bool:
            facts = {
                "status": b.status,
                "district": b.target.district,
                "recommender": b.target.recommender,
                "base_type": b.target.base_type,
            }
            return all(v is None or facts[k] == v for k, v in wanted.items())

        return [b for b in self.status.bases if keep(b)]

    def _show_board(self) -> None:
        rows = self.board.selectionModel().selectedRows()
        kept = self.board.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None
        shown = self.shown_bases()
        rows = [
            [
                b.target.base_name,
                b.target.org_name,
                b.target.district,
                b.target.recommender,
                summaries.STATUSES[b.status],
                b.submitted_on.isoformat() if b.submitted_on else "",
                b.note
                or (
                    self.tr("%1 errors in the file refused").replace("%1", str(b.errors))
                    if b.errors
                    else ""
                ),
            ]
            for b in shown
        ]
        fill_table(self.board, rows, [b.target.id or 0 for b in shown])
        for r, b in enumerate(shown):
            item = self.board.item(r, 4)
            item.setBackground(QBrush(COLOURS[b.status]))
            if b.target.id == kept:  # the officer's choice outlives the refresh a write causes
                self.board.selectRow(r)

    def selected(self) -> summaries.BaseStatus | None:
        rows = self.board.selectionModel().selectedRows()
        if not rows or self.status is None:
            return None
        target_id = self.board.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((b for b in self.status.bases if b.target.id == target_id), None)

    def _show_figures(self) -> None:
        chosen, year = self.selected(), self.year()
        if chosen is None or year is None:
            self.filing.show_detail(None)
            return
        self.filing.show_detail(summaries.filing_detail(self.shell.ws, year, chosen.target.id or 0))

    def _changed(self, changes: Changes) -> None:
        if changes.summaries or changes.bases:
            self._fill_years()

    # Actions.

    def open_year(self) -> None:
        from intlbase_desk.infra import clock

        today = clock.today().year
        year, ok = QInputDialog.getInt(
            self, self.tr("Open a reporting year"), self.tr("Reporting year"), today, 1990, today
        )
        if not ok:
            return
        try:
            opened = summaries.open_campaign(self.shell.ws, year)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.apply(opened)
        self._fill_years(year)
        self.shell.show_message(
            self.tr("%1: %2 bases owe a summary")
            .replace("%1", str(year))
            .replace("%2", str(len(opened.targets)))
        )

    def write_forms(self) -> None:
        year = self.year()
        folder = file_dialogs.ask_folder(self, self.tr("Folder for the forms"))
        if year is None or folder is None:
            return
        ws = self.shell.ws
        self.shell.run_in_background(
            self.tr("Writing the forms"),
            lambda progress, cancel: summaries.write_forms(
                ws, year, folder, progress=progress, cancel=cancel
            ),
            lambda done: self.shell.show_message(
                self.tr("%1 forms written to %2")
                .replace("%1", str(len(done.files)))
                .replace("%2", str(folder))
            ),
            parent=self,
        )

    def unit_sheet(self) -> None:
        year = self.year()
        if year is None:
            return
        path = file_dialogs.ask_save_path(
            self, self.tr("Save the unit sheet"), f"{year}年度工作报表汇总.xlsx", "Excel (*.xlsx)"
        )
        if path is None:
            return
        try:
            summaries.write_unit_sheet(self.shell.ws, year, path)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.show_message(self.tr("Unit sheet saved: %1").replace("%1", str(path)))

    def import_files(self) -> None:
        year = self.year()
        paths = file_dialogs.ask_open_paths(
            self,
            self.tr("Choose returned forms or unit sheets"),
            self.tr("Spreadsheets") + f" {SPREADSHEETS}",
        )
        if year is None or not paths:
            return
        self.import_paths(year, paths)

    def import_paths(self, year: int, paths: list[Path]) -> None:
        """Also what a drop of files on the page does."""
        ws = self.shell.ws

        def job(progress: Progress, cancel: threading.Event) -> summaries.CheckedFilings:
            checked = summaries.check_files(ws, year, paths, progress, cancel)
            progress(1.0, self.tr("Writing the summaries"))
            summaries.write_filings(ws, checked)
            return checked

        self.shell.run_in_background(
            self.tr("Importing the summaries"), job, self._imported, parent=self
        )

    def _imported(self, checked: summaries.CheckedFilings) -> None:
        self.shell.apply(summaries.CHANGED)
        self.shell.show_message(
            self.tr("%1 summaries written, %2 unchanged")
            .replace("%1", str(checked.written))
            .replace("%2", str(checked.unchanged))
        )
        problems = [
            f"{'错误' if f in checked.errors else '提醒'}：{f.file}"
            + (f"第 {f.row} 行" if f.row else "")
            + f"：{f.message}"
            for f in [*checked.errors, *checked.warnings]
        ]
        if problems:
            messages.warn(
                self,
                self.tr("%1 files had errors and were not imported:").replace(
                    "%1", str(len(checked.refused_files))
                )
                + "\n"
                + "\n".join(problems[:30])
                + ("\n……" if len(problems) > 30 else ""),
            )

    def _chosen_or_say(self) -> summaries.BaseStatus | None:
        chosen = self.selected()
        if chosen is None:
            messages.info(self, self.tr("Choose a base on the board."))
        return chosen

    def return_filing(self) -> None:
        from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

        chosen, year = self._chosen_or_say(), self.year()
        if chosen is None or year is None:
            return
        reason = ReasonDialog.ask(
            self.tr("Return for correction"),
            self.tr("Why is the summary of %1 returned?").replace("%1", chosen.target.base_name),
            self,
        )
        if not reason:
            return
        self._decide(
            lambda: summaries.return_filing(self.shell.ws, year, chosen.target.id or 0, reason)
        )

    def accept_filing(self) -> None:
        chosen, year = self._chosen_or_say(), self.year()
        if chosen is None or year is None:
            return
        ws, target_id = self.shell.ws, chosen.target.id or 0
        opinion = ""
        reviewed = summaries.get_campaign(ws, year).recommender_review
        unsigned = (
            reviewed
            and chosen.status == "submitted"
            and not summaries.filing_detail(ws, year, target_id).opinion
        )
        if unsigned:
            from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

            # The profile has the unit review first; its opinion came on signed paper.
            typed = ReasonDialog.ask(
                self.tr("Recommending unit's opinion"),
                self.tr(
                    "The policy has the recommending unit review the summary first, and "
                    "this filing carries no opinion. Type the opinion from the signed paper:"
                ),
                self,
            )
            if typed is None:
                return
            opinion = typed
        self._decide(lambda: summaries.accept_filing(ws, year, target_id, opinion))

    def _decide(self, write: Callable[[], Changes]) -> None:
        try:
            changes = write()
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.apply(changes)

    def remind(self) -> None:
        """The bases not yet filed, by recommending unit: a sheet, or a notice per unit."""
        year = self.year()
        if year is None:
            return
        path = file_dialogs.ask_save_path(
            self,
            self.tr("Save the reminders"),
            f"{year}年度年度总结报送提醒.pdf",
            self.tr("Notices per unit (*.pdf);;List (*.xlsx)"),
        )
        if path is None:
            return
        ws = self.shell.ws
        write = (
            summaries.write_notices
            if path.suffix.lower() == ".pdf"
            else (summaries.write_reminder_sheet)
        )
        self.shell.run_in_background(
            self.tr("Writing the reminders"),
            lambda _progress, _cancel: write(ws, year, path),
            lambda _done: self.shell.show_message(
                self.tr("Reminders saved: %1").replace("%1", str(path))
            ),
            parent=self,
        )

    def attach(self) -> None:
        chosen, year = self._chosen_or_say(), self.year()
        if chosen is None or year is None:
            return
        path = file_dialogs.ask_open_path(
            self,
            self.tr("Choose the document %1 sent").replace("%1", chosen.target.base_name),
            self.tr("Documents") + " (*.doc *.docx *.pdf *.wps *.odt *.xlsx *.xls *.jpg *.png)",
        )
        if path is None:
            return
        self._decide(lambda: summaries.attach(self.shell.ws, year, chosen.target.id or 0, path))
        self.shell.show_message(self.tr("Attached: %1").replace("%1", path.name))

    def open_document(self) -> None:
        """Written to a temporary folder and opened with the desk's own viewer."""
        import tempfile

        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        chosen, year = self._chosen_or_say(), self.year()
        if chosen is None or year is None:
            return
        found = summaries.list_attachments(self.shell.ws, year, chosen.target.id)
        if not found:
            messages.info(self, self.tr("No document is attached for this base."))
            return
        names = [f"{summaries.KINDS[a.kind]}：{a.file_name}" for a in found]
        name, ok = QInputDialog.getItem(
            self, self.tr("Open a document"), self.tr("Document"), names, 0, False
        )
        if not ok:
            return
        picked = found[names.index(name)]
        folder = Path(tempfile.mkdtemp(prefix="intlbase-"))
        path = summaries.save_attachment(self.shell.ws, picked.id, folder)
        self.opened = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def missing(self) -> None:
        from intlbase_desk.ui.summaries.missing_dialog import MissingDialog

        self.shell.run_dialog(MissingDialog(self.shell, self))

    # A drop of many returned files (or a folder) on the page imports them.

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.year() is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        year = self.year()
        given = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        paths = summaries.spreadsheets_in(given)
        if year is None or not paths:
            return
        event.acceptProposedAction()
        self.import_paths(year, paths)
