"""Issuing certificates (or plaques) for a set of bases: number, draw, log.

Numbers are given first, in one transaction; then the pages are drawn, which may be cancelled
(the numbers stay with their bases, and the next run reprints them, never renumbers); then the
printed pages are logged.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import select

from intlbase_desk.certificates import fonts as pdf_fonts
from intlbase_desk.certificates import layouts as cert_layout
from intlbase_desk.certificates import numbering as certificates
from intlbase_desk.certificates import pdf as cert_render
from intlbase_desk.infra import clock
from intlbase_desk.infra.database import Database
from intlbase_desk.infra.errors import UserError
from intlbase_desk.infra.jobs import Cancelled, Progress
from intlbase_desk.models import Base, Organization
from intlbase_desk.policy.profile import Profile


@dataclass
class Issued:
    path: Path
    pages: int
    new_numbers: list[str] = field(default_factory=list)
    reprinted: list[str] = field(default_factory=list)
    font_notes: list[str] = field(default_factory=list)


@dataclass
class Prepared:
    """Numbers given and pages laid out, ready to draw to PDF or to a printer."""

    layout: cert_layout.Layout
    fonts: pdf_fonts.ResolvedFonts
    numbered: list[certificates.Numbered]
    pages: list[cert_render.PageData]
    plaque: bool
    images: cert_render.Images
    reissue: bool = False  # 补发: a lost certificate printed again under its number


def prepare(
    db: Database,
    profile: Profile,
    actor: str,
    base_ids: list[int],
    *,
    plaque: bool = False,
    issued_on: dt.date | None = None,
    fonts: Mapping[str, Path] | None = None,
    plaque_layout: str | None = None,
) -> Prepared:
    if not base_ids:
        raise UserError("没有可以颁发证书的基地")
    issued_on = issued_on or clock.today()
    layout_id = (
        (plaque_layout or profile.plaque_layouts[0]) if plaque else profile.certificate_layout
    )
    layout = cert_layout.load(layout_id, profile.id)
    images = cert_render.Images(
        cert_layout.image_path(layout.background, profile.id) if layout.background else None,
        cert_layout.image_path(layout.seal, profile.id) if layout.seal else None,
    )
    resolved = pdf_fonts.resolve(fonts)
    numbered = certificates.number_bases(db, profile, actor, base_ids, issued_on=issued_on)
    with db.transaction() as session:
        loaded = {b.id: b for b in session.exec(select(Base).where(Base.id.in_(base_ids)))}  # type: ignore[union-attr]
        org_ids = {b.org_id for b in loaded.values()}
        orgs = {
            o.id: o for o in session.exec(select(Organization).where(Organization.id.in_(org_ids)))
        }  # type: ignore[union-attr]
        pages = [
            cert_render.page_values(
                loaded[n.base_id], orgs[loaded[n.base_id].org_id], profile, n.number, issued_on
            )
            for n in numbered
        ]
    return Prepared(layout, resolved, numbered, pages, plaque, images)


def log(db: Database, actor: str, prepared: Prepared) -> None:
    again = "reissue" if prepared.reissue else "reprint"
    kinds = [
        ("plaque" if prepared.plaque else ("issue" if n.new else again)) for n in prepared.numbered
    ]
    certificates.log_prints(
        db,
        actor,
        [(n, k, prepared.layout.id) for n, k in zip(prepared.numbered, kinds, strict=True)],
    )


def issue(
    db: Database,
    profile: Profile,
    actor: str,
    base_ids: list[int],
    out: Path,
    *,
    plaque: bool = False,
    issued_on: dt.date | None = None,
    fonts: Mapping[str, Path] | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    one_file_each: bool = False,
    plaque_layout: str | None = None,
    reissue: bool = False,
) -> Issued:
    """One PDF with a page per base at ``out``; or, with ``one_file_each``, a PDF per base in
    the folder ``out``, named after its number and base."""
    prepared = prepare(
        db,
        profile,
        actor,
        base_ids,
        plaque=plaque,
        issued_on=issued_on,
        fonts=fonts,
        plaque_layout=plaque_layout,
    )
    prepared.reissue = reissue
    layout, resolved, pages = prepared.layout, prepared.fonts, prepared.pages
    if one_file_each:
        count = 0
        for index, (entry, page) in enumerate(zip(prepared.numbered, pages, strict=True)):
            if cancel is not None and cancel.is_set():
                raise Cancelled
            name = _safe_name(f"{entry.number}-{page.values['base_name']}") + ".pdf"
            count += cert_render.render(
                out / name, layout, resolved, [page], images=prepared.images
            )
            if progress is not None:
                progress((index + 1) / len(pages), f"{index + 1}/{len(pages)}")
    else:
        count = cert_render.render(
            out, layout, resolved, pages, progress=progress, cancel=cancel, images=prepared.images
        )
    log(db, actor, prepared)
    return Issued(
        out,
        count,
        [n.number for n in prepared.numbered if n.new],
        [n.number for n in prepared.numbered if not n.new],
        resolved.notes,
    )


def _safe_name(text: str) -> str:
    """A file name every system accepts: no path separators or reserved characters."""
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text).strip()[:120]
