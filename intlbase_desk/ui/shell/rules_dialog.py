"""The rules of the active profile: every article the software applies, with its text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk.policy.profile import Profile


class RulesDialog(QDialog):
    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
