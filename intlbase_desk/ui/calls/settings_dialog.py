"""A call's guide settings: the deadline, the base types open this year, the quota per
recommending unit."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import calls
from intlbase_desk.infra import clock
from intlbase_desk.infra.errors import UserError
from intlbase_desk.ui.shell import messages
from intlbase_desk.ui.shell.shell import Shell


class CallSettingsDialog(QDialog):
    def __init__(self, shell: Shell, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call_settings")
        self.shell, self.year = shell, year
        self.setWindowTitle(self.tr("Settings of the %1 call").replace("%1", str(year)))
        info = calls.call_info(shell.ws, year)
        self.has_deadline = QCheckBox(self.tr("Deadline set"))
        self.deadline = QDateEdit(QDate(info.deadline or clock.today()))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.has_deadline.setChecked(info.deadline is not None)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.deadline.setEnabled(info.deadline is not None)
        self.types: dict[str, QCheckBox] = {}
        types = QVBoxLayout()
        for t in shell.ws.profile.base_types:
            box = QCheckBox(t.name)
            box.setChecked(not info.open_types or t.id in info.open_types)
            self.types[t.id] = box
            types.addWidget(box)
        self.quota = QSpinBox()
        self.quota.setObjectName("call_quota")
        self.quota.setRange(0, 999)
        self.quota.setSpecialValueText(self.tr("No limit"))
        self.quota.setValue(info.unit_quota or 0)
        form = QFormLayout()
        form.addRow(self.has_deadline, self.deadline)
        holder = QWidget()
        holder.setLayout(types)
        form.addRow(self.tr("Types open this year"), holder)
        form.addRow(self.tr("Applications per recommending unit"), self.quota)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> bool:
        chosen = [key for key, box in self.types.items() if box.isChecked()]
        if not chosen:
            messages.warn(self, self.tr("Open at least one type of base."))
            return False
        every = len(chosen) == len(self.types)
        try:
            changes = calls.set_call(
                self.shell.ws,
                self.year,
                deadline=self.deadline.date().toPython() if self.has_deadline.isChecked() else None,
                open_types=[] if every else chosen,
                unit_quota=self.quota.value() or None,
                clear_quota=self.quota.value() == 0,
            )
        except UserError as exc:
            messages.warn(self, str(exc))
            return False
        self.shell.apply(changes)
        self.accept()
        return True
