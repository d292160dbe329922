"""Command line: the same core as the window, without one.

    intlbase-desk [--db PATH] [--lang zh_CN|en] [gui] [--exit-when-ready]
    intlbase-desk [--db PATH] init --profile ID [--demo]
    intlbase-desk profiles
    intlbase-desk [--db PATH] stats [--json]

A fault of the input or the environment prints one line and exits 2; nothing is half-written.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from typing import TextIO

from intlbase_desk import __version__, logging_setup, paths
from intlbase_desk.errors import UserError

log = logging.getLogger(__name__)
EXIT_USER_ERROR = 2


def _out(text: str, stream: TextIO | None = None) -> None:
    (stream or sys.stdout).write(text + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intlbase-desk",
        description="国际科技合作基地管理（intlbase_desk）",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"数据库文件（或 URL）；默认读取环境变量 {paths.DB_ENV}，否则为用户数据文件夹中的 "
        f"{paths.DEFAULT_DB_NAME}",
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN", help="界面语言")
    ready_help = "名录显示后立即退出（自检、测速）"
    parser.add_argument("--exit-when-ready", action="store_true", help=ready_help)
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="打开主窗口（默认）")
    # SUPPRESS: given before or after "gui", the flag means the same.
    gui.add_argument(
        "--exit-when-ready", action="store_true", default=argparse.SUPPRESS, help=ready_help
    )
    init = sub.add_parser("init", help="创建（或升级）数据库")
    init.add_argument("--profile", required=True, metavar="ID", help="政策配置，见 profiles")
    init.add_argument("--demo", action="store_true", help="填入几百条明显虚构的演示数据")
    init.add_argument("--demo-bases", type=int, default=300, help=argparse.SUPPRESS)
    sub.add_parser("profiles", help="列出可用的政策配置")
    stats = sub.add_parser("stats", help="统计数据库中的记录数")
    stats.add_argument("--json", action="store_true", help="输出 JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging_setup.configure()
    command = args.command or "gui"
    try:
        if command == "gui":
            from intlbase_desk.ui.app import run  # Qt only for the window

            return run(db=args.db, lang=args.lang, exit_when_ready=args.exit_when_ready)
        if command == "init":
            return _init(args)
        if command == "profiles":
            return _profiles()
        if command == "stats":
            return _stats(args)
    except UserError as exc:
        log.warning("%s failed: %s", command, exc)
        _out(f"错误：{exc}", sys.stderr)
        return EXIT_USER_ERROR
    raise AssertionError(command)


def _init(args: argparse.Namespace) -> int:
    from intlbase_desk import demo
    from intlbase_desk.workspace import open_workspace

    ws = open_workspace(args.db, create_profile=args.profile)
    try:
        where = ws.db.path or ws.db.url
        _out(f"数据库已就绪：{where}（{ws.profile.title}，结构版本 {ws.db.schema_version()}）")
        if args.demo:
            count = demo.fill(ws.db, ws.profile, ws.actor, bases=args.demo_bases)
            _out(f"已填入 {count} 个演示基地（名称以“{demo.PREFIX}”开头，均为虚构）")
    finally:
        ws.close()
    return 0


def _profiles() -> int:
    from intlbase_desk import profile_loader

    profiles, errors = profile_loader.load_all(paths.user_policies_dir())
    sources = profile_loader.discover(paths.user_policies_dir())
    for p in sorted(profiles, key=lambda p: p.id):
        origin = "" if sources[p.id].bundled else f"  [用户配置 {sources[p.id].path}]"
        document = f"（{p.document_no}）" if p.document_no else ""
        _out(f"{p.id}\t{p.short_name}\t{p.name}{document}\t{p.status}{origin}")
    for error in errors:
        _out(f"错误：{error}", sys.stderr)
    return EXIT_USER_ERROR if errors else 0


def _stats(args: argparse.Namespace) -> int:
    from intlbase_desk import stats
    from intlbase_desk.workspace import open_workspace

    ws = open_workspace(args.db, lock=False)
    try:
        counts = stats.collect(ws.db, ws.profile)
    finally:
        ws.close()
    if args.json:
        _out(json.dumps(counts, ensure_ascii=False))
        return 0
    names = {s.id: s.name for s in ws.profile.lifecycle.states}
    _out(f"政策配置：{ws.profile.title}")
    _out(f"依托单位：{counts['organizations']}（已归档 {counts['organizations_archived']}）")
    _out(f"基地：{counts['bases']}（已归档 {counts['bases_archived']}）")
    for state, n in counts["bases_by_status"].items():
        _out(f"  {names[state]}：{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
