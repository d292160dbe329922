from sqlmodel import Field, SQLModel


class Meta(SQLModel, table=True):
    """Key/value facts about the database: schema_version, profile_id, created_at."""

    __tablename__ = "meta"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(max_length=1000)
