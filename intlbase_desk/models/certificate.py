import datetime as dt

from sqlmodel import Field, SQLModel


class CertificateCounter(SQLModel, table=True):
    """The last sequence number issued in a year: numbers are never reused nor skipped."""

    __tablename__ = "certificate_counter"

    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    last_seq: int


class Certificate(SQLModel, table=True):
    """证书: a numbered certificate of a base. Reprints keep the number; a void one is kept."""

    __tablename__ = "certificate"

    id: int | None = Field(default=None, primary_key=True)
    base_id: int = Field(foreign_key="base.id", index=True)
    number: str = Field(max_length=100, unique=True)
    year: int
    seq: int
    issued_on: dt.date
    issued_at: dt.datetime
    actor: str = Field(max_length=100)
    voided_at: dt.datetime | None = None
    voided_by: str = Field(default="", max_length=100)
    void_reason: str = Field(default="", max_length=500)


class CertificatePrint(SQLModel, table=True):
    """The issue log: each certificate or plaque printed — first issue, reprint, re-issue (补发)."""

    __tablename__ = "certificate_print"

    id: int | None = Field(default=None, primary_key=True)
    certificate_id: int = Field(foreign_key="certificate.id", index=True)
    base_id: int = Field(foreign_key="base.id", index=True)
    kind: str = Field(max_length=20)  # issue | reprint | reissue | plaque
    layout: str = Field(max_length=100)
    printed_at: dt.datetime
    actor: str = Field(max_length=100)


class PlaqueRecovery(SQLModel, table=True):
    """收回牌匾: a revocation that recovers the base's plaque, recorded with the status change."""

    __tablename__ = "plaque_recovery"

    id: int | None = Field(default=None, primary_key=True)
    base_id: int = Field(foreign_key="base.id", index=True)
    status_change_id: int = Field(foreign_key="status_change.id")
    due_on: dt.date
    recovered_on: dt.date | None = None
    recovered_by: str = Field(default="", max_length=100)
    note: str = Field(default="", max_length=500)
    actor: str = Field(max_length=100)
    created_at: dt.datetime
