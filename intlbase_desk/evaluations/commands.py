"""Evaluations on the command line:

intlbase-desk evaluation open --year Y [--kind evaluation|re_evaluation|annual] [--as-of D] [--json]
intlbase-desk evaluation list [--json]
intlbase-desk evaluation targets --round R [--all] [--json]
intlbase-desk evaluation add-target|remove-target --round R BASE_ID --reason TEXT
intlbase-desk panel draw --round R [--group G] [--size N] [--reserves K]
                         --seed TEXT [--fields A、B] [--json]
intlbase-desk panel show|verify --round R [--json]
intlbase-desk panel decline --round R --expert E --reason TEXT
"""

from __future__ import annotations

import argparse
import json
import re
from typing import Any

from intlbase_desk import evaluations, experts
from intlbase_desk.commands import CommandLine, date_argument, out, workspace
from intlbase_desk.infra.errors import UserError
from intlbase_desk.policy.profile import Profile
from intlbase_desk.workspace import Workspace

EXIT_MISMATCH = 1  # panel verify: a draw does not match its record


def add_commands(cli: CommandLine) -> None:
    evaluation = cli.command("evaluation", "评估批次：开启、列出、调整参评基地", _usage)
    sub = evaluation.add_subparsers(dest="evaluation_command", metavar="ACTION")
    opened = sub.add_parser("open", help="开启评估批次，列入政策规定应参评的基地")
    opened.add_argument("--year", type=int, required=True, metavar="Y")
    opened.add_argument(
        "--kind",
        choices=list(evaluations.KINDS),
        default="evaluation",
        help="；".join(f"{k}：{v}" for k, v in evaluations.KINDS.items()),
    )
    opened.add_argument(
        "--as-of", type=date_argument, metavar="YYYY-MM-DD", help="截止日期（默认该年12月31日）"
    )
    opened.add_argument("--json", action="store_true", help="输出 JSON")
    opened.set_defaults(run=_open)
    listed = sub.add_parser("list", help="列出评估批次")
    listed.add_argument("--json", action="store_true", help="输出 JSON")
    listed.set_defaults(run=_list)
    targets = sub.add_parser("targets", help="列出批次的参评基地")
    targets.add_argument("--round", type=int, required=True, metavar="R")
    targets.add_argument("--all", action="store_true", help="包括已移出的基地")
    targets.add_argument("--json", action="store_true", help="输出 JSON")
    targets.set_defaults(run=_targets)
    for name, included, text in (("add-target", True, "加入"), ("remove-target", False, "移出")):
        change = sub.add_parser(name, help=f"把一个基地{text}批次（注明原因）")
        change.add_argument("--round", type=int, required=True, metavar="R", help="评估批次编号")
        change.add_argument(
            "base",
            metavar="BASE",
            help="基地编号" if included else "基地编号、名称或统一社会信用代码",
        )
        change.add_argument("--reason", required=True, metavar="TEXT", help="原因")
        change.set_defaults(run=lambda args, included=included: _set_target(args, included))

    panel = cli.command("panel", "评审专家组：随机抽取（回避）、核对、递补", _usage)
    psub = panel.add_subparsers(dest="panel_command", metavar="ACTION")
    draw = psub.add_parser("draw", help="为批次的各组随机抽取专家和备选专家")
    draw.add_argument("--round", type=int, required=True, metavar="R")
    draw.add_argument("--group", metavar="G", help="只抽取这一组（基地类型），默认未抽取的各组")
    draw.add_argument("--size", type=int, metavar="N", help="每组专家人数（默认按政策配置）")
    draw.add_argument("--reserves", type=int, default=2, metavar="K", help="备选专家人数")
    draw.add_argument("--seed", required=True, metavar="TEXT", help="抽取种子，记入抽取记录")
    draw.add_argument("--fields", default="", metavar="A、B", help="只从这些专业领域的专家中抽取")
    draw.add_argument("--json", action="store_true", help="输出 JSON")
    draw.set_defaults(run=_draw)
    for name, run, text in (
        ("show", _show, "列出各组专家"),
        ("verify", _verify, "按记录重新核对每次抽取"),
    ):
        action = psub.add_parser(name, help=text)
        action.add_argument("--round", type=int, required=True, metavar="R")
        action.add_argument("--json", action="store_true", help="输出 JSON")
        action.set_defaults(run=run)
    declined = psub.add_parser("decline", help="专家不能参加：由下一位备选专家递补")
    declined.add_argument("--round", type=int, required=True, metavar="R")
    declined.add_argument("--expert", required=True, metavar="E", help="专家编号或姓名")
    declined.add_argument("--group", metavar="G", help="专家同时在几个组中时，指定哪一组")
    declined.add_argument("--reason", required=True, metavar="TEXT")
    declined.set_defaults(run=_decline)

    from intlbase_desk.evaluations.score_commands import add_score_commands

    add_score_commands(cli, sub)
    from intlbase_desk.evaluations.major_change_commands import add_major_change_commands

    add_major_change_commands(cli)
    # The expert pool's commands cannot see rounds; these say what a change means for them.
    cli.notice("experts", lambda ws, ids: evaluations.scored_conflicts(ws, ids))
    cli.notice("expert_deactivated", lambda ws, ids: evaluations.seats_kept(ws, ids))


def _usage(_args: argparse.Namespace) -> int:
    raise UserError("请指定操作（见 --help）")


def _type_name(profile: Profile, type_id: str) -> str:
    try:
        return profile.base_type(type_id).name
    except KeyError:
        return type_id


def _target_dict(profile: Profile, t: Any) -> dict[str, Any]:
    return {
        "base_id": t.base_id,
        "base_name": t.base_name,
        "org_name": t.org_name,
        "uscc": t.uscc,
        "base_type": t.base_type,
        "base_type_name": _type_name(profile, t.base_type),
        "group": t.group_key,
        "included": t.included,
        "reason": t.reason,
    }


def _open(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        opened = evaluations.open_round(ws, args.year, args.kind, args.as_of)
        profile = ws.profile
    if args.json:
        data = {
            "round": opened.round.id,
            "targets": [_target_dict(profile, t) for t in opened.targets],
            "elsewhere": [{"base_id": b, "round": n} for b, n in opened.elsewhere.items()],
        }
        out(json.dumps(data, ensure_ascii=False))
        return 0
    out(
        f"已开启{opened.round.name}（批次 {opened.round.id}，"
        f"截至 {opened.round.as_of.isoformat()}），参评基地 {len(opened.targets)} 个"
    )
    _print_targets(profile, opened.targets)
    if opened.elsewhere:
        out(f"另有 {len(opened.elsewhere)} 个应参评的基地已在未办结的批次中，未列入：")
        for base_id, name in opened.elsewhere.items():
            out(f"  基地 {base_id}：{name}")
    return 0


def _print_targets(profile: Profile, targets: list[Any]) -> None:
    for t in targets:
        removed = "" if t.included else f"\t已移出：{t.reason}"
        out(
            f"{t.base_id}\t{t.base_name}\t{t.org_name}\t{t.uscc}\t"
            f"{_type_name(profile, t.base_type)}{removed}"
        )


def _list(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        rounds = evaluations.list_rounds(ws)
    if args.json:
        out(json.dumps([r.model_dump(mode="json") for r in rounds], ensure_ascii=False))
        return 0
    states = {"open": "进行中", "concluded": "已办结"}
    for r in rounds:
        out(f"{r.id}\t{r.name}\t截至 {r.as_of.isoformat()}\t{states.get(r.state, r.state)}")
    return 0


def _targets(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        evaluations.get_round(ws, args.round)
        targets = evaluations.round_targets(ws, args.round, included_only=not args.all)
        profile = ws.profile
    if args.json:
        data = {"round": args.round, "targets": [_target_dict(profile, t) for t in targets]}
        out(json.dumps(data, ensure_ascii=False))
        return 0
    _print_targets(profile, targets)
    return 0


def _set_target(args: argparse.Namespace, included: bool) -> int:
    from intlbase_desk.evaluations import named  # the models load only when used

    with workspace(args) as ws:
        if included:  # a base not yet in the round: its id, as the register shows it
            if not args.base.strip().isdigit():
                raise UserError("加入批次时请写基地编号（见基地名录）")
            base_id = int(args.base)
        else:
            target_id = named.target_id(ws, args.round, args.base)
            base_id = next(
                t.base_id for t in evaluations.round_targets(ws, args.round) if t.id == target_id
            )
        evaluations.set_target(ws, args.round, base_id, included=included, reason=args.reason)
    out(f"已把基地 {base_id} {'加入' if included else '移出'}批次 {args.round}")
    return 0


def _group_key(ws: Workspace, text: str) -> str:
    found = ws.profile.base_type_by_name(text)
    return found.id if found is not None else text


def _draw(args: argparse.Namespace) -> int:
    fields = [f for f in re.split(r"[、,，;；\s]+", args.fields) if f]
    with workspace(args) as ws:
        found = evaluations.get_round(ws, args.round)  # an unknown round is said as such
        done = {d.group_key for d, _m in evaluations.round_draws(ws, args.round)}
        wanted = (
            [_group_key(ws, args.group)]
            if args.group
            else [g for g in evaluations.groups(ws, args.round) if g not in done]
        )
        if not wanted:
            raise UserError(f"{found.name}的各组都已抽取；专家不能参加时，请按顺序由备选专家递补")
        drawn = [
            evaluations.draw_panel(
                ws,
                args.round,
                group,
                seed=args.seed,
                size=args.size,
                reserves=args.reserves,
                fields=fields,
            )
            for group in wanted
        ]
        names = {e.id: e.name for e in experts.load_experts(ws)}
        profile = ws.profile
    if args.json:
        out(
            json.dumps(
                [_draw_dict(profile, d.draw, d.members, names) for d in drawn], ensure_ascii=False
            )
        )
        return 0
    for d in drawn:
        _print_draw(profile, d.draw, d.members, names)
    return 0


_ROLES = {"member": "专家组", "reserve": "备选", "declined": "不能参加"}


def _draw_dict(
    profile: Profile, draw: Any, members: list[Any], names: dict[int, str]
) -> dict[str, Any]:
    return {
        "draw": draw.id,
        "group": draw.group_key,
        "group_name": _type_name(profile, draw.group_key),
        "seed": draw.seed,
        "algorithm": draw.algorithm,
        "drawn_on": draw.drawn_on.isoformat(),
        "members": [
            {
                "expert": m.expert_id,
                "name": names.get(m.expert_id, ""),
                "position": m.position,
                "role": m.role,
                "replaces": m.replaces,
                "note": m.note,
            }
            for m in members
        ],
        "excluded": {int(k): v for k, v in json.loads(draw.exclusions_json).items()},
    }


def _print_draw(profile: Profile, draw: Any, members: list[Any], names: dict[int, str]) -> None:
    excluded = json.loads(draw.exclusions_json)
    out(
        f"“{_type_name(profile, draw.group_key)}”组（抽取 {draw.id}，种子“{draw.seed}”，"
        f"排除 {len(excluded)} 位）："
    )
    for m in members:
        replaces = f"，递补专家 {m.replaces}" if m.replaces else ""
        note = f"：{m.note}" if m.note else ""
        out(
            f"  {m.position}\t{m.expert_id}\t{names.get(m.expert_id, '')}\t"
            f"{_ROLES[m.role]}{replaces}{note}"
        )


def _show(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        evaluations.get_round(ws, args.round)
        draws = evaluations.round_draws(ws, args.round)
        names = {e.id: e.name for e in experts.load_experts(ws)}
        profile = ws.profile
    if args.json:
        out(json.dumps([_draw_dict(profile, d, m, names) for d, m in draws], ensure_ascii=False))
        return 0
    for d, m in draws:
        _print_draw(profile, d, m, names)
    return 0


def _verify(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        evaluations.get_round(ws, args.round)
        results = evaluations.verify(ws, args.round)
        profile = ws.profile
    if args.json:
        data = [
            {"draw": v.draw_id, "group": v.group_key, "matches": v.matches, "problems": v.problems}
            for v in results
        ]
        out(json.dumps(data, ensure_ascii=False))
    else:
        if not results:
            out(f"批次 {args.round} 还没有抽取记录")
        for v in results:
            verdict = "与记录一致" if v.matches else "与记录不一致：" + "；".join(v.problems)
            out(f"“{_type_name(profile, v.group_key)}”组（抽取 {v.draw_id}）：{verdict}")
    return 0 if all(v.matches for v in results) else EXIT_MISMATCH


def _decline(args: argparse.Namespace) -> int:
    from intlbase_desk.evaluations import named  # the models load only when used

    with workspace(args) as ws:
        expert_id = named.expert_id(ws, args.expert)
        done = evaluations.decline(ws, args.round, expert_id, args.reason, args.group)
        group = evaluations.group_name(ws, done.group)
        names = {e.id: e.name for e in experts.load_experts(ws)}
    seated = done.seated
    out(
        f"{group}：专家 {expert_id}（{names.get(expert_id, '')}）不能参加，"
        f"由第 {seated.position} 位"
        f"专家 {seated.expert_id}（{names.get(seated.expert_id, '')}）递补"
        + (f"；{seated.note}" if seated.note else "")
    )
    if done.scored:
        out(f"提醒：该专家已录入对 {done.scored} 个基地的评分，这些评分不再计入结果")
    return 0
