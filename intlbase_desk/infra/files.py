"""Files the app writes replace their target only once complete.

The content goes to a hidden sibling first, then takes the target's name in one rename: a
failure half-way (a full disk, a cancel) leaves neither a truncated file nor a damaged earlier
one, and the sibling is removed. A process killed half-way cannot remove its sibling: the next
write of the same target removes what such a run left.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

STALE_AFTER_S = 60  # a sibling not touched for this long belongs to a run that died


def _remove_stale(folder: Path, prefix: str) -> None:
    now = time.time()
    for stale in folder.glob(f"{glob.escape(prefix)}*.part"):
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime > STALE_AFTER_S:
                stale.unlink()


def _create(folder: Path, prefix: str) -> Path:
    """A new empty sibling with the permissions any file of the user gets (mode 666 less the
    umask): tempfile's 600 would leave an exported workbook unreadable to the office."""
    while True:
        candidate = folder / f"{prefix}{secrets.token_hex(4)}.part"
        try:
            os.close(os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return candidate


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yields the path to write to; on success it replaces ``path``, on failure it goes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    prefix = f".~{path.stem[:40]}."
    _remove_stale(path.parent, prefix)
    partial = _create(path.parent, prefix)
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
