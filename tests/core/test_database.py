"""Database: pragmas, migrations, upgrade of the oldest schema, backups and refusals."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

import intlbase_desk.models  # noqa: F401 - registers the tables
from intlbase_desk import register
from intlbase_desk.cli import collect_stats
from intlbase_desk.infra import backup, migrations, paths
from intlbase_desk.infra.database import open_database
from intlbase_desk.infra.errors import DatabaseError, DatabaseLockedError, NewerSchemaError
from intlbase_desk.infra.migrations import m003_search_index
from intlbase_desk.infra.paged_query import Sort
from intlbase_desk.workspace import open_workspace
from tests.conftest import FIXTURES

SCHEMAS = FIXTURES / "schema"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_connection_sets_the_pragmas(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3", create_profile="beijing-2016")
    with db.reading() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        }
    db.dispose()
    assert pragma == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "busy_timeout": 5000,
    }


def test_migrated_schema_matches_the_table_classes(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3", create_profile="beijing-2016")
    inspector = sa.inspect(db.engine)
    for table in SQLModel.metadata.sorted_tables:
        actual = {c["name"]: c for c in inspector.get_columns(table.name)}
        assert set(actual) == {c.name for c in table.columns}, table.name
        for column in table.columns:
            assert actual[column.name]["nullable"] == column.nullable, (table.name, column.name)
        indexes = {i["name"] for i in inspector.get_indexes(table.name)}
        assert {i.name for i in table.indexes} <= indexes, table.name
    db.dispose()


def test_oldest_schema_fixture_upgrades_with_a_verified_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMAS / "v1.sqlite3", path)
    ws = open_workspace(path)
    try:
        assert ws.db.schema_version() == migrations.LATEST
        with ws.db.reading() as conn:
            rows = conn.execute(
                sa.text(
                    "SELECT b.name_sort, b.org_sort, b.search_text, o.name_initials "
                    "FROM base b JOIN organization o ON o.id = b.org_id ORDER BY b.id"
                )
            ).all()
    finally:
        ws.close()
    assert rows[0].name_sort.startswith("xing1 he2")
    assert "xhswyy" in rows[0].search_text and "91110108551385082q" in rows[0].search_text
    assert rows[0].name_initials == "bjxhswyykjyxgs"
    copies = list((paths.backups_dir()).glob("old-*-before-upgrade-v1.sqlite3"))
    assert len(copies) == 1
    check = sqlite3.connect(copies[0])
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == "1"
    check.close()


def _table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'base_search%'"
            )
        ]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


@pytest.mark.parametrize("version", range(1, migrations.LATEST + 1))
def test_every_schema_version_upgrades_keeping_its_rows(tmp_path: Path, version: int) -> None:
    """A file of each released version (tests/fixtures/schema) opens in this one, every row kept,
    the search index in step, and a verified copy of the file as it was."""
    path = tmp_path / f"v{version}.sqlite3"
    shutil.copy(SCHEMAS / f"v{version}.sqlite3", path)
    before = _table_counts(path)
    ws = open_workspace(path)
    try:
        assert ws.db.schema_version() == migrations.LATEST
        with ws.db.reading() as conn:
            found = register.BASE_QUERY.page(
                conn, register.BaseFilter(text="星河生物医药国际"), Sort(), 0, 5
            )
            assert [r.name for r in found] == ["星河生物医药国际联合研究中心"]
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        stats = collect_stats(ws)
    finally:
        ws.close()
    after = _table_counts(path)
    assert {t: after[t] for t in before if t != "meta"} == {
        t: n for t, n in before.items() if t != "meta"
    }
    assert stats["bases"] == before["base"]
    copies = list(paths.backups_dir().glob(f"v{version}-*-before-upgrade-v{version}.sqlite3"))
    assert len(copies) == (1 if version < migrations.LATEST else 0)


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path, create_profile="beijing-2016").dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(migrations.LATEST + 1),))
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    before = _digest(path)
    with pytest.raises(NewerSchemaError, match="更新版本"):
        open_workspace(path)
    assert _digest(path) == before
    assert not list(paths.backups_dir().iterdir())
    # Nothing is left beside it either: no -wal, -shm or lock file of ours.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["new.sqlite3"]


def test_a_newer_wal_database_is_refused_leaving_nothing_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "wal.sqlite3"
    open_database(path, create_profile="beijing-2016").dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(migrations.LATEST + 1),))
    con.commit()
    con.close()
    beside = lambda: sorted(p.name for p in tmp_path.iterdir() if p.name != "home")  # noqa: E731
    assert beside() == ["wal.sqlite3"]
    with pytest.raises(NewerSchemaError):
        open_workspace(path)
    assert beside() == ["wal.sqlite3"]


def test_corrupt_file_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    before = _digest(path)
    with pytest.raises(DatabaseError, match="损坏"):
        open_workspace(path)
    assert _digest(path) == before


def test_truncated_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    shutil.copy(SCHEMAS / "v1.sqlite3", path)
    path.write_bytes(path.read_bytes()[:3000])
    with pytest.raises(DatabaseError):
        open_workspace(path)


def test_missing_database_is_not_created_by_opening(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="不存在"):
        open_workspace(tmp_path / "none.sqlite3")
    assert not (tmp_path / "none.sqlite3").exists()


def test_read_only_check_uses_access(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ro.sqlite3"
    open_database(path, create_profile="beijing-2016").dispose()
    monkeypatch.setattr("intlbase_desk.infra.os_errors.os.access", lambda *_a: False)
    with pytest.raises(DatabaseError, match="只读"):
        open_workspace(path)


def test_other_apps_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER)")
    con.close()
    with pytest.raises(DatabaseError, match="不是本软件"):
        open_workspace(path)


def test_second_copy_of_the_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    first = open_workspace(path, create_profile="beijing-2016")
    try:
        with pytest.raises(DatabaseLockedError, match="另一个"):
            open_workspace(path)
    finally:
        first.close()
    open_workspace(path).close()


def test_profile_of_a_database_cannot_change(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    open_workspace(path, create_profile="beijing-2016").close()
    with pytest.raises(DatabaseError, match="beijing-2016"):
        open_workspace(path, create_profile="chongqing-draft")


def test_unknown_profile_creates_nothing(tmp_path: Path) -> None:
    from intlbase_desk.infra.errors import ProfileError

    with pytest.raises(ProfileError):
        open_workspace(tmp_path / "a.sqlite3", create_profile="atlantis")
    assert not (tmp_path / "a.sqlite3").exists()


def test_backup_copies_a_live_wal_database(tmp_path: Path, ws) -> None:  # type: ignore[no-untyped-def]

    register.fill_demo(ws, bases=50)
    assert ws.db.path is not None
    seen: list[float] = []
    copy = backup.backup_sqlite(
        ws.db.path, tmp_path / "copy.sqlite3", progress=lambda f, _m: seen.append(f)
    )
    con = sqlite3.connect(copy)
    assert con.execute("SELECT count(*) FROM base").fetchone()[0] == 50
    con.close()
    assert seen and seen[-1] == 1.0


def test_cancelled_backup_leaves_no_file(tmp_path: Path, ws) -> None:  # type: ignore[no-untyped-def]
    import threading

    from intlbase_desk.infra.jobs import Cancelled

    cancel = threading.Event()
    cancel.set()
    assert ws.db.path is not None
    with pytest.raises(Cancelled):
        backup.backup_sqlite(ws.db.path, tmp_path / "c.sqlite3", cancel=cancel)
    assert list(tmp_path.glob("c.sqlite3*")) == []


def test_network_share_detection(tmp_path: Path) -> None:
    from intlbase_desk.infra import network_fs

    mounts = tmp_path / "mounts"
    mounts.write_text("server:/export /mnt/share nfs4 rw 0 0\n/dev/vda / ext4 rw 0 0\n")
    assert network_fs._mount_fs_type(Path("/mnt/share/db.sqlite3"), mounts) == "nfs4"
    assert network_fs._mount_fs_type(Path("/home/a/db.sqlite3"), mounts) == "ext4"
    assert network_fs.is_network_path(Path("//server/share/db.sqlite3"))


def test_failed_upgrade_step_leaves_the_old_version_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intlbase_desk.infra.migrations import m002_search_keys

    path = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMAS / "v1.sqlite3", path)
    real = m002_search_keys.upgrade

    def half_then_fail(op, conn):  # type: ignore[no-untyped-def]
        real(op, conn)
        raise OSError("disk full")

    monkeypatch.setattr(m002_search_keys, "upgrade", half_then_fail)
    with pytest.raises(OSError):
        open_workspace(path)
    con = sqlite3.connect(path)
    version = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
    columns = {r[1] for r in con.execute("PRAGMA table_info(base)")}
    con.close()
    assert version == "1" and "search_text" not in columns
    monkeypatch.undo()
    ws = open_workspace(path)
    assert ws.db.schema_version() == migrations.LATEST
    ws.close()


def test_a_step_that_rebuilds_a_referenced_table_keeps_the_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batch mode copies a table; rows that reference it (status changes) must survive."""
    import datetime as dt
    import types

    path = tmp_path / "r.sqlite3"
    ws = open_workspace(path, create_profile="beijing-2016")
    register.fill_demo(ws, bases=20)
    with ws.db.reading() as conn:
        base_id = conn.exec_driver_sql("SELECT id FROM base WHERE status='active'").scalar()
    register.change_status(ws, base_id, "evaluation_due", on=dt.date(2024, 1, 1), reason="期满")
    ws.close()

    def rebuild(op, conn):  # type: ignore[no-untyped-def]
        with op.batch_alter_table("base", recreate="always") as batch:
            batch.alter_column("notes", existing_type=sa.String(2000), type_=sa.Text)
        m003_search_index.create_triggers(conn)  # dropped with the old table

    step = types.SimpleNamespace(VERSION=migrations.LATEST + 1, DESCRIPTION="test", upgrade=rebuild)
    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, step))
    monkeypatch.setattr(migrations, "LATEST", step.VERSION)
    ws = open_workspace(path)
    try:
        with ws.db.reading() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM base").scalar() == 20
            assert conn.exec_driver_sql("SELECT count(*) FROM status_change").scalar() >= 1
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            triggers = conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type='trigger' AND tbl_name='base'"
            ).scalar()
            assert triggers == 3
            check = conn.exec_driver_sql(
                "INSERT INTO base_search(base_search, rank) VALUES ('integrity-check', 1)"
            )
            assert check is not None
    finally:
        ws.close()
