"""登记重大事项: the base found by name, credit code or pinyin initials, the kind of change as
the profile's article names it, when it happened, what changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from intlbase_desk import evaluations, register
from intlbase_desk.infra.errors import UserError
from intlbase_desk.infra.paged_query import Sort
from intlbase_desk.ui.shell import dates
from intlbase_desk.workspace import Workspace

MATCHES = 20


class MajorChangeDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("major_change_dialog")
        self.setWindowTitle(self.tr("Record a major change"))
        self.ws = ws
        self.reported: evaluations.Reported | None = None
        self.search = QLineEdit()
        self.search.setObjectName("change_base_search")
        self.search.setPlaceholderText(self.tr("Base name, credit code or pinyin initials"))
        self.matches = QListWidget()
        self.matches.setObjectName("change_base_matches")
        self.kind = QComboBox()
        self.kind.setObjectName("change_kind")
        for kind in evaluations.change_kinds(ws.profile):
            self.kind.addItem(kind)
        self.happened = QDateEdit(dates.today())
        self.happened.setObjectName("change_happened")
        self.happened.setCalendarPopup(True)
        self.happened.setDisplayFormat("yyyy-MM-dd")
        self.text = QPlainTextEdit()
        self.text.setObjectName("change_text")
        self.text.setTabChangesFocus(True)
        self.problem = QLabel()
        self.problem.setObjectName("change_problem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("change_save")
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        rule = ws.profile.major_changes.rule if ws.profile.major_changes else ""
        article = ws.profile.rule(rule).article if rule else ""
        form.addRow(
            QLabel(self.tr("As %1 requires (%2)").replace("%1", article).replace("%2", rule))
        )
        form.addRow(self.tr("Base"), self.search)
        form.addRow("", self.matches)
        form.addRow(self.tr("Change"), self.kind)
        form.addRow(self.tr("Happened on"), self.happened)
        form.addRow(self.tr("What changed"), self.text)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.search.textChanged.connect(self._find)
        self._find("")

    def _find(self, text: str) -> None:
        self.matches.clear()
        with self.ws.db.reading() as conn:
            rows = register.BASE_QUERY.page(
                conn, register.BaseFilter(text=text), Sort("name"), 0, MATCHES
            )
        for row in rows:
            item = QListWidgetItem(f"{row.name}（{row.org_name}）")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.matches.addItem(item)
        if self.matches.count() == 1:
            self.matches.setCurrentRow(0)

    def base_id(self) -> int | None:
        item = self.matches.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def try_save(self) -> bool:
        base_id = self.base_id()
        if base_id is None:
            self.problem.setText(self.tr("Choose the base that reported the change."))
            return False
        try:
            self.reported = evaluations.report_change(
                self.ws,
                base_id,
                kind=self.kind.currentText(),
                happened_on=dates.from_qdate(self.happened.date()),
                description=self.text.toPlainText(),
            )
        except UserError as exc:  # a field refused (ValidationError) or the profile has none
            self.problem.setText(str(exc))
            return False
        self.accept()
        return True
