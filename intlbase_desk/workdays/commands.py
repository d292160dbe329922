"""Working days on the command line:

intlbase-desk workdays end D N [--json]
intlbase-desk workdays holidays --year Y [--json]
intlbase-desk workdays template --year Y OUT.xlsx
intlbase-desk workdays import FILE [--year Y] [--source TEXT] [--dry-run] [--json]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from intlbase_desk import workdays
from intlbase_desk.commands import EXIT_FILE_ERRORS, CommandLine, date_argument, out, workspace
from intlbase_desk.infra.errors import UserError


def add_commands(cli: CommandLine) -> None:
    command = cli.command("workdays", "工作日：节假日与调休安排，按工作日计算期限", _usage)
    sub = command.add_subparsers(dest="workdays_command", metavar="ACTION")
    end = sub.add_parser("end", help="从某日起第 N 个工作日是哪一天（如公示期的最后一天）")
    end.add_argument("start", type=date_argument, metavar="D", help="起始日期 YYYY-MM-DD")
    end.add_argument("days", type=int, metavar="N", help="工作日天数")
    end.add_argument("--json", action="store_true", help="输出 JSON")
    end.set_defaults(run=_end)
    listed = sub.add_parser("holidays", help="列出某年的放假和调休上班安排")
    listed.add_argument("--year", type=int, required=True, metavar="Y")
    listed.add_argument("--json", action="store_true", help="输出 JSON")
    listed.set_defaults(run=_holidays)
    template = sub.add_parser("template", help="生成某年的安排表（已有的安排预先填好），改后导入")
    template.add_argument("--year", type=int, required=True, metavar="Y")
    template.add_argument("out", metavar="OUT.xlsx")
    template.set_defaults(run=_template)
    imported = sub.add_parser("import", help="导入一年的节假日安排表（日期、类型、名称）")
    imported.add_argument("file", metavar="FILE", help=".xlsx、.xls、.ods 或 .csv 文件")
    imported.add_argument("--year", type=int, metavar="Y", help="年份（默认：表中日期所在的年）")
    imported.add_argument(
        "--source", default="", metavar="TEXT", help="依据，如“国办发明电〔2026〕×号”"
    )
    imported.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    imported.add_argument("--json", action="store_true", help="输出 JSON 报告")
    imported.set_defaults(run=_import)


def _usage(_args: argparse.Namespace) -> int:
    raise UserError("请指定操作：end、holidays、template 或 import（见 workdays --help）")


def _end(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        calendar = workdays.load_calendar(ws)
    first = calendar.first_workday(args.start)
    last = calendar.period_end(args.start, args.days)
    if args.json:
        out(
            json.dumps(
                {
                    "start": args.start.isoformat(),
                    "days": args.days,
                    "first_day": first.isoformat(),
                    "end": last.isoformat(),
                }
            )
        )
        return 0
    begins = (
        ""
        if first == args.start
        else f"（{args.start:%Y-%m-%d} 不是工作日，从 {first:%Y-%m-%d} 算起）"
    )
    out(
        f"{args.start:%Y-%m-%d} 起 {args.days} 个工作日{begins}，"
        f"至 {last:%Y-%m-%d}（{workdays.weekday_name(last)}）止"
    )
    return 0


def _holidays(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        table = workdays.load_calendar(ws).table(args.year)
    if args.json:
        out(
            json.dumps(
                {
                    "year": table.year,
                    "source": table.source,
                    "entered_by": table.entered_by,
                    "days": [
                        {"day": d.day.isoformat(), "kind": d.kind, "name": d.name}
                        for d in table.days
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    by = f"，{table.entered_by} 录入" if table.entered_by else ""
    out(f"{table.year}年节假日安排（{table.source}{by}）：")
    for d in table.days:
        out(
            f"  {d.day:%Y-%m-%d}\t{workdays.weekday_name(d.day)}\t"
            f"{workdays.KINDS[d.kind]}\t{d.name}"
        )
    return 0


def _template(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        calendar = workdays.load_calendar(ws)
    rows = workdays.write_year_sheet(Path(args.out), args.year, calendar)
    out(f"已生成{args.year}年安排表（{rows} 天）：{args.out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    checked = workdays.check_year_file(Path(args.file), args.year)
    if checked.ok and not args.dry_run:
        with workspace(args) as ws:
            workdays.set_year(
                ws, checked.year or 0, checked.days, args.source or Path(args.file).name
            )
    if args.json:
        out(json.dumps(checked.as_dict(), ensure_ascii=False, default=str))
    else:
        done = "（只检查，未写入）" if args.dry_run or not checked.ok else "，已录入"
        out(f"{Path(args.file).name}：{checked.year or '年份不明'}年，{len(checked.days)} 天{done}")
        for f in checked.report.errors:
            out(f"  错误 第 {f.row} 行“{f.column or f.field}”：{f.message}")
        for problem in checked.problems:
            out(f"  错误：{problem}")
    return 0 if checked.ok else EXIT_FILE_ERRORS
