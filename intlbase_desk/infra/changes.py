"""What a write changed, so that every view showing it refreshes itself (anki's OpChanges).

A write returns its ``Changes`` (alone, or inside its result); the window hands them to every
open view, and each view decides from them whether what it shows is affected.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Changes:
    organizations: bool = False
    bases: bool = False
    applications: bool = False
    certificates: bool = False
    import_batches: bool = False
    experts: bool = False
    evaluations: bool = False
    summaries: bool = False
    calendar: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in _FIELDS})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in _FIELDS)

    @property
    def register(self) -> bool:
        """Anything the register's tables show: a base, its host, or a base's number."""
        return self.organizations or self.bases or self.certificates


_FIELDS = dataclasses.fields(Changes)
NOTHING = Changes()
# Everything any view shows: after the data was replaced (a restore) or the profile changed.
EVERYTHING = Changes(**{f.name: True for f in _FIELDS})


@dataclass(frozen=True)
class Added:
    """A record was created: its id, and what changed."""

    id: int
    changes: Changes


@dataclass(frozen=True)
class Edited:
    """A record was saved: the form values before (for undo), and what changed."""

    previous: dict[str, Any]
    changes: Changes


def changes_of(result: object) -> Changes:
    """The changes a write's result reports: itself, its ``changes``, or nothing."""
    if isinstance(result, Changes):
        return result
    found = getattr(result, "changes", None)
    return found if isinstance(found, Changes) else NOTHING
