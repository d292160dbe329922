"""Backups on the command line: ``backup [OUT]``, ``backups [--json]``, ``restore COPY``.

The window makes the same copies (on close, every 30 minutes of work) and restores through the
same core (infra.backups).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from intlbase_desk.commands import CommandLine, out, workspace
from intlbase_desk.infra import backup, backups, paths
from intlbase_desk.infra.errors import DatabaseError


def add_commands(cli: CommandLine) -> None:
    made = cli.command("backup", "备份数据库（副本经完整性检查）", _backup)
    made.add_argument(
        "out", nargs="?", metavar="OUT", help="副本文件；默认放在用户数据文件夹的 backups 中"
    )
    listed = cli.command("backups", "列出本数据库的备份（自动、手动、升级前、恢复前）", _backups)
    listed.add_argument("--json", action="store_true", help="输出 JSON")
    restore = cli.command("restore", "用备份恢复数据库（先检查备份，并先备份当前数据库）", _restore)
    restore.add_argument("copy", metavar="COPY", help="备份文件，见 backups")


def _local_path(args: argparse.Namespace) -> Path:
    with workspace(args, lock=False) as ws:
        path = ws.db.path
    if path is None:
        raise DatabaseError("只有本地 SQLite 数据库可以由本软件备份；共享数据库请由管理员备份")
    return path


def _backup(args: argparse.Namespace) -> int:
    source = _local_path(args)
    target = (
        Path(args.out) if args.out else paths.backups_dir() / backup.backup_name(source, "manual")
    )
    if target.suffix == "":
        target = target.with_suffix(".sqlite3")
    made = backup.backup_sqlite(source, target)
    out(f"已备份（完整性检查通过）：{made}")
    return 0


def _backups(args: argparse.Namespace) -> int:
    found = backups.list_backups(_local_path(args))
    if args.json:
        rows = [
            {"path": str(b.path), "at": b.at.isoformat(), "reason": b.reason, "size": b.size}
            for b in found
        ]
        out(json.dumps(rows, ensure_ascii=False))
        return 0
    if not found:
        out("还没有备份")
    for b in found:
        out(f"{b.at:%Y-%m-%d %H:%M:%S}\t{b.reason_text}\t{b.size // 1024} KB\t{b.path}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        restored = backups.restore(ws.db, Path(args.copy))
    out(f"已从 {restored.copy} 恢复；恢复前的数据库已备份到 {restored.safety_copy}")
    return 0
