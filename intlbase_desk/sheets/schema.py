"""What one kind of sheet holds: its fields, the headers people write for them, its natural key.

A new kind of import (district recommendations, experts, scores, annual summaries) is a new
``Schema`` read by the same engine, never a new reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# choice: one of a list given when the sheet is checked (e.g. a profile's base types).
# decimal: a number that may have a fraction (points such as 8.5).
Kind = Literal["text", "code", "uscc", "number", "decimal", "date", "email", "phone", "choice"]


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # the canonical header, as templates write it
    synonyms: tuple[str, ...] = ()
    kind: Kind = "text"
    required: bool = False


@dataclass(frozen=True)
class Schema:
    kind: str
    title: str
    fields: tuple[Field, ...]
    # Importing rows with the same natural key again changes nothing.
    natural_key: tuple[str, ...]

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)
