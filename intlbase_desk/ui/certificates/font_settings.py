"""证书字体: the font file an officer chooses for each role, kept in the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import certificates
from intlbase_desk.ui.shell.settings import settings

KEY = "certificates/fonts/"


def chosen_fonts() -> dict[str, Path]:
    store = settings()
    found = {}
    for role in certificates.FONT_ROLES:
        value = store.value(KEY + role)
        if value:
            found[role] = Path(str(value))
    return found


class FontSettings(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Certificate fonts"))
        self.resize(640, 260)
        names = {
            "title": self.tr("Title (方正小标宋)"),
            "body": self.tr("Body (仿宋)"),
            "kai": self.tr("Signature (楷体)"),
        }
        current = chosen_fonts()
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for role in certificates.FONT_ROLES:
            field = QLineEdit(str(current.get(role, "")))
            field.setObjectName(f"font_{role}")
            field.setPlaceholderText(self.tr("System font or the bundled one"))
            browse = QPushButton(self.tr("Browse…"))
            browse.clicked.connect(lambda _=False, f=field: self._browse(f))
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(browse)
            form.addRow(names[role], row)
            self.fields[role] = field
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Only TrueType fonts (.ttf, .ttc) that allow embedding can be used; others are "
                    "skipped and the next choice is taken."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def _browse(self, field: QLineEdit) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a font file"), "", self.tr("TrueType fonts (*.ttf *.ttc)")
        )
        if chosen:
            field.setText(chosen)

    def save(self) -> None:
        problems = []
        for field in self.fields.values():
            text = field.text().strip()
            if text and (why := certificates.font_problem(Path(text))) is not None:
                problems.append(why)
        if problems:
            self.note.setText("\n".join(problems))
            return
        store = settings()
        for role, field in self.fields.items():
            store.setValue(KEY + role, field.text().strip())
        store.sync()
        self.accept()
