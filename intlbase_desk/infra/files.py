"""Files the app writes replace their target only once complete.

The content goes to a hidden sibling first, then takes the target's name in one rename: a
failure half-way (a full disk, a cancel) leaves neither a truncated file nor a damaged earlier
one, and the sibling is removed. A process killed half-way cannot remove its sibling: the next
write of the same target removes what such a run left.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

from intlbase_desk.infra import os_errors
from intlbase_desk.infra.os_errors import FileWriteError

log = logging.getLogger(__name__)

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
    """Yields the path to write to; on success it replaces ``path``, on failure it goes.

    The operating system's refusals (full disk, read-only drive, no permission) become a
    ``FileWriteError`` naming ``path``: the officer chose that file, not the hidden sibling.
    """
    partial: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        prefix = f".~{path.stem[:40]}."
        _remove_stale(path.parent, prefix)
        partial = _create(path.parent, prefix)
        yield partial
        os.replace(partial, path)
    except OSError as exc:
        log.warning("writing %s failed: %s", path, exc)
        raise FileWriteError(
            os_errors.describe(exc, path) + "（原有文件未改动，未留下不完整的文件）"
        ) from None
    finally:
        if partial is not None:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)


def check_can_write(path: Path) -> None:
    """Refuses, before any work is done, a target whose folder cannot take a new file.

    Work that records something before writing its file (certificate numbers) asks first, so
    a read-only drive is reported before anything is recorded.
    """
    folder = path if path.is_dir() else path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _create(folder, ".~probe.").unlink()
    except OSError as exc:
        raise FileWriteError(os_errors.describe(exc, path) + "（未做任何变更）") from None
