import datetime as dt

from sqlmodel import Field, SQLModel


class CalendarYear(SQLModel, table=True):
    """A year of public holidays and adjusted working days (调休) the office entered from the
    State Council's notice: it replaces, whole, what the bundled calendar has for that year."""

    __tablename__ = "calendar_year"

    year: int = Field(primary_key=True)
    source: str = Field(default="", max_length=300)  # the notice, or the file it came from
    entered_by: str = Field(max_length=100)
    entered_at: dt.datetime


class CalendarDay(SQLModel, table=True):
    """A day that breaks the week's rule: a holiday on a weekday, or a working weekend day."""

    __tablename__ = "calendar_day"

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(foreign_key="calendar_year.year", index=True)
    day: dt.date = Field(unique=True)
    kind: str = Field(max_length=20)  # holiday | workday
    name: str = Field(default="", max_length=100)
