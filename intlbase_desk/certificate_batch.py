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

from intlbase_desk import cert_layout, cert_render, certificates, pdf_fonts
from intlbase_desk.database import Database
from intlbase_desk.errors import UserError
from intlbase_desk.jobs import Progress
from intlbase_desk.models import Base, Organization
from intlbase_desk.profile import Profile

CERTIFICATE_LAYOUT = "certificate-a4"
PLAQUE_LAYOUT = "plaque-600x400"


@dataclass
class Issued:
    path: Path
    pages: int
    new_numbers: list[str] = field(default_factory=list)
    reprinted: list[str] = field(default_factory=list)
    font_notes: list[str] = field(default_factory=list)


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
) -> Issued:
    if not base_ids:
        raise UserError("没有可以颁发证书的基地")
    issued_on = issued_on or dt.date.today()
    layout = cert_layout.load(PLAQUE_LAYOUT if plaque else CERTIFICATE_LAYOUT)
    resolved = pdf_fonts.resolve(fonts)
    numbered = certificates.number_bases(db, profile, actor, base_ids, issued_on=issued_on)
    with db.transaction() as session:
        pages = []
        for entry in numbered:
            base = session.get(Base, entry.base_id)
            assert base is not None
            org = session.get(Organization, base.org_id)
            pages.append(cert_render.page_values(base, org, profile, entry.number, issued_on))
    count = cert_render.render(out, layout, resolved, pages, progress=progress, cancel=cancel)
    kinds = [("plaque" if plaque else ("issue" if n.new else "reprint")) for n in numbered]
    certificates.log_prints(
        db, actor, [(n, k, layout.id) for n, k in zip(numbered, kinds, strict=True)]
    )
    return Issued(
        out,
        count,
        [n.number for n in numbered if n.new],
        [n.number for n in numbered if not n.new],
        resolved.notes,
    )
