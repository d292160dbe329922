"""Ordered schema steps. Step N brings a database from version N-1 to N.

Each step is a module with ``VERSION``, ``DESCRIPTION`` and ``upgrade(op, conn)``, where ``op``
is an alembic ``Operations`` (portable DDL, ``batch_alter_table`` for SQLite) bound to ``conn``.
Steps never change once released, and import nothing of the live code: each carries the table
definitions and functions it needs as they were when it was released. A schema change is a new
step, plus a fixture database of the previous version under tests/fixtures/schema (made by
tests/fixtures/make_schema_fixtures.py) so that the upgrade from every version stays tested. A
step that rebuilds the ``base`` table (batch mode) must create step 3's search triggers again.
"""

from __future__ import annotations

from types import ModuleType

from intlbase_desk.infra.migrations import (
    m001_register,
    m002_search_keys,
    m003_search_index,
    m004_calls_and_imports,
    m005_certificates,
    m006_column_mappings,
    m007_plaque_recovery_notes,
    m008_office_settings,
    m009_experts,
    m010_evaluation_rounds,
    m011_scores,
    m012_evaluation_outcomes,
    m013_major_changes,
    m014_summaries,
    m015_summary_findings,
    m016_calendar,
    m017_call_settings,
    m018_formal_review,
)

STEPS: tuple[ModuleType, ...] = (
    m001_register,
    m002_search_keys,
    m003_search_index,
    m004_calls_and_imports,
    m005_certificates,
    m006_column_mappings,
    m007_plaque_recovery_notes,
    m008_office_settings,
    m009_experts,
    m010_evaluation_rounds,
    m011_scores,
    m012_evaluation_outcomes,
    m013_major_changes,
    m014_summaries,
    m015_summary_findings,
    m016_calendar,
    m017_call_settings,
    m018_formal_review,
)
LATEST = STEPS[-1].VERSION

assert [s.VERSION for s in STEPS] == list(range(1, len(STEPS) + 1)), "steps must be 1, 2, 3 …"
