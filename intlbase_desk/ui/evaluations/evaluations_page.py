"""评估: a round's targets, its panels, its scores and its results, and the actions that take a
round from opening to conclusion. Every action calls the same core as the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import evaluations, experts
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.ui.evaluations.major_changes_tab import MajorChangesTab
from intlbase_desk.ui.shell import file_dialogs, messages
from intlbase_desk.ui.shell.page_actions import page_action
from intlbase_desk.ui.shell.shell import Shell
from intlbase_desk.ui.shell.tables import fill_table, read_only_table

SPREADSHEETS = "(*.xlsx *.xlsm *.xls *.ods *.csv)"
FLAGGED = QColor("#FFF2CC")


class EvaluationsPage(QWidget):
    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluations_page")
        self.shell = shell
        self.results: evaluations.RoundResults | None = None
        self.panel_groups: list[str] = []
        self.round_box = QComboBox()
        self.round_box.setObjectName("round_box")
        self.summary = QLabel()
        self.summary.setObjectName("round_summary")
        self.targets = read_only_table(
            "targets_table",
            [
                self.tr("Base"),
                self.tr("Host"),
                self.tr("Credit code"),
                self.tr("Group"),
                self.tr("Note"),
            ],
        )
        self.panels = read_only_table(
            "panels_table",
            [
                self.tr("Group"),
                self.tr("Position"),
                self.tr("Expert"),
                self.tr("Role"),
                self.tr("Note"),
            ],
        )
        self.result_table = read_only_table(
            "results_table",
            [
                self.tr("Rank"),
                self.tr("Base"),
                self.tr("Score"),
                self.tr("Grade"),
                self.tr("Experts"),
                self.tr("Spread"),
                self.tr("Std. dev."),
                self.tr("Group"),
                self.tr("Flags"),
            ],
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.targets, self.tr("Bases"))
        self.tabs.addTab(self.panels, self.tr("Panels"))
        self.tabs.addTab(self.result_table, self.tr("Results"))
        self.has_major_changes = shell.ws.profile.major_changes is not None
        self.changes = MajorChangesTab(shell, self)
        self.changes_table = self.changes.table
        self.act_change, self.act_review = self.changes.act_change, self.changes.act_review
        if self.has_major_changes:
            self.tabs.addTab(self.changes, self.tr("Major changes"))
        else:
            self.changes.hide()  # a child of the page all the same: it would sit over the top
        self.actions = self._make_actions()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Round")))
        top.addWidget(self.round_box, 1)
        top.addWidget(self.summary, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        self.round_box.currentIndexChanged.connect(self.refresh)
        shell.changed.connect(self._changed)
        self._fill_rounds()

    def _make_actions(self) -> list[QAction]:
        def make(name: str, text: str, slot: Callable[[], object]) -> QAction:
            return page_action(self, name, text, slot)

        self.act_open = make("round_open", self.tr("Open a round…"), self.open_round)
        self.act_draw = make("panel_draw", self.tr("Draw a panel…"), self.draw)
        self.act_verify = make("panel_verify", self.tr("Check the draws"), self.verify)
        self.act_decline = make("panel_decline", self.tr("Expert cannot score…"), self.decline)
        self.act_sheets = make("scores_sheets", self.tr("Write score sheets…"), self.write_sheets)
        self.act_import = make("scores_import", self.tr("Import scores…"), self.import_scores)
        self.act_grid = make("scores_grid", self.tr("Type paper sheets…"), self.type_sheets)
        self.act_undo = make("scores_undo", self.tr("Undo the last score import"), self.undo_import)
        self.act_explain = make("flag_explain", self.tr("Explain a far score…"), self.explain)
        self.act_grade = make("grade_set", self.tr("Set the grade…"), self.set_grade)
        self.act_export = make("results_export", self.tr("Export results…"), self.export_results)
        self.act_filled = make(
            "filled_sheets", self.tr("Save the filled score sheets…"), self.export_filled_sheets
        )
        self.act_conclude = make("round_conclude", self.tr("Conclude…"), self.conclude)
        return [
            self.act_open,
            self.act_draw,
            self.act_verify,
            self.act_decline,
            self.act_sheets,
            self.act_import,
            self.act_grid,
            self.act_undo,
            self.act_explain,
            self.act_grade,
            self.act_export,
            self.act_filled,
            self.act_conclude,
            *((self.act_change, self.act_review) if self.has_major_changes else ()),
        ]

    # What the page shows.

    def round_id(self) -> int | None:
        value = self.round_box.currentData()
        return int(value) if value is not None else None

    def _fill_rounds(self, chosen: int | None = None) -> None:
        chosen = chosen if chosen is not None else self.round_id()
        self.round_box.blockSignals(True)
        self.round_box.clear()
        for r in evaluations.list_rounds(self.shell.ws):
            state = self.tr("concluded") if r.state == "concluded" else self.tr("open")
            self.round_box.addItem(f"{r.name}（{state}）", r.id)
        if chosen is not None and (index := self.round_box.findData(chosen)) >= 0:
            self.round_box.setCurrentIndex(index)
        self.round_box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        ws = self.shell.ws
        round_id = self.round_id()
        open_round = False
        if round_id is None:
            for table in (self.targets, self.panels, self.result_table):
                table.setRowCount(0)
            self.summary.setText(self.tr("No evaluation round yet"))
            self.results = None
        else:
            found = evaluations.get_round(ws, round_id)
            open_round = found.state == "open"
            targets = evaluations.round_targets(ws, round_id, included_only=False)
            fill_table(
                self.targets,
                [
                    [
                        t.base_name,
                        t.org_name,
                        t.uscc,
                        evaluations.group_name(ws, t.group_key),
                        "" if t.included else f"已移出：{t.reason}",
                    ]
                    for t in targets
                ],
                [t.base_id for t in targets],
            )
            names = {e.id: e.name for e in experts.load_experts(ws)}
            roles = {"member": "专家组", "reserve": "备选", "declined": "不能参加"}
            panel_rows: list[list[object]] = []
            panel_keys: list[int] = []
            self.panel_groups = []  # each row's group key
            for d, members in evaluations.round_draws(ws, round_id):
                group = evaluations.group_name(ws, d.group_key)
                for m in members:
                    replaced = f"递补 {names.get(m.replaces, '')}" if m.replaces else ""
                    note = "；".join(n for n in (replaced, m.note) if n)
                    panel_rows.append(
                        [group, m.position, names.get(m.expert_id, ""), roles[m.role], note]
                    )
                    panel_keys.append(m.expert_id)
                    self.panel_groups.append(d.group_key)
                # Who could not be drawn, and why: what an auditor checks the draw against.
                for expert_id, reasons in evaluations.draw_exclusions(d).items():
                    panel_rows.append(
                        [group, "", names.get(expert_id, ""), "回避", "；".join(reasons)]
                    )
                    panel_keys.append(expert_id)
                    self.panel_groups.append(d.group_key)
            fill_table(self.panels, panel_rows, panel_keys)
            self.results = evaluations.round_results(ws, round_id)
            self._show_results(self.results)
            graded = sum(1 for t in self.results.targets if t.grade)
            self.summary.setText(
                self.tr("%1 bases, %2 graded")
                .replace("%1", str(len(self.results.targets)))
                .replace("%2", str(graded))
            )
        writable = not ws.read_only
        for action in self.actions[1:]:
            action.setEnabled(writable and open_round)
        self.changes.refresh()  # its actions do not depend on a round
        self.act_open.setEnabled(writable)
        self.act_export.setEnabled(round_id is not None)
        self.act_filled.setEnabled(round_id is not None)

    def _show_results(self, found: evaluations.RoundResults) -> None:
        ordered = sorted(
            found.targets, key=lambda t: (t.group, t.rank is None, t.rank or 0, t.target_id)
        )
        ws = self.shell.ws
        rows = [
            [
                t.rank,
                t.base_name,
                t.panel_score,
                t.grade or "",
                len(t.totals),
                t.spread,
                t.stdev,
                evaluations.group_name(ws, t.group),
                "；".join(
                    f.message + (f"（说明：{f.explanation}）" if f.explanation else "")
                    for f in t.flags
                ),
            ]
            for t in ordered
        ]
        fill_table(self.result_table, rows, [t.target_id for t in ordered])
        for r, t in enumerate(ordered):
            if any(not f.explanation and f.code != "override" for f in t.flags):
                for c in range(self.result_table.columnCount()):
                    self.result_table.item(r, c).setBackground(QBrush(FLAGGED))

    def selected_result(self) -> evaluations.TargetResult | None:
        rows = self.result_table.selectionModel().selectedRows()
        if not rows or self.results is None:
            return None
        target_id = self.result_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((t for t in self.results.targets if t.target_id == target_id), None)

    def _changed(self, changes: Changes) -> None:
        if changes.evaluations or changes.experts or changes.bases:
            self._fill_rounds()

    def _apply(self, result: object, chosen: int | None = None) -> None:
        self.shell.apply(result)
        self._fill_rounds(chosen)

    # Actions.

    def open_round(self) -> None:
        from intlbase_desk.ui.evaluations.round_dialogs import OpenRoundDialog

        dialog = OpenRoundDialog(self.shell.ws, self)
        if not self.shell.run_dialog(dialog):
            return
        try:
            opened = evaluations.open_round(
                self.shell.ws, dialog.year.value(), dialog.kind.currentData()
            )
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self._apply(opened, opened.round.id)
        self.tabs.setCurrentWidget(self.targets)

    def draw(self) -> None:
        from intlbase_desk.ui.evaluations.round_dialogs import DrawDialog

        round_id = self.round_id()
        if round_id is None:
            return
        ws = self.shell.ws
        drawn = {d.group_key for d, _m in evaluations.round_draws(ws, round_id)}
        groups = [g for g in evaluations.groups(ws, round_id) if g not in drawn]
        if not groups:
            messages.info(self, self.tr("Every group of this round has its panel."))
            return
        dialog = DrawDialog(ws, groups, self)
        if not self.shell.run_dialog(dialog):
            return
        fields = [f for f in dialog.fields.text().replace("，", "、").split("、") if f.strip()]
        try:
            result = evaluations.draw_panel(
                ws,
                round_id,
                dialog.group.currentData(),
                seed=dialog.seed.text(),
                size=dialog.size.value(),
                reserves=dialog.reserves.value(),
                fields=fields,
            )
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self._apply(result)
        self.tabs.setCurrentWidget(self.panels)

    def verify(self) -> None:
        round_id = self.round_id()
        if round_id is None:
            return
        checked = evaluations.verify(self.shell.ws, round_id)
        problems = [p for v in checked for p in v.problems]
        if problems:
            messages.warn(self, "\n".join(problems))
        else:
            messages.info(self, self.tr("Every draw matches its record."))

    def decline(self) -> None:
        round_id = self.round_id()
        rows = self.panels.selectionModel().selectedRows()
        if round_id is None or not rows or self.panels.item(rows[0].row(), 3).text() != "专家组":
            messages.info(self, self.tr("Choose a panel member in the panels."))
            return
        row = rows[0].row()
        expert_id = self.panels.item(row, 0).data(Qt.ItemDataRole.UserRole)
        name = self.panels.item(row, 2).text()
        reason = self._reason(
            self.tr("Expert cannot score"),
            self.tr("Why can %1 not score? The next reserve takes the seat.").replace("%1", name),
        )
        if reason is None:
            return
        try:
            group = self.panel_groups[row]
            done = evaluations.decline(self.shell.ws, round_id, expert_id, reason, group)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self._apply(evaluations.CHANGED)
        if done.scored:
            messages.info(
                self,
                self.tr(
                    "%1 had already scored %2 bases: those scores no longer count. The expert"
                    " who takes the seat scores them instead."
                )
                .replace("%1", name)
                .replace("%2", str(done.scored)),
            )

    def write_sheets(self) -> None:
        round_id = self.round_id()
        folder = file_dialogs.ask_folder(self, self.tr("Folder for the score sheets"))
        if round_id is None or folder is None:
            return
        ws = self.shell.ws
        self.shell.run_in_background(
            self.tr("Writing score sheets"),
            lambda progress, cancel: evaluations.write_sheets(
                ws, round_id, folder, progress=progress, cancel=cancel
            ),
            lambda done: self.shell.show_message(
                self.tr("%1 score workbooks written to %2")
                .replace("%1", str(done.experts))
                .replace("%2", str(folder))
            ),
            parent=self,
        )

    def import_scores(self) -> None:
        round_id = self.round_id()
        path = file_dialogs.ask_open_path(
            self,
            self.tr("Choose returned score sheets or a summary"),
            self.tr("Spreadsheets") + f" {SPREADSHEETS}",
        )
        if round_id is None or path is None:
            return
        ws = self.shell.ws
        self.shell.run_in_background(
            self.tr("Checking the scores"),
            lambda _progress, _cancel: evaluations.check_scores_file(ws, round_id, path),
            lambda checked: self._write_checked(checked, path),
            parent=self,
        )

    def _write_checked(self, checked: evaluations.CheckedScores, path: Path) -> None:
        if checked.errors:
            shown = "\n".join(
                (f"工作表“{f.sheet}”" if f.sheet else "")
                + (f"第 {f.row} 行：" if f.row else "")
                + f.message
                for f in checked.errors[:30]
            )
            more = "\n……" if len(checked.errors) > 30 else ""
            messages.warn(
                self,
                self.tr("%1: %2 errors, nothing imported.")
                .replace("%1", path.name)
                .replace("%2", str(len(checked.errors)))
                + "\n"
                + shown
                + more,
            )
            return
        try:
            written = evaluations.import_scores(self.shell.ws, checked)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self._apply(written)
        self.shell.show_message(
            self.tr("%1 scores written, %2 unchanged")
            .replace("%1", str(written.written))
            .replace("%2", str(written.unchanged))
        )
        self.tabs.setCurrentWidget(self.result_table)
        differing = [w.message for w in checked.warnings if w.code == "double_entry"]
        if differing:
            messages.warn(
                self,
                self.tr("The two typings of the paper sheets differ in %1 places:").replace(
                    "%1", str(len(differing))
                )
                + "\n"
                + "\n".join(differing[:30])
                + ("\n……" if len(differing) > 30 else ""),
            )

    def type_sheets(self) -> None:
        from intlbase_desk.ui.evaluations.score_grid import ScoreGrid

        round_id = self.round_id()
        if round_id is None:
            return
        grid = ScoreGrid(self.shell.ws, round_id, self)
        self.shell.run_dialog(grid)
        self._apply(grid.changes)
        self.tabs.setCurrentWidget(self.result_table)

    def undo_import(self) -> None:
        round_id = self.round_id()
        if round_id is None:
            return
        try:
            undone = evaluations.undo_last_import(self.shell.ws, round_id)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self._apply(undone)

    def _reason(self, title: str, prompt: str) -> str | None:
        from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

        dialog = ReasonDialog(title, prompt, self)
        if not self.shell.run_dialog(dialog):
            return None
        return dialog.text.toPlainText().strip()

    def explain(self) -> None:
        chosen = self.selected_result()
        round_id = self.round_id()
        far = [f for f in chosen.flags if f.code == "outlier"] if chosen else []
        if chosen is None or round_id is None or not far:
            messages.info(self, self.tr("Choose a base with a far score in the results."))
            return
        note = self._reason(self.tr("Explain a far score"), far[0].message)
        if note is None:
            return
        assert far[0].expert_id is not None
        try:
            changes = evaluations.explain_flag(
                self.shell.ws, round_id, chosen.target_id, far[0].expert_id, note
            )
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self._apply(changes)

    def set_grade(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        chosen = self.selected_result()
        round_id = self.round_id()
        if chosen is None or round_id is None:
            messages.info(self, self.tr("Choose a base in the results."))
            return
        names = [g.name for g in self.shell.ws.profile.evaluation.grades]
        grade, ok = QInputDialog.getItem(
            self,
            self.tr("Set the grade"),
            chosen.base_name,
            names,
            names.index(chosen.grade) if chosen.grade in names else 0,
            False,
        )
        if not ok:
            return
        reason = self._reason(self.tr("Set the grade"), self.tr("Why this grade?"))
        if reason is None:
            return
        try:
            changes = evaluations.set_grade(
                self.shell.ws, round_id, chosen.target_id, grade, reason
            )
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self._apply(changes)

    def _save_round_file(
        self, title: str, name: str, filters: str, write: Callable[[Path], object]
    ) -> None:
        """Asks where, then writes in the background (a round's PDFs take a while)."""
        round_id = self.round_id()
        if round_id is None:
            return
        found = evaluations.get_round(self.shell.ws, round_id)
        target = file_dialogs.ask_save_path(self, title, f"{found.name}{name}", filters)
        if target is None:
            return
        self.shell.run_in_background(
            title,
            lambda _progress, _cancel: write(target),
            lambda _done: self.shell.show_message(self.tr("Saved: %1").replace("%1", str(target))),
            parent=self,
        )

    def export_results(self) -> None:
        ws, round_id = self.shell.ws, self.round_id()
        self._save_round_file(
            self.tr("Export results"),
            "结果.xlsx",
            "Excel (*.xlsx);;PDF (*.pdf);;CSV (*.csv)",
            lambda path: evaluations.write_results(ws, round_id or 0, path),
        )

    def export_filled_sheets(self) -> None:
        ws, round_id = self.shell.ws, self.round_id()
        self._save_round_file(
            self.tr("Save the filled score sheets"),
            "评分汇总.pdf",
            "PDF (*.pdf)",
            lambda path: evaluations.write_filled_sheets(ws, round_id or 0, path),
        )

    def conclude(self) -> None:
        from intlbase_desk.ui.evaluations.round_dialogs import ConcludeDialog

        round_id = self.round_id()
        if round_id is None:
            return
        ws = self.shell.ws
        preview = evaluations.preview_conclusion(ws, round_id)
        if preview.unresolved:
            messages.warn(
                self,
                self.tr("These bases have no grade yet: %1").replace(
                    "%1", "、".join(preview.unresolved)
                ),
            )
            return
        if not self.shell.run_dialog(ConcludeDialog(preview, self)):
            return
        try:
            done = evaluations.conclude(ws, round_id)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self._apply(done, round_id)
