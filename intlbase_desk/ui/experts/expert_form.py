"""An expert's form: who they are, where they work and worked, what they declared (回避)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from intlbase_desk import experts
from intlbase_desk.infra.changes import Changes
from intlbase_desk.policy.profile import Profile
from intlbase_desk.ui.shell.record_form import RecordForm, field_spec
from intlbase_desk.workspace import Workspace

_LIMITS = {"name": 50, "employer": 200, "title": 100, "phone": 50, "email": 200}


def _clean(raw: Mapping[str, Any], _profile: Profile) -> tuple[dict[str, Any], dict[str, str]]:
    clean, errors = experts.clean_expert(raw)
    return clean.values, errors


class ExpertForm(RecordForm):
    """Adds an expert, or edits one (``expert_id``)."""

    def __init__(
        self, ws: Workspace, expert_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(_clean, ws.profile, self._save, parent)
        self.ws = ws
        self.expert_id = expert_id
        self.previous: dict[str, Any] | None = None
        self.after: dict[str, Any] | None = None
        self.changes = Changes()
        field = field_spec(experts.EXPERT_LABELS, _LIMITS)
        states = tuple(("1" if a else "0", text) for a, text in experts.ACTIVE_TEXT.items())
        one_per_line = self.tr("One per line")
        specs = [
            field("name", required=True),
            field("employer"),
            field("employer_uscc", placeholder=self.tr("18 characters"), max_length=30),
            field("title"),
            field(
                "fields",
                "editable_choice",
                tuple((f, f) for f in ws.profile.fields.values),
                placeholder=self.tr("Separated by 、"),
            ),
            field("phone"),
            field("email"),
            field(
                "employments",
                "multiline",
                placeholder=f"{one_per_line}：某某研究院（12100000400000624D），2018.07-2024.09",
            ),
            field(
                "relations",
                "multiline",
                placeholder=f"{one_per_line}：某某公司（91110108551385082Q）：持股",
            ),
            field("active", "choice", states),
            field("pledge_signed_on", "date"),
            field("notes", "multiline"),
        ]
        self.build(self.tr("New expert") if expert_id is None else self.tr("Edit expert"), specs)
        values: dict[str, Any] = {"active": True}
        if expert_id is not None:
            values = experts.expert_form_values(ws, expert_id)
        self.set_values(self.shown(values))

    @staticmethod
    def shown(values: Mapping[str, Any]) -> dict[str, Any]:
        """The core's values as the editors hold them (a state is a choice of 启用 / 停用)."""
        return dict(values) | {"active": "1" if values.get("active", True) else "0"}

    def raw_values(self) -> dict[str, Any]:
        values = super().raw_values()
        values["active"] = values.get("active") != "0"
        return values

    def _save(self, values: dict[str, Any]) -> None:
        if self.expert_id is None:
            added = experts.add_expert(self.ws, values)
            self.expert_id, self.changes = added.id, added.changes
        else:
            edited = experts.update_expert(self.ws, self.expert_id, values)
            self.previous, self.changes = edited.previous, edited.changes
        self.after = values
