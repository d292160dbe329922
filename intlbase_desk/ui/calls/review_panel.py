"""An application's formal review beside its data: each condition of its type with its article,
the result and what was compared; the officer types a figure or records a finding from here."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import calls
from intlbase_desk.infra.errors import UserError
from intlbase_desk.policy.metrics import conditions_of
from intlbase_desk.ui.shell import messages
from intlbase_desk.ui.shell.shell import Shell
from intlbase_desk.ui.shell.tables import fill_table, read_only_table

COLOURS = {"pass": "#E2EFDA", "fail": "#FCE4D6", "missing": "#FFF2CC", "checklist": "#FFF2CC"}


class ReviewPanel(QWidget):
    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.review: calls.Review | None = None
        self.year: int | None = None
        self.outcome = QLabel()
        self.outcome.setObjectName("call_review_outcome")
        self.table = read_only_table(
            "call_review",
            [
                self.tr("Condition"),
                self.tr("Article"),
                self.tr("Result"),
                self.tr("Value"),
                self.tr("Note"),
            ],
        )
        self.table.setWordWrap(True)
        self.metric_button = QPushButton(self.tr("Enter a figure…"))
        self.metric_button.clicked.connect(self.enter_metric)
        self.check_button = QPushButton(self.tr("Record a finding…"))
        self.check_button.clicked.connect(self.record_finding)
        buttons = QHBoxLayout()
        buttons.addWidget(self.outcome, 1)
        buttons.addWidget(self.metric_button)
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.show_review(None, None)

    def show_review(self, year: int | None, application_id: int | None) -> None:
        self.year = year
        found = (
            calls.review_applications(self.shell.ws, year, application_id)
            if year is not None and application_id is not None
            else []
        )
        self.review = found[0] if found else None
        writable = self.review is not None and not self.shell.ws.read_only
        self.metric_button.setEnabled(writable)
        self.check_button.setEnabled(writable)
        if self.review is None:
            self.outcome.setText("")
            fill_table(self.table, [])
            return
        self.outcome.setText(
            self.tr("Formal review: %1").replace("%1", calls.OUTCOMES[self.review.outcome])
        )
        conditions = self.review.conditions
        fill_table(
            self.table,
            [[c.text, c.article, calls.RESULTS[c.result], c.value, c.note] for c in conditions],
        )
        for row, c in enumerate(conditions):
            self.table.item(row, 2).setBackground(QBrush(QColor(COLOURS[c.result])))
        # The condition's words wrap, so the result, the value and the note stay in sight.
        header = self.table.horizontalHeader()
        header.resizeSection(0, min(header.sectionSize(0), 220))
        self.table.resizeRowsToContents()

    def _metrics(self) -> list[str]:
        assert self.review is not None
        keys = [c.metric for c in conditions_of(self.shell.ws.profile, self.review.row.base_type)]
        return list(dict.fromkeys(k for k in keys if k is not None))

    def enter_metric(self) -> None:
        if self.review is None:
            return
        metrics = self.shell.ws.profile.metrics
        keys = self._metrics()
        if not keys:
            messages.info(self, self.tr("This type's conditions read no figure."))
            return
        labels = [
            metrics[k].label + (f"（{metrics[k].unit}）" if metrics[k].unit else "") for k in keys
        ]
        label, ok = QInputDialog.getItem(
            self, self.tr("Enter a figure"), self.tr("Figure:"), labels, 0, False
        )
        if not ok:
            return
        key = keys[labels.index(label)]
        hint = (
            self.tr("是 or 否")
            if metrics[key].kind == "yes_no"
            else self.tr("A number; empty removes it")
        )
        typed, ok = QInputDialog.getText(self, metrics[key].label, hint)
        if not ok:
            return
        self._write(lambda: calls.set_metric(self.shell.ws, self.review.row.id, key, typed))  # type: ignore[union-attr]

    def record_finding(self) -> None:
        from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

        if self.review is None:
            return
        conditions = self.review.conditions
        texts = [f"{c.text}（{c.article}）" for c in conditions]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Record a finding"), self.tr("Condition:"), texts, 0, False
        )
        if not ok:
            return
        condition = conditions[texts.index(chosen)]
        verdicts = [self.tr("Met"), self.tr("Not met")]
        verdict, ok = QInputDialog.getItem(
            self, self.tr("Record a finding"), self.tr("Finding:"), verdicts, 0, False
        )
        if not ok:
            return
        note = ReasonDialog.ask(
            self.tr("Record a finding"),
            self.tr("How, when and where was it checked, and what was found?"),
            self,
        )
        if note is None:
            return
        passed = verdict == verdicts[0]
        app_id = self.review.row.id
        self._write(
            lambda: calls.record_check(self.shell.ws, app_id, condition.condition_id, passed, note)
        )

    def _write(self, write: object) -> None:
        try:
            changes = write()  # type: ignore[operator]
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.apply(changes)
