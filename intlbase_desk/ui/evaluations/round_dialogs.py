"""The small dialogs of the 评估 section: opening a round, drawing a group's panel, and the
confirmation of a conclusion that lists each base's consequence with its article."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import evaluations
from intlbase_desk.infra import clock
from intlbase_desk.workspace import Workspace


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class OpenRoundDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("open_round_dialog")
        self.setWindowTitle(self.tr("Open an evaluation round"))
        self.year = QSpinBox()
        self.year.setObjectName("round_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.kind = QComboBox()
        self.kind.setObjectName("round_kind")
        for key, name in evaluations.KINDS.items():
            if key == "annual" and not ws.profile.evaluation.annual:
                continue
            if key == "re_evaluation" and not ws.profile.states_with_role("rectification"):
                continue
            self.kind.addItem(name, key)
        form = QFormLayout(self)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(_buttons(self))


class DrawDialog(QDialog):
    def __init__(self, ws: Workspace, groups: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draw_dialog")
        self.setWindowTitle(self.tr("Draw a panel"))
        self.group = QComboBox()
        self.group.setObjectName("draw_group")
        for group in groups:
            self.group.addItem(evaluations.group_name(ws, group), group)
        self.seed = QLineEdit(QDateTime.currentDateTime().toString("yyyy-MM-dd HH:mm:ss"))
        self.seed.setObjectName("draw_seed")
        self.size = QSpinBox()
        self.size.setObjectName("draw_size")
        self.size.setRange(1, 99)
        self.size.setSingleStep(2)
        self.size.setValue(ws.profile.evaluation.panel_size)
        self.reserves = QSpinBox()
        self.reserves.setObjectName("draw_reserves")
        self.reserves.setRange(0, 20)
        self.reserves.setValue(2)
        self.fields = QLineEdit()
        self.fields.setPlaceholderText(self.tr("Only experts of these fields (optional)"))
        form = QFormLayout(self)
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Seed (announced at the draw)"), self.seed)
        form.addRow(self.tr("Panel size (odd)"), self.size)
        form.addRow(self.tr("Reserves"), self.reserves)
        form.addRow(self.tr("Fields"), self.fields)
        form.addRow(_buttons(self))


class ConcludeDialog(QDialog):
    """Every base's consequence, with its article, before anything is applied."""

    def __init__(self, conclusion: evaluations.Conclusion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conclude_dialog")
        self.setWindowTitle(self.tr("Conclude the round"))
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("conclude_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Base"), self.tr("Grade"), self.tr("Consequence"), self.tr("Reward")]
        )
        for o in conclusion.outcomes:
            self._row([o.base_name, o.grade, o.consequence, o.reward])
        for n in conclusion.not_evaluated:
            cases = "；".join(f"{text}（{rule}）" for _t, text, rule in n.cases)
            self._row([n.base_name, "—", f"未参加评估：{n.reason}", cases])
        self.table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Concluding applies these consequences to the register and closes the round."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(_buttons(self))
        self.resize(900, 420)

    def _row(self, values: list[str]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))
