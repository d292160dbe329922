import datetime as dt

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
