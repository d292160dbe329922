import datetime as dt

import sqlalchemy as sa
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
    # The scoring templates as they were when the first sheet went out or the first score came
    # in: a template changed later applies to the next round, not to sheets already filled.
    scoring_json: str = Field(default="")


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


class ScoreImport(SQLModel, table=True):
    """A batch of scores written at once (a returned workbook, a summary, a grid of paper
    sheets), with what each score replaced, so that the batch can be undone."""

    __tablename__ = "score_import"

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="evaluation_round.id", index=True)
    source: str = Field(max_length=20)  # workbook | summary | grid
    file_name: str = Field(default="", max_length=300)
    sha256: str = Field(default="", max_length=64)
    entry_pass: int = Field(default=1)  # 2: the second officer's pass of a double entry
    scores: int = Field(default=0)
    before_json: str = Field(default="[]")  # [[target, expert, item, score or null], …]
    imported_by: str = Field(max_length=100)
    imported_at: dt.datetime
    undone_by: str = Field(default="", max_length=100)
    undone_at: dt.datetime | None = None


class Score(SQLModel, table=True):
    """One expert's points for one line of a target's sheet; ``item`` "" is a total given alone
    (a third party's summary). Pass 2 is a second officer's entry of the same paper sheet."""

    __tablename__ = "score"
    __table_args__ = (
        sa.UniqueConstraint("target_id", "expert_id", "item", "entry_pass", name="uq_score_line"),
    )

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="evaluation_round.id", index=True)
    target_id: int = Field(foreign_key="evaluation_target.id", index=True)
    expert_id: int = Field(foreign_key="expert.id", index=True)
    item: str = Field(default="", max_length=300)
    entry_pass: int = Field(default=1)
    points: float
    import_id: int = Field(foreign_key="score_import.id")


class ScoreNote(SQLModel, table=True):
    """What the officer decided about a target's result: an explanation of a flagged total
    (``expert_id`` set), or a grade set by hand with its reason (``grade`` set)."""

    __tablename__ = "score_note"

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="evaluation_round.id", index=True)
    target_id: int = Field(foreign_key="evaluation_target.id", index=True)
    expert_id: int | None = None
    grade: str = Field(default="", max_length=50)
    note: str = Field(max_length=1000)
    noted_by: str = Field(max_length=100)
    noted_at: dt.datetime


class EvaluationOutcome(SQLModel, table=True):
    """What a concluded round decided for a target: its grade and panel score, and the
    consequence applied, with the article and the status change it made (if any)."""

    __tablename__ = "evaluation_outcome"

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="evaluation_round.id", index=True)
    target_id: int = Field(foreign_key="evaluation_target.id")
    base_id: int = Field(foreign_key="base.id", index=True)
    grade: str = Field(default="", max_length=50)  # "": not evaluated
    panel_score: float | None = None
    consequence: str = Field(default="", max_length=500)
    rule_id: str = Field(default="", max_length=20)
    status_change_id: int | None = Field(default=None, foreign_key="status_change.id")
    concluded_at: dt.datetime


class MajorChange(SQLModel, table=True):
    """A major change a base reported (重大事项: a new head, a merger, a restructuring, a change
    of business), and the officer's review: still eligible, or not (the title is then cancelled
    through the register, and the change it made is linked here)."""

    __tablename__ = "major_change"

    id: int | None = Field(default=None, primary_key=True)
    base_id: int = Field(foreign_key="base.id", index=True)
    kind: str = Field(max_length=100)
    happened_on: dt.date
    reported_on: dt.date
    description: str = Field(max_length=2000)
    review: str = Field(default="pending", max_length=20)  # pending | eligible | ineligible
    review_note: str = Field(default="", max_length=1000)
    reviewed_by: str = Field(default="", max_length=100)
    reviewed_at: dt.datetime | None = None
    status_change_id: int | None = Field(default=None, foreign_key="status_change.id")
    created_by: str = Field(max_length=100)
    created_at: dt.datetime
