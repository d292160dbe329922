"""One copy of the app writes a database at a time: an OS lock on a file beside it.

The OS releases the lock if the app dies, so a crash never leaves the database locked.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from intlbase_desk.infra.errors import DatabaseLockedError


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def acquire(db_path: Path) -> FileLock:
    lock = FileLock(str(lock_path(db_path)), timeout=0, is_singleton=False)
    try:
        lock.acquire()
    except Timeout:
        raise DatabaseLockedError(
            f"数据库 {db_path} 已被另一个正在运行的 intlbase_desk 打开。"
            "请先关闭另一个窗口，或选择其他数据库。"
        ) from None
    return lock
