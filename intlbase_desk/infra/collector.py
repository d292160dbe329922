"""When Python's cycle collector runs in this app.

Start-up builds a few hundred thousand objects that live as long as the process: SQLAlchemy,
pydantic, the models, the profile, Qt's wrappers. With the interpreter's defaults every full
collection walks all of them again (about 90 ms on an office desk), and a 21,000-row score import
sets off dozens: a third of its time went there. Collected once while starting is wasted work,
so the collector waits until start-up is done, then freezes what exists (``gc.freeze``: never
walked again) and collects young objects less often. Cycles made afterwards are still collected.
"""

from __future__ import annotations

import gc

# Allocations between young collections (the interpreter's default is 700); the older
# generations keep their ratio of ten.
YOUNG_THRESHOLD = 20_000


def starting() -> None:
    """Before the heavy imports of an entry point."""
    gc.disable()


def started() -> None:
    """Once an entry point has what it keeps for its lifetime (imports, the main window): may
    be called again after more of it has loaded."""
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, 10, 10)
    gc.enable()
