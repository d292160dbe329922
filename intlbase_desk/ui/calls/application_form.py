"""An application typed in (直接申报: 部属院校、中央在渝机构 apply to the commission directly,
CQ-10), checked on saving as a district's row would be."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from intlbase_desk import calls
from intlbase_desk.policy.profile import Profile
from intlbase_desk.ui.shell.record_form import RecordForm, field_spec
from intlbase_desk.workspace import Workspace

_LIMITS = {"org_name": 200, "base_name": 200, "recommender": 200, "contact": 50, "phone": 50}
_REQUIRED = ("org_name", "uscc", "base_name", "base_type")


class ApplicationForm(RecordForm):
    def __init__(self, ws: Workspace, year: int, parent: QWidget | None = None) -> None:
        super().__init__(self._check, ws.profile, self._save, parent)
        self.ws, self.year = ws, year
        self.entered: calls.Entered | None = None
        labels = {
            "org_name": self.tr("Organisation"),
            "uscc": self.tr("Credit code"),
            "base_name": self.tr("Base name"),
            "base_type": self.tr("Type of base"),
            "recommender": self.tr("Recommending unit"),
            "field": self.tr("Field"),
            "leader": self.tr("Head of the base"),
            "contact": self.tr("Contact"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "remark": self.tr("Remarks"),
        }
        field = field_spec(labels, _LIMITS)
        types = tuple((t.name, t.name) for t in ws.profile.base_types)
        specs = [
            field("org_name", required=True),
            field("uscc", required=True, placeholder=self.tr("18 characters"), max_length=30),
            field("base_name", required=True),
            field("base_type", "choice", types, required=True),
            field("recommender", placeholder=calls.DIRECT),
            field("field", "editable_choice", tuple((f, f) for f in ws.profile.fields.values)),
            field("leader"),
            field("contact"),
            field("phone"),
            field("email"),
            field("remark", "multiline"),
        ]
        self.build(self.tr("Application received directly (%1)").replace("%1", str(year)), specs)

    def _check(
        self, raw: Mapping[str, Any], _profile: Profile
    ) -> tuple[dict[str, Any], dict[str, str]]:
        # What cannot wait for saving; the rest is the engine's, as for a district's row.
        missing = self.tr("Required")
        return dict(raw), {k: missing for k in _REQUIRED if not str(raw.get(k) or "").strip()}

    def _save(self, values: dict[str, Any]) -> None:
        self.entered = calls.add_application(self.ws, self.year, values)
