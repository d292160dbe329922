import datetime as dt

from sqlmodel import Field, SQLModel


class OfficeSetting(SQLModel, table=True):
    """An office default of the database's profile as the officers set it (policy/values.py):
    kept with the data, so every desk of the office applies the same value."""

    __tablename__ = "office_setting"

    key: str = Field(primary_key=True, max_length=100)
    value_json: str
    changed_by: str = Field(max_length=100)
    changed_at: dt.datetime
