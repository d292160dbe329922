"""The yearly call on the command line:

intlbase-desk call list [--json]
intlbase-desk call open --call Y
intlbase-desk call set --call Y [--deadline D] [--types T …] [--unit-quota N | --no-quota]
intlbase-desk call applications --call Y [--state S] [--type T] [--search TEXT] [--json]
intlbase-desk call show ID [--json]
intlbase-desk call add --call Y --uscc C --org-name N --base-name B --type T [--recommender R] …
intlbase-desk call withdraw ID --reason TEXT
"""

from __future__ import annotations

import argparse
import json

from intlbase_desk import calls
from intlbase_desk.commands import CommandLine, date_argument, out, workspace
from intlbase_desk.infra import clock
from intlbase_desk.infra.errors import UserError
from intlbase_desk.workspace import Workspace


def add_commands(cli: CommandLine) -> None:
    command = cli.command("call", "申报批次：指南设置、申报列表、直接申报、撤回", _usage)
    sub = command.add_subparsers(dest="call_command", metavar="ACTION")
    listed = sub.add_parser("list", help="列出各年度的申报批次")
    listed.add_argument("--json", action="store_true", help="输出 JSON")
    listed.set_defaults(run=_list)
    opened = sub.add_parser("open", help="开启某年度的申报（导入该年度的推荐表时也会开启）")
    opened.add_argument("--call", type=int, required=True, metavar="Y", help="年度")
    opened.set_defaults(run=_open)
    settings = sub.add_parser("set", help="修改申报指南的设置（截止日期、开放类型、推荐名额）")
    settings.add_argument("--call", type=int, required=True, metavar="Y", help="年度")
    settings.add_argument("--deadline", type=date_argument, metavar="D", help="申报截止日期")
    settings.add_argument("--types", nargs="+", metavar="T", help="本年度开放的基地类型")
    quota = settings.add_mutually_exclusive_group()
    quota.add_argument("--unit-quota", type=int, metavar="N", help="每个推荐单位的推荐名额")
    quota.add_argument("--no-quota", action="store_true", help="不限推荐名额")
    settings.set_defaults(run=_set)
    apps = sub.add_parser("applications", help="列出某年度的申报")
    apps.add_argument("--call", type=int, required=True, metavar="Y", help="年度")
    apps.add_argument("--state", metavar="S", help="状态，如 已受理、撤回")
    apps.add_argument("--type", metavar="T", help="基地类型")
    apps.add_argument("--search", default="", metavar="TEXT", help="单位名称、基地名称或信用代码")
    apps.add_argument("--json", action="store_true", help="输出 JSON")
    apps.set_defaults(run=_applications)
    shown = sub.add_parser("show", help="一项申报的全部信息和办理过程")
    shown.add_argument("application", type=int, metavar="ID", help="申报编号")
    shown.add_argument("--json", action="store_true", help="输出 JSON")
    shown.set_defaults(run=_show)
    added = sub.add_parser("add", help="录入一项直接向本委申报的申请（如部属院校、中央在渝机构）")
    added.add_argument("--call", type=int, required=True, metavar="Y", help="年度")
    added.add_argument("--uscc", required=True, metavar="C", help="统一社会信用代码")
    added.add_argument("--org-name", required=True, metavar="N", help="单位名称")
    added.add_argument("--base-name", required=True, metavar="B", help="基地名称")
    added.add_argument("--type", required=True, metavar="T", help="基地类型")
    added.add_argument("--recommender", default="", metavar="R", help="推荐单位（默认：直接申报）")
    for flag, text in (("--field", "所属领域"), ("--contact", "联系人"), ("--phone", "联系电话")):
        added.add_argument(flag, default="", metavar="TEXT", help=text)
    added.set_defaults(run=_add)
    withdrawn = sub.add_parser("withdraw", help="撤回一项申报（写明原因）")
    withdrawn.add_argument("application", type=int, metavar="ID", help="申报编号")
    withdrawn.add_argument("--reason", required=True, metavar="TEXT")
    withdrawn.set_defaults(run=_withdraw)
    from intlbase_desk.calls.review_commands import add_review_commands

    add_review_commands(sub)


def _usage(_args: argparse.Namespace) -> int:
    raise UserError(
        "请指定操作：list、open、set、applications、show、add 或 withdraw（见 call --help）"
    )


def _type_id(ws: Workspace, typed: str) -> str:
    for t in ws.profile.base_types:
        if typed.strip() in (t.id, t.name):
            return t.id
    names = "、".join(t.name for t in ws.profile.base_types)
    raise UserError(f"没有“{typed}”这种基地类型（本政策的类型：{names}）")


def _describe(info: calls.CallInfo, ws: Workspace) -> str:
    names = {t.id: t.name for t in ws.profile.base_types}
    types = "、".join(names.get(t, t) for t in info.open_types) or "全部类型"
    deadline = f"{info.deadline:%Y-%m-%d}" if info.deadline else "未设"
    quota = f"{info.unit_quota} 项" if info.unit_quota else "不限"
    return f"截止 {deadline}；开放{types}；每个推荐单位推荐名额 {quota}"


def _list(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        found = calls.list_calls(ws)
        if args.json:
            out(json.dumps([c.as_dict() for c in found], ensure_ascii=False))
            return 0
        if not found:
            out("还没有任何申报批次")
        for c in found:
            states = "，".join(f"{calls.STATES[k]} {n}" for k, n in c.by_state.items())
            out(f"{c.name}：{c.applications} 项申报（{states or '无'}）；{_describe(c, ws)}")
    return 0


def _open(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        info = calls.open_call(ws, args.call)
    out(f"{info.name}申报已开启（{info.applications} 项申报）")
    return 0


def _set(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        types = [_type_id(ws, t) for t in args.types] if args.types else None
        changes = calls.set_call(
            ws,
            args.call,
            deadline=args.deadline,
            open_types=types,
            unit_quota=args.unit_quota,
            clear_quota=args.no_quota,
        )
        info = calls.call_info(ws, args.call)
        out(("已修改：" if changes else "没有变化：") + _describe(info, ws))
    return 0


def _applications(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        state = None
        if args.state:
            state = next((k for k, v in calls.STATES.items() if args.state in (k, v)), None)
            if state is None:
                raise UserError(f"没有“{args.state}”这种状态（{'、'.join(calls.STATES.values())}）")
        kind = _type_id(ws, args.type) if args.type else None
        rows = calls.list_applications(ws, args.call, state=state, base_type=kind, text=args.search)
    if args.json:
        out(json.dumps([r.as_dict() for r in rows], ensure_ascii=False))
        return 0
    out("编号\t推荐单位\t单位名称\t基地名称\t类型\t状态")
    for r in rows:
        out(
            f"{r.id}\t{r.recommender}\t{r.org_name}\t{r.base_name}\t{r.type_name}\t{calls.STATES[r.state]}"
        )
        for flag in r.flags:
            out(f"    ! {flag}")
    return 0


def _show(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        detail = calls.application_detail(ws, args.application)
    if args.json:
        out(json.dumps(detail.as_dict(), ensure_ascii=False))
        return 0
    r = detail.row
    out(f"申报 {r.id}（{detail.year}年度）：{r.base_name}（{r.type_name}）")
    out(f"  单位：{r.org_name}（{r.uscc}）；推荐单位：{r.recommender}；{r.source}")
    out(f"  状态：{calls.STATES[r.state]}")
    for flag in r.flags:
        out(f"  ! {flag}")
    for label, value in detail.values.items():
        if value:
            out(f"  {label}：{value}")
    out("办理过程：")
    for s in detail.steps:
        by = f"（{s.actor}）" if s.actor else ""
        when = clock.local_text(s.at)
        out(f"  {when}\t{calls.STATES.get(s.state, s.state)}\t{s.reason}{by}")
    return 0


def _add(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        kind = _type_id(ws, args.type)
        name = ws.profile.base_type(kind).name
        entered = calls.add_application(
            ws,
            args.call,
            {
                "uscc": args.uscc,
                "org_name": args.org_name,
                "base_name": args.base_name,
                "base_type": name,
                "recommender": args.recommender,
                "field": args.field,
                "contact": args.contact,
                "phone": args.phone,
            },
        )
    out(f"已录入申报 {entered.id}")
    for warning in entered.warnings:
        out(f"  提醒：{warning}")
    return 0


def _withdraw(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        calls.withdraw_application(ws, args.application, args.reason)
    out(f"申报 {args.application} 已撤回")
    return 0
