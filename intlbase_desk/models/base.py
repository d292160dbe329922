import datetime as dt

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class Base(SQLModel, table=True):
    """国合基地: a recognised international S&T cooperation base."""

    __tablename__ = "base"
    __table_args__ = (
        Index("ix_base_browse", "archived", "name_sort", "id", "search_text"),
        Index("ix_base_org_browse", "archived", "org_sort", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    base_type: str = Field(max_length=50, index=True)
    org_id: int = Field(foreign_key="organization.id", index=True)
    field: str = Field(default="", max_length=100, index=True)
    countries: str = Field(default="", max_length=500)
    partners: str = Field(default="", max_length=1000)
    leader: str = Field(default="", max_length=50)
    contact_person: str = Field(default="", max_length=50)
    phone: str = Field(default="", max_length=50)
    email: str = Field(default="", max_length=200)
    recommender: str = Field(default="", max_length=200)
    recognized_on: dt.date | None = None
    recognized_year: int | None = Field(default=None, index=True)
    batch: str = Field(default="", max_length=100)
    valid_until: dt.date | None = None
    status: str = Field(max_length=50, index=True)
    cert_no: str = Field(default="", max_length=100)
    notes: str = Field(default="", max_length=2000)
    archived: bool = Field(default=False)
    archive_reason: str = Field(default="", max_length=500)
    # The import batch that created the record (undoing the batch removes it), if any.
    import_batch_id: int | None = Field(default=None, index=True)
    created_at: dt.datetime
    updated_at: dt.datetime
    # Derived search keys (migration 2). search_text joins the base's and its host's name,
    # the host's USCC and both names' pinyin initials, lower-cased: one LIKE finds them all.
    name_sort: str = Field(default="", max_length=1000)
    org_sort: str = Field(default="", max_length=1000)
    search_text: str = Field(default="", max_length=2000)
