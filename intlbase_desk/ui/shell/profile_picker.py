"""First start on a new database: which jurisdiction's rules does it follow?"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import policy
from intlbase_desk.infra import paths


class ProfilePicker(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New database"))
        self.resize(560, 380)
        where = self.tr("No database exists yet at %1.").replace("%1", str(db_path))
        choose = self.tr("Choose the rules it will follow; this cannot be changed later.")
        intro = QLabel(f"{where}\n{choose}")
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("profiles")
        profiles, errors = policy.load_all_profiles(paths.user_policies_dir())
        for profile in sorted(profiles, key=lambda p: p.id):
            document = f"（{profile.document_no}）" if profile.document_no else ""
            item = QListWidgetItem(f"{profile.short_name}  {profile.name}{document}")
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        for error in errors:
            problem = QLabel(str(error))
            problem.setWordWrap(True)
            problem.setStyleSheet("color: #b00020;")
            layout.addWidget(problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.list.currentItemChanged.connect(lambda current, _: ok.setEnabled(current is not None))
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def ask(cls, db_path: Path, parent: QWidget | None = None) -> str | None:
        dialog = cls(db_path, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
