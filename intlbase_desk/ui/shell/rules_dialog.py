"""The rules of the active profile: every article the software applies, with its text, and
every value the profile sets with its basis (profile_values)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk.ui.shell.profile_values import ProfileValues
from intlbase_desk.ui.shell.shell import Shell


class RulesDialog(QDialog):
    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        profile = shell.ws.profile
        self.setWindowTitle(self.tr("Rules of this profile"))
        self.resize(860, 560)
        document = f"（{profile.document_no}）" if profile.document_no else ""
        heading = QLabel(f"《{profile.name}》{document} — {profile.authority}")
        heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("rules")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Rule id"), self.tr("Article"), self.tr("Summary")])
        self.tree.setWordWrap(True)
        for rule in profile.rules:
            item = QTreeWidgetItem([rule.id, rule.article, rule.summary])
            text = QTreeWidgetItem(["", "", rule.text])
            text.setToolTip(2, rule.text)
            item.addChild(text)
            self.tree.addTopLevelItem(item)
        self.tree.setColumnWidth(0, 110)
        self.tree.setColumnWidth(1, 130)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.values = ProfileValues(shell)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree, self.tr("Articles"))
        self.tabs.addTab(self.values, self.tr("Values and their basis"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
