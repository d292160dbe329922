"""Importing an expert list: the checked file's every problem listed, then the list written
all at once (or not at all) off the GUI thread when the officer confirms."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import experts, sheets
from intlbase_desk.ui.shell.findings_list import FindingsList
from intlbase_desk.ui.shell.shell import Shell


class ExpertsImportDialog(QDialog):
    def __init__(
        self,
        shell: Shell,
        checked: experts.Checked,
        parent: QWidget | None = None,
        *,
        preview: experts.ExpertsImported | None = None,
    ) -> None:
        """``preview``: what importing would do, when the list has no errors."""
        super().__init__(parent)
        self.setObjectName("experts_import")
        self.shell = shell
        self.checked = checked
        self.preview = preview
        self.imported: experts.ExpertsImported | None = None
        self.setWindowTitle(self.tr("Import an expert list"))
        self.resize(820, 480)
        self.summary = QLabel()
        self.summary.setObjectName("experts_import_summary")
        self.summary.setWordWrap(True)
        self.findings = FindingsList(
            QColor(f"#{sheets.ERROR_FILL}"), QColor(f"#{sheets.WARNING_FILL}")
        )
        self.findings.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("experts_import_button")
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.buttons)
        self._show(checked)

    def _show(self, checked: experts.Checked) -> None:
        report = checked.report
        self.findings.show_report(report)
        text = (
            self.tr("%1: %2 experts, %3 without errors.")
            .replace("%1", f"{report.file}（{report.sheet.name}）")
            .replace("%2", str(len(report.rows)))
            .replace("%3", str(len(report.accepted)))
        )
        if report.errors:
            text += " " + self.tr(
                "Correct the errors in the file and import it again: a list goes in whole."
            )
        elif self.preview is not None:
            text += " " + (
                self.tr("Importing adds %1 experts, updates %2, leaves %3 unchanged.")
                .replace("%1", str(self.preview.added))
                .replace("%2", str(self.preview.updated))
                .replace("%3", str(self.preview.unchanged))
            )
        self.summary.setText(text)
        self.import_button.setEnabled(not report.errors and bool(report.rows))

    def _import(self) -> None:
        checked = self.checked
        self.import_button.setEnabled(False)
        self.shell.run_in_background(
            self.tr("Importing the expert list"),
            lambda _progress, _cancel: experts.import_experts(self.shell.ws, checked),
            self._imported,
            parent=self,
        )

    def _imported(self, imported: experts.ExpertsImported) -> None:
        from intlbase_desk.ui.experts.experts_page import warn_late_conflicts

        self.imported = imported
        if imported.updated:
            warn_late_conflicts(self, self.shell.ws, None)
        self.summary.setText(
            self.tr("Imported: %1 added, %2 updated, %3 unchanged.")
            .replace("%1", str(imported.added))
            .replace("%2", str(imported.updated))
            .replace("%3", str(imported.unchanged))
        )
