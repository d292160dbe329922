"""What the operating system refused, said in one Chinese sentence an officer can act on.

A full disk, a read-only drive or folder and a missing permission are faults of the desk, not of
the app: they reach the officer as a ``UserError`` with this text; the English detail is logged.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from intlbase_desk.infra.errors import UserError

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM}
NEARLY_FULL_BYTES = 1 << 20  # less than this free, an I/O error while writing is a full disk


class FileWriteError(UserError):
    """A file could not be written; nothing of it was left behind."""


def describe(exc: OSError, path: Path | str | None = None, *, writing: bool = True) -> str:
    """The officer's sentence for ``exc``; ``path`` names the file when the error does not."""
    where = path if path is not None else exc.filename
    shown = str(where) if where is not None else "该文件"
    code = exc.errno
    if code in _FULL:
        return f"磁盘空间不足，无法写入 {shown}。请腾出磁盘空间或换一个位置后重试"
    if code == errno.EROFS:
        return f"{shown} 所在的磁盘为只读，无法写入。请选择可写的位置"
    if code in _DENIED:
        if writing:
            return (
                f"没有权限写入 {shown}（文件或文件夹为只读）。请选择可写的位置，或请管理员开放权限"
            )
        return f"没有权限读取 {shown}。请检查文件权限"
    if code == errno.ENOENT:
        return f"找不到 {shown}"
    if code == errno.EISDIR:
        return f"{shown} 是文件夹，不是文件"
    if code == errno.ENAMETOOLONG:
        return f"文件名过长：{shown}"
    if code == errno.EIO:
        return f"读写 {shown} 时磁盘出错（输入/输出错误）。请检查磁盘或移动存储设备"
    verb = "写入" if writing else "读取"
    return f"无法{verb} {shown}（系统错误 {code}）" if code else f"无法{verb} {shown}"


def sqlite_fault(exc: BaseException, path: Path | str | None) -> str | None:
    """The officer's sentence for an SQLite error caused by the disk, or None for any other."""
    text = str(exc).lower()
    shown = str(path) if path is not None else "数据库"
    if "disk is full" in text or "disk full" in text:
        return f"磁盘空间不足，无法写入数据库 {shown}。本次修改未保存；请腾出磁盘空间后重试"
    if "readonly" in text or "read-only" in text:
        return (
            f"数据库 {shown} 为只读，不能修改：可以查看和导出。要修改，请把它复制到可写的位置再打开"
        )
    if "disk i/o error" in text and _nearly_full(path):
        # SQLite reports a -wal it cannot grow as an I/O error; the disk says why.
        return f"磁盘空间不足，无法写入数据库 {shown}。本次修改未保存；请腾出磁盘空间后重试"
    if "disk i/o error" in text:
        return f"读写数据库 {shown} 时磁盘出错（输入/输出错误）。请检查磁盘或移动存储设备"
    if isinstance(exc, sqlite3.OperationalError) and "unable to open" in text:
        return f"无法打开数据库 {shown}：文件或其所在文件夹不可访问"
    return None


def _nearly_full(path: Path | str | None) -> bool:
    if path is None or "://" in str(path):
        return False
    try:
        return shutil.disk_usage(Path(path).parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def writable(path: Path) -> bool:
    """Whether ``path`` (if it exists) and its folder can be written by this process."""
    folder_ok = os.access(path.parent, os.W_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))
