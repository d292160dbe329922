"""Command line: the same core as the window, without one.

    intlbase-desk [--db PATH] [--lang zh_CN|en] [gui] [--exit-when-ready]
    intlbase-desk [--db PATH] init --profile ID [--demo]
    intlbase-desk profiles
    intlbase-desk [--db PATH] stats [--json]
    intlbase-desk [--db PATH] import FILE --kind {recommendation|register} [--call YEAR]
                  [--sheet NAME] [--dry-run] [--json] [--error-report OUT.xlsx]
    intlbase-desk [--db PATH] import-batches [--json]
    intlbase-desk [--db PATH] undo-import BATCH
    intlbase-desk [--db PATH] certificates OUT.pdf [--year Y] [--base ID ...] [--plaque]
    intlbase-desk [--db PATH] template {recommendation|register} OUT.xlsx
    intlbase-desk [--db PATH] export {register|applications|certificates} OUT.xlsx|OUT.csv
                  [--call YEAR]

A fault of the input or the environment prints one line and exits 2; nothing is half-written.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from typing import TextIO

from intlbase_desk import __version__
from intlbase_desk.infra import logging_setup, paths
from intlbase_desk.infra.errors import UserError

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
    imp = sub.add_parser("import", help="检查并导入区县报送的表格")
    imp.add_argument("file", metavar="FILE", help=".xlsx、.xlsm、.xls、.ods 或 .csv 文件")
    imp.add_argument(
        "--kind",
        required=True,
        choices=["recommendation", "register"],
        help="recommendation：推荐汇总表；register：基地名录",
    )
    imp.add_argument("--call", type=int, metavar="YEAR", help="申报批次年度（默认今年）")
    imp.add_argument("--sheet", metavar="NAME", help="指定工作表（默认自动识别）")
    imp.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    imp.add_argument("--json", action="store_true", help="输出 JSON 报告")
    imp.add_argument(
        "--error-report", metavar="OUT.xlsx", help="把标出错误的表格写到此文件，退回区县修改"
    )
    batches = sub.add_parser("import-batches", help="列出导入批次")
    batches.add_argument("--json", action="store_true", help="输出 JSON")
    undo = sub.add_parser("undo-import", help="整批撤销一次导入")
    undo.add_argument("batch", type=int, metavar="BATCH", help="批次编号，见 import-batches")
    certs = sub.add_parser("certificates", help="颁发或补印证书（默认：全部在册基地）")
    certs.add_argument("out", metavar="OUT.pdf")
    certs.add_argument("--year", type=int, help="只颁发该年度认定的基地")
    certs.add_argument("--base", type=int, nargs="+", metavar="ID", help="只颁发这些基地")
    certs.add_argument("--plaque", action="store_true", help="打印牌匾而不是证书")
    certs.add_argument(
        "--reissue", action="store_true", help="补发：证书遗失后按原编号重新打印，并记为补发"
    )
    template = sub.add_parser("template", help="生成供区县填写的模板")
    template.add_argument("kind", choices=["recommendation", "register"])
    template.add_argument("out", metavar="OUT.xlsx")
    export = sub.add_parser("export", help="导出基地名录或某年度的申报")
    export.add_argument("what", choices=["register", "applications", "certificates"])
    export.add_argument("out", metavar="OUT", help=".xlsx 或 .csv")
    export.add_argument("--call", type=int, metavar="YEAR", help="申报批次年度（默认今年）")
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
        if command == "import":
            return _import(args)
        if command == "import-batches":
            return _batches(args)
        if command == "undo-import":
            return _undo_import(args)
        if command == "certificates":
            return _certificates(args)
        if command == "template":
            return _template(args)
        if command == "export":
            return _export(args)
    except UserError as exc:
        log.warning("%s failed: %s", command, exc)
        _out(f"错误：{exc}", sys.stderr)
        return EXIT_USER_ERROR
    raise AssertionError(command)


def _init(args: argparse.Namespace) -> int:
    from intlbase_desk.register import demo
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
    from intlbase_desk.policy import loader as profile_loader

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


EXIT_FILE_ERRORS = 1


def _import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from intlbase_desk.exchange import checks as import_check
    from intlbase_desk.exchange import importing as import_write
    from intlbase_desk.exchange.schemas import SCHEMAS
    from intlbase_desk.workspace import open_workspace

    schema = SCHEMAS[args.kind]
    ws = open_workspace(args.db, lock=not args.dry_run)
    try:
        path = Path(args.file)
        report = import_check.check_file(path, schema, ws.profile, ws.db, sheet=args.sheet)
        if not report.errors and not args.dry_run:
            import_write.write(
                ws.db, ws.profile, ws.actor, report, schema, path, call_year=args.call
            )
        if args.error_report:
            from intlbase_desk.exchange import error_report

            error_report.write(Path(args.error_report), path, report)
    finally:
        ws.close()
    if args.json:
        _out(json.dumps(report.as_dict(), ensure_ascii=False, default=str))
    else:
        data = report.as_dict()
        _out(
            f"{data['file']}（工作表“{data['sheet']}”，表头在第 {data['header_row']} 行）："
            f"{data['rows']} 行，无误 {data['accepted']} 行，写入 {data['written']} 行"
        )
        for kind, findings in (("错误", report.errors), ("提醒", report.warnings)):
            for f in findings:
                column = " ".join((f.column or f.field).split())
                _out(f"  {kind} 第 {f.row} 行“{column}”：{f.message}")
    return EXIT_FILE_ERRORS if report.errors else 0


def _batches(args: argparse.Namespace) -> int:
    from intlbase_desk.exchange import importing as import_write
    from intlbase_desk.infra import clock
    from intlbase_desk.workspace import open_workspace

    ws = open_workspace(args.db, lock=False)
    try:
        found = import_write.batches(ws.db)
    finally:
        ws.close()
    if args.json:
        _out(json.dumps([b.model_dump(mode="json") for b in found], ensure_ascii=False))
        return 0
    for b in found:
        undone = f"  已撤销（{clock.local_text(b.undone_at)}）" if b.undone_at else ""
        _out(
            f"{b.id}\t{clock.local_text(b.at)}\t{b.actor}\t{b.kind}\t{b.file_name}\t"
            f"写入 {b.written}，跳过 {b.skipped}{undone}"
        )
    return 0


def _undo_import(args: argparse.Namespace) -> int:
    from intlbase_desk.exchange import importing as import_write
    from intlbase_desk.workspace import open_workspace

    ws = open_workspace(args.db)
    try:
        removed = import_write.undo(ws.db, ws.actor, args.batch)
    finally:
        ws.close()
    _out(f"已撤销导入批次 {args.batch}，移除 {removed} 条记录")
    return 0


def _template(args: argparse.Namespace) -> int:
    from pathlib import Path

    from intlbase_desk.exchange import templates as sheet_template
    from intlbase_desk.exchange.schemas import SCHEMAS
    from intlbase_desk.workspace import open_workspace

    if not args.out.lower().endswith(".xlsx"):
        raise UserError("模板只能保存为 .xlsx 文件")
    ws = open_workspace(args.db, lock=False)
    try:
        path = sheet_template.write(Path(args.out), SCHEMAS[args.kind], ws.profile)
    finally:
        ws.close()
    _out(f"模板已保存：{path}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from intlbase_desk.exchange import exports
    from intlbase_desk.infra import clock
    from intlbase_desk.workspace import open_workspace

    path = Path(args.out)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        raise UserError("只能导出为 .xlsx 或 .csv 文件")
    ws = open_workspace(args.db, lock=False)
    try:
        if args.what == "register":
            count = exports.export_register(ws.db, ws.profile, path)
        elif args.what == "certificates":
            count = exports.export_certificates(ws.db, ws.profile, path)
        else:
            count = exports.export_applications(
                ws.db, ws.profile, path, args.call or clock.today().year
            )
    finally:
        ws.close()
    _out(f"已导出 {count} 行：{path}")
    return 0


def _certificates(args: argparse.Namespace) -> int:
    from pathlib import Path

    from intlbase_desk.certificates import issuing as certificate_batch
    from intlbase_desk.certificates import numbering as certificates
    from intlbase_desk.workspace import open_workspace

    ws = open_workspace(args.db)
    try:
        base_ids = args.base or certificates.bases_in_force(ws.db, ws.profile, args.year)
        issued = certificate_batch.issue(
            ws.db,
            ws.profile,
            ws.actor,
            base_ids,
            Path(args.out),
            plaque=args.plaque,
            reissue=args.reissue,
        )
    finally:
        ws.close()
    _out(
        f"已生成 {issued.pages} 页：{issued.path}（新编号 {len(issued.new_numbers)} 个，"
        f"沿用原编号补印 {len(issued.reprinted)} 个）"
    )
    for note in issued.font_notes:
        _out(f"  字体说明：{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
