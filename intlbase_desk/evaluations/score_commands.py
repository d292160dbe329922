"""Scores and results on the command line:

intlbase-desk scores sheets --round R OUT_DIR [--no-pdf] [--json]
intlbase-desk scores import FILE --round R [--pass 2] [--dry-run] [--json]
intlbase-desk scores undo --round R
intlbase-desk evaluation results --round R [--json] [--out FILE] [--filled-sheets OUT.pdf]
intlbase-desk evaluation explain --round R --base B --expert E --note TEXT
intlbase-desk evaluation set-grade --round R --base B --grade G --reason TEXT
intlbase-desk evaluation conclude --round R [--dry-run] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from intlbase_desk import evaluations, sheets
from intlbase_desk.commands import EXIT_FILE_ERRORS, CommandLine, out, workspace
from intlbase_desk.infra.errors import UserError


def add_score_commands(cli: CommandLine, evaluation_actions: Any) -> None:
    scores = cli.command("scores", "专家评分：生成评分表、导入评分、撤销导入", _usage)
    sub = scores.add_subparsers(dest="scores_command", metavar="ACTION")
    written = sub.add_parser("sheets", help="为批次的每位专家生成评分表（Excel，另附纸质 PDF）")
    written.add_argument("--round", type=int, required=True, metavar="R")
    written.add_argument("out_dir", metavar="OUT_DIR")
    written.add_argument("--no-pdf", action="store_true", help="不生成纸质评分表 PDF")
    written.add_argument("--json", action="store_true", help="输出 JSON")
    written.set_defaults(run=_sheets)
    imported = sub.add_parser("import", help="导入专家交回的评分表，或第三方机构的评分汇总表")
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--round", type=int, required=True, metavar="R")
    imported.add_argument(
        "--pass", dest="entry_pass", type=int, choices=(1, 2), default=1, help="2：复核录入"
    )
    imported.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    imported.add_argument("--json", action="store_true", help="输出 JSON")
    imported.set_defaults(run=_import)
    undone = sub.add_parser("undo", help="撤销批次最近一次评分导入")
    undone.add_argument("--round", type=int, required=True, metavar="R")
    undone.set_defaults(run=_undo)

    shown = evaluation_actions.add_parser("results", help="批次的评分结果：得分、排名、等级、提示")
    shown.add_argument("--round", type=int, required=True, metavar="R")
    shown.add_argument("--json", action="store_true", help="输出 JSON")
    shown.add_argument(
        "--out", metavar="FILE", help="另存结果清单（.xlsx、.csv 或 .pdf），与窗口中导出的相同"
    )
    shown.add_argument(
        "--filled-sheets",
        metavar="OUT.pdf",
        help="另存每个基地的评分汇总表（PDF：各专家逐项得分与专家组得分）",
    )
    shown.set_defaults(run=_results)
    explained = evaluation_actions.add_parser("explain", help="记录评分偏离的说明")
    explained.add_argument("--round", type=int, required=True, metavar="R")
    explained.add_argument(
        "--base", required=True, metavar="B", help="基地编号、名称或统一社会信用代码"
    )
    explained.add_argument("--expert", required=True, metavar="E", help="专家编号或姓名")
    explained.add_argument("--note", required=True, metavar="TEXT")
    explained.set_defaults(run=_explain)
    graded = evaluation_actions.add_parser("set-grade", help="人工确定一个基地的等级（注明理由）")
    graded.add_argument("--round", type=int, required=True, metavar="R")
    graded.add_argument(
        "--base", required=True, metavar="B", help="基地编号、名称或统一社会信用代码"
    )
    graded.add_argument("--grade", required=True, metavar="G")
    graded.add_argument("--reason", required=True, metavar="TEXT")
    graded.set_defaults(run=_set_grade)
    concluded = evaluation_actions.add_parser(
        "conclude", help="办结批次：按评估等级执行政策规定的处理（保留、整改、撤销、通报）"
    )
    concluded.add_argument("--round", type=int, required=True, metavar="R")
    concluded.add_argument("--dry-run", action="store_true", help="只列出将做的处理，不写入")
    concluded.add_argument("--json", action="store_true", help="输出 JSON")
    concluded.set_defaults(run=_conclude)


def _usage(_args: argparse.Namespace) -> int:
    raise UserError("请指定操作（见 --help）")


def _sheets(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        done = evaluations.write_sheets(ws, args.round, Path(args.out_dir), pdf=not args.no_pdf)
    if args.json:
        data = {
            "files": [str(p) for p in done.files],
            "experts": done.experts,
            "sheets": done.sheets,
        }
        out(json.dumps(data, ensure_ascii=False))
    else:
        out(f"已为 {done.experts} 位专家生成 {done.sheets} 张评分表，共 {len(done.files)} 个文件：")
        for path in done.files:
            out(f"  {path}")
    return 0


def _import(args: argparse.Namespace) -> int:
    workbook = sheets.read(Path(args.file))
    with workspace(args, lock=not args.dry_run) as ws:
        checked = evaluations.check_scores(ws, args.round, workbook)
        if not checked.errors and not args.dry_run:
            evaluations.import_scores(ws, checked, entry_pass=args.entry_pass)
        elif not checked.errors:
            evaluations.compare_typings(ws, checked, args.entry_pass)
    data = checked.as_dict()
    if args.json:
        out(json.dumps(data, ensure_ascii=False))
    else:
        source = evaluations.SOURCES[checked.source]
        done = (
            "（只检查，未写入）"
            if args.dry_run
            else f"，写入 {checked.written} 项，无变化 {checked.unchanged} 项"
        )
        out(
            f"{checked.file_name}（{source}）：{len(checked.entries)} 项评分无误{done}，"
            f"错误 {len(checked.errors)} 处，提醒 {len(checked.warnings)} 处"
        )
        for kind, findings in (("错误", checked.errors), ("提醒", checked.warnings)):
            for f in findings:
                where = (f"工作表“{f.sheet}”" if f.sheet else "") + (
                    f"第 {f.row} 行" if f.row else ""
                )
                out(f"  {kind}" + (f" {where}：" if where else "：") + f.message)
    return EXIT_FILE_ERRORS if checked.errors else 0


def _undo(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        undone = evaluations.undo_last_import(ws, args.round)
    out(
        f"已撤销评分导入（第 {undone.import_id} 次）：撤下 {undone.removed} 项评分，"
        f"恢复此前的 {undone.restored} 项"
    )
    return 0


def _results(args: argparse.Namespace) -> int:
    out_path = Path(args.out) if args.out else None
    if out_path is not None and out_path.suffix.lower() not in (".xlsx", ".csv", ".pdf"):
        raise UserError("结果清单只能保存为 .xlsx、.csv 或 .pdf 文件")
    filled = Path(args.filled_sheets) if args.filled_sheets else None
    if filled is not None and filled.suffix.lower() != ".pdf":
        raise UserError("评分汇总表只能保存为 .pdf 文件")
    with workspace(args, lock=False) as ws:
        found = evaluations.round_results(ws, args.round)
        written = []
        if out_path is not None:
            rows = evaluations.write_results(ws, args.round, out_path)
            written.append(f"结果清单已保存（{rows} 个基地）：{out_path}")
        if filled is not None:
            pages = evaluations.write_filled_sheets(ws, args.round, filled)
            written.append(f"评分汇总表已保存（{pages} 页）：{filled}")
    for line in written:
        out(line, sys.stderr if args.json else sys.stdout)
    if args.json:
        out(json.dumps(found.as_dict(), ensure_ascii=False))
        return 0
    out(f"{found.round.name}：{len(found.targets)} 个基地")
    for t in sorted(found.targets, key=lambda t: (t.rank is None, t.rank or 0)):
        score = "—" if t.panel_score is None else f"{t.panel_score:g}"
        rank = "—" if t.rank is None else str(t.rank)
        out(f"  {rank}\t{score}\t{t.grade or '未定'}\t{t.base_name}（{t.org_name}）")
        for flag in t.flags:
            note = f"（说明：{flag.explanation}）" if flag.explanation else ""
            out(f"      ! {flag.message}{note}")
    return 0


def _explain(args: argparse.Namespace) -> int:
    from intlbase_desk.evaluations import named  # the models load only when used

    with workspace(args) as ws:
        target = named.target_id(ws, args.round, args.base)
        evaluations.explain_flag(
            ws, args.round, target, named.expert_id(ws, args.expert), args.note
        )
    out("已记录说明")
    return 0


def _set_grade(args: argparse.Namespace) -> int:
    from intlbase_desk.evaluations import named  # the models load only when used

    with workspace(args) as ws:
        target = named.target_id(ws, args.round, args.base)
        evaluations.set_grade(ws, args.round, target, args.grade, args.reason)
    out(f"已将等级定为“{args.grade}”")
    return 0


def _conclude(args: argparse.Namespace) -> int:
    with workspace(args, lock=not args.dry_run) as ws:
        if args.dry_run:
            done = evaluations.preview_conclusion(ws, args.round)
        else:
            done = evaluations.conclude(ws, args.round)
    # A rehearsal that the real conclusion would refuse says so, and fails as it would.
    refused = EXIT_FILE_ERRORS if args.dry_run and done.unresolved else 0
    if args.json:
        out(json.dumps(done.as_dict() | {"refused": bool(refused)}, ensure_ascii=False))
        return refused
    state = "将" if args.dry_run else "已"
    out(f"{done.round.name}：{state}按评估等级处理 {len(done.outcomes)} 个基地")
    for o in done.outcomes:
        reward = f"；{o.reward}" if o.reward else ""
        out(f"  {o.base_name}\t{o.grade}\t{o.consequence}{reward}")
    for n in done.not_evaluated:
        cases = "；".join(f"{text}（{rule}）" for _t, text, rule in n.cases)
        out(f"  未参加评估：{n.base_name}（{n.reason}）" + (f" 可依：{cases}" if cases else ""))
    for name in done.unresolved:
        out(f"  尚无等级：{name}")
    if refused:
        out(f"有 {len(done.unresolved)} 个基地尚无评估等级：现在办结会被拒绝，请先处理")
    return refused
