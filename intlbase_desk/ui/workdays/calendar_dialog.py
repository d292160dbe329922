"""工作日历: a year's holidays and adjusted working days (调休), as the bundled calendar or the
office has them, typed in or imported from the State Council's notice, and a period counted in
working days to check a date at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import workdays
from intlbase_desk.infra import clock
from intlbase_desk.infra.errors import UserError
from intlbase_desk.ui.shell import file_dialogs, messages
from intlbase_desk.ui.shell.shell import Shell

SHEETS = "(*.xlsx *.xls *.ods *.csv)"


class CalendarDialog(QDialog):
    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workday_calendar")
        self.shell = shell
        self.setWindowTitle(self.tr("Working-day calendar"))
        self.resize(640, 620)
        self.calendar = workdays.load_calendar(shell.ws)
        self.year = QSpinBox()
        self.year.setObjectName("calendar_year")
        self.year.setRange(min(self.calendar.years()), max(self.calendar.years()) + 2)
        self.year.setValue(clock.today().year)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("calendar_days")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Weekday"), self.tr("Kind"), self.tr("Name")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.source = QLineEdit()
        self.source.setObjectName("calendar_source")
        self.source.setPlaceholderText(self.tr("The notice, e.g. 国办发明电〔2026〕×号"))
        self.save_button = QPushButton(self.tr("Save this year"))
        self.save_button.setObjectName("calendar_save")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(not shell.ws.read_only)
        edits = self._edit_buttons(not shell.ws.read_only)
        counted = self._counter()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.source_label, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(edits)
        layout.addWidget(self.source)
        layout.addLayout(counted)
        layout.addWidget(buttons)
        self.year.valueChanged.connect(self.show_year)
        self.start.dateChanged.connect(self.count)
        self.days.valueChanged.connect(self.count)
        self.show_year()

    def _edit_buttons(self, writable: bool) -> QHBoxLayout:
        add = QPushButton(self.tr("Add a day"))
        add.clicked.connect(self.add_row)
        remove = QPushButton(self.tr("Remove the chosen days"))
        remove.clicked.connect(self.remove_rows)
        self.import_button = QPushButton(self.tr("Import a sheet…"))
        self.import_button.clicked.connect(self.import_sheet)
        sheet = QPushButton(self.tr("Write the sheet…"))
        sheet.clicked.connect(self.write_sheet)
        edits = QHBoxLayout()
        for button in (add, remove, self.import_button, sheet):
            button.setEnabled(writable or button is sheet)
            edits.addWidget(button)
        edits.addStretch(1)
        return edits

    def _counter(self) -> QHBoxLayout:
        """A period counted at once, to check a notice's dates."""
        self.start = QDateEdit(QDate(clock.today()))
        self.start.setObjectName("calendar_start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.days = QSpinBox()
        self.days.setObjectName("calendar_days_count")
        self.days.setRange(1, 250)
        self.days.setValue(5)
        self.period = QLabel()
        self.period.setObjectName("calendar_period")
        counted = QHBoxLayout()
        counted.addWidget(QLabel(self.tr("From")))
        counted.addWidget(self.start)
        counted.addWidget(self.days)
        counted.addWidget(QLabel(self.tr("working days:")))
        counted.addWidget(self.period, 1)
        return counted

    def show_year(self) -> None:
        year = self.year.value()
        try:
            table = self.calendar.table(year)
        except workdays.YearNotCovered as exc:
            self.source_label.setText(str(exc))
            self._fill([])
            self.count()
            return
        by = (
            self.tr("entered by %1 on %2")
            .replace("%1", table.entered_by)
            .replace("%2", f"{table.entered_at:%Y-%m-%d}" if table.entered_at else "")
            if table.entered_by
            else ""
        )
        self.source_label.setText(table.source + (f"，{by}" if by else ""))
        self._fill([(d.day.isoformat(), workdays.KINDS[d.kind], d.name) for d in table.days])
        self.count()

    def _fill(self, rows: list[tuple[str, str, str]]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self._append(*row)

    def _append(self, day: str, kind: str, name: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate((day, self._weekday(day), kind, name)):
            item = QTableWidgetItem(text)
            if c == 1:  # follows from the date
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, c, item)

    @staticmethod
    def _weekday(day: str) -> str:
        try:
            import datetime as dt

            return workdays.weekday_name(dt.date.fromisoformat(day))
        except ValueError:
            return ""

    def rows(self) -> list[tuple[str, str, str]]:
        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 2), text(r, 3)) for r in range(self.table.rowCount())]

    def add_row(self) -> None:
        self._append(f"{self.year.value()}-", workdays.KINDS["holiday"], "")
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))

    def remove_rows(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)

    def save(self) -> bool:
        year = self.year.value()
        days, problems = workdays.typed_days(year, self.rows())
        if problems:
            messages.warn(self, "\n".join(problems[:15]))
            return False
        try:
            changes = workdays.set_year(self.shell.ws, year, days, self.source.text())
        except UserError as exc:
            messages.warn(self, str(exc))
            return False
        self.shell.apply(changes)
        self.calendar = workdays.load_calendar(self.shell.ws)
        self.show_year()
        self.shell.show_message(self.tr("The holidays of %1 are saved").replace("%1", str(year)))
        return True

    def import_sheet(self) -> None:
        path = file_dialogs.ask_open_path(
            self, self.tr("Choose the holiday sheet"), self.tr("Spreadsheets") + f" {SHEETS}"
        )
        if path is None:
            return
        try:
            checked = workdays.check_year_file(path, self.year.value())
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        if not checked.ok:
            said = [
                f"第 {f.row} 行“{f.column or f.field}”：{f.message}" for f in checked.report.errors
            ]
            messages.warn(self, "\n".join([*said, *checked.problems][:15]))
            return
        # Shown as it will be kept, then saved as typed days are.
        self._fill([(d.day.isoformat(), workdays.KINDS[d.kind], d.name) for d in checked.days])
        if not self.source.text().strip():
            self.source.setText(path.name)
        self.save()

    def write_sheet(self) -> None:
        year = self.year.value()
        path = file_dialogs.ask_save_path(
            self,
            self.tr("Save the holiday sheet"),
            f"{year}年节假日安排.xlsx",
            self.tr("Excel workbook") + " (*.xlsx)",
        )
        if path is None:
            return
        try:
            workdays.write_year_sheet(Path(path), year, self.calendar)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.show_message(self.tr("Saved: %1").replace("%1", str(path)))

    def count(self) -> None:
        start = self.start.date().toPython()
        try:
            end = self.calendar.period_end(start, self.days.value())
        except UserError as exc:
            self.period.setText(str(exc))
            return
        self.period.setText(
            self.tr("ends on %1 (%2)")
            .replace("%1", f"{end:%Y-%m-%d}")
            .replace("%2", workdays.weekday_name(end))
        )
