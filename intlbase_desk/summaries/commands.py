"""Annual summaries on the command line:

intlbase-desk summaries open --year Y [--json]
intlbase-desk summaries status --year Y [--json]
"""

from __future__ import annotations

import argparse
import json

from intlbase_desk import summaries
from intlbase_desk.commands import CommandLine, out, workspace
from intlbase_desk.infra.errors import UserError


def add_commands(cli: CommandLine) -> None:
    command = cli.command("summaries", "年度工作总结：开启收取、查看报送情况", _usage)
    sub = command.add_subparsers(dest="summaries_command", metavar="ACTION")
    opened = sub.add_parser("open", help="开启某一报告年度的收取，列出应报送的基地")
    opened.add_argument("--year", type=int, required=True, metavar="Y", help="报告年度")
    opened.add_argument("--json", action="store_true", help="输出 JSON")
    opened.set_defaults(run=_open)
    shown = sub.add_parser("status", help="某一报告年度各基地的报送情况")
    shown.add_argument("--year", type=int, required=True, metavar="Y", help="报告年度")
    shown.add_argument("--json", action="store_true", help="输出 JSON")
    shown.set_defaults(run=_status)


def _usage(_args: argparse.Namespace) -> int:
    raise UserError("请指定操作（见 --help）")


def _due_text(campaign: object, rule_article: str) -> str:
    due = campaign.due_on.isoformat()  # type: ignore[attr-defined]
    return f"{due}（{rule_article}）" if rule_article else f"{due}（本处惯例）"


def _open(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        opened = summaries.open_campaign(ws, args.year)
        rule = opened.campaign.due_rule
        article = f"{ws.profile.rule(rule).article}（{rule}）" if rule else ""
    campaign = opened.campaign
    if args.json:
        data = {
            "campaign": campaign.id,
            "year": campaign.year,
            "due": campaign.due_on.isoformat(),
            "due_rule": rule or None,
            "bases": [
                {
                    "base_id": t.base_id,
                    "base_name": t.base_name,
                    "org_name": t.org_name,
                    "uscc": t.uscc,
                    "district": t.district,
                }
                for t in opened.targets
            ],
        }
        out(json.dumps(data, ensure_ascii=False))
    else:
        out(
            f"已开启{campaign.year}年度工作总结收取：应报送 {len(opened.targets)} 个基地，"
            f"截止 {_due_text(campaign, article)}"
        )
    return 0


def _status(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        found = summaries.campaign_status(ws, args.year)
        rule = found.campaign.due_rule
        article = f"{ws.profile.rule(rule).article}（{rule}）" if rule else ""
    if args.json:
        out(json.dumps(found.as_dict(), ensure_ascii=False))
        return 0
    counts = "，".join(f"{summaries.STATUSES[k]} {n}" for k, n in found.counts.items() if n)
    out(
        f"{found.campaign.year}年度工作总结（截止 {_due_text(found.campaign, article)}）："
        f"{len(found.bases)} 个基地，{counts or '无'}"
    )
    for b in found.bases:
        when = f"，{b.submitted_on.isoformat()} 报送" if b.submitted_on else ""
        note = f"（{b.note}）" if b.note else ""
        out(f"  {b.target.base_name}：{summaries.STATUSES[b.status]}{when}{note}")
    return 0
