import datetime as dt

from sqlmodel import Field, SQLModel


class EvaluationRound(SQLModel, table=True):
    """An evaluation round (评估批次): the bases due in one year, under one kind."""

    __tablename__ = "evaluation_round"

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    kind: str = Field(max_length=20)  # evaluation | re_evaluation | annual
    name: str = Field(max_length=200)
    as_of: dt.date  # bases due by this day
    state: str = Field(default="open", max_length=20)  # open | concluded
    opened_by: str = Field(max_length=100)
    opened_at: dt.datetime
    concluded_at: dt.datetime | None = None


class EvaluationTarget(SQLModel, table=True):
    """A base evaluated in a round, with its host as it was when the round was opened (the draw
    is checked against that). A target removed stays, with the reason."""

    __tablename__ = "evaluation_target"

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="evaluation_round.id", index=True)
    base_id: int = Field(foreign_key="base.id", index=True)
    group_key: str = Field(max_length=100)
    base_name: str = Field(max_length=200)
    base_type: str = Field(max_length=50)
    field: str = Field(default="", max_length=100)
    org_name: str = Field(max_length=200)
    uscc: str = Field(max_length=18)
    included: bool = Field(default=True)
    reason: str = Field(default="", max_length=500)  # why added by hand, or removed


class PanelDraw(SQLModel, table=True):
    """One draw of a group's panel: everything needed to check it again (seed, the candidates as
    they were, every exclusion with its reason, the algorithm's version, the order)."""

    __tablename__ = "panel_draw"

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="evaluation_round.id", index=True)
    group_key: str = Field(max_length=100)
    seed: str = Field(max_length=200)
    size: int
    reserves: int
    fields_json: str = Field(default="[]")  # the fields asked for, if any
    drawn_on: dt.date  # the day 回避 was decided for
    conflict_years: int  # the years of 回避 for a past employer, as set that day
    algorithm: str = Field(max_length=50)
    candidates_json: str  # every active expert as the draw saw them
    targets_json: str  # the group's targets as the draw saw them
    exclusions_json: str  # expert id → reasons
    order_json: str  # the eligible experts' ids in drawn order
    drawn_by: str = Field(max_length=100)
    drawn_at: dt.datetime


class PanelMember(SQLModel, table=True):
    """An expert of a draw: on the panel or a reserve, in drawn order; a declined member is
    replaced by the next reserve, both recorded."""

    __tablename__ = "panel_member"

    id: int | None = Field(default=None, primary_key=True)
    draw_id: int = Field(foreign_key="panel_draw.id", index=True)
    expert_id: int = Field(foreign_key="expert.id", index=True)
    position: int  # 1-based, in drawn order
    role: str = Field(max_length=20)  # member | reserve | declined
    replaces: int | None = None  # the expert this reserve stands in for
    note: str = Field(default="", max_length=500)
    changed_by: str = Field(default="", max_length=100)
    changed_at: dt.datetime | None = None
