"""The register on the command line: ``status`` (a status change is an officer action), and
what ``stats`` counts of it."""

from __future__ import annotations

import argparse
import json

from intlbase_desk import register
from intlbase_desk.commands import CommandLine, date_argument, out, workspace


def add_commands(cli: CommandLine) -> None:
    status = cli.command("status", "变更基地状态（只能按政策允许的方式变更）", _status)
    status.add_argument("bases", type=int, nargs="+", metavar="BASE_ID", help="基地编号")
    status.add_argument("--to", required=True, metavar="STATE", help="目标状态（状态编号）")
    status.add_argument(
        "--date", required=True, type=date_argument, metavar="YYYY-MM-DD", help="变更日期"
    )
    status.add_argument("--reason", required=True, metavar="TEXT", help="变更原因")
    status.add_argument("--rule", metavar="ID", help="所依据的条款（同一变更有多条依据时）")
    status.add_argument("--trigger", default="", metavar="ID", help="撤销情形（撤销时）")
    status.add_argument("--json", action="store_true", help="输出 JSON")
    # A lambda: the counting module (and the tables) load only when stats runs.
    cli.count(lambda ws: register.register_counts(ws))


def _status(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        done = register.change_statuses(
            ws,
            args.bases,
            args.to,
            on=args.date,
            reason=args.reason,
            rule=args.rule,
            trigger=args.trigger,
        )
        profile = ws.profile
        names = {b: register.get_base(ws, b).name for b in args.bases}
    results = [
        {
            "base": c.base_id,
            "name": names[c.base_id],
            "status": c.to_status,
            "status_name": profile.state(c.to_status).name,
            "ban_until": c.ban_until.isoformat() if c.ban_until else None,
            "rule": c.rule_id,
            "article": profile.rule(c.rule_id).article,
        }
        for c in done.changes_made
    ]
    if args.json:
        out(json.dumps(results, ensure_ascii=False))
        return 0
    for r in results:
        ban = f"，{r['ban_until']} 前不得再次申报" if r["ban_until"] else ""
        out(
            f"{r['base']}\t{r['name']}：{r['status_name']}"
            f"（依据：{profile.name}{r['article']}，{r['rule']}）{ban}"
        )
    return 0
