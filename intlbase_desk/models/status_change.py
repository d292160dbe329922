import datetime as dt

from sqlmodel import Field, SQLModel


class StatusChange(SQLModel, table=True):
    """One step of a base's lifecycle, with the article of the profile that allows it."""

    __tablename__ = "status_change"

    id: int | None = Field(default=None, primary_key=True)
    base_id: int = Field(foreign_key="base.id", index=True)
    from_status: str = Field(max_length=50)
    to_status: str = Field(max_length=50)
    changed_on: dt.date
    reason: str = Field(max_length=2000)
    rule_id: str = Field(max_length=50)
    trigger_id: str = Field(default="", max_length=50)
    # Set when the change revokes the base: its host may not apply again before this date.
    ban_until: dt.date | None = None
    actor: str = Field(max_length=100)
    created_at: dt.datetime
