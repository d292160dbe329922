"""The district exchange on the command line: import, import-batches, undo-import, template,
and the register's exports."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intlbase_desk import exchange
from intlbase_desk.commands import EXIT_FILE_ERRORS, CommandLine, out, workspace
from intlbase_desk.infra import clock
from intlbase_desk.infra.errors import UserError

if TYPE_CHECKING:
    from intlbase_desk.models import ImportBatch
    from intlbase_desk.sheets import Report

KINDS = {"recommendation": "推荐汇总表", "register": "基地名录"}


def add_commands(cli: CommandLine) -> None:
    kinds = "；".join(f"{k}：{v}" for k, v in KINDS.items())
    imp = cli.command("import", "检查并导入区县报送的表格", _import)
    imp.add_argument("file", metavar="FILE", help=".xlsx、.xlsm、.xls、.ods 或 .csv 文件")
    imp.add_argument("--kind", required=True, choices=list(KINDS), help=kinds)
    imp.add_argument(
        "--call",
        type=int,
        metavar="YEAR",
        help="申报批次年度（默认取表格标题中的年度，如“2025年度”；标题中没有则为今年）",
    )
    imp.add_argument("--sheet", metavar="NAME", help="指定工作表（默认自动识别）")
    imp.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    imp.add_argument(
        "--only-valid-rows",
        action="store_true",
        help="文件有错误时，只导入没有错误的行（有错误的行写入错误报告，退回区县修改）",
    )
    imp.add_argument("--json", action="store_true", help="输出 JSON 报告")
    imp.add_argument(
        "--error-report", metavar="OUT.xlsx", help="把标出错误的表格写到此文件，退回区县修改"
    )
    batches = cli.command("import-batches", "列出导入批次", _batches)
    batches.add_argument("--json", action="store_true", help="输出 JSON")
    undo = cli.command("undo-import", "整批撤销一次导入", _undo)
    undo.add_argument("batch", type=int, metavar="BATCH", help="批次编号，见 import-batches")
    template = cli.command("template", "生成供区县填写的模板", _template)
    template.add_argument("kind", choices=list(KINDS), help=kinds)
    template.add_argument("out", metavar="OUT.xlsx")
    cli.export("register", "基地名录", lambda ws, path, _args: exchange.export_register(ws, path))
    cli.export(
        "organizations", "依托单位", lambda ws, path, _: exchange.export_organizations(ws, path)
    )
    cli.export(
        "applications",
        "某年度的申报（--call）",
        lambda ws, path, args: exchange.export_applications(
            ws, path, args.call or clock.today().year
        ),
    )
    cli.count(lambda ws: exchange.exchange_counts(ws))


def _import(args: argparse.Namespace) -> int:
    schema = exchange.SCHEMAS[args.kind]
    path = Path(args.file)
    written = None
    with workspace(args, lock=not args.dry_run) as ws:
        report = exchange.check_file(ws, path, schema, sheet=args.sheet)
        from_title = exchange.title_year(report)
        call_year = args.call or from_title or clock.today().year
        earlier = exchange.earlier_imports(ws, report.sha256)
        if (args.only_valid_rows or not report.errors) and not args.dry_run:
            written = exchange.import_report(
                ws, report, schema, call_year=call_year, only_valid_rows=args.only_valid_rows
            )
        if args.error_report:
            exchange.write_error_report(Path(args.error_report), report)
    data = report.as_dict()
    if schema is exchange.RECOMMENDATION:
        data["call_year"] = call_year
        data["title_year"] = from_title
    data["earlier_batches"] = [b.id for b in earlier]
    data["batch"] = written.batch_id if written is not None else None
    data["left_out"] = written.left_out if written is not None else 0
    if args.json:
        out(json.dumps(data, ensure_ascii=False, default=str))
    else:
        _print_report(report, data, earlier)
    return EXIT_FILE_ERRORS if report.errors else 0


def _print_report(report: Report, data: dict[str, Any], earlier: list[ImportBatch]) -> None:
    out(
        f"{data['file']}（工作表“{data['sheet']}”，表头在第 {data['header_row']} 行）："
        f"{data['rows']} 行，无误 {data['accepted']} 行，写入 {data['written']} 行"
    )
    if "call_year" in data:
        source = "取自表格标题" if data["title_year"] == data["call_year"] else "未从标题取得"
        out(f"  申报批次：{data['call_year']}年度（{source}）")
    for batch in earlier:
        out(
            f"  注意：此文件已于 {clock.local_text(batch.at)} 由 {batch.actor} 导入（批次 "
            f"{batch.id}）；再次导入时，已在库中的行会跳过"
        )
    if data["left_out"]:
        out(f"  有错误的 {data['left_out']} 行未导入，已记入批次 {data['batch']}")
    for kind, findings in (("错误", report.errors), ("提醒", report.warnings)):
        for f in findings:
            column = " ".join((f.column or f.field).split())
            out(f"  {kind} 第 {f.row} 行“{column}”：{f.message}")


def _batches(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        found = exchange.import_batches(ws)
    if args.json:
        out(json.dumps([b.model_dump(mode="json") for b in found], ensure_ascii=False))
        return 0
    for b in found:
        undone = f"  已撤销（{clock.local_text(b.undone_at)}）" if b.undone_at else ""
        left_out = f"，{b.rows - b.accepted} 行有错误未导入" if b.rows > b.accepted else ""
        out(
            f"{b.id}\t{clock.local_text(b.at)}\t{b.actor}\t{KINDS.get(b.kind, b.kind)}\t"
            f"{b.file_name}\t写入 {b.written}，跳过 {b.skipped}{left_out}{undone}"
        )
    return 0


def _undo(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        undone = exchange.undo_import(ws, args.batch)
    out(f"已撤销导入批次 {args.batch}，移除 {undone.removed} 条记录")
    return 0


def _template(args: argparse.Namespace) -> int:
    if not args.out.lower().endswith(".xlsx"):
        raise UserError("模板只能保存为 .xlsx 文件")
    with workspace(args, lock=False) as ws:
        path = exchange.write_district_template(
            Path(args.out), exchange.SCHEMAS[args.kind], ws.profile
        )
    out(f"模板已保存：{path}")
    return 0
