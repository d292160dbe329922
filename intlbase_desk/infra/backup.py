"""Copies of a live SQLite database made with SQLite's online backup API, then verified.

Copying the file (shutil) is unsafe in WAL mode: committed pages may still sit in the -wal file.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import URL

from intlbase_desk.infra import clock, os_errors, paths
from intlbase_desk.infra.database import read_only_uri, sqlite_path
from intlbase_desk.infra.errors import DatabaseError
from intlbase_desk.infra.jobs import Cancelled, Progress

log = logging.getLogger(__name__)
PAGES_PER_STEP = 256


def backup_sqlite(
    source: Path,
    destination: Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Copies ``source`` to ``destination`` and checks the copy; a failed copy is removed."""
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(os_errors.describe(exc, destination.parent)) from None
    tmp = destination.with_name(destination.name + ".part")

    def step(_status: int, remaining: int, total: int) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled
        if progress is not None and total:
            progress((total - remaining) / total, "正在备份数据库…")

    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        dst = sqlite3.connect(tmp)
    except sqlite3.Error as exc:
        raise DatabaseError(_fault(exc, source, destination)) from None
    try:
        src.backup(dst, pages=PAGES_PER_STEP, progress=step)
        result = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise DatabaseError(f"备份副本未通过完整性检查：{result}")
    except sqlite3.Error as exc:
        dst.close()
        tmp.unlink(missing_ok=True)
        raise DatabaseError(_fault(exc, source, destination)) from None
    except BaseException:
        dst.close()
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    dst.close()
    try:
        tmp.replace(destination)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseError(os_errors.describe(exc, destination)) from None
    log.info("backed up %s to %s", source, destination)
    return destination


def _fault(exc: sqlite3.Error, source: Path, destination: Path) -> str:
    log.warning("backing up %s to %s failed: %s", source, destination, exc)
    text = str(exc).lower()
    if "disk is full" in text or "disk full" in text:
        return f"磁盘空间不足，无法写入备份 {destination}（未留下不完整的副本）"
    if "readonly" in text or "unable to open" in text:
        return f"无法在 {destination.parent} 写入备份：该位置为只读或不可访问。请选择其他位置"
    return f"备份失败：数据库 {source} 无法读取或已损坏"


def backup_name(source: Path, reason: str) -> str:
    stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
    return f"{source.stem}-{stamp}-{reason}{source.suffix or '.sqlite3'}"


def backup_before_upgrade(url: URL, version: int) -> Path | None:
    """The hook open_database calls before it upgrades existing data."""
    source = sqlite_path(url)
    if source is None:
        raise DatabaseError(
            "升级共享数据库前请先由管理员备份（此操作只对本地 SQLite 数据库自动备份）"
        )
    destination = paths.backups_dir() / backup_name(source, f"before-upgrade-v{version}")
    return backup_sqlite(source, destination)


ProgressFn = Callable[[float, str], None]
