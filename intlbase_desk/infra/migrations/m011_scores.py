"""Version 11: scores (the batches they came in, each expert's points, the officer's notes) and
the scoring templates a round froze."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:  # alembic is imported only when a database is upgraded
    from alembic.operations import Operations

VERSION = 11
DESCRIPTION = "scores, score batches, notes; a round's scoring templates"


def upgrade(op: Operations, conn: sa.Connection) -> None:
    with op.batch_alter_table("evaluation_round") as batch:
        batch.add_column(sa.Column("scoring_json", sa.Text, nullable=False, server_default=""))
    op.create_table(
        "score_import",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("round_id", sa.Integer, sa.ForeignKey("evaluation_round.id"), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("entry_pass", sa.Integer, nullable=False),
        sa.Column("scores", sa.Integer, nullable=False),
        sa.Column("before_json", sa.Text, nullable=False),
        sa.Column("imported_by", sa.String(100), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_by", sa.String(100), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_score_import_round_id", "score_import", ["round_id"])
    op.create_table(
        "score",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("round_id", sa.Integer, sa.ForeignKey("evaluation_round.id"), nullable=False),
        sa.Column("target_id", sa.Integer, sa.ForeignKey("evaluation_target.id"), nullable=False),
        sa.Column("expert_id", sa.Integer, sa.ForeignKey("expert.id"), nullable=False),
        sa.Column("item", sa.String(300), nullable=False),
        sa.Column("entry_pass", sa.Integer, nullable=False),
        sa.Column("points", sa.Float, nullable=False),
        sa.Column("import_id", sa.Integer, sa.ForeignKey("score_import.id"), nullable=False),
        sa.UniqueConstraint("target_id", "expert_id", "item", "entry_pass", name="uq_score_line"),
    )
    op.create_index("ix_score_round_id", "score", ["round_id"])
    op.create_index("ix_score_target_id", "score", ["target_id"])
    op.create_index("ix_score_expert_id", "score", ["expert_id"])
    op.create_table(
        "score_note",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("round_id", sa.Integer, sa.ForeignKey("evaluation_round.id"), nullable=False),
        sa.Column("target_id", sa.Integer, sa.ForeignKey("evaluation_target.id"), nullable=False),
        sa.Column("expert_id", sa.Integer, nullable=True),
        sa.Column("grade", sa.String(50), nullable=False),
        sa.Column("note", sa.String(1000), nullable=False),
        sa.Column("noted_by", sa.String(100), nullable=False),
        sa.Column("noted_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_score_note_round_id", "score_note", ["round_id"])
    op.create_index("ix_score_note_target_id", "score_note", ["target_id"])
