import datetime as dt

from sqlmodel import Field, SQLModel


class SummaryCampaign(SQLModel, table=True):
    """A reporting year's intake of annual work summaries (年度工作总结): the bases expected,
    the due date, and the report form as it was when the campaign was opened."""

    __tablename__ = "summary_campaign"

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(unique=True)
    due_on: dt.date
    due_rule: str = Field(default="", max_length=50)  # "" when the due date is an office default
    form_json: str  # the report form frozen at opening: next year's form may differ
    recommender_review: bool = False
    opened_by: str = Field(max_length=100)
    opened_at: dt.datetime


class SummaryTarget(SQLModel, table=True):
    """A base expected to file, with its host as it was when the campaign was opened."""

    __tablename__ = "summary_target"

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="summary_campaign.id", index=True)
    base_id: int = Field(foreign_key="base.id", index=True)
    base_name: str = Field(max_length=200)
    base_type: str = Field(max_length=50)
    org_name: str = Field(max_length=200)
    uscc: str = Field(max_length=18)
    district: str = Field(default="", max_length=50)
    recommender: str = Field(default="", max_length=200)
    # Errors in the latest file refused for this base (0 once a filing is written): the board
    # shows who sent something that did not go in.
    refused_errors: int = 0
    # What the latest refused file said of this base (JSON list of findings; "[]" once a filing
    # is written): the base's form lists it.
    refused_json: str = Field(default="[]")


class SummarySubmission(SQLModel, table=True):
    """One filing of a base's summary. A filing again replaces the one before it, which stays
    (``replaced_by``) for the history; the officer returns a filing with a reason or accepts it."""

    __tablename__ = "summary_submission"

    id: int | None = Field(default=None, primary_key=True)
    target_id: int = Field(foreign_key="summary_target.id", index=True)
    submitted_on: dt.date
    source: str = Field(max_length=20)  # form | unit_sheet | window
    file_name: str = Field(default="", max_length=300)
    sha256: str = Field(default="", max_length=64)
    values_json: str  # indicator → number
    texts_json: str = Field(default="{}")  # text item → text
    recommender_opinion: str = Field(default="", max_length=2000)  # 推荐单位审核意见
    findings_json: str = Field(default="[]")  # the warnings its file gave for this base
    state: str = Field(default="submitted", max_length=20)  # submitted | returned | accepted
    decision_note: str = Field(default="", max_length=1000)
    decided_by: str = Field(default="", max_length=100)
    decided_at: dt.datetime | None = None
    replaced_by: int | None = None
    created_by: str = Field(max_length=100)
    created_at: dt.datetime


class SummaryAttachment(SQLModel, table=True):
    """A document filed with a base's summary (the Word or PDF summary, the plan), kept whole
    in the database so that a backup holds it with the figures."""

    __tablename__ = "summary_attachment"

    id: int | None = Field(default=None, primary_key=True)
    target_id: int = Field(foreign_key="summary_target.id", index=True)
    kind: str = Field(max_length=20)  # summary | plan | other
    file_name: str = Field(max_length=300)
    size: int
    sha256: str = Field(max_length=64)
    content: bytes
    added_by: str = Field(max_length=100)
    added_at: dt.datetime
