import datetime as dt

from sqlmodel import Field, SQLModel


class Organization(SQLModel, table=True):
    """依托单位: the legal person that hosts one or more bases."""

    __tablename__ = "organization"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    uscc: str = Field(max_length=18, unique=True)
    kind: str = Field(default="", max_length=50)
    district: str = Field(default="", max_length=50, index=True)
    address: str = Field(default="", max_length=300)
    registered_on: dt.date | None = None
    legal_rep: str = Field(default="", max_length=50)
    contact_person: str = Field(default="", max_length=50)
    contact_phone: str = Field(default="", max_length=50)
    archived: bool = Field(default=False)
    archive_reason: str = Field(default="", max_length=500)
    # The import batch that created the record (undoing the batch removes it), if any.
    import_batch_id: int | None = Field(default=None, index=True)
    created_at: dt.datetime
    updated_at: dt.datetime
    # Derived search keys (migration 2): pinyin initials and a pinyin sort key of the name.
    name_initials: str = Field(default="", max_length=200)
    name_sort: str = Field(default="", max_length=1000, index=True)
