"""Automatic backups of a database, kept on a rotation, and the restore that checks a copy first.

The policy is anki's, the desktop program whose backups officers' IT staff would know: a copy
when the window closes after changes, and during work at most every 30 minutes, each verified
with ``integrity_check`` (backup.backup_sqlite); of the automatic copies older than yesterday,
one per day is kept for 12 days, then one per week for 10 weeks, then one per month for 9
months. Manual copies and the ones made before an upgrade or a restore are never thinned.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from intlbase_desk.infra import backup, clock, migrations, paths
from intlbase_desk.infra.database import Database, open_database, read_only_uri
from intlbase_desk.infra.errors import DatabaseError

log = logging.getLogger(__name__)

# Office defaults (anki's): how many automatic copies of each age are kept, and how often.
DAILY, WEEKLY, MONTHLY = 12, 10, 9
MINIMUM_INTERVAL = dt.timedelta(minutes=30)

AUTO = "auto"
REASONS = {
    AUTO: "自动",
    "manual": "手动",
    "before-restore": "恢复前",
}
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    at: dt.datetime  # local time, from the file name
    reason: str  # auto, manual, before-restore, before-upgrade-vN

    @property
    def reason_text(self) -> str:
        if self.reason.startswith("before-upgrade-v"):
            return f"升级前（第 {self.reason.removeprefix('before-upgrade-v')} 版）"
        return REASONS.get(self.reason, self.reason)

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def auto_folder(db_path: Path) -> Path:
    """Automatic copies of one database, apart from those of another file of the same name."""
    digest = hashlib.sha1(str(db_path.resolve()).encode("utf-8")).hexdigest()[:8]
    return paths.backups_dir() / f"{db_path.stem}-{digest}"


def list_backups(db_path: Path) -> list[BackupFile]:
    """Every copy of ``db_path`` the app made, newest first."""
    found: list[BackupFile] = []
    for folder in (auto_folder(db_path), paths.backups_dir(), db_path.parent):
        if not folder.is_dir():
            continue
        for candidate in folder.glob(f"{db_path.stem}-*.sqlite3"):
            match = _NAME.match(candidate.name)
            if match is None or match["stem"] != db_path.stem or candidate == db_path:
                continue
            at = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            found.append(BackupFile(candidate, at, match["reason"]))
    unique = {b.path.resolve(): b for b in found}
    return sorted(unique.values(), key=lambda b: (b.at, b.path.name), reverse=True)


def fingerprint(path: Path) -> tuple[int, ...]:
    """What changes with every write: the audit trail's last entry, every table's size.

    Every officer's write is audited; what is not (a remembered column mapping, a schema step)
    still adds or removes rows somewhere.
    """
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        values: list[int] = []
        for table in tables:
            try:
                row = conn.execute(f'SELECT count(*), max(rowid) FROM "{table}"').fetchone()
            except sqlite3.OperationalError:  # a table without rowid
                row = (conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0], 0)
            values += [row[0], row[1] or 0]
        return tuple(values)
    except sqlite3.DatabaseError:
        return ()
    finally:
        conn.close()


def changed_since_last_backup(db_path: Path) -> bool:
    latest = next(iter(list_backups(db_path)), None)
    return latest is None or fingerprint(latest.path) != fingerprint(db_path)


def maybe_backup(
    db_path: Path, *, closing: bool = False, now: dt.datetime | None = None
) -> Path | None:
    """The automatic copy, when one is due: changed since the last copy, and (during work) the
    last automatic copy at least 30 minutes old. Returns the copy made, or None."""
    moment = now or clock.local_now()
    autos = [b for b in list_backups(db_path) if b.reason == AUTO]
    if not closing and autos and moment - autos[0].at < MINIMUM_INTERVAL:
        return None
    if not changed_since_last_backup(db_path):
        return None
    folder = auto_folder(db_path)
    stamp = moment
    while (target := folder / f"{db_path.stem}-{stamp:%Y%m%d-%H%M%S}-{AUTO}.sqlite3").exists():
        stamp += dt.timedelta(seconds=1)  # two copies in one second keep both
    made = backup.backup_sqlite(db_path, target)
    for obsolete in obsolete_backups(list_backups(db_path), moment.date()):
        obsolete.path.unlink(missing_ok=True)
        log.info("removed old automatic backup %s", obsolete.path)
    return made


def obsolete_backups(
    backups: Iterable[BackupFile],
    today: dt.date,
    *,
    daily: int = DAILY,
    weekly: int = WEEKLY,
    monthly: int = MONTHLY,
) -> list[BackupFile]:
    """The automatic copies the rotation lets go; every other kind is kept.

    Copies from today and yesterday are all kept. Going back in time, each older copy is kept if
    it is the first seen of its day (while daily places remain), else of its week (Monday to
    Sunday), else of its month; the rest go. Newest first, so the copy kept for a day, week or
    month is its last one.
    """
    limits = {"day": daily, "week": weekly, "month": monthly}
    last_kept: dict[str, int | None] = {"day": None, "week": None, "month": None}
    obsolete: list[BackupFile] = []
    recent_from = today.toordinal() - 1
    for copy in sorted((b for b in backups if b.reason == AUTO), key=lambda b: b.at, reverse=True):
        day = copy.at.date().toordinal()
        keys = {"day": day, "week": (day - 1) // 7, "month": copy.at.year * 12 + copy.at.month}
        if day >= recent_from:
            last_kept = dict(keys)
            continue
        stage = next((s for s in ("day", "week", "month") if limits[s] > 0), None)
        if stage is None:
            obsolete.append(copy)
            continue
        previous = last_kept[stage]
        if previous is None or keys[stage] < previous:
            last_kept = dict(keys)
            limits[stage] -= 1
        else:
            obsolete.append(copy)
    return obsolete


@dataclass(frozen=True)
class CopyState:
    profile_id: str
    version: int


def check_copy(copy: Path) -> CopyState:
    """Refuses a copy that is damaged, not this app's, or from a newer version."""
    if not copy.is_file():
        raise DatabaseError(f"找不到备份文件：{copy}")
    try:
        conn = sqlite3.connect(read_only_uri(copy), uri=True)
    except sqlite3.Error:
        raise DatabaseError(f"无法打开备份文件 {copy}") from None
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise DatabaseError(f"备份文件 {copy} 已损坏（完整性检查未通过），不能用来恢复")
        rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError:
        raise DatabaseError(f"{copy} 不是本软件的数据库或其备份，不能用来恢复") from None
    finally:
        conn.close()
    version = int(rows.get("schema_version", 0))
    if version > migrations.LATEST:
        raise DatabaseError(
            f"备份文件 {copy} 来自更新版本的软件（结构第 {version} 版），请先升级软件"
        )
    return CopyState(str(rows.get("profile_id", "")), version)


@dataclass(frozen=True)
class Restored:
    copy: Path
    safety_copy: Path  # the database as it was before, verified
    from_version: int


def restore(db: Database, copy: Path) -> Restored:
    """Replaces the open database's content by a checked copy; the caller holds its lock.

    The copy is checked before anything is touched; the database as it was is backed up
    (verified) first; the content goes in through SQLite's backup API, so the -wal is no
    concern; a copy from an older version is upgraded at once.
    """
    target = db.path
    if target is None:
        raise DatabaseError("只有本地 SQLite 数据库可以从备份恢复；共享数据库请由管理员恢复")
    if db.read_only:
        raise DatabaseError(f"数据库 {target} 为只读，不能恢复")
    if copy.resolve() == target.resolve():
        raise DatabaseError("不能用数据库自身来恢复")
    state = check_copy(copy)
    if state.profile_id != db.profile_id:
        raise DatabaseError(
            f"该备份属于政策配置“{state.profile_id}”，而当前数据库按“{db.profile_id}”建立，"
            "不能用来恢复"
        )
    stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
    safety = backup.backup_sqlite(
        target, paths.backups_dir() / f"{target.stem}-{stamp}-before-restore.sqlite3"
    )
    db.engine.dispose()  # no connection of ours may hold pages while they are replaced
    source = sqlite3.connect(read_only_uri(copy), uri=True)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    except sqlite3.Error as exc:
        log.error("restoring %s from %s failed: %s", target, copy, exc)
        raise DatabaseError(
            f"恢复未完成（{target} 未改动或可用 {safety} 复原）：磁盘已满或文件被占用"
        ) from None
    finally:
        source.close()
        destination.close()
    if state.version < migrations.LATEST:
        open_database(db.url).dispose()  # the copy's schema brought up to date
    log.info("restored %s from %s (safety copy %s)", target, copy, safety)
    return Restored(copy, safety, state.version)
