"""Files the app writes replace their target only once complete.

The content goes to a hidden sibling first, then takes the target's name in one rename: a
failure half-way (a full disk, a cancel, a crash) leaves neither a truncated file nor a damaged
earlier one, and the sibling is removed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yields the path to write to; on success it replaces ``path``, on failure it goes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".~{path.stem[:40]}.", suffix=".part", dir=path.parent)
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
