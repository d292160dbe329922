"""Issuing certificates (or plaques) for a set of bases: number, lay out, draw, log.

Numbers are given first, in one transaction; then every page is laid out once (page.py); then
drawn to PDF here or to a printer by the window, which may be cancelled (the numbers stay with
their bases, and the next run reprints them, never renumbers); then the printed pages are
logged.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import select

from intlbase_desk.certificates import fonts as pdf_fonts
from intlbase_desk.certificates import layouts, numbering, pdf
from intlbase_desk.certificates.page import Images, PageData, PageGeometry, lay_out, page_values
from intlbase_desk.infra import clock, files
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.infra.jobs import Cancelled, Progress
from intlbase_desk.models import Base, Organization
from intlbase_desk.workspace import Workspace

# New numbers show in the register's table.
CHANGED = Changes(certificates=True, bases=True)


@dataclass
class Issued:
    path: Path
    pages: int
    new_numbers: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # numbers the bases already held
    font_notes: list[str] = field(default_factory=list)
    changes: Changes = CHANGED


@dataclass
class Prepared:
    """Numbers given and pages laid out, ready to draw to PDF or to a printer."""

    layout: layouts.Layout
    fonts: pdf_fonts.ResolvedFonts
    numbered: list[numbering.Numbered]
    data: list[PageData]
    pages: list[PageGeometry]
    plaque: bool
    reissue: bool = False  # 补发: a lost certificate printed again under its number
    changes: Changes = CHANGED


def layout_images(layout: layouts.Layout, profile_id: str) -> Images:
    return Images(
        layouts.image_path(layout.background, profile_id) if layout.background else None,
        layouts.image_path(layout.seal, profile_id) if layout.seal else None,
    )


def prepare(
    ws: Workspace,
    base_ids: list[int],
    *,
    plaque: bool = False,
    issued_on: dt.date | None = None,
    dated: dt.date | None = None,
    fonts: Mapping[str, Path] | None = None,
    plaque_layout: str | None = None,
    reissue: bool = False,
    cancel: threading.Event | None = None,
) -> Prepared:
    """Numbers (a new one only where a base has none) and lays out every page.

    ``issued_on``: the day the certificates are issued (their record; today by default);
    ``dated``: the date printed on every page of this batch (else each base's recognition date).
    Cancelled after the numbering, the numbers stay with their bases (``Cancelled.changes``).
    """
    if not base_ids:
        raise UserError("没有可以颁发证书的基地")
    profile = ws.profile
    if plaque and not profile.plaque:
        raise UserError(f"《{profile.name}》没有规定授予牌匾，只能颁发证书")
    _refuse_titles_not_usable(ws, base_ids)
    issued_on = issued_on or clock.today()
    layout_id = (
        (plaque_layout or profile.plaque_layouts[0]) if plaque else profile.certificate_layout
    )
    layout = layouts.load_layout(layout_id, profile.id)
    images = layout_images(layout, profile.id)
    resolved = pdf_fonts.resolve_fonts(fonts)
    numbered = numbering.number_bases(ws, base_ids, issued_on=issued_on)
    if cancel is not None and cancel.is_set():
        raise Cancelled(CHANGED)
    data = _page_data(ws, numbered, dated)
    pages = [lay_out(layout, resolved, values, images) for values in data]
    return Prepared(layout, resolved, numbered, data, pages, plaque, reissue)


def _refuse_titles_not_usable(ws: Workspace, base_ids: list[int]) -> None:
    """A certificate says the base holds the title: none for a base that may not use it now
    (revoked, under rectification) or that was archived."""
    with ws.db.transaction() as session:
        bases = session.exec(select(Base).where(Base.id.in_(base_ids))).all()  # type: ignore[union-attr]
    refused = [
        f"“{b.name}”（{'已归档' if b.archived else ws.profile.state(b.status).name}）"
        for b in bases
        if b.archived or not ws.profile.state(b.status).title_usable
    ]
    if refused:
        shown = "、".join(refused[:5]) + (f"等 {len(refused)} 个基地" if len(refused) > 5 else "")
        raise UserError(f"{shown}目前不能使用合作基地称号，不能为其打印证书或牌匾")


def _page_data(
    ws: Workspace, numbered: list[numbering.Numbered], dated: dt.date | None
) -> list[PageData]:
    base_ids = [n.base_id for n in numbered]
    with ws.db.transaction() as session:
        loaded = {b.id: b for b in session.exec(select(Base).where(Base.id.in_(base_ids)))}  # type: ignore[union-attr]
        org_ids = {b.org_id for b in loaded.values()}
        orgs = {
            o.id: o
            for o in session.exec(select(Organization).where(Organization.id.in_(org_ids)))  # type: ignore[union-attr]
        }
        return [
            page_values(
                loaded[n.base_id], orgs[loaded[n.base_id].org_id], ws.profile, n.number, dated
            )
            for n in numbered
        ]


def log_printed(ws: Workspace, prepared: Prepared) -> Changes:
    return numbering.log_prints(
        ws,
        prepared.numbered,
        layout=prepared.layout.id,
        plaque=prepared.plaque,
        reissue=prepared.reissue,
    )


def issue(
    ws: Workspace,
    base_ids: list[int],
    out: Path,
    *,
    plaque: bool = False,
    issued_on: dt.date | None = None,
    dated: dt.date | None = None,
    fonts: Mapping[str, Path] | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    one_file_each: bool = False,
    plaque_layout: str | None = None,
    reissue: bool = False,
) -> Issued:
    """One PDF with a page per base at ``out``; or, with ``one_file_each``, a PDF per base in
    the folder ``out``, named after its number and base."""
    files.check_can_write(out)
    prepared = prepare(
        ws,
        base_ids,
        plaque=plaque,
        issued_on=issued_on,
        dated=dated,
        fonts=fonts,
        plaque_layout=plaque_layout,
        reissue=reissue,
        cancel=cancel,
    )
    try:
        count = _draw(prepared, out, one_file_each, progress, cancel)
    except Cancelled:
        raise Cancelled(prepared.changes) from None
    log_printed(ws, prepared)
    return Issued(
        out,
        count,
        [n.number for n in prepared.numbered if n.new],
        [n.number for n in prepared.numbered if not n.new],
        prepared.fonts.notes,
    )


def _draw(
    prepared: Prepared,
    out: Path,
    one_file_each: bool,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> int:
    title, resolved, pages = prepared.layout.name, prepared.fonts, prepared.pages
    if one_file_each:
        count = 0
        named = zip(prepared.numbered, prepared.data, pages, strict=True)
        for index, (entry, values, page) in enumerate(named):
            if cancel is not None and cancel.is_set():
                raise Cancelled
            name = _safe_name(f"{entry.number}-{values.values['base_name']}") + ".pdf"
            count += pdf.render(out / name, title, resolved, [page])
            if progress is not None:
                progress((index + 1) / len(pages), f"{index + 1}/{len(pages)}")
        return count
    return pdf.render(out, title, resolved, pages, progress=progress, cancel=cancel)


def _safe_name(text: str) -> str:
    """A file name every system accepts: no path separators or reserved characters."""
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text).strip()[:120]
