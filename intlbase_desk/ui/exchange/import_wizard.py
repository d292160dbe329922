"""导入区县表格: pick or drop a file → check (sheet, header, column mapping, preview) → import.

Reading and checking run off the GUI thread (a 5,000-row sheet takes a second or two); the
write is one transaction on the same worker. A column the officer maps by hand is remembered
for sheets whose header is the same (the same district's layout).
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import exchange, sheets
from intlbase_desk.infra import clock
from intlbase_desk.infra.errors import UserError
from intlbase_desk.infra.jobs import Cancelled, Progress
from intlbase_desk.sheets import Report, Schema
from intlbase_desk.ui.shell import messages
from intlbase_desk.ui.shell.findings_list import FindingsList
from intlbase_desk.ui.shell.settings import settings
from intlbase_desk.ui.shell.shell import Shell


@dataclass(frozen=True)
class Checked:
    report: Report
    mapping: dict[str, str]  # the hand-made part of the mapping that was applied


ERROR_COLOUR = QColor("#ffc7ce")  # Excel's own "bad" and "neutral" fills
WARNING_COLOUR = QColor("#ffeb9c")
SKIP = ""  # the mapping choice "do not import this column"


def settings_mapping(headers: list[str]) -> dict[str, str]:
    """A mapping this window kept in its settings before the database held them (schema 6):
    taken out of the settings, for the caller to keep in the database from now on."""
    digest = hashlib.sha1("\x1f".join(headers).encode("utf-8")).hexdigest()[:16]
    key = f"import/mappings/{digest}"
    store = settings()
    value = store.value(key)
    if not value:
        return {}
    store.remove(key)
    store.sync()
    return dict(json.loads(str(value)))


class ImportWizard(QDialog):
    def __init__(
        self, shell: Shell, parent: QWidget | None = None, kind: Schema = exchange.RECOMMENDATION
    ) -> None:
        super().__init__(parent)
        self.shell = shell
        self.ws = shell.ws
        self.report: Report | None = None
        self._checked_path: Path | None = None
        self.header_cells: list[str] = []
        self.written: exchange.Written | None = None
        self.setWindowTitle(self.tr("Import a district sheet"))
        self.resize(1100, 700)
        self.setAcceptDrops(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._check_page())
        self.pages.addWidget(self._done_page())
        self.kind_register.setChecked(kind is exchange.REGISTER)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # Page 1: which file, what kind, which call.

    def _file_page(self) -> QWidget:
        page = QWidget()
        self.kind_recommendation = QRadioButton(self.tr("Recommendation sheet (applications)"))
        self.kind_register = QRadioButton(self.tr("Register of recognised bases"))
        self.kind_recommendation.setChecked(True)
        self.call_year = QSpinBox()
        self.call_year.setObjectName("call_year")
        self.call_year.setRange(2000, 2100)
        self.call_year.setValue(clock.today().year)
        # A year the officer set wins over the one the sheet's title names.
        self.year_by_hand = False
        self.call_year.lineEdit().textEdited.connect(lambda *_: self._year_set_by_hand())
        self.call_year.editingFinished.connect(self._year_set_by_hand_if_changed)
        self.kind_register.toggled.connect(lambda on: self.call_year.setEnabled(not on))
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setPlaceholderText(
            self.tr("Choose a file or drop it here (.xlsx .xls .ods .csv)")
        )
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Sheet type"), self.kind_recommendation)
        form.addRow("", self.kind_register)
        form.addRow(self.tr("Call (year)"), self.call_year)
        form.addRow(self.tr("File"), row)
        self.next_button = QPushButton(self.tr("Check"))
        self.next_button.setObjectName("check")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self.check())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def schema(self) -> Schema:
        return exchange.REGISTER if self.kind_register.isChecked() else exchange.RECOMMENDATION

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the district's file"),
            "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)"),
        )
        if chosen:
            self.path.setText(chosen)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls:
            self.path.setText(urls[0].toLocalFile())
            self.check()

    # Page 2: sheet, mapping and preview.

    def _check_page(self) -> QWidget:
        page = QWidget()
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        self.header_label = QLabel()
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self._notes()
        self.mapping = QTableWidget(0, 2)
        self.mapping.setObjectName("mapping")
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Imported as")]
        )
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.setMaximumHeight(180)
        self.errors_only = QCheckBox(self.tr("Only rows with errors"))
        self.errors_only.setObjectName("errors_only")
        self.errors_only.toggled.connect(self._fill_preview)
        self.preview_model = QStandardItemModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("preview")
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        recheck = QPushButton(self.tr("Apply mapping"))
        recheck.setToolTip(
            self.tr(
                "Checks the file as it was read. If the file was changed since, go back and "
                "check it again."
            )
        )
        recheck.clicked.connect(lambda: self.check(self.sheet.currentText() or None, again=True))
        self.sheet.activated.connect(lambda *_: self.check(self.sheet.currentText(), again=True))
        self.report_button = QPushButton(self.tr("Export error report…"))
        self.report_button.setObjectName("export_report")
        self.report_button.clicked.connect(self.export_error_report)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(lambda: self.write())
        self.import_valid_button = QPushButton()
        self.import_valid_button.setObjectName("import_valid")
        self.import_valid_button.setToolTip(
            self.tr(
                "Imports the rows without errors now; the rows with errors stay in the error "
                "report, for the district to correct and send again."
            )
        )
        self.import_valid_button.clicked.connect(self.write_valid_rows)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sheet")))
        top.addWidget(self.sheet)
        top.addWidget(self.header_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.errors_only)
        bottom.addStretch(1)
        for button in (
            back,
            recheck,
            self.report_button,
            self.import_valid_button,
            self.import_button,
        ):
            bottom.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.mapping)
        layout.addWidget(self.counts)
        layout.addWidget(self.call_note)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.findings)
        layout.addLayout(bottom)
        return page

    def _notes(self) -> None:
        """What page 2 says besides the preview: the call, an earlier import, every finding."""
        self.call_note = QLabel()
        self.call_note.setObjectName("call_note")
        self.notice = QLabel()
        self.notice.setObjectName("earlier_import")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff4ce; padding: 6px;")
        self.notice.hide()
        self.findings = FindingsList(ERROR_COLOUR, WARNING_COLOUR)
        self.findings.setMaximumHeight(200)
        self.findings.row_chosen.connect(self._show_row)

    def manual_mapping(self) -> dict[str, str]:
        """Header as written → field key, for the columns the officer set by hand."""
        chosen: dict[str, str] = {}
        for row in range(self.mapping.rowCount()):
            header = self.mapping.item(row, 0).data(Qt.ItemDataRole.UserRole)
            combo = self.mapping.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.property("manual"):
                chosen[header] = combo.currentData()
        return chosen

    def check(self, sheet: str | None = None, *, again: bool = False) -> None:
        """Checks the file; ``again`` (another sheet, a mapping) checks the bytes read before."""
        path = Path(self.path.text().strip())
        if not self.path.text().strip():
            messages.warn(self, self.tr("Choose a file first."))
            return
        schema = self.schema()
        mapping = self.manual_mapping() if self.report is not None else None

        reading = self.tr("Reading the file…")
        checking = self.tr("Checking every row…")

        # A re-check uses the bytes already read: what is imported is what was checked, and the
        # batch records their SHA-256. "Check" on the first page reads the file again.
        known = self.report.workbook if self.report is not None else None
        same_file = again and known is not None and self._checked_path == path

        def job(progress: Progress, cancel: threading.Event) -> Checked:
            progress(0.1, reading)
            workbook = known if same_file and known is not None else sheets.read(path)
            if cancel.is_set():
                raise Cancelled
            chosen = mapping
            if chosen is None:
                _sheet, found = sheets.pick_sheet(workbook, schema, sheet)
                headers = list(found.headers.values())
                chosen = exchange.remembered_mapping(self.ws, schema, headers)
                if not chosen and (kept := settings_mapping(headers)):
                    exchange.remember_mapping(self.ws, schema, headers, kept)
                    chosen = kept
            progress(0.5, checking)
            report = exchange.check_workbook(self.ws, workbook, schema, sheet=sheet, mapping=chosen)
            if mapping:
                exchange.remember_mapping(self.ws, schema, report.header_cells, mapping)
            return Checked(report, chosen)

        self.shell.run_in_background(
            self.tr("Checking the file"), job, self._show_report, parent=self
        )

    def _show_report(self, checked: Checked) -> None:
        report, manual = checked.report, checked.mapping
        self.report = report
        self._checked_path = Path(self.path.text().strip())
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems([s.name for s in report.workbook.sheets])
        self.sheet.setCurrentText(report.sheet.name)
        self.sheet.blockSignals(False)
        self.header_label.setText(
            self.tr("Header found on row %1").replace("%1", str(report.header_row))
        )
        headers = report.header_cells
        self.header_cells = headers
        by_header = {v: k for k, v in report.columns.items()}
        schema = self.schema()
        self.mapping.setRowCount(0)
        for header in headers:
            row = self.mapping.rowCount()
            self.mapping.insertRow(row)
            self.mapping.setItem(row, 0, QTableWidgetItem(" ".join(header.split())))
            self.mapping.item(row, 0).setData(Qt.ItemDataRole.UserRole, header)
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), SKIP)
            for f in schema.fields:
                combo.addItem(f.label, f.key)
            combo.setCurrentIndex(max(0, combo.findData(by_header.get(header, SKIP))))
            combo.setProperty("manual", header in manual)
            combo.currentIndexChanged.connect(lambda *_, c=combo: c.setProperty("manual", True))
            self.mapping.setCellWidget(row, 1, combo)
        self.mapping.resizeColumnToContents(0)
        data = report.as_dict()
        self.counts.setText(
            self.tr("%1 rows, %2 without errors; %3 errors, %4 warnings")
            .replace("%1", str(data["rows"]))
            .replace("%2", str(data["accepted"]))
            .replace("%3", str(len(data["errors"])))
            .replace("%4", str(len(data["warnings"])))
        )
        self.import_button.setEnabled(not report.errors and bool(report.rows))
        valid = len(report.accepted)
        self.import_valid_button.setVisible(bool(report.errors) and valid > 0)
        self.import_valid_button.setText(
            self.tr("Import the %1 rows without errors").replace("%1", str(valid))
        )
        self.report_button.setEnabled(bool(report.errors or report.warnings))
        self._show_call_year(report)
        self._show_earlier_imports(report)
        self.findings.show_report(report)
        self._fill_preview()
        self.pages.setCurrentIndex(1)

    def _year_set_by_hand(self) -> None:
        self.year_by_hand = True

    def _year_set_by_hand_if_changed(self) -> None:
        if self.call_year.value() != self._proposed_year():
            self.year_by_hand = True

    def _proposed_year(self) -> int:
        found = exchange.title_year(self.report) if self.report is not None else None
        return found or clock.today().year

    def _show_call_year(self, report: Report) -> None:
        if self.schema() is not exchange.RECOMMENDATION:
            self.call_note.hide()
            return
        found = exchange.title_year(report)
        if found is not None and not self.year_by_hand:
            self.call_year.setValue(found)
        year = str(self.call_year.value())
        if found is not None and self.call_year.value() == found:
            text = self.tr("Call: %1 (from the sheet's title)").replace("%1", year)
        elif found is not None:
            text = (
                self.tr("Call: %1 (set by you; the sheet's title says %2)")
                .replace("%1", year)
                .replace("%2", str(found))
            )
        else:
            text = self.tr("Call: %1 (the title names no year; change it on the first page)")
            text = text.replace("%1", year)
        self.call_note.setText(text)
        self.call_note.show()

    def _show_earlier_imports(self, report: Report) -> None:
        earlier = exchange.earlier_imports(self.ws, report.sha256)
        if not earlier:
            self.notice.hide()
            return
        batch = earlier[0]
        self.notice.setText(
            self.tr(
                "This file was imported on %1 by %2 (batch %3). Importing it again skips "
                "every row that is already there."
            )
            .replace("%1", clock.local_text(batch.at))
            .replace("%2", batch.actor)
            .replace("%3", str(batch.id))
        )
        self.notice.show()

    def _show_row(self, sheet_row: int) -> None:
        model = self.preview_model
        for line in range(model.rowCount()):
            header = model.verticalHeaderItem(line)
            if header is not None and header.text() == str(sheet_row):
                self.preview.selectRow(line)
                self.preview.scrollTo(model.index(line, 0))
                return

    def _fill_preview(self) -> None:
        report = self.report
        if report is None:
            return
        schema = self.schema()
        model = self.preview_model
        model.clear()
        model.setHorizontalHeaderLabels([f.label for f in schema.fields])
        types = {t.id: t.name for t in self.ws.profile.base_types}
        for checked in report.rows:
            if self.errors_only.isChecked() and not checked.errors:
                continue
            notes: dict[str, list[tuple[str, str]]] = {}
            for kind, findings in (("error", checked.errors), ("warning", checked.warnings)):
                for f in findings:
                    notes.setdefault(f.field, []).append((kind, f.message))
            items = []
            for f in schema.fields:
                value = checked.values.get(f.key)
                shown = types.get(value, value) if f.key == "base_type" else value
                text = "" if shown is None else str(shown)
                if f.key in notes and not text:
                    text = next(
                        (x.value for x in checked.errors + checked.warnings if x.field == f.key), ""
                    )
                item = QStandardItem(text)
                if f.key in notes:
                    kinds = {k for k, _ in notes[f.key]}
                    colour = ERROR_COLOUR if "error" in kinds else WARNING_COLOUR
                    item.setBackground(QBrush(colour))
                    item.setToolTip("\n".join(m for _, m in notes[f.key]))
                    item.setData(
                        "error" if "error" in kinds else "warning", Qt.ItemDataRole.UserRole
                    )
                items.append(item)
            model.appendRow(items)
            model.setVerticalHeaderItem(model.rowCount() - 1, QStandardItem(str(checked.row)))
        self.preview.resizeColumnsToContents()

    def export_error_report(self) -> None:
        if self.report is None:
            return
        target = ask_report_path(self, Path(self.path.text().strip()))
        if target is None:
            return
        try:
            exchange.write_error_report(target, self.report)
        except (UserError, OSError) as exc:
            messages.warn(self, str(exc))
            return
        messages.info(self, self.tr("Error report saved to %1").replace("%1", str(target)))

    # Writing and the summary.

    def write_valid_rows(self) -> None:
        report = self.report
        if report is None:
            return
        left_out = len(report.rows) - len(report.accepted)
        question = (
            self.tr(
                "%1 rows have errors and will not be imported; they stay in the error report "
                "for the district. Import the other %2 rows now?"
            )
            .replace("%1", str(left_out))
            .replace("%2", str(len(report.accepted)))
        )
        if messages.confirm(self, question):
            self.write(only_valid_rows=True)

    def write(self, *, only_valid_rows: bool = False) -> None:
        report = self.report
        if report is None or (report.errors and not only_valid_rows):
            return
        schema = self.schema()
        year = self.call_year.value()
        writing = self.tr("Writing…")

        def job(progress: Progress, cancel: threading.Event) -> exchange.Written:
            progress(0.2, writing)
            if cancel.is_set():
                raise Cancelled
            return exchange.import_report(
                self.ws, report, schema, call_year=year, only_valid_rows=only_valid_rows
            )

        self.shell.run_in_background(self.tr("Importing"), job, self._done, parent=self)

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        self.done_report_button = close.addButton(
            self.tr("Export error report…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.done_report_button.setObjectName("done_export_report")
        self.done_report_button.clicked.connect(self.export_error_report)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary, 1)
        layout.addWidget(close)
        return page

    def _done(self, written: exchange.Written) -> None:
        self.written = written
        if written.batch_id is None:
            text = self.tr("Nothing new: all %1 rows were already there.").replace(
                "%1", str(written.skipped)
            )
        else:
            text = (
                self.tr("Imported %1 rows as batch %2; %3 rows were already there.")
                .replace("%1", str(written.written))
                .replace("%2", str(written.batch_id))
                .replace("%3", str(written.skipped))
            )
        if written.left_out:
            text += "\n" + self.tr(
                "%1 rows with errors were not imported: export the error report and send it "
                "back to the district."
            ).replace("%1", str(written.left_out))
        self.done_report_button.setVisible(bool(written.left_out))
        self.summary.setText(text)
        self.pages.setCurrentIndex(2)


def ask_report_path(parent: QWidget, source: Path) -> Path | None:
    suggested = str(source.with_name(f"{source.stem}-错误报告.xlsx"))
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        # Translated in this module's context: parent.tr would look under the caller's class.
        QCoreApplication.translate("import_wizard", "Save the error report"),
        suggested,
        "Excel (*.xlsx)",
    )
    return Path(chosen) if chosen else None
