"""录入纸质评分表: a pile of paper sheets typed fast. Pick the expert and the base (or go on to
the next base), type each line's points (numbers only; Enter or Tab moves on), see the total as
you type, and type the total the expert wrote: a sheet whose lines do not add up to it, or a
line above its maximum, is not saved. A second officer may type the same sheets again as the
second pass; the results list every line on which the two passes differ."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDoubleValidator, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import evaluations
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.workspace import Workspace


class _EnterMoves(QObject):
    """Enter in a points field moves to the next field, as Tab does."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )
        if enter and isinstance(watched, QWidget):
            watched.focusNextChild()
            return True
        return False


def _points(text: str) -> float | None:
    text = text.strip()
    try:
        return float(text) if text else None
    except ValueError:
        return None


class ScoreGrid(QDialog):
    def __init__(self, ws: Workspace, round_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("score_grid")
        self.setWindowTitle(self.tr("Type paper score sheets"))
        self.ws, self.round_id = ws, round_id
        self.changes = Changes()
        self.saved = 0
        self.sheets = evaluations.paper_sheets(ws, round_id)
        self.expert = QComboBox()
        self.expert.setObjectName("grid_expert")
        for expert_id, name in self.sheets.experts:
            self.expert.addItem(name, expert_id)
        self.target = QComboBox()
        self.target.setObjectName("grid_target")
        self.entry_pass = QComboBox()
        self.entry_pass.setObjectName("grid_pass")
        self.entry_pass.addItem(self.tr("First entry"), 1)
        self.entry_pass.addItem(self.tr("Second entry (another officer checks)"), 2)
        self.lines_box = QWidget()
        self.lines_layout = QFormLayout(self.lines_box)
        self.fields: list[tuple[str, float, QLineEdit]] = []
        self.total = QLabel()
        self.total.setObjectName("grid_total")
        self.written = QLineEdit()
        self.written.setObjectName("grid_written_total")
        self.written.setValidator(QDoubleValidator(0, 1000, 2, self))
        self.written.setPlaceholderText(self.tr("The total the expert wrote"))
        self.problem = QLabel()
        self.problem.setObjectName("grid_problem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save and next base"))
        self.save_button.setObjectName("grid_save")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_sheet)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        top = QFormLayout()
        top.addRow(self.tr("Expert"), self.expert)
        top.addRow(self.tr("Base"), self.target)
        top.addRow(self.tr("Entry"), self.entry_pass)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Total of the lines:")))
        bottom.addWidget(self.total)
        bottom.addStretch(1)
        bottom.addWidget(QLabel(self.tr("Total written on the sheet:")))
        bottom.addWidget(self.written)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lines_box)
        layout.addLayout(bottom)
        layout.addWidget(self.problem)
        layout.addWidget(self.save_button)
        layout.addWidget(close)
        self._enter = _EnterMoves(self)
        self.written.installEventFilter(self._enter)
        self.expert.currentIndexChanged.connect(self._fill_targets)
        self.target.currentIndexChanged.connect(self._build_lines)
        self._fill_targets()
        self.resize(620, 480)

    def _fill_targets(self) -> None:
        self.target.blockSignals(True)
        self.target.clear()
        for target_id, name in self.sheets.targets_of.get(self.expert.currentData(), []):
            self.target.addItem(name, target_id)
        self.target.blockSignals(False)
        self._build_lines()

    def _build_lines(self) -> None:
        while self.lines_layout.rowCount():
            self.lines_layout.removeRow(0)
        self.fields = []
        target_id = self.target.currentData()
        for line in self.sheets.lines_of.get(target_id, []):
            edit = QLineEdit()
            edit.setObjectName("grid_line")
            edit.setValidator(QDoubleValidator(0, line.points, 2, edit))
            edit.setPlaceholderText(f"0–{line.points:g}")
            edit.textChanged.connect(self._update_total)
            edit.installEventFilter(self._enter)
            self.lines_layout.addRow(f"{line.name}（{line.points:g}）", edit)
            self.fields.append((line.name, line.points, edit))
        self.written.clear()
        self.problem.clear()
        self._update_total()
        if self.fields:
            self.fields[0][2].setFocus()

    def _update_total(self) -> None:
        values = [_points(edit.text()) for _n, _p, edit in self.fields]
        self.total.setText(f"{sum(v for v in values if v is not None):g}")

    def sheet_problem(self) -> str | None:
        """Why the sheet as typed cannot be saved, in Chinese; None when it can."""
        total = 0.0
        for name, maximum, edit in self.fields:
            value = _points(edit.text())
            if value is None:
                return f"“{name}”没有填写得分"
            if not 0 <= value <= maximum:
                return f"“{name}”的得分应在 0 到 {maximum:g} 之间"
            total += value
        written = _points(self.written.text())
        if written is None:
            return "请填写专家在评分表上写的合计分，用于核对"
        if abs(written - total) > 1e-6:
            return f"各项得分之和为 {total:g}，与评分表上的合计 {written:g} 不一致，请核对"
        return None

    def save_sheet(self) -> bool:
        problem = self.sheet_problem()
        if problem is not None:
            self.problem.setText(problem)
            return False
        entries = [
            evaluations.Entry(
                self.target.currentData(), self.expert.currentData(), name, float(edit.text())
            )
            for name, _maximum, edit in self.fields
        ]
        try:
            checked = evaluations.check_entries(self.ws, self.round_id, entries)
            if checked.errors:
                self.problem.setText("；".join(f.message for f in checked.errors))
                return False
            evaluations.import_scores(self.ws, checked, entry_pass=self.entry_pass.currentData())
        except UserError as exc:
            self.problem.setText(str(exc))
            return False
        self.saved += 1
        self.changes = evaluations.CHANGED
        if self.target.currentIndex() + 1 < self.target.count():
            self.target.setCurrentIndex(self.target.currentIndex() + 1)
        else:
            self._build_lines()
        # Saved all the same, and said under the next sheet: the officer takes out the paper
        # sheet just typed and types the line again.
        self.problem.setText(
            "；".join(w.message for w in checked.warnings if w.code == "double_entry")
        )
        return True
