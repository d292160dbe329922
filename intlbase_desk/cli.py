"""Command line: the same core as the window, without one.

    intlbase-desk [--db PATH] [--lang zh_CN|en] [gui] [--exit-when-ready]
    intlbase-desk [--db PATH] init --profile ID [--demo]
    intlbase-desk profiles
    intlbase-desk [--db PATH] stats [--json]
    intlbase-desk [--db PATH] backup [OUT] | backups [--json] | restore COPY

and the commands each capability adds (``intlbase-desk --help`` lists them all). A fault of the
input or the environment prints one line and exits 2; nothing is half-written.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from intlbase_desk import (
    __version__,
    backup_commands,
    calls,
    certificates,
    evaluations,
    exchange,
    experts,
    parser_zh,
    register,
    summaries,
    workdays,
)
from intlbase_desk.commands import EXIT_USER_ERROR, CommandLine, out, workspace
from intlbase_desk.infra import logging_setup, os_errors, paths
from intlbase_desk.infra.errors import UserError
from intlbase_desk.workspace import Workspace, open_workspace

log = logging.getLogger(__name__)
# Each adds its own subcommands, exports and counts, in this order.
CAPABILITIES = (register, exchange, certificates, experts, evaluations, summaries, calls, workdays)


def build_parser() -> tuple[argparse.ArgumentParser, CommandLine]:
    parser = parser_zh.Parser(
        prog="intlbase-desk",
        description="国际科技合作基地管理（intlbase_desk）",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help="显示版本并退出"
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"数据库文件（或 URL）；默认读取环境变量 {paths.DB_ENV}，否则为用户数据文件夹中的 "
        f"{paths.DEFAULT_DB_NAME}",
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN", help="界面语言")
    ready_help = "名录显示后立即退出（自检、测速）"
    parser.add_argument("--exit-when-ready", action="store_true", help=ready_help)
    parser.set_defaults(run=_gui)
    cli = CommandLine(parser.add_subparsers(dest="command", metavar="COMMAND"))
    gui = cli.command("gui", "打开主窗口（默认）", _gui)
    # SUPPRESS: given before or after "gui", the flag means the same.
    gui.add_argument(
        "--exit-when-ready", action="store_true", default=argparse.SUPPRESS, help=ready_help
    )
    init = cli.command("init", "创建（或升级）数据库", _init)
    init.add_argument("--profile", required=True, metavar="ID", help="政策配置，见 profiles")
    init.add_argument("--demo", action="store_true", help="填入几百条明显虚构的演示数据")
    init.add_argument("--demo-bases", type=int, default=300, help=argparse.SUPPRESS)
    cli.command("profiles", "列出可用的政策配置", _profiles)
    stats = cli.command("stats", "统计数据库中的记录数", lambda args: _stats(args, cli))
    stats.add_argument("--json", action="store_true", help="输出 JSON")
    listed = cli.command(
        "profile-values", "列出政策配置的各项取值及其依据（条款或本处惯例）", _profile_values
    )
    listed.add_argument("--json", action="store_true", help="输出 JSON")
    office = cli.command(
        "set-office-default", "修改一项本处惯例（条款未规定的取值），记入审计日志", _set_default
    )
    office.add_argument("key", metavar="KEY", help="取值的键，见 profile-values")
    office.add_argument("value", metavar="VALUE", help="新的取值，如 11-30、是、名称1、名称2")
    backup_commands.add_commands(cli)
    for capability in CAPABILITIES:
        capability.add_commands(cli)
    cli.finish()
    return parser, cli


def main(argv: Sequence[str] | None = None) -> int:
    parser, _cli = build_parser()
    args = parser.parse_args(argv)
    logging_setup.configure()
    try:
        return int(args.run(args))
    except UserError as exc:
        log.warning("%s failed: %s", args.command or "gui", exc)
        out(f"错误：{exc}", sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader of the output went away (``… | head``): not a fault of the command.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        # The desk refused (full disk, read-only drive) somewhere no writer named it first.
        log.exception("%s failed", args.command or "gui")
        out(f"错误：{os_errors.describe(exc)}", sys.stderr)
        return EXIT_USER_ERROR


def _gui(args: argparse.Namespace) -> int:
    from intlbase_desk.ui.app import run  # Qt only for the window

    return run(db=args.db, lang=args.lang, exit_when_ready=args.exit_when_ready)


def _init(args: argparse.Namespace) -> int:
    ws = open_workspace(args.db, create_profile=args.profile)
    try:
        where = ws.db.path or ws.db.url
        out(f"数据库已就绪：{where}（{ws.profile.title}，结构版本 {ws.db.schema_version()}）")
        if args.demo:
            count = register.fill_demo(ws, bases=args.demo_bases).bases
            out(f"已填入 {count} 个演示基地（名称以“{register.DEMO_PREFIX}”开头，均为虚构）")
    finally:
        ws.close()
    return 0


def _profiles(_args: argparse.Namespace) -> int:
    from intlbase_desk import policy

    profiles, errors = policy.load_all_profiles(paths.user_policies_dir())
    sources = policy.discover_profiles(paths.user_policies_dir())
    for p in sorted(profiles, key=lambda p: p.id):
        origin = "" if sources[p.id].bundled else f"  [用户配置 {sources[p.id].path}]"
        document = f"（{p.document_no}）" if p.document_no else ""
        out(f"{p.id}\t{p.short_name}\t{p.name}{document}\t{p.status}{origin}")
    for error in errors:
        out(f"错误：{error}", sys.stderr)
    return EXIT_USER_ERROR if errors else 0


def collect_stats(ws: Workspace, cli: CommandLine | None = None) -> dict[str, Any]:
    """What ``stats`` reports: the database, then each capability's counts."""
    from intlbase_desk.infra import audit

    counts: dict[str, Any] = {"profile": ws.profile.id, "schema_version": ws.db.schema_version()}
    for collect in (cli or build_parser()[1]).counts:
        counts |= collect(ws)
    counts["audit_entries"] = audit.count_entries(ws.db)
    return counts


def _stats(args: argparse.Namespace, cli: CommandLine) -> int:
    with workspace(args, lock=False) as ws:
        counts = collect_stats(ws, cli)
    if args.json:
        out(json.dumps(counts, ensure_ascii=False))
        return 0
    names = {s.id: s.name for s in ws.profile.lifecycle.states}
    out(f"政策配置：{ws.profile.title}")
    out(f"依托单位：{counts['organizations']}（已归档 {counts['organizations_archived']}）")
    out(f"基地：{counts['bases']}（已归档 {counts['bases_archived']}）")
    for state, n in counts["bases_by_status"].items():
        out(f"  {names[state]}：{n}")
    return 0


def _profile_values(args: argparse.Namespace) -> int:
    from intlbase_desk.policy import values

    with workspace(args, lock=False) as ws:
        found = values.shown(ws.profile)
    if args.json:
        rows = [
            {
                "key": v.key,
                "label": v.label,
                "value": v.value,
                "basis": v.basis,
                "rule": v.rule,
                "note": v.note,
                "changeable": v.changeable,
            }
            for v in found
        ]
        out(json.dumps(rows, ensure_ascii=False, default=list))
        return 0
    bases = {"article": "条款", "office_default": "本处惯例", "geography": "行政区划"}
    for v in found:
        source = f"{v.note}（{v.rule}）" if v.rule else v.note
        out(f"{v.key}\t{v.label}\t{v.text}\t{bases[v.basis]}：{source}")
    return 0


def _set_default(args: argparse.Namespace) -> int:
    from intlbase_desk.policy import office_settings, values

    with workspace(args) as ws:
        changed = office_settings.change(ws.db, ws.profile, ws.actor, args.key, args.value)
    item = values.lookup(changed.key, changed.profile)
    assert item is not None
    shown = {v.key: v.text for v in values.shown(changed.profile)}
    out(f"已修改本处惯例“{item.label}”：{shown.get(changed.key, changed.after)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
