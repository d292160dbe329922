"""Major changes on the command line:

intlbase-desk change-report add BASE_ID --kind K --date D --text TEXT [--reported D] [--json]
intlbase-desk change-report list [--pending] [--json]
intlbase-desk change-report review ID (--eligible | --not-eligible) --note TEXT
"""

from __future__ import annotations

import argparse
import json

from intlbase_desk import evaluations
from intlbase_desk.commands import CommandLine, date_argument, out, workspace
from intlbase_desk.infra.errors import UserError


def add_major_change_commands(cli: CommandLine) -> None:
    reports = cli.command("change-report", "重大事项报告：登记、列出、审核", _usage)
    sub = reports.add_subparsers(dest="change_report_command", metavar="ACTION")
    added = sub.add_parser("add", help="登记基地报告的重大事项")
    added.add_argument("base", type=int, metavar="BASE_ID")
    added.add_argument(
        "--kind",
        required=True,
        metavar="K",
        help="事项，按政策配置的名称（见 profile-values 的“应报告的重大事项”）",
    )
    added.add_argument("--date", required=True, type=date_argument, metavar="YYYY-MM-DD")
    added.add_argument("--reported", type=date_argument, metavar="YYYY-MM-DD", help="报告日期")
    added.add_argument("--text", required=True, metavar="TEXT", help="变更的内容")
    added.add_argument("--json", action="store_true", help="输出 JSON")
    added.set_defaults(run=_add)
    listed = sub.add_parser("list", help="列出重大事项报告")
    listed.add_argument("--pending", action="store_true", help="只列出待审核的")
    listed.add_argument("--json", action="store_true", help="输出 JSON")
    listed.set_defaults(run=_list)
    reviewed = sub.add_parser("review", help="审核：仍符合条件，或不再符合条件（取消资格）")
    reviewed.add_argument("change", type=int, metavar="ID")
    found = reviewed.add_mutually_exclusive_group(required=True)
    found.add_argument("--eligible", action="store_true", help="仍符合认定条件")
    found.add_argument("--not-eligible", action="store_true", help="不再符合条件：取消资格")
    reviewed.add_argument("--note", required=True, metavar="TEXT", help="审核意见")
    reviewed.set_defaults(run=_review)


def _usage(_args: argparse.Namespace) -> int:
    raise UserError("请指定操作（见 --help）")


def _as_dict(row: object, base_name: str) -> dict[str, object]:
    return {
        "id": row.id,  # type: ignore[attr-defined]
        "base_id": row.base_id,  # type: ignore[attr-defined]
        "base_name": base_name,
        "kind": row.kind,  # type: ignore[attr-defined]
        "happened_on": row.happened_on.isoformat(),  # type: ignore[attr-defined]
        "reported_on": row.reported_on.isoformat(),  # type: ignore[attr-defined]
        "description": row.description,  # type: ignore[attr-defined]
        "review": row.review,  # type: ignore[attr-defined]
        "review_note": row.review_note,  # type: ignore[attr-defined]
    }


def _add(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        done = evaluations.report_change(
            ws,
            args.base,
            kind=args.kind,
            happened_on=args.date,
            description=args.text,
            reported_on=args.reported,
        )
    if args.json:
        out(json.dumps({"id": done.change.id}, ensure_ascii=False))
    else:
        out(f"已登记重大事项报告 {done.change.id}：{done.change.kind}")
    return 0


def _list(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        rows = evaluations.list_changes(ws, pending_only=args.pending)
    if args.json:
        out(json.dumps([_as_dict(r, n) for r, n in rows], ensure_ascii=False))
        return 0
    for row, name in rows:
        review = evaluations.REVIEWS[row.review]
        out(
            f"{row.id}\t{row.reported_on.isoformat()}\t{name}\t{row.kind}\t{review}\t{row.description}"
        )
    return 0


def _review(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        done = evaluations.review_change(ws, args.change, eligible=args.eligible, note=args.note)
    out(f"已审核：{evaluations.REVIEWS[done.change.review]}")
    return 0
