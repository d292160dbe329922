"""The expert pool on the command line:

intlbase-desk experts template OUT.xlsx
intlbase-desk experts import FILE [--dry-run] [--json]
intlbase-desk experts list [--all|--inactive] [--search TEXT] [--json]
intlbase-desk experts activate|deactivate ID --reason TEXT
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from intlbase_desk import experts
from intlbase_desk.commands import EXIT_FILE_ERRORS, CommandLine, out, workspace
from intlbase_desk.infra.errors import UserError


def add_commands(cli: CommandLine) -> None:
    parser = cli.command("experts", "专家库：模板、导入、列表、启用和停用", _usage)
    sub = parser.add_subparsers(dest="experts_command", metavar="ACTION")
    template = sub.add_parser("template", help="生成专家名单模板")
    template.add_argument("out", metavar="OUT.xlsx")
    template.set_defaults(run=_template)
    imp = sub.add_parser("import", help="检查并导入专家名单（已在库的专家按表中内容更新）")
    imp.add_argument("file", metavar="FILE", help=".xlsx、.xlsm、.xls、.ods 或 .csv 文件")
    imp.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    imp.add_argument("--json", action="store_true", help="输出 JSON 报告")
    imp.set_defaults(run=lambda args: _import(args, cli))
    listed = sub.add_parser("list", help="列出专家（默认只列启用的）")
    which = listed.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="包括停用的专家")
    which.add_argument("--inactive", action="store_true", help="只列停用的专家")
    listed.add_argument("--search", default="", metavar="TEXT", help="姓名、单位、代码或领域")
    listed.add_argument("--json", action="store_true", help="输出 JSON")
    listed.set_defaults(run=_list)
    for name, active, text in (("activate", True, "启用"), ("deactivate", False, "停用")):
        toggle = sub.add_parser(name, help=f"{text}一位专家（记入审计日志）")
        toggle.add_argument("expert", metavar="EXPERT", help="专家编号或姓名")
        toggle.add_argument("--reason", required=True, metavar="TEXT", help="原因")
        toggle.set_defaults(run=lambda args, active=active: _set_active(args, active, cli))
    cli.count(lambda ws: experts.expert_counts(ws))


def _usage(_args: argparse.Namespace) -> int:
    raise UserError(
        "请指定操作：template、import、list、activate 或 deactivate（见 experts --help）"
    )


def _template(args: argparse.Namespace) -> int:
    if not args.out.lower().endswith(".xlsx"):
        raise UserError("模板只能保存为 .xlsx 文件")
    with workspace(args, lock=False) as ws:
        path = experts.write_experts_template(Path(args.out), ws.profile)
    out(f"模板已保存：{path}")
    return 0


def _import(args: argparse.Namespace, cli: CommandLine) -> int:
    checked = experts.check_experts_file(Path(args.file))
    report = checked.report
    imported = None
    notices: list[str] = []
    if not report.errors:
        with workspace(args, lock=not args.dry_run) as ws:
            write = experts.preview_experts if args.dry_run else experts.import_experts
            imported = write(ws, checked)
            if not args.dry_run and (imported.added or imported.updated):
                notices = cli.notices("experts", ws, None)
    data = report.as_dict()
    data["dry_run"] = args.dry_run
    data["added"] = imported.added if imported else 0
    data["updated"] = imported.updated if imported else 0
    data["unchanged"] = imported.unchanged if imported else 0
    data["notices"] = notices
    if args.json:
        out(json.dumps(data, ensure_ascii=False, default=str))
    else:
        out(
            f"{data['file']}（工作表“{data['sheet']}”，表头在第 {data['header_row']} 行）："
            f"{data['rows']} 行，无误 {data['accepted']} 行；"
            + ("（只检查，未写入）导入将" if args.dry_run else "")
            + f"新增 {data['added']} 位，更新 {data['updated']} 位，无变化 {data['unchanged']} 位"
        )
        for kind, findings in (("错误", report.errors), ("提醒", report.warnings)):
            for f in findings:
                column = " ".join((f.column or f.field).split())
                out(f"  {kind} 第 {f.row} 行“{column}”：{f.message}")
        for sentence in notices:
            out(f"  提醒：{sentence}")
    return EXIT_FILE_ERRORS if report.errors else 0


def _list(args: argparse.Namespace) -> int:
    active = None if args.all else not args.inactive
    with workspace(args, lock=False) as ws:
        records = experts.load_experts(ws)
    needle = args.search.strip().lower()
    shown = [
        r
        for r in records
        if (active is None or r.active == active)
        and (
            not needle
            or any(needle in t.lower() for t in (r.name, r.employer, r.employer_uscc, *r.fields))
        )
    ]
    if args.json:
        out(json.dumps([_as_dict(r) for r in shown], ensure_ascii=False))
        return 0
    if not shown:
        out("没有符合条件的专家" if needle or active is not True else "专家库中还没有启用的专家")
        return 0
    out("编号\t姓名\t工作单位\t职称\t专业领域\t状态")
    for r in shown:
        state = experts.ACTIVE_TEXT[r.active]
        out(f"{r.id}\t{r.name}\t{r.employer}\t{r.title}\t{'、'.join(r.fields)}\t{state}")
    return 0


def _as_dict(r: experts.ExpertRecord) -> dict[str, Any]:
    return {
        "id": r.id,
        "name": r.name,
        "employer": r.employer,
        "employer_uscc": r.employer_uscc,
        "title": r.title,
        "fields": list(r.fields),
        "phone": r.phone,
        "email": r.email,
        "active": r.active,
        "pledge_signed_on": r.pledge_signed_on.isoformat() if r.pledge_signed_on else None,
        "employments": [
            {
                "employer": e.employer,
                "uscc": e.uscc,
                "started_on": e.started_on.isoformat() if e.started_on else None,
                "ended_on": e.ended_on.isoformat() if e.ended_on else None,
            }
            for e in r.employments
        ],
        "relations": [
            {"org_name": x.org_name, "uscc": x.uscc, "relation": x.relation} for x in r.relations
        ],
    }


def _set_active(args: argparse.Namespace, active: bool, cli: CommandLine) -> int:
    with workspace(args) as ws:
        expert_id = experts.find_expert_id(ws, args.expert)
        changes = experts.set_expert_active(ws, expert_id, active, args.reason)
        notices = [] if active else cli.notices("expert_deactivated", ws, {expert_id})
    state = experts.ACTIVE_TEXT[active]
    out(f"专家 {expert_id} 已{state}" if changes else f"专家 {expert_id} 本来就是{state}状态")
    for sentence in notices:
        out(f"  提醒：{sentence}")
    return 0
