"""Automatic backups on a rotation, the backup command, and a restore that checks first
(issue 8, 28)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from intlbase_desk import register
from intlbase_desk.infra import backup, backups, migrations
from intlbase_desk.infra.backups import BackupFile
from intlbase_desk.infra.errors import DatabaseError
from intlbase_desk.workspace import Workspace, open_workspace
from tests.conftest import FIXTURES, Ran, base_form, org_form

NOON = dt.time(12, 0)


def _daily_autos(today: dt.date, days: int) -> list[BackupFile]:
    return [
        BackupFile(Path(f"d{i}"), dt.datetime.combine(today - dt.timedelta(days=i), NOON), "auto")
        for i in range(1, days + 1)
    ]


def test_the_rotation_keeps_12_days_10_weeks_and_9_months() -> None:
    today = dt.date(2026, 12, 2)
    copies = _daily_autos(today, 400)
    gone = {c.path for c in backups.obsolete_backups(copies, today)}
    kept = [c for c in copies if c.path not in gone]
    assert len(kept) == 1 + backups.DAILY + backups.WEEKLY + backups.MONTHLY
    days = [c.at.date() for c in kept]
    assert days[0] == today - dt.timedelta(days=1)  # yesterday's is always kept
    assert days[1 : 1 + 12] == [today - dt.timedelta(days=i) for i in range(2, 14)]
    weekly = days[13:23]
    assert all(d.isoweekday() == 7 for d in weekly)  # the last copy of each week: a Sunday
    assert all((b - a).days == 7 for b, a in itertools.pairwise(weekly))
    monthly = days[23:]
    assert all((d + dt.timedelta(days=1)).day == 1 for d in monthly)  # a month's last day
    assert len({(d.year, d.month) for d in monthly}) == 9


def test_the_rotation_never_thins_other_copies_nor_todays() -> None:
    today = dt.date(2026, 12, 2)
    manual = [
        BackupFile(Path(f"m{i}"), dt.datetime(2020, 1, 1 + i, 9), "manual") for i in range(20)
    ]
    upgrade = [BackupFile(Path("u"), dt.datetime(2019, 5, 1), "before-upgrade-v3")]
    todays = [
        BackupFile(Path(f"t{i}"), dt.datetime.combine(today, dt.time(8 + i)), "auto")
        for i in range(6)
    ]
    assert backups.obsolete_backups(manual + upgrade + todays, today) == []
    kept_fewer = backups.obsolete_backups(
        _daily_autos(today, 30), today, daily=3, weekly=0, monthly=0
    )
    assert len(kept_fewer) == 30 - 1 - 3


@pytest.fixture
def db_path(ws: Workspace) -> Path:
    org = register.add_organization(ws, org_form())
    register.add_base(ws, base_form(org.id))
    path = ws.db.path
    assert path is not None
    return path


def test_a_copy_is_made_when_due_and_verified(ws: Workspace, db_path: Path) -> None:
    start = dt.datetime(2026, 12, 2, 9, 0)
    first = backups.maybe_backup(db_path, now=start)
    assert first is not None and first.parent == backups.auto_folder(db_path)
    with sqlite3.connect(first) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert backups.maybe_backup(db_path, now=start + dt.timedelta(hours=2)) is None  # no change
    register.add_organization(ws, org_form(name="北京安澜技术转移中心", uscc="91110000100017643K"))
    soon = start + dt.timedelta(minutes=10)
    assert backups.maybe_backup(db_path, now=soon) is None  # changed, but within 30 minutes
    assert backups.maybe_backup(db_path, now=soon, closing=True) is not None  # closing: always
    register.add_organization(ws, org_form(name="北京星辰研究院", uscc="12100000400000624D"))
    later = start + backups.MINIMUM_INTERVAL + dt.timedelta(minutes=11)
    assert backups.maybe_backup(db_path, now=later) is not None
    assert [b.reason for b in backups.list_backups(db_path)] == ["auto"] * 3


def test_old_automatic_copies_are_thinned_when_a_new_one_is_made(
    ws: Workspace, db_path: Path
) -> None:
    folder = backups.auto_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    first = backups.maybe_backup(db_path, now=dt.datetime(2026, 1, 1, 9))
    assert first is not None
    for day in range(2, 32):  # a month of daily copies, as the window leaves them
        shutil.copy2(first, folder / f"{db_path.stem}-202601{day:02d}-090000-auto.sqlite3")
    register.add_organization(ws, org_form(name="北京安澜技术转移中心", uscc="91110000100017643K"))
    assert backups.maybe_backup(db_path, now=dt.datetime(2026, 2, 1, 9)) is not None
    left = [b.at.date() for b in backups.list_backups(db_path)]
    assert len(left) < 31 and dt.date(2026, 1, 31) in left and dt.date(2026, 2, 1) in left


def test_restore_checks_the_copy_keeps_a_safety_copy_and_brings_the_data_back(
    ws: Workspace, db_path: Path, tmp_path: Path
) -> None:
    copy = backups.maybe_backup(db_path, closing=True)
    assert copy is not None
    register.add_organization(ws, org_form(name="北京安澜技术转移中心", uscc="91110000100017643K"))
    assert register.register_counts(ws)["organizations"] == 2
    restored = backups.restore(ws.db, copy)
    assert register.register_counts(ws)["organizations"] == 1  # the same open workspace
    assert restored.safety_copy.is_file()
    with sqlite3.connect(restored.safety_copy) as conn:
        assert conn.execute("SELECT count(*) FROM organization").fetchone()[0] == 2
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(copy.read_bytes()[: 4096 * 3])
    before = backups.fingerprint(db_path)
    with pytest.raises(DatabaseError, match=r"已损坏|不是本软件"):
        backups.restore(ws.db, damaged)
    assert backups.fingerprint(db_path) == before  # nothing touched


def test_a_copy_of_another_profile_or_a_newer_version_is_refused(
    ws: Workspace, db_path: Path, tmp_path: Path
) -> None:
    other = open_workspace(tmp_path / "cq.sqlite3", create_profile="chongqing-draft")
    other.close()
    with pytest.raises(DatabaseError, match="chongqing-draft"):
        backups.restore(ws.db, tmp_path / "cq.sqlite3")
    newer = backup.backup_sqlite(db_path, tmp_path / "newer.sqlite3")  # the -wal included
    with sqlite3.connect(newer) as conn:
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (migrations.LATEST + 1,)
        )
    with pytest.raises(DatabaseError, match="更新版本"):
        backups.restore(ws.db, newer)


def test_a_copy_from_an_older_version_is_restored_and_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "v6-copy.sqlite3"
    shutil.copy2(FIXTURES / "schema" / "v6.sqlite3", old)
    ws = open_workspace(tmp_path / "live.sqlite3", create_profile="beijing-2016")
    try:
        backups.restore(ws.db, old)
        assert ws.db.schema_version() == migrations.LATEST
        assert register.register_counts(ws)["bases"] > 0
    finally:
        ws.close()


def test_backup_backups_and_restore_on_the_command_line(
    tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    db = str(tmp_path / "office.sqlite3")
    assert cli("--db", db, "init", "--profile", "beijing-2016", "--demo").returncode == 0
    made = cli("--db", db, "backup")
    assert made.returncode == 0 and "完整性检查通过" in made.stdout
    listed = json.loads(cli("--db", db, "backups", "--json").stdout)
    assert [b["reason"] for b in listed] == ["manual"]
    copy = listed[0]["path"]
    assert (
        cli(
            "--db",
            db,
            "status",
            "1",
            "--to",
            "revoked",
            "--date",
            "2026-01-05",
            "--reason",
            "测试",
            "--rule",
            "BJ2016-16",
        ).returncode
        == 0
    )
    restored = cli("--db", db, "restore", copy)
    assert restored.returncode == 0 and "恢复前的数据库已备份到" in restored.stdout
    reasons = [b["reason"] for b in json.loads(cli("--db", db, "backups", "--json").stdout)]
    assert sorted(reasons) == ["before-restore", "manual"]
    bad = cli("--db", db, "restore", str(tmp_path / "missing.sqlite3"))
    assert bad.returncode == 2 and bad.stderr.startswith("错误：找不到备份文件")
