"""版式调整: move, resize and restyle the text blocks of a layout, with a live preview.

Saved as an override in the user data folder; a broken layout is refused with the reason and
nothing is saved. "Restore" goes back to the bundled layout.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError as PydanticValidationError
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk import certificates
from intlbase_desk.infra import clock
from intlbase_desk.infra.errors import UserError
from intlbase_desk.policy import file_errors
from intlbase_desk.policy.profile import Profile
from intlbase_desk.text import official_date
from intlbase_desk.ui.certificates import printing
from intlbase_desk.ui.shell import messages

COLUMNS = (
    "id",
    "text",
    "x_mm",
    "y_mm",
    "width_mm",
    "height_mm",
    "font",
    "size_pt",
    "min_size_pt",
    "align",
    "color",
)


def sample_page(profile: Profile) -> certificates.PageData:
    """What the preview shows: a long, realistic host name, to see how it fits."""
    return certificates.PageData(
        {
            "org_name": "北京市海淀区中关村国际前沿交叉科学与先进制造技术创新研究院有限公司",
            "base_name": "前沿交叉科学国际联合研究中心",
            "base_type": profile.base_types[0].name,
            "year": str(clock.today().year),
            "cert_no": profile.certificate_number(clock.today().year, 1),
            "authority": profile.authority,
            "date_cn": official_date.official(clock.today()),
            "title_name": profile.title_name,
            "batch": f"{clock.today().year}年度",
            "valid_until_cn": "",
        }
    )


class LayoutEditor(QDialog):
    def __init__(
        self, profile: Profile, fonts: certificates.ResolvedFonts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.fonts = fonts
        self.setWindowTitle(self.tr("Adjust the layout"))
        self.resize(1200, 760)
        self.choice = QComboBox()
        self.choice.setObjectName("layout")
        for layout_id in (profile.certificate_layout, *profile.plaque_layouts):
            self.choice.addItem(_layout_name(layout_id, profile.id), layout_id)
        self.block_names = {
            "heading": self.tr("Heading"),
            "title": self.tr("Title"),
            "org_name": self.tr("Host organisation"),
            "base_name": self.tr("Base name"),
            "recognition": self.tr("Recognition text"),
            "number": self.tr("Certificate number"),
            "authority": self.tr("Issuing authority"),
            "date": self.tr("Date"),
        }
        self.font_names = {
            "title": self.tr("Title (方正小标宋)"),
            "body": self.tr("Body (仿宋)"),
            "kai": self.tr("Signature (楷体)"),
        }
        self.align_names = {
            "left": self.tr("Left"),
            "center": self.tr("Centre"),
            "right": self.tr("Right"),
        }
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("blocks")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Block"),
                self.tr("Text"),
                self.tr("Left (mm)"),
                self.tr("Top (mm)"),
                self.tr("Width (mm)"),
                self.tr("Height (mm)"),
                self.tr("Font"),
                self.tr("Size (pt)"),
                self.tr("Smallest (pt)"),
                self.tr("Align"),
                self.tr("Colour"),
            ]
        )
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        restore = QPushButton(self.tr("Restore the bundled layout"))
        restore.clicked.connect(self.restore)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.addButton(restore, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Layout")))
        top.addWidget(self.choice)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.buttons)
        self.layout_data: certificates.Layout | None = None
        self.choice.currentIndexChanged.connect(lambda _i: self.load(self.layout_id()))
        self.table.itemChanged.connect(lambda *_: self.refresh())
        self.load(self.layout_id())

    def layout_id(self) -> str:
        return str(self.choice.currentData())

    def _choices(self, names: dict[str, str], current: str) -> QComboBox:
        """A cell that offers only what the layout rules accept, named for the officer."""
        box = QComboBox()
        for key, name in names.items():
            box.addItem(name, key)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.currentIndexChanged.connect(lambda _i: self.refresh())
        return box

    def load(self, layout_id: str) -> None:
        try:
            loaded = certificates.load_layout(layout_id, self.profile.id)
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.base = loaded
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for block in loaded.blocks:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, key in enumerate(COLUMNS):
                value = str(getattr(block, key))
                if key == "font":
                    self.table.setCellWidget(row, column, self._choices(self.font_names, value))
                    continue
                if key == "align":
                    self.table.setCellWidget(row, column, self._choices(self.align_names, value))
                    continue
                item = QTableWidgetItem(
                    self.block_names.get(value, value) if key == "id" else value
                )
                if key == "id":
                    item.setData(Qt.ItemDataRole.UserRole, value)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.refresh()

    def edited(self) -> certificates.Layout:
        """The layout as the table now says; raises on what the layout rules refuse."""
        blocks: list[dict[str, Any]] = []
        for row in range(self.table.rowCount()):
            blocks.append({key: self._cell(row, column, key) for column, key in enumerate(COLUMNS)})
        data = self.base.model_dump()
        data["blocks"] = blocks
        return certificates.Layout.model_validate(data)

    def _cell(self, row: int, column: int, key: str) -> str:
        widget = self.table.cellWidget(row, column)
        if isinstance(widget, QComboBox):
            return str(widget.currentData())
        item = self.table.item(row, column)
        if key == "id":
            return str(item.data(Qt.ItemDataRole.UserRole))
        return item.text().strip()

    def _problem(self, exc: PydanticValidationError) -> str:
        """The first refusal, named by the block's row and the column's header."""
        first = exc.errors()[0]
        where = ""
        loc = first["loc"]
        if len(loc) >= 2 and loc[0] == "blocks" and isinstance(loc[1], int):
            row = loc[1]
            where = self.table.item(row, 0).text()
            if len(loc) >= 3 and loc[2] in COLUMNS:
                header = self.table.horizontalHeaderItem(COLUMNS.index(str(loc[2])))
                where += f"·{header.text()}"
            where += "："
        text = file_errors.reason(first)
        for block_id, name in self.block_names.items():
            text = text.replace(f"“{block_id}”", f"“{name}”")  # the model names blocks by id
        return where + text

    def refresh(self) -> None:
        try:
            layout = self.edited()
        except PydanticValidationError as exc:
            self.layout_data = None
            self.error.setText(
                self.tr("Cannot use this layout: %1").replace("%1", self._problem(exc))
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        self.layout_data = layout
        self.error.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        try:
            images = certificates.layout_images(layout, self.profile.id)
        except UserError as exc:
            self.error.setText(str(exc))
            images = None
        page = certificates.lay_out(layout, self.fonts, sample_page(self.profile), images)
        image = printing.preview(self.fonts, page)
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.preview.width() or 800,
                self.preview.height() or 400,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def save(self) -> None:
        if self.layout_data is None:
            return
        path = certificates.save_layout_override(self.layout_data, self.profile.id)
        messages.info(self, self.tr("Layout saved: %1").replace("%1", str(path)))

    def restore(self) -> None:
        certificates.remove_layout_override(self.layout_id(), self.profile.id)
        self.load(self.layout_id())


def _layout_name(layout_id: str, profile_id: str) -> str:
    try:
        return certificates.load_layout(layout_id, profile_id).name
    except UserError:
        return layout_id  # the editor says why when the officer opens it
