"""The shape of long work: a plain function that reports progress and can be cancelled.

The GUI runs such functions on a worker thread with a progress dialog; the command line calls
them directly. ``progress(fraction, message)`` takes a fraction from 0 to 1.
"""

from __future__ import annotations

from collections.abc import Callable

from intlbase_desk.infra.changes import NOTHING, Changes

Progress = Callable[[float, str], None]


class Cancelled(Exception):
    """The officer cancelled the work; whatever it wrote was rolled back or removed, except
    what ``changes`` names (e.g. certificate numbers given before the pages were drawn)."""

    def __init__(self, changes: Changes = NOTHING) -> None:
        super().__init__()
        self.changes = changes
