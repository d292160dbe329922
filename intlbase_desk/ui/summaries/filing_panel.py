"""A base's annual summary beside the board: where it stands, its figures beside last year's,
every check result of its latest file (errors tinted), and the filings it replaced."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from intlbase_desk import summaries
from intlbase_desk.ui.shell.tables import fill_table, read_only_table

ERROR = QColor("#FCE4D6")


class FilingPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("summary_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures = read_only_table(
            "summary_figures", [self.tr("Item"), self.tr("Last year"), self.tr("This year")]
        )
        self.results = read_only_table(
            "summary_results", [self.tr("Kind"), self.tr("Where"), self.tr("Finding")]
        )
        self.results.setWordWrap(True)  # a finding read whole, not cut at the column's edge
        self.results_label = QLabel()
        self.history = QLabel()
        self.history.setObjectName("summary_history")
        self.history.setWordWrap(True)
        checks = QWidget()
        below = QVBoxLayout(checks)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.results_label)
        below.addWidget(self.results, 1)
        below.addWidget(self.history)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.figures)
        split.addWidget(checks)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        self.show_detail(None)

    def show_detail(self, detail: summaries.FilingDetail | None) -> None:
        if detail is None:
            self.heading.setText(self.tr("Choose a base on the board to see its form."))
            fill_table(self.figures, [])
            fill_table(self.results, [])
            self.results_label.setText("")
            self.history.setText("")
            return
        self.heading.setText("\n".join(self._heading(detail)))
        fill_table(self.figures, [[name, last, now] for name, last, now in detail.figures])
        rows = [[summaries.SEVERITY[r.severity], r.where, r.message] for r in detail.results]
        fill_table(self.results, rows)
        for row, result in enumerate(detail.results):
            if result.severity == "error":
                for column in range(self.results.columnCount()):
                    self.results.item(row, column).setBackground(QBrush(ERROR))
        self.results.resizeRowsToContents()
        if detail.refused_file:
            said = self.tr("The latest file, %1, did not go in:").replace("%1", detail.refused_file)
        elif detail.results:
            said = self.tr("Check results of the filed file:")
        else:
            said = self.tr("No check results.") if detail.file_name else ""
        self.results_label.setText(said)
        earlier = [h for h in detail.history if h.replaced]
        self.history.setText(
            self.tr("Earlier filings: %1").replace(
                "%1",
                "；".join(
                    f"{h.submitted_on:%Y-%m-%d} {h.file_name or self.tr('typed in')}"
                    for h in earlier
                ),
            )
            if earlier
            else ""
        )

    def _heading(self, detail: summaries.FilingDetail) -> list[str]:
        b = detail.standing
        state = summaries.STATUSES[b.status]
        lines = [f"{b.target.base_name}（{b.target.org_name}）：{state}"]
        if b.submitted_on:
            lines.append(
                self.tr("Filed on %1 (%2)")
                .replace("%1", f"{b.submitted_on:%Y-%m-%d}")
                .replace("%2", detail.file_name or self.tr("typed in"))
            )
        if b.note:
            lines.append(self.tr("Returned: %1").replace("%1", b.note))
        if detail.opinion:
            lines.append(self.tr("Recommending unit's opinion: %1").replace("%1", detail.opinion))
        return lines
