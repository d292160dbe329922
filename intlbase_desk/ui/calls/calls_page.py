"""申报: a year's call (its guide's settings), its applications with their state and what the
settings make of them, filters, and one application's data and steps. Every action calls the
same core as the command line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import calls
from intlbase_desk.infra import clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.ui.shell import messages
from intlbase_desk.ui.shell.page_actions import page_action
from intlbase_desk.ui.shell.shell import Shell
from intlbase_desk.ui.shell.tables import fill_table, read_only_table

FLAGGED = QColor("#FFF2CC")
ALL = "全部"


class CallsPage(QWidget):
    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calls_page")
        self.shell = shell
        self.rows: list[calls.ApplicationRow] = []
        self.year_box = QComboBox()
        self.year_box.setObjectName("call_year")
        self.settings_label = QLabel()
        self.settings_label.setObjectName("call_settings_text")
        self.settings_label.setWordWrap(True)
        self.filters: dict[str, QComboBox] = {}
        filters = QHBoxLayout()
        for key, label in (
            ("state", self.tr("State")),
            ("base_type", self.tr("Type")),
            ("recommender", self.tr("Recommending unit")),
        ):
            box = QComboBox()
            box.setObjectName(f"call_filter_{key}")
            box.currentIndexChanged.connect(self._show_rows)
            self.filters[key] = box
            filters.addWidget(QLabel(label))
            filters.addWidget(box, 1)
        self.search = QLineEdit()
        self.search.setObjectName("call_search")
        self.search.setPlaceholderText(self.tr("Organisation, base or credit code"))
        self.search.textChanged.connect(self._show_rows)
        filters.addWidget(self.search, 2)
        self.table = read_only_table(
            "call_applications",
            [
                self.tr("No."),
                self.tr("Recommending unit"),
                self.tr("Organisation"),
                self.tr("Base"),
                self.tr("Type"),
                self.tr("State"),
                self.tr("Notes"),
            ],
        )
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.heading = QLabel()
        self.heading.setObjectName("call_heading")
        self.heading.setWordWrap(True)
        self.details = read_only_table("call_details", [self.tr("Item"), self.tr("As written")])
        self.steps = read_only_table(
            "call_steps", [self.tr("When"), self.tr("Step"), self.tr("Note"), self.tr("By")]
        )
        from intlbase_desk.ui.calls.review_panel import ReviewPanel

        self.review = ReviewPanel(shell, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("call_tabs")
        self.tabs.addTab(self.details, self.tr("Application"))
        self.tabs.addTab(self.review, self.tr("Formal review"))
        self.tabs.addTab(self.steps, self.tr("Steps"))
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.tabs, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        self.actions = self._make_actions()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Call")))
        top.addWidget(self.year_box)
        top.addWidget(self.settings_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        self.year_box.currentIndexChanged.connect(self.refresh)
        shell.changed.connect(self._changed)
        self._fill_years()

    def _make_actions(self) -> list[QAction]:
        def make(name: str, text: str, slot: Callable[[], object]) -> QAction:
            return page_action(self, name, text, slot)

        self.act_open = make("open_call", self.tr("Open a call…"), self.open_call)
        self.act_settings = make("call_settings", self.tr("Guide settings…"), self.edit_settings)
        self.act_add = make("add_application", self.tr("Direct application…"), self.add)
        self.act_withdraw = make("withdraw_application", self.tr("Withdraw…"), self.withdraw)
        self.act_metrics_sheet = make(
            "metrics_sheet", self.tr("Write the metrics sheet…"), self.write_metrics_sheet
        )
        self.act_metrics = make("import_metrics", self.tr("Import metrics…"), self.import_metrics)
        self.act_decide = make("decide_review", self.tr("Decide the formal review…"), self.decide)
        return [
            self.act_open,
            self.act_settings,
            self.act_add,
            self.act_withdraw,
            self.act_metrics_sheet,
            self.act_metrics,
            self.act_decide,
        ]

    def year(self) -> int | None:
        data = self.year_box.currentData()
        return int(data) if data is not None else None

    def _fill_years(self, chosen: int | None = None) -> None:
        keep = chosen if chosen is not None else self.year()
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for info in calls.list_calls(self.shell.ws):
            self.year_box.addItem(info.name, info.year)
        found = self.year_box.findData(keep) if keep is not None else -1
        self.year_box.setCurrentIndex(found if found >= 0 else 0)
        self.year_box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        year = self.year()
        writable = not self.shell.ws.read_only
        self.act_open.setEnabled(writable)
        for action in self.actions[1:]:
            action.setEnabled(writable and year is not None)
        if year is None:
            self.settings_label.setText(
                self.tr("No call yet: import a district's sheet, or open a call.")
            )
            self.rows = []
            self._show_rows()
            return
        info = calls.call_info(self.shell.ws, year)
        self.settings_label.setText(self._describe(info))
        self.rows = calls.list_applications(self.shell.ws, year)
        self._fill_filters()
        self._show_rows()

    def _describe(self, info: calls.CallInfo) -> str:
        names = {t.id: t.name for t in self.shell.ws.profile.base_types}
        types = "、".join(names.get(t, t) for t in info.open_types) or self.tr("every type")
        deadline = f"{info.deadline:%Y-%m-%d}" if info.deadline else self.tr("not set")
        quota = str(info.unit_quota) if info.unit_quota else self.tr("no limit")
        counts = "，".join(f"{calls.STATES[k]} {n}" for k, n in info.by_state.items())
        return self.tr("Deadline %1; open: %2; per recommending unit: %3").replace(
            "%1", deadline
        ).replace("%2", types).replace("%3", quota) + (f"。{counts}" if counts else "")

    def _fill_filters(self) -> None:
        names = {t.id: t.name for t in self.shell.ws.profile.base_types}
        choices = {
            "state": [
                (k, v) for k, v in calls.STATES.items() if any(r.state == k for r in self.rows)
            ],
            "base_type": [(k, names.get(k, k)) for k in sorted({r.base_type for r in self.rows})],
            "recommender": [(u, u) for u in sorted({r.recommender for r in self.rows})],
        }
        for key, box in self.filters.items():
            kept = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(ALL, None)
            for value, shown in choices[key]:
                box.addItem(shown, value)
            found = box.findData(kept) if kept is not None else 0
            box.setCurrentIndex(max(found, 0))
            box.blockSignals(False)

    def shown_rows(self) -> list[calls.ApplicationRow]:
        wanted = {k: b.currentData() for k, b in self.filters.items()}
        needle = self.search.text().strip().lower()
        return [
            r
            for r in self.rows
            if all(v is None or getattr(r, k) == v for k, v in wanted.items())
            and (not needle or any(needle in t.lower() for t in (r.org_name, r.base_name, r.uscc)))
        ]

    def _show_rows(self) -> None:
        chosen = self.selected_id()
        shown = self.shown_rows()
        fill_table(
            self.table,
            [
                [
                    r.id,
                    r.recommender,
                    r.org_name,
                    r.base_name,
                    r.type_name,
                    calls.STATES[r.state],
                    "；".join(r.flags),
                ]
                for r in shown
            ],
            [r.id for r in shown],
        )
        for row, r in enumerate(shown):
            if r.flags:
                for column in range(self.table.columnCount()):
                    self.table.item(row, column).setBackground(QBrush(FLAGGED))
        again = next((i for i, r in enumerate(shown) if r.id == chosen), None)
        if again is not None:
            self.table.selectRow(again)
        else:
            self._show_detail()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _show_detail(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            self.heading.setText(self.tr("Choose an application to see it whole."))
            fill_table(self.details, [])
            fill_table(self.steps, [])
            self.review.show_review(None, None)
            return
        self.review.show_review(self.year(), chosen)
        detail = calls.application_detail(self.shell.ws, chosen)
        r = detail.row
        lines = [
            f"{r.base_name}（{r.type_name}）：{calls.STATES[r.state]}",
            f"{r.org_name}（{r.uscc}）；{r.recommender}；{r.source}",
            *(f"! {flag}" for flag in r.flags),
        ]
        self.heading.setText("\n".join(lines))
        fill_table(self.details, [[k, v] for k, v in detail.values.items()])
        fill_table(
            self.steps,
            [
                [clock.local_text(s.at), calls.STATES.get(s.state, s.state), s.reason, s.actor]
                for s in detail.steps
            ],
        )

    def _changed(self, changes: Changes) -> None:
        if changes.applications or changes.import_batches:
            self._fill_years()

    # Actions.

    def open_call(self) -> None:
        year, ok = QInputDialog.getInt(
            self,
            self.tr("Open a call"),
            self.tr("Year of the call:"),
            clock.today().year,
            2000,
            clock.today().year + 1,
        )
        if not ok:
            return
        try:
            calls.open_call(self.shell.ws, year)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self._fill_years(year)

    def edit_settings(self) -> None:
        from intlbase_desk.ui.calls.settings_dialog import CallSettingsDialog

        year = self.year()
        if year is not None:
            self.shell.run_dialog(CallSettingsDialog(self.shell, year, self))

    def add(self) -> None:
        from intlbase_desk.ui.calls.application_form import ApplicationForm

        year = self.year()
        if year is None:
            return
        form = ApplicationForm(self.shell.ws, year, self)
        if not self.shell.run_dialog(form) or form.entered is None:
            return
        self.shell.apply(form.entered.changes)
        if form.entered.warnings:
            messages.warn(self, "\n".join(form.entered.warnings))

    def withdraw(self) -> None:
        from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

        chosen = self.selected_id()
        if chosen is None:
            messages.info(self, self.tr("Choose the application to withdraw."))
            return
        reason = ReasonDialog.ask(
            self.tr("Withdraw the application"),
            self.tr("Why is it withdrawn (e.g. the applicant's letter)?"),
            self,
        )
        if reason is None:
            return
        try:
            changes = calls.withdraw_application(self.shell.ws, chosen, reason)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.apply(changes)

    def write_metrics_sheet(self) -> None:
        from intlbase_desk.ui.shell import file_dialogs

        year = self.year()
        if year is None:
            return
        path = file_dialogs.ask_save_path(
            self,
            self.tr("Save the metrics sheet"),
            f"{year}年度申报指标.xlsx",
            self.tr("Excel workbook") + " (*.xlsx)",
        )
        if path is None:
            return
        try:
            rows = calls.write_metrics_sheet(self.shell.ws, year, path)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.show_message(
            self.tr("Metrics sheet of %1 applications saved: %2")
            .replace("%1", str(rows))
            .replace("%2", str(path))
        )

    def import_metrics(self) -> None:
        from intlbase_desk.ui.shell import file_dialogs

        year = self.year()
        if year is None:
            return
        path = file_dialogs.ask_open_path(
            self,
            self.tr("Choose the metrics sheet"),
            self.tr("Spreadsheets") + " (*.xlsx *.xls *.ods *.csv)",
        )
        if path is None:
            return
        try:
            checked = calls.check_metrics_file(self.shell.ws, year, path)
            said = [
                f"第 {f.row} 行“{f.column or f.field}”：{f.message}"
                for f in [*checked.report.errors, *checked.report.warnings]
            ]
            if checked.report.errors:
                messages.warn(self, self.tr("Nothing was imported:") + "\n" + "\n".join(said[:20]))
                return
            changes = calls.write_metrics(self.shell.ws, checked)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.apply(changes)
        self.shell.show_message(
            self.tr("%1 figures imported").replace("%1", str(len(checked.figures)))
        )
        if said:
            messages.warn(self, "\n".join(said[:20]))

    def decide(self) -> None:
        year = self.year()
        if year is None:
            return
        reviews = [
            r
            for r in calls.review_applications(self.shell.ws, year)
            if r.row.state in ("received", "formal_passed", "formal_failed")
        ]
        counts = {k: sum(1 for r in reviews if r.outcome == k) for k in calls.OUTCOMES}
        question = (
            self.tr(
                "Record the formal review: %1 pass, %2 do not (each with its articles); "
                "%3 incomplete stay as they are?"
            )
            .replace("%1", str(counts["pass"]))
            .replace("%2", str(counts["fail"]))
            .replace("%3", str(counts["incomplete"]))
        )
        if not messages.confirm(self, question):
            return
        try:
            done = calls.decide_formal_review(self.shell.ws, year)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.apply(done.changes)
