import datetime as dt

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class AuditEntry(SQLModel, table=True):
    """Who changed what, when, from what to what. Written in the transaction of the change."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime
    actor: str = Field(max_length=100)
    entity: str = Field(max_length=50)
    entity_id: int
    action: str = Field(max_length=50)
    before_json: str = ""
    after_json: str = ""
    reason: str = Field(default="", max_length=2000)
