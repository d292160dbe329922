import datetime as dt

from sqlmodel import Field, SQLModel


class Expert(SQLModel, table=True):
    """专家: one member of the expert pool. Nothing about an expert is deleted: one who no longer
    scores is made inactive, and every change is audited."""

    __tablename__ = "expert"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=50)
    employer: str = Field(default="", max_length=200)
    employer_uscc: str = Field(default="", max_length=18, index=True)
    title: str = Field(default="", max_length=100)  # 职称
    fields: str = Field(default="", max_length=500)  # 专业领域, joined by 、
    phone: str = Field(default="", max_length=50)
    email: str = Field(default="", max_length=200)
    active: bool = Field(default=True)
    pledge_signed_on: dt.date | None = None  # 回避承诺 signed
    notes: str = Field(default="", max_length=2000)
    created_at: dt.datetime
    updated_at: dt.datetime
    name_sort: str = Field(default="", max_length=1000)  # pinyin, for the table's order


class ExpertEmployment(SQLModel, table=True):
    """A past employer (曾任职单位): an expert may not score it within the years of 回避."""

    __tablename__ = "expert_employment"

    id: int | None = Field(default=None, primary_key=True)
    expert_id: int = Field(foreign_key="expert.id", index=True)
    employer: str = Field(max_length=200)
    uscc: str = Field(default="", max_length=18, index=True)
    started_on: dt.date | None = None
    ended_on: dt.date | None = None  # None: still there


class ExpertRelation(SQLModel, table=True):
    """A declared relation with an organisation (持股, 任职, 近亲属, 合作, 单位申请回避)."""

    __tablename__ = "expert_relation"

    id: int | None = Field(default=None, primary_key=True)
    expert_id: int = Field(foreign_key="expert.id", index=True)
    org_name: str = Field(max_length=200)
    uscc: str = Field(default="", max_length=18, index=True)
    relation: str = Field(max_length=50)  # a key of experts.relations.RELATIONS
    note: str = Field(default="", max_length=500)
