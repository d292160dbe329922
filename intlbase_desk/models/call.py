import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


class Call(SQLModel, table=True):
    """申报批次: the yearly call for applications."""

    __tablename__ = "yearly_call"

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(unique=True)
    name: str = Field(max_length=100)
    created_at: dt.datetime
    # The guide's settings (申报指南): the deadline, the types open this year ("[]": every type
    # of the profile), and how many applications one recommending unit may put forward.
    deadline: dt.date | None = None
    open_types_json: str = Field(default="[]")
    unit_quota: int | None = None


class ApplicationEvent(SQLModel, table=True):
    """A step of an application (received, reviewed, withdrawn …), with its reason and rule."""

    __tablename__ = "application_event"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    from_state: str = Field(default="", max_length=50)
    to_state: str = Field(max_length=50)
    reason: str = Field(default="", max_length=1000)
    rule_id: str = Field(default="", max_length=50)
    actor: str = Field(max_length=100)
    at: dt.datetime


class ApplicationMetric(SQLModel, table=True):
    """A figure of an application, as typed from its form or imported from a metrics sheet."""

    __tablename__ = "application_metric"
    __table_args__ = (UniqueConstraint("application_id", "metric", name="uq_application_metric"),)

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    metric: str = Field(max_length=50)
    value: float
    source: str = Field(default="", max_length=300)  # "窗口录入" or the sheet's file name
    entered_by: str = Field(max_length=100)
    entered_at: dt.datetime


class ApplicationCheck(SQLModel, table=True):
    """The officer's finding on a condition the app cannot compute: a checklist item ticked,
    or a check made elsewhere (the integrity veto: where, when, what was found, the evidence)."""

    __tablename__ = "application_check"
    __table_args__ = (
        UniqueConstraint("application_id", "condition_id", name="uq_application_check"),
    )

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    condition_id: str = Field(max_length=50)
    passed: bool
    note: str = Field(default="", max_length=1000)
    evidence: str = Field(default="", max_length=300)  # the evidence file's name
    evidence_sha256: str = Field(default="", max_length=64)
    checked_by: str = Field(max_length=100)
    checked_at: dt.datetime
