"""The formal review on the command line:

intlbase-desk call review --call Y [--application ID] [--json]
intlbase-desk call metric ID METRIC VALUE
intlbase-desk call check ID CONDITION (--pass | --fail) --note TEXT [--evidence FILE]
intlbase-desk call decide --call Y [--json]
intlbase-desk call metrics FILE --call Y [--dry-run] [--json]
intlbase-desk call metrics-sheet --call Y OUT.xlsx
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from intlbase_desk import calls
from intlbase_desk.commands import EXIT_FILE_ERRORS, out, workspace
from intlbase_desk.infra.errors import UserError
from intlbase_desk.workspace import Workspace


def add_review_commands(sub: Any) -> None:
    review = sub.add_parser("review", help="形式审查：逐项核对每项申报是否符合政策规定的条件")
    review.add_argument("--call", type=int, required=True, metavar="Y", help="年度")
    review.add_argument("--application", type=int, metavar="ID", help="只看一项申报")
    review.add_argument("--json", action="store_true", help="输出 JSON")
    review.set_defaults(run=_review)
    metric = sub.add_parser("metric", help="录入一项申报的指标数值（空值：删除）")
    metric.add_argument("application", type=int, metavar="ID", help="申报编号")
    metric.add_argument("metric", metavar="METRIC", help="指标名称或编号")
    metric.add_argument("value", metavar="VALUE", help="数值；是否类的指标填 是 或 否")
    metric.set_defaults(run=_metric)
    check = sub.add_parser("check", help="记录对一项条件的核查结论（核对项、诚信核查等）")
    check.add_argument("application", type=int, metavar="ID", help="申报编号")
    check.add_argument("condition", metavar="CONDITION", help="条件编号（见 review）")
    verdict = check.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--pass", dest="passed", action="store_true", help="符合")
    verdict.add_argument("--fail", dest="failed", action="store_true", help="不符合")
    check.add_argument("--note", required=True, metavar="TEXT", help="核查方式、时间和结果")
    check.add_argument("--evidence", metavar="FILE", help="证明材料文件")
    check.set_defaults(run=_check)
    decide = sub.add_parser("decide", help="按形式审查结果确定通过或不通过（待补充的不变）")
    decide.add_argument("--call", type=int, required=True, metavar="Y", help="年度")
    decide.add_argument("--json", action="store_true", help="输出 JSON")
    decide.set_defaults(run=_decide)
    metrics = sub.add_parser("metrics", help="导入申报指标表（每项申报一行，每项指标一列）")
    metrics.add_argument("file", metavar="FILE", help=".xlsx、.xls、.ods 或 .csv 文件")
    metrics.add_argument("--call", type=int, required=True, metavar="Y", help="年度")
    metrics.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    metrics.add_argument("--json", action="store_true", help="输出 JSON 报告")
    metrics.set_defaults(run=_metrics)
    sheet = sub.add_parser("metrics-sheet", help="生成申报指标表（每项申报一行，已有数值预先填好）")
    sheet.add_argument("--call", type=int, required=True, metavar="Y", help="年度")
    sheet.add_argument("out", metavar="OUT.xlsx")
    sheet.set_defaults(run=_metrics_sheet)


def _review(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        reviews = calls.review_applications(ws, args.call, args.application)
    if args.application is not None and not reviews:
        raise UserError(f"{args.call}年度没有编号为 {args.application} 的申报（或已撤回）")
    if args.json:
        out(json.dumps([r.as_dict() for r in reviews], ensure_ascii=False))
        return 0
    for r in reviews:
        out(f"{r.row.id}\t{r.row.org_name}\t{r.row.base_name}：{calls.OUTCOMES[r.outcome]}")
        for c in r.conditions:
            value = f"（{c.value}）" if c.value else ""
            note = f"　{c.note}" if c.note else ""
            out(
                f"    [{c.condition_id}] {calls.RESULTS[c.result]}{value}："
                f"{c.text}（{c.article}）{note}"
            )
    return 0


def _metric_id(ws: Workspace, typed: str) -> str:
    for key, m in ws.profile.metrics.items():
        if typed.strip() in (key, m.label):
            return key
    labels = "、".join(m.label for m in ws.profile.metrics.values()) or "（本政策没有量化指标）"
    raise UserError(f"没有“{typed}”这项指标；本政策的指标：{labels}")


def _metric(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        key = _metric_id(ws, args.metric)
        changes = calls.set_metric(ws, args.application, key, args.value)
        label = ws.profile.metrics[key].label
    out(f"申报 {args.application} 的“{label}”已录入" if changes else "没有变化")
    return 0


def _check(args: argparse.Namespace) -> int:
    evidence = Path(args.evidence) if args.evidence else None
    with workspace(args) as ws:
        calls.record_check(ws, args.application, args.condition, args.passed, args.note, evidence)
    out(f"已记录申报 {args.application} 对条件“{args.condition}”的核查结论")
    return 0


def _decide(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        done = calls.decide_formal_review(ws, args.call)
    if args.json:
        out(
            json.dumps(
                {"passed": done.passed, "failed": done.failed, "incomplete": done.incomplete}
            )
        )
        return 0
    out(
        f"形式审查：通过 {len(done.passed)} 项，不通过 {len(done.failed)} 项，"
        f"待补充 {len(done.incomplete)} 项（未改变状态）"
    )
    return 0


def _metrics(args: argparse.Namespace) -> int:
    with workspace(args, lock=not args.dry_run) as ws:
        checked = calls.check_metrics_file(ws, args.call, Path(args.file))
        if not checked.report.errors and not args.dry_run:
            calls.write_metrics(ws, checked)
    report = checked.report
    if args.json:
        out(json.dumps(checked.as_dict(), ensure_ascii=False, default=str))
    else:
        done = "（只检查，未写入）" if args.dry_run or report.errors else "，已导入"
        out(f"{report.file}：{len(report.rows)} 行，{len(checked.figures)} 项指标{done}")
        for kind, findings in (("错误", report.errors), ("提醒", report.warnings)):
            for f in findings:
                out(f"  {kind} 第 {f.row} 行“{f.column or f.field}”：{f.message}")
    return EXIT_FILE_ERRORS if report.errors else 0


def _metrics_sheet(args: argparse.Namespace) -> int:
    if not args.out.lower().endswith(".xlsx"):
        raise UserError("指标表只能保存为 .xlsx 文件")
    with workspace(args, lock=False) as ws:
        rows = calls.write_metrics_sheet(ws, args.call, Path(args.out))
    out(f"已生成申报指标表（{rows} 项申报）：{args.out}")
    return 0
