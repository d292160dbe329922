"""Ordered schema steps. Step N brings a database from version N-1 to N.

Each step is a module with ``VERSION``, ``DESCRIPTION`` and ``upgrade(op, conn)``, where ``op``
is an alembic ``Operations`` (portable DDL, ``batch_alter_table`` for SQLite) bound to ``conn``.
Steps never change once released: a schema change is a new step, plus a fixture database of the
previous version under tests/fixtures so that the upgrade from it stays tested. A step that
rebuilds the ``base`` table (batch mode) must call ``search_index.create_triggers`` after it.
"""

from __future__ import annotations

from types import ModuleType

from intlbase_desk.infra.migrations import (
    m001_register,
    m002_search_keys,
    m003_search_index,
    m004_calls_and_imports,
    m005_certificates,
)

STEPS: tuple[ModuleType, ...] = (
    m001_register,
    m002_search_keys,
    m003_search_index,
    m004_calls_and_imports,
    m005_certificates,
)
LATEST = STEPS[-1].VERSION

assert [s.VERSION for s in STEPS] == list(range(1, len(STEPS) + 1)), "steps must be 1, 2, 3 …"
