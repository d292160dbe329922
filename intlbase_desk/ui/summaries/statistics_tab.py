"""统计: a year's indicators summed up (total, median, bases, last year, year over year), for all
bases or by type or district, exported to Excel."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from intlbase_desk import summaries
from intlbase_desk.infra.errors import UserError
from intlbase_desk.ui.shell import file_dialogs, messages
from intlbase_desk.ui.shell.shell import Shell
from intlbase_desk.ui.shell.tables import fill_table, read_only_table


class StatisticsTab(QWidget):
    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.year: int | None = None
        self.by = QComboBox()
        self.by.setObjectName("summary_stats_by")
        for key, text in (
            ("all", self.tr("All bases")),
            ("type", self.tr("By type")),
            ("district", self.tr("By district")),
        ):
            self.by.addItem(text, key)
        self.by.currentIndexChanged.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("summary_stats_export")
        self.export_button.clicked.connect(self.export)
        self.table = read_only_table(
            "summary_stats",
            [
                self.tr("Group"),
                self.tr("Indicator"),
                self.tr("Unit"),
                self.tr("Bases"),
                self.tr("Total"),
                self.tr("Median"),
                self.tr("Last year"),
                self.tr("Change"),
            ],
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Grouped")))
        top.addWidget(self.by)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def show_year(self, year: int | None) -> None:
        self.year = year
        self.refresh()

    def refresh(self) -> None:
        self.export_button.setEnabled(self.year is not None)
        if self.year is None or not self.isVisible():
            fill_table(self.table, [])
            return
        found = summaries.year_statistics(self.shell.ws, self.year, self.by.currentData())
        fill_table(
            self.table,
            [
                [s.group, s.indicator, s.unit, s.bases, s.total, s.median, s.last_total, s.change]
                for s in found
            ],
        )

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()  # computed when looked at, not with every change to the board

    def export(self) -> None:
        if self.year is None:
            return
        path = file_dialogs.ask_save_path(
            self,
            self.tr("Export the statistics"),
            f"{self.year}年度年度总结统计.xlsx",
            "Excel (*.xlsx)",
        )
        if path is None:
            return
        try:
            rows = summaries.write_statistics(self.shell.ws, self.year, path, self.by.currentData())
        except (UserError, OSError) as exc:
            messages.warn(self, str(exc))
            return
        self.shell.show_message(
            self.tr("%1 rows exported to %2").replace("%1", str(rows)).replace("%2", str(path))
        )
