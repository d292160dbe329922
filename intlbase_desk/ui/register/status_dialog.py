"""Change a base's status (or several bases' alike): only the transitions the profile allows,
each with the whole text of its article, scrolled if long."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import register
from intlbase_desk.infra.errors import UserError, ValidationError
from intlbase_desk.ui.shell import dates, messages
from intlbase_desk.workspace import Workspace


class StatusDialog(QDialog):
    def __init__(
        self, ws: Workspace, base_ids: int | list[int], parent: QWidget | None = None
    ) -> None:
        """``base_ids``: one base, or several in the same status (one reason, one article)."""
        super().__init__(parent)
        self.ws = ws
        self.base_ids = [base_ids] if isinstance(base_ids, int) else list(base_ids)
        profile = ws.profile
        chosen = [register.get_base(ws, b) for b in self.base_ids]
        base = chosen[0]
        assert all(b.status == base.status for b in chosen), "one status for all"
        self.changed: register.StatusesChanged | None = None
        self.setWindowTitle(self.tr("Change status"))
        self.setMinimumWidth(620)
        self.resize(680, 600)
        self.transitions = register.allowed_transitions(profile, base.status)

        self.current = QLabel(profile.state(base.status).name)
        self.target = QComboBox()
        self.target.setObjectName("target")
        for t in self.transitions:
            article = profile.rule(t.rule).article
            self.target.addItem(f"{profile.state(t.to).name} — {t.name}（{article}）")
        # The article is what the officer must read before deciding: all of it, never clipped.
        self.rule_text = QTextBrowser()
        self.rule_text.setObjectName("rule_text")
        self.rule_text.setMinimumHeight(140)
        self.rule_text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.trigger = QComboBox()
        self.trigger.setObjectName("trigger")
        self.trigger.addItem(self.tr("(none)"), "")
        for trig in profile.revocation_triggers:
            self.trigger.addItem(trig.text, trig.id)
        self._make_entries()
        form = QFormLayout()
        form.addRow(self.tr("Base"), self._names(chosen))
        form.addRow(self.tr("Current status"), self.current)
        form.addRow(self.tr("Change to"), self.target)
        form.addRow(self.tr("Rule applied"), self.rule_text)
        self.trigger_row_label = QLabel(self.tr("Revocation case"))
        form.addRow(self.trigger_row_label, self.trigger)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Reason *"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.transitions:
            none = QLabel(self.tr("The rules allow no further change from this status."))
            none.setObjectName("no_transition")
            layout.addWidget(none)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.target.currentIndexChanged.connect(self._show_rule)
        self._show_rule()

    def _make_entries(self) -> None:
        self.on = QDateEdit(dates.today())
        self.on.setObjectName("on")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setMaximumDate(dates.today())
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

    def _names(self, chosen: list[Any]) -> QLabel:
        names = "、".join(b.name for b in chosen[:3])
        if len(chosen) > 3:
            names += self.tr(" and %1 more").replace("%1", str(len(chosen) - 3))
        shown = QLabel(names)
        shown.setObjectName("bases")
        shown.setWordWrap(True)
        return shown

    def _show_rule(self) -> None:
        index = self.target.currentIndex()
        if index < 0:
            self.rule_text.setPlainText("")
            self.trigger.setVisible(False)
            self.trigger_row_label.setVisible(False)
            return
        transition = self.transitions[index]
        profile = self.ws.profile
        rule = profile.rule(transition.rule)
        self.rule_text.setPlainText(
            f"《{profile.name}》{rule.article}（{rule.id}）：{rule.summary}\n\n{rule.text}"
        )
        revokes = profile.state(transition.to).role == "revoked"
        show = revokes and bool(profile.revocation_triggers)
        self.trigger.setVisible(show)
        self.trigger_row_label.setVisible(show)

    def try_apply(self) -> bool:
        index = self.target.currentIndex()
        if index < 0:
            return False
        transition = self.transitions[index]
        date = self.on.date()
        trigger = self.trigger.currentData() if self.trigger.isVisible() else ""
        try:
            self.changed = register.change_statuses(
                self.ws,
                self.base_ids,
                transition.to,
                on=dates.from_qdate(date),
                reason=self.reason.toPlainText(),
                rule=transition.rule,
                trigger=trigger or "",
            )
        except ValidationError as exc:
            self.error.setText(str(exc))
            return False
        except UserError as exc:
            messages.warn(self, str(exc))
            return False
        self.accept()
        return True
