import datetime as dt

from sqlmodel import Field, SQLModel


class ImportBatch(SQLModel, table=True):
    """One written import: which file (and its SHA-256), who, when, what it counted and wrote."""

    __tablename__ = "import_batch"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=50)
    file_name: str = Field(max_length=500)
    sha256: str = Field(max_length=64)
    sheet: str = Field(default="", max_length=200)
    call_id: int | None = Field(default=None, foreign_key="yearly_call.id")
    actor: str = Field(max_length=100)
    at: dt.datetime
    rows: int
    accepted: int
    written: int
    skipped: int
    undone_at: dt.datetime | None = None
    undone_by: str = Field(default="", max_length=100)
