"""颁发证书: for which bases, certificates or plaques, one PDF or one file per base."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk.infra import clock
from intlbase_desk.ui.shell import dates


@dataclass(frozen=True)
class CertificateChoice:
    scope: str  # selection | view | year
    year: int
    plaque: bool
    one_file_each: bool
    plaque_layout: str | None = None
    reissue: bool = False
    dated: dt.date | None = None  # None: each base's recognition date


class CertificateDialog(QDialog):
    def __init__(
        self,
        has_selection: bool,
        plaque_layouts: list[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Issue certificates"))
        self.selection = QRadioButton(self.tr("The selected base"))
        self.view = QRadioButton(self.tr("Every base in force in the current view"))
        self.by_year = QRadioButton(self.tr("Every base in force recognised in"))
        self.selection.setEnabled(has_selection)
        (self.selection if has_selection else self.view).setChecked(True)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.plaque = QCheckBox(self.tr("Plaques instead of certificates"))
        self.plaque_layout = QComboBox()
        self.plaque_layout.setObjectName("plaque_layout")
        for layout_id, name in plaque_layouts or []:
            self.plaque_layout.addItem(name, layout_id)
        self.plaque_layout.setEnabled(False)
        self.plaque.toggled.connect(self.plaque_layout.setEnabled)
        if not plaque_layouts:  # the profile awards no plaque
            self.plaque.setEnabled(False)
            self.plaque.setToolTip(self.tr("The rules of this profile award no plaque"))
        self.one_file_each = QCheckBox(self.tr("One PDF per base, in a folder"))
        self.reissue = QCheckBox(self.tr("Re-issue (补发) of a lost certificate, same number"))
        self.same_date = QCheckBox(self.tr("Date every page"))
        self.same_date.setObjectName("same_date")
        self.same_date.setToolTip(
            self.tr("Otherwise each page bears the date its base was recognised")
        )
        self.dated = QDateEdit(dates.today())
        self.dated.setObjectName("dated")
        self.dated.setCalendarPopup(True)
        self.dated.setDisplayFormat("yyyy-MM-dd")
        self.dated.setEnabled(False)
        self.same_date.toggled.connect(self.dated.setEnabled)
        form = QFormLayout()
        form.addRow(self.selection)
        form.addRow(self.view)
        form.addRow(self.by_year, self.year)
        form.addRow(self.plaque, self.plaque_layout)
        form.addRow(self.one_file_each)
        form.addRow(self.reissue)
        form.addRow(self.same_date, self.dated)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> CertificateChoice:
        scope = (
            "selection"
            if self.selection.isChecked()
            else ("year" if self.by_year.isChecked() else "view")
        )
        plaque = self.plaque.isChecked()
        return CertificateChoice(
            scope,
            self.year.value(),
            plaque,
            self.one_file_each.isChecked(),
            self.plaque_layout.currentData() if plaque else None,
            self.reissue.isChecked(),
            dates.from_qdate(self.dated.date()) if self.same_date.isChecked() else None,
        )

    @classmethod
    def ask(
        cls,
        has_selection: bool,
        parent: QWidget | None = None,
        plaque_layouts: list[tuple[str, str]] | None = None,
    ) -> CertificateChoice | None:
        dialog = cls(has_selection, plaque_layouts, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
