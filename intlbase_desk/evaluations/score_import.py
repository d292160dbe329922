"""Checked scores written, all or nothing, in one transaction with its audit entry; and undone.

Writing the same file again changes nothing; a corrected file replaces the scores it gives.
Each batch keeps what every score replaced, so the latest batch of a round can be undone and
the scores are as they were before it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, select

from intlbase_desk.evaluations import double_entry, score_lines
from intlbase_desk.evaluations.rounds import CHANGED, changeable_round
from intlbase_desk.evaluations.score_rules import CheckedScores
from intlbase_desk.infra import audit, clock
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.models import Score, ScoreImport
from intlbase_desk.workspace import Workspace

ENTITY = "score_import"
SOURCES = {"workbook": "专家评分表", "summary": "评分汇总表", "grid": "纸质评分表录入"}


@dataclass(frozen=True)
class ScoresWritten:
    import_id: int | None  # None: nothing changed
    written: int
    unchanged: int
    changes: Changes


@dataclass(frozen=True)
class ScoresUndone:
    import_id: int
    restored: int
    removed: int
    changes: Changes = CHANGED


def import_scores(ws: Workspace, checked: CheckedScores, *, entry_pass: int = 1) -> ScoresWritten:
    """Writes the checked scores; refused while they have errors."""
    if checked.errors:
        raise UserError(f"有 {len(checked.errors)} 处错误，评分未导入；请改正后重新导入")
    if entry_pass not in (1, 2):
        raise UserError("录入遍数只能是 1 或 2（第二遍为复核录入）")
    with ws.db.transaction() as session:
        found = changeable_round(session, checked.round_id)
        score_lines.templates(session, found, ws.profile)  # frozen from the first score on
        table = Score.__table__  # type: ignore[attr-defined]
        # Plain rows and bulk statements: a round's import is tens of thousands of scores.
        double_entry.note_differences(session, checked, entry_pass)
        existing = {
            (target, expert, item): (score_id, points)
            for score_id, target, expert, item, points in session.execute(
                sa.select(
                    table.c.id, table.c.target_id, table.c.expert_id, table.c.item, table.c.points
                ).where(table.c.round_id == checked.round_id, table.c.entry_pass == entry_pass)
            )
        }
        batch = ScoreImport(
            round_id=checked.round_id,
            source=checked.source,
            file_name=checked.file_name,
            sha256=checked.sha256,
            entry_pass=entry_pass,
            imported_by=ws.actor,
            imported_at=clock.now(),
        )
        session.add(batch)
        session.flush()
        batch_id = batch.id  # read once: an ORM attribute costs on every one of the rows
        assert batch_id is not None
        before: list[list[object]] = []
        sheets = {(e.target_id, e.expert_id) for e in checked.entries}
        given = {(e.target_id, e.expert_id, e.item) for e in checked.entries}
        # A sheet given again replaces the whole sheet: lines it no longer has go.
        gone = [
            (key, score_id, points)
            for key, (score_id, points) in existing.items()
            if key[:2] in sheets and key not in given
        ]
        before += [[*key, points] for key, _id, points in gone]
        inserts: list[dict[str, object]] = []
        updates: list[dict[str, object]] = []
        unchanged = 0
        for e in checked.entries:
            key = (e.target_id, e.expert_id, e.item)
            old = existing.get(key)
            if old is not None and abs(old[1] - e.points) < 1e-9:
                unchanged += 1
                continue
            before.append([*key, None if old is None else old[1]])
            if old is None:
                inserts.append(
                    {
                        "round_id": checked.round_id,
                        "target_id": e.target_id,
                        "expert_id": e.expert_id,
                        "item": e.item,
                        "entry_pass": entry_pass,
                        "points": e.points,
                        "import_id": batch_id,
                    }
                )
            else:
                updates.append({"score_id": old[0], "new_points": e.points})
        written = len(checked.entries) - unchanged
        if not before:
            session.delete(batch)  # the same scores again: nothing to record, nothing to undo
            checked.written, checked.unchanged = 0, unchanged
            return ScoresWritten(None, 0, unchanged, Changes())
        if gone:
            session.execute(table.delete().where(table.c.id.in_([i for _k, i, _p in gone])))
        if updates:
            session.execute(
                table.update()
                .where(table.c.id == sa.bindparam("score_id"))
                .values(points=sa.bindparam("new_points"), import_id=batch.id),
                updates,
            )
        if inserts:
            session.execute(table.insert(), inserts)
        batch.scores = written
        batch.before_json = json.dumps(before, ensure_ascii=False)
        audit.record(
            session,
            actor=ws.actor,
            entity=ENTITY,
            entity_id=batch.id,
            action="create",
            before=None,
            after={
                "round": checked.round_id,
                "source": checked.source,
                "file": checked.file_name,
                "sha256": checked.sha256,
                "pass": entry_pass,
                "scores": written,
                "replaced": sum(1 for b in before if b[3] is not None),
            },
            reason=f"{found.name}：导入{SOURCES[checked.source]}"
            + (f"“{checked.file_name}”" if checked.file_name else ""),
        )
    checked.written, checked.unchanged = written, unchanged
    return ScoresWritten(batch.id, written, unchanged, CHANGED)


def undo_last_import(ws: Workspace, round_id: int) -> ScoresUndone:
    """Undoes the round's latest batch: its scores go, those it replaced come back."""
    with ws.db.transaction() as session:
        found = changeable_round(session, round_id)
        batch = session.exec(
            select(ScoreImport)
            .where(ScoreImport.round_id == round_id, ScoreImport.undone_at == None)  # noqa: E711
            .order_by(sa.desc(ScoreImport.id))  # type: ignore[arg-type]
        ).first()
        if batch is None or batch.id is None:
            raise UserError(f"{found.name}没有可以撤销的评分导入")
        restored, removed = _restore(session, batch)
        batch.undone_by, batch.undone_at = ws.actor, clock.now()
        session.add(batch)
        audit.record(
            session,
            actor=ws.actor,
            entity=ENTITY,
            entity_id=batch.id,
            action="undo",
            before={"scores": batch.scores},
            after={"restored": restored},
            reason=f"{found.name}：撤销导入“{batch.file_name or SOURCES[batch.source]}”",
        )
        return ScoresUndone(batch.id, restored, removed)


def _restore(session: Session, batch: ScoreImport) -> tuple[int, int]:
    """Puts back what the batch replaced: (scores restored, scores it added that go)."""
    restored = removed = 0
    for target_id, expert_id, item, points in json.loads(batch.before_json):
        score = session.exec(
            select(Score).where(
                Score.target_id == target_id,
                Score.expert_id == expert_id,
                Score.item == item,
                Score.entry_pass == batch.entry_pass,
            )
        ).first()
        if points is None:
            if score is not None:
                session.delete(score)
                removed += 1
            continue
        restored += 1
        if score is None:
            score = Score(
                round_id=batch.round_id,
                target_id=target_id,
                expert_id=expert_id,
                item=item,
                entry_pass=batch.entry_pass,
                points=points,
                import_id=batch.id or 0,
            )
        else:
            score.points = points
        session.add(score)
    session.flush()
    return restored, removed
