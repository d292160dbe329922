"""The base (国合基地) form: add or edit. Status is shown, and changed only in its own dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from intlbase_desk import register
from intlbase_desk.infra.changes import Changes
from intlbase_desk.register import clean_base
from intlbase_desk.ui.register.org_form import OrgPicker
from intlbase_desk.ui.shell.record_form import RecordForm, field_spec
from intlbase_desk.workspace import Workspace


class BaseForm(RecordForm):
    def __init__(
        self, ws: Workspace, base_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(clean_base, ws.profile, self._save, parent)
        self.ws = ws
        self.base_id = base_id
        self.previous: dict[str, Any] | None = None
        self.after: dict[str, Any] | None = None
        self._saved = Changes()
        profile = ws.profile
        current = register.get_base(ws, base_id) if base_id is not None else None
        self.status = current.status if current else profile.lifecycle.initial
        # Labels and lengths are the register's own (register.BASE_LABELS, the columns).
        field = field_spec(register.BASE_LABELS, register.BASE_LIMITS)
        specs = [
            field("name", required=True),
            field(
                "base_type",
                "choice",
                tuple((t.id, t.name) for t in profile.base_types),
                required=True,
            ),
            field("org_id", "custom", required=True, factory=lambda: OrgPicker(ws)),
            field("field", "editable_choice", tuple((f, f) for f in profile.fields.values)),
            field("countries", placeholder=self.tr("Separate with ；")),
            field("partners", "multiline"),
            field("leader"),
            field("contact_person"),
            field("phone"),
            field("email"),
            field("recommender"),
            field("recognized_on", "date"),
            field("batch", placeholder=self.tr("e.g. 2025年度")),
            field("valid_until", "date"),
            field("cert_no"),
            field("notes", "multiline"),
        ]
        title = self.tr("New base") if base_id is None else self.tr("Edit base")
        self.build(title, specs)
        state = profile.state(self.status)
        status = QLabel(self.tr("Status: %1").replace("%1", state.name))
        status.setObjectName("status_label")
        self.layout().insertWidget(0, status)
        if current is not None:
            self.set_values(register.base_form_values(current))

    @property
    def changes(self) -> Changes:
        """What the form wrote: the base, and any organisation added while choosing its host
        (even if the form itself was then cancelled)."""
        picker = self.editors["org_id"]
        assert isinstance(picker, OrgPicker)
        return self._saved | picker.changes

    def extra_values(self) -> dict[str, Any]:
        return {"status": self.status}

    def _save(self, values: dict[str, Any]) -> None:
        values = {**values, "status": self.status}
        if self.base_id is None:
            added = register.add_base(self.ws, values)
            self.base_id, self._saved = added.id, added.changes
        else:
            edited = register.update_base(self.ws, self.base_id, values)
            self.previous, self._saved = edited.previous, edited.changes
        self.after = values
