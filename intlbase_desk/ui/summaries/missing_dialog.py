"""The bases without a summary for consecutive years, with what the profile makes of it; those
chosen are revoked through the register with the case and article, after a confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import summaries
from intlbase_desk.infra.errors import UserError
from intlbase_desk.ui.shell import messages
from intlbase_desk.ui.shell.shell import Shell
from intlbase_desk.ui.shell.tables import fill_table, read_only_table


class MissingDialog(QDialog):
    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_missing")
        self.shell = shell
        self.setWindowTitle(self.tr("Bases missing their summaries"))
        self.resize(820, 420)
        self.listed = summaries.missing_list(shell.ws)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = read_only_table(
            "summary_missing_table",
            [self.tr("Base"), self.tr("Credit code"), self.tr("Years"), self.tr("What follows")],
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        fill_table(
            self.table,
            [
                [
                    m.base_name,
                    m.uscc,
                    "、".join(str(y) for y in m.years),
                    summaries.ACTIONS[m.action] + (f"（{m.rule}）" if m.rule else ""),
                ]
                for m in self.listed
            ],
            [m.base_id for m in self.listed],
        )
        self.revoke_button = QPushButton(self.tr("Revoke the chosen bases…"))
        self.revoke_button.setObjectName("summary_revoke")
        acts = bool(self.listed) and self.listed[0].action != "warn" and not shell.ws.read_only
        self.revoke_button.setEnabled(acts)
        self.revoke_button.clicked.connect(self.revoke)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.summary.setText(
            self.tr("%1 bases have filed no summary for consecutive reporting years.").replace(
                "%1", str(len(self.listed))
            )
        )

    def chosen(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def revoke(self) -> None:
        chosen = self.chosen()
        if not chosen:
            messages.info(self, self.tr("Choose the bases to revoke."))
            return
        if not messages.confirm(
            self,
            self.tr(
                "Revoke the titles of %1 bases? The register records the case and article."
            ).replace("%1", str(len(chosen))),
        ):
            return
        try:
            done = summaries.revoke_missing(self.shell.ws, chosen)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.shell.apply(done)
        self.accept()
