"""Today comes from clock.today(); INTLBASE_TODAY moves it for tests and rehearsals."""

from __future__ import annotations

import datetime as dt

import pytest

from intlbase_desk import register
from intlbase_desk.infra import clock
from intlbase_desk.infra.errors import UserError, ValidationError
from intlbase_desk.workspace import Workspace
from tests.conftest import base_form, org_form


def test_the_variable_moves_today_and_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.TODAY_ENV, "2031-02-28")
    assert clock.today() == dt.date(2031, 2, 28)
    assert clock.now().astimezone().date() == dt.date(2031, 2, 28)
    monkeypatch.delenv(clock.TODAY_ENV)
    before = dt.date.today()
    assert clock.today() in (before, dt.date.today())  # the day may turn meanwhile


def test_a_malformed_value_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.TODAY_ENV, "31/03/2026")
    with pytest.raises(UserError, match="INTLBASE_TODAY"):
        clock.today()


def test_checks_against_today_follow_the_moved_date(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rehearsal set in 2020 refuses a status change dated 2021, which a real today allows."""
    org_id = register.add_organization(ws, org_form()).id
    base_id = register.add_base(ws, base_form(org_id)).id
    monkeypatch.setenv(clock.TODAY_ENV, "2020-06-30")
    with pytest.raises(ValidationError, match="不能晚于今天"):
        register.change_status(ws, base_id, "evaluation_due", on=dt.date(2021, 1, 4), reason="期满")
    monkeypatch.delenv(clock.TODAY_ENV)
    change = register.change_status(
        ws, base_id, "evaluation_due", on=dt.date(2021, 1, 4), reason="期满"
    ).change
    assert change.changed_on == dt.date(2021, 1, 4)
