"""Documents that come with a base's annual summary (the Word or PDF summary, next year's
plan), kept in the database with their SHA-256, so a backup holds them with the figures and the
same file given twice is kept once."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from intlbase_desk.infra import audit, clock, files
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import NotFoundError, UserError
from intlbase_desk.models import SummaryAttachment, SummaryTarget
from intlbase_desk.summaries import campaigns
from intlbase_desk.workspace import Workspace

ENTITY = "summary_attachment"
KINDS = {"summary": "年度工作总结", "plan": "下一年度计划", "other": "其他材料"}
SUFFIXES = (".doc", ".docx", ".pdf", ".wps", ".odt", ".xlsx", ".xls", ".jpg", ".png")
MAX_BYTES = 30 * 1024 * 1024  # a scanned, stamped summary; beyond that, a mistake


@dataclass(frozen=True)
class Attached:
    id: int
    base_name: str
    kind: str
    file_name: str
    size: int
    sha256: str
    added_on: str


def attach(ws: Workspace, year: int, target_id: int, path: Path, kind: str = "summary") -> Changes:
    if kind not in KINDS:
        raise UserError(f"材料类别应为：{'、'.join(KINDS.values())}")
    if path.suffix.lower() not in SUFFIXES:
        raise UserError(f"“{path.name}”不是可以附上的文件（可附：{'、'.join(SUFFIXES)}）")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"读不出“{path.name}”：{exc.strerror or exc}") from None
    if not data:
        raise UserError(f"“{path.name}”是空文件")
    if len(data) > MAX_BYTES:
        raise UserError(f"“{path.name}”超过 {MAX_BYTES // 1024 // 1024} MB，请压缩后再附上")
    digest = hashlib.sha256(data).hexdigest()
    campaign = campaigns.get_campaign(ws, year)
    with ws.db.transaction() as session:
        target = session.get(SummaryTarget, target_id)
        if target is None or target.campaign_id != campaign.id:
            raise NotFoundError(f"该基地不在{year}年度应报送的名单中")
        same = session.exec(
            select(SummaryAttachment).where(
                SummaryAttachment.target_id == target_id, SummaryAttachment.sha256 == digest
            )
        ).first()
        if same is not None:
            return Changes()
        added = SummaryAttachment(
            target_id=target_id,
            kind=kind,
            file_name=path.name,
            size=len(data),
            sha256=digest,
            content=data,
            added_by=ws.actor,
            added_at=clock.now(),
        )
        session.add(added)
        session.flush()
        audit.record(
            session,
            actor=ws.actor,
            entity=ENTITY,
            entity_id=added.id or 0,
            action="create",
            before=None,
            after={"base": target.base_name, "file": path.name, "sha256": digest},
            reason=f"{year}年度{KINDS[kind]}",
        )
    return campaigns.CHANGED


def list_attachments(ws: Workspace, year: int, target_id: int | None = None) -> list[Attached]:
    campaign = campaigns.get_campaign(ws, year)
    with ws.db.transaction() as session:
        statement = (
            select(
                SummaryAttachment.id,
                SummaryTarget.base_name,
                SummaryAttachment.kind,
                SummaryAttachment.file_name,
                SummaryAttachment.size,
                SummaryAttachment.sha256,
                SummaryAttachment.added_at,
            )
            .join(SummaryTarget, SummaryTarget.id == SummaryAttachment.target_id)  # type: ignore[arg-type]
            .where(SummaryTarget.campaign_id == campaign.id)
            .order_by(SummaryAttachment.id)  # type: ignore[arg-type]
        )
        if target_id is not None:
            statement = statement.where(SummaryAttachment.target_id == target_id)
        rows = session.exec(statement).all()
    return [
        Attached(i or 0, name, kind, file, size, digest, clock.local_text(at))
        for i, name, kind, file, size, digest, at in rows
    ]


def save_attachment(ws: Workspace, attachment_id: int, out: Path) -> Path:
    """Writes the document out (to open it with the desk's viewer, or to pass it on)."""
    with ws.db.transaction() as session:
        found = session.get(SummaryAttachment, attachment_id)
        if found is None:
            raise NotFoundError(f"附件 {attachment_id} 不存在")
        data, name = found.content, found.file_name
    path = out / name if out.is_dir() else out
    with files.replacing(path) as partial:
        partial.write_bytes(data)
    return path
