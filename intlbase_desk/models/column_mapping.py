import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


class ColumnMapping(SQLModel, table=True):
    """How an officer mapped the columns of a sheet layout by hand: applied to every sheet of
    the same kind whose header is the same, in the window and on the command line alike."""

    __tablename__ = "column_mapping"
    __table_args__ = (UniqueConstraint("kind", "signature", name="uq_column_mapping_layout"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=50)
    signature: str = Field(max_length=64)  # of the header cells, in order
    headers_json: str  # the header cells as written
    mapping_json: str  # header as written → field key ("" for a column not imported)
    actor: str = Field(max_length=100)
    saved_at: dt.datetime
