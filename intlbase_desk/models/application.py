import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


class Application(SQLModel, table=True):
    """申报: one organisation's application for one base type in one yearly call.

    The organisation is described as the district wrote it; ``org_id`` links it to the register
    when its credit code is already there. Natural key: call, credit code, base type.
    """

    __tablename__ = "application"
    __table_args__ = (
        UniqueConstraint("call_id", "uscc", "base_type", name="uq_application_call_uscc_type"),
    )

    id: int | None = Field(default=None, primary_key=True)
    call_id: int = Field(foreign_key="yearly_call.id", index=True)
    batch_id: int | None = Field(default=None, foreign_key="import_batch.id", index=True)
    org_id: int | None = Field(default=None, foreign_key="organization.id", index=True)
    uscc: str = Field(max_length=18)
    org_name: str = Field(max_length=200)
    org_kind: str = Field(default="", max_length=50)
    base_name: str = Field(max_length=200)
    base_type: str = Field(max_length=50)
    field: str = Field(default="", max_length=100)
    countries: str = Field(default="", max_length=500)
    partners: str = Field(default="", max_length=1000)
    leader: str = Field(default="", max_length=50)
    contact: str = Field(default="", max_length=50)
    phone: str = Field(default="", max_length=50)
    email: str = Field(default="", max_length=200)
    recommender: str = Field(default="", max_length=200)
    priority: int | None = None
    remark: str = Field(default="", max_length=2000)
    status: str = Field(default="received", max_length=50)
    source_row: int | None = None
    created_at: dt.datetime
    updated_at: dt.datetime
