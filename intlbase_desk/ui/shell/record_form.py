"""A form of a record, built from field specs and checked by the core as the officer types.

Each field shows what is wrong beside it once it has been touched (every field after a save
attempt). Ctrl+S saves, Esc cancels. Subclasses give the fields and the function that saves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intlbase_desk.infra.errors import UserError, ValidationError
from intlbase_desk.policy.profile import Profile
from intlbase_desk.ui.shell import dates, messages

# What checks a form: its raw values under a profile → clean values, a message per bad field.
Cleaner = Callable[[Mapping[str, Any], Profile], tuple[dict[str, Any], dict[str, str]]]
ERROR_STYLE = "color: #b00020;"


class DateField(QDateEdit):
    """A date that may be left empty (shown blank), with a calendar popup."""

    EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText(" ")
        self.setDate(self.EMPTY)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty field's calendar opens on this month, not on 1900, without picking a date.
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = dates.today()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == self.EMPTY else dates.from_qdate(date)

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(dates.to_qdate(value) if value else self.EMPTY)


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    kind: str = "text"  # text | multiline | choice | editable_choice | date | custom
    choices: tuple[tuple[str, str], ...] = ()  # (value, shown) for choice kinds
    placeholder: str = ""
    max_length: int = 0
    required: bool = False
    factory: Callable[[], QWidget] | None = field(default=None, compare=False)


def field_spec(labels: Mapping[str, str], limits: Mapping[str, int]) -> Callable[..., FieldSpec]:
    """Makes the specs of a record's fields with the record's own labels and length limits."""

    def make(
        key: str, kind: str = "text", choices: tuple[tuple[str, str], ...] = (), **kw: Any
    ) -> FieldSpec:
        text_kind = kind in ("text", "editable_choice")
        kw.setdefault("max_length", limits.get(key, 0) if text_kind else 0)
        return FieldSpec(key, labels[key], kind, choices, **kw)

    return make


class RecordForm(QDialog):
    saved = Signal()

    def __init__(
        self,
        cleaner: Cleaner,
        profile: Profile,
        saver: Callable[[dict[str, Any]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._saver = saver
        self.setMinimumWidth(620)
        self.resize(680, 720)
        self._cleaner = cleaner
        self._profile = profile
        self._specs: list[FieldSpec] = []
        self._touched: set[str] = set()
        self._show_all = False
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def build(self, title: str, specs: list[FieldSpec]) -> None:
        """Lays out the fields; subclasses call it once their specs (and ``tr``) are ready."""
        self.setWindowTitle(title)
        self._specs = specs
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            editor = self._make_editor(spec)
            editor.setObjectName(f"field_{spec.key}")
            self.editors[spec.key] = editor
            error = QLabel()
            error.setObjectName(f"error_{spec.key}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.errors[spec.key] = error
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editor)
            box.addWidget(error)
            label = f"{spec.label} *" if spec.required else spec.label
            form.addRow(label, cell)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.try_save)

    # Editors.

    def _make_editor(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "custom":
            assert spec.factory is not None
            editor = spec.factory()
            changed = getattr(editor, "changed", None)
            if changed is not None:
                changed.connect(lambda *_: self._edited(spec.key))
            return editor
        if spec.kind == "multiline":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(64)
            text.textChanged.connect(lambda: self._edited(spec.key))
            return text
        if spec.kind in ("choice", "editable_choice"):
            combo = QComboBox()
            combo.setEditable(spec.kind == "editable_choice")
            for value, shown in spec.choices:
                combo.addItem(shown, value)
            combo.setCurrentIndex(-1)
            if combo.isEditable():
                combo.editTextChanged.connect(lambda *_: self._edited(spec.key))
            else:
                combo.currentIndexChanged.connect(lambda *_: self._edited(spec.key))
            return combo
        if spec.kind == "date":
            date = DateField()
            date.dateChanged.connect(lambda *_: self._edited(spec.key))
            return date
        line = QLineEdit()
        line.setPlaceholderText(spec.placeholder)
        if spec.max_length:
            line.setMaxLength(spec.max_length)
        line.textEdited.connect(lambda *_: self._edited(spec.key))
        return line

    def value(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QComboBox):
            if editor.isEditable():
                return editor.currentText()
            return editor.currentData() if editor.currentIndex() >= 0 else ""
        if isinstance(editor, DateField):
            return editor.value()
        if isinstance(editor, QLineEdit):
            return editor.text()
        return editor.value()  # type: ignore[attr-defined]

    def set_value(self, key: str, value: Any) -> None:
        editor = self.editors[key]
        editor.blockSignals(True)
        try:
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value or "")
            elif isinstance(editor, QComboBox):
                found = editor.findData(value)
                if found < 0 and editor.isEditable():
                    editor.setEditText(value or "")
                else:
                    editor.setCurrentIndex(found)
            elif isinstance(editor, DateField):
                editor.set_value(value)
            elif isinstance(editor, QLineEdit):
                editor.setText("" if value is None else str(value))
            else:
                editor.set_value(value)  # type: ignore[attr-defined]
        finally:
            editor.blockSignals(False)

    def raw_values(self) -> dict[str, Any]:
        return {spec.key: self.value(spec.key) for spec in self._specs}

    def set_values(self, values: Mapping[str, Any]) -> None:
        for key, value in values.items():
            if key in self.editors:
                self.set_value(key, value)
        self.revalidate()

    # Checking.

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self.revalidate()

    def extra_values(self) -> dict[str, Any]:
        """Values the cleaner needs that are not fields of the form (e.g. a base's status)."""
        return {}

    def revalidate(self) -> dict[str, str]:
        _, errors = self._cleaner({**self.raw_values(), **self.extra_values()}, self._profile)
        self._show_errors(errors)
        return errors

    def _show_errors(self, errors: Mapping[str, str]) -> None:
        for key, label in self.errors.items():
            message = errors.get(key, "") if (self._show_all or key in self._touched) else ""
            label.setText(message)
            label.setVisible(bool(message))

    def try_save(self) -> bool:
        self._show_all = True
        errors = self.revalidate()
        if errors:
            self._focus_first(errors)
            return False
        try:
            self._saver(self.raw_values())
        except ValidationError as exc:
            self._show_errors(exc.errors)
            shown = [k for k in exc.errors if k in self.errors]
            if shown:
                self._focus_first(exc.errors)
            else:
                messages.warn(self, str(exc))
            return False
        except UserError as exc:
            messages.warn(self, str(exc))
            return False
        self.saved.emit()
        self.accept()
        return True

    def _focus_first(self, errors: Mapping[str, str]) -> None:
        for spec in self._specs:
            if spec.key in errors:
                self.editors[spec.key].setFocus(Qt.FocusReason.OtherFocusReason)
                return
