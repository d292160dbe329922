import datetime as dt

from sqlmodel import Field, SQLModel


class Call(SQLModel, table=True):
    """申报批次: the yearly call for applications."""

    __tablename__ = "yearly_call"

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(unique=True)
    name: str = Field(max_length=100)
    created_at: dt.datetime
