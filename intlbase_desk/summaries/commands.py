"""Annual summaries on the command line:

intlbase-desk summaries open --year Y [--json]
intlbase-desk summaries status --year Y [--json]
intlbase-desk summaries show --year Y --base B [--json]
intlbase-desk summaries forms --year Y OUT_DIR
intlbase-desk summaries template --year Y OUT.xlsx
intlbase-desk summaries import FILE|FOLDER … [--year Y] [--dry-run] [--json]
intlbase-desk summaries return --year Y --base B --reason TEXT
intlbase-desk summaries accept --year Y --base B [--opinion TEXT]
intlbase-desk summaries missing [--json]
intlbase-desk summaries revoke-missing (--base B … | --all)
intlbase-desk summaries remind --year Y OUT.xlsx|OUT.pdf
intlbase-desk summaries stats --year Y [--by all|type|district] [--json] [OUT.xlsx]
intlbase-desk summaries attach --year Y --base B FILE [--kind summary|plan|other]
intlbase-desk summaries attachments --year Y [--base B] [--json]
intlbase-desk summaries save-attachment ID OUT
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from intlbase_desk import summaries
from intlbase_desk.commands import EXIT_FILE_ERRORS, CommandLine, out, workspace
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
    base_help = "基地编号、名称或统一社会信用代码"
    detail = sub.add_parser(
        "show", help="一个基地的年度报表：本年与上年数值、最近一次文件的检查结果、报送历史"
    )
    detail.add_argument("--year", type=int, required=True, metavar="Y", help="报告年度")
    detail.add_argument("--base", required=True, metavar="B", help=base_help)
    detail.add_argument("--json", action="store_true", help="输出 JSON")
    detail.set_defaults(run=_show)
    forms = sub.add_parser("forms", help="为每个基地生成预填上年数值的年度工作报表")
    forms.add_argument("--year", type=int, required=True, metavar="Y", help="报告年度")
    forms.add_argument("out_dir", metavar="OUT_DIR")
    forms.set_defaults(run=_forms)
    template = sub.add_parser("template", help="推荐单位汇总填报用的表格（每个基地一行）")
    template.add_argument("--year", type=int, required=True, metavar="Y", help="报告年度")
    template.add_argument("out", metavar="OUT.xlsx")
    template.set_defaults(run=_template)
    imported = sub.add_parser("import", help="导入报回的年度工作报表（可一次多个文件或一个文件夹）")
    imported.add_argument("files", nargs="+", metavar="FILE", help="报表文件或文件夹")
    imported.add_argument("--year", type=int, metavar="Y", help="报告年度（默认：最近开启的）")
    imported.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    imported.add_argument("--json", action="store_true", help="输出 JSON")
    imported.set_defaults(run=_import)
    returned = sub.add_parser("return", help="退回修改（写明原因）")
    returned.add_argument("--year", type=int, required=True, metavar="Y", help="报告年度")
    returned.add_argument("--base", required=True, metavar="B", help=base_help)
    returned.add_argument("--reason", required=True, metavar="TEXT")
    returned.set_defaults(run=_return)
    accepted = sub.add_parser("accept", help="审核通过")
    accepted.add_argument("--year", type=int, required=True, metavar="Y", help="报告年度")
    accepted.add_argument("--base", required=True, metavar="B", help=base_help)
    accepted.add_argument("--opinion", default="", metavar="TEXT", help="补录推荐单位审核意见")
    accepted.set_defaults(run=_accept)
    missing = sub.add_parser("missing", help="连续多年未报送年度总结的基地")
    missing.add_argument("--json", action="store_true", help="输出 JSON")
    missing.set_defaults(run=_missing)
    revoked = sub.add_parser("revoke-missing", help="按政策规定撤销清单中的基地")
    chosen = revoked.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--base", type=int, nargs="+", metavar="ID", help="基地编号")
    chosen.add_argument("--all", action="store_true", help="清单中的全部基地")
    revoked.set_defaults(run=_revoke)
    remind = sub.add_parser(
        "remind", help="未报送基地的提醒：按推荐单位分组的表格（.xlsx）或每个单位一页的通知（.pdf）"
    )
    remind.add_argument("--year", type=int, required=True, metavar="Y", help="报告年度")
    remind.add_argument("out", metavar="OUT.xlsx|OUT.pdf")
    remind.set_defaults(run=_remind)
    stats = sub.add_parser("stats", help="某一报告年度各指标的合计、中位数与上年比较")
    stats.add_argument("--year", type=int, required=True, metavar="Y", help="报告年度")
    stats.add_argument(
        "--by",
        choices=["all", "type", "district"],
        default="all",
        help="分组：全部、基地类型、区县",
    )
    stats.add_argument("--json", action="store_true", help="输出 JSON")
    stats.add_argument("out", nargs="?", metavar="OUT.xlsx", help="导出到 Excel 或 CSV")
    stats.set_defaults(run=_stats)
    _add_document_commands(sub, base_help)


def _add_document_commands(sub: argparse._SubParsersAction, base_help: str) -> None:  # type: ignore[type-arg]
    attached = sub.add_parser("attach", help="附上基地报送的文件（Word、PDF 总结或计划）")
    attached.add_argument("--year", type=int, required=True, metavar="Y", help="报告年度")
    attached.add_argument("--base", required=True, metavar="B", help=base_help)
    attached.add_argument("file", metavar="FILE")
    attached.add_argument(
        "--kind", choices=["summary", "plan", "other"], default="summary", help="材料类别"
    )
    attached.set_defaults(run=_attach)
    listed = sub.add_parser("attachments", help="列出附上的文件")
    listed.add_argument("--year", type=int, required=True, metavar="Y", help="报告年度")
    listed.add_argument("--base", metavar="B", help=base_help)
    listed.add_argument("--json", action="store_true", help="输出 JSON")
    listed.set_defaults(run=_attachments)
    saved = sub.add_parser("save-attachment", help="把附上的文件另存出来")
    saved.add_argument("attachment", type=int, metavar="ID", help="附件编号（见 attachments）")
    saved.add_argument("out", metavar="OUT", help="文件或文件夹")
    saved.set_defaults(run=_save_attachment)


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


def _paths(given: list[str]) -> list[Path]:
    found = summaries.spreadsheets_in([Path(g) for g in given])
    if not found:
        raise UserError("没有找到要导入的报表文件（.xlsx、.xls、.ods）")
    return found


def _forms(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        done = summaries.write_forms(ws, args.year, Path(args.out_dir))
    out(f"已生成 {len(done.files)} 份{args.year}年度工作报表：{args.out_dir}")
    return 0


def _template(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        path = summaries.write_unit_sheet(ws, args.year, Path(args.out))
    out(f"已生成推荐单位汇总表：{path}")
    return 0


def _import(args: argparse.Namespace) -> int:
    paths = _paths(args.files)
    with workspace(args, lock=not args.dry_run) as ws:
        year = args.year or summaries.latest_year(ws)
        checked = summaries.check_files(ws, year, paths)
        if not args.dry_run:
            summaries.write_filings(ws, checked)
    if args.json:
        out(json.dumps(checked.as_dict(), ensure_ascii=False))
    else:
        done = (
            "（只检查，未写入）"
            if args.dry_run
            else (f"，写入 {checked.written} 个基地，无变化 {checked.unchanged} 个")
        )
        out(
            f"{year}年度工作总结：{len(paths)} 个文件，"
            f"{len(checked.filings)} 个基地的报表无误{done}，"
            f"{len(checked.refused_files)} 个文件有错误未导入"
        )
        for kind, findings in (("错误", checked.errors), ("提醒", checked.warnings)):
            for f in findings:
                where = f"“{f.file}”" + (f"第 {f.row} 行" if f.row else "")
                out(f"  {kind} {where}：{f.message}")
    return EXIT_FILE_ERRORS if checked.errors else 0


def _return(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        target = summaries.target_of(ws, args.year, args.base)
        summaries.return_filing(ws, args.year, target.id or 0, args.reason)
    out(f"已将“{target.base_name}”的{args.year}年度工作总结退回修改")
    return 0


def _show(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        target = summaries.target_of(ws, args.year, args.base)
        detail = summaries.filing_detail(ws, args.year, target.id or 0)
    if args.json:
        out(json.dumps(detail.as_dict(), ensure_ascii=False))
        return 0
    b = detail.standing
    state = summaries.STATUSES[b.status]
    filed = (
        f"，{b.submitted_on:%Y-%m-%d} 报送（{detail.file_name or '窗口录入'}）"
        if b.submitted_on
        else ""
    )
    out(f"{target.base_name}（{target.org_name}）{args.year}年度：{state}{filed}")
    if b.note:
        out(f"  退回原因：{b.note}")
    if detail.opinion:
        out(f"  推荐单位审核意见：{detail.opinion}")
    if detail.results:
        out("检查结果：")
    for r in detail.results:
        where = f"（{r.where}）" if r.where else ""
        out(f"  {summaries.SEVERITY[r.severity]}{where}：{r.message}")
    out("项目\t上年\t本年")
    for item, last, now in detail.figures:
        out(f"{item}\t{last or '—'}\t{now or '—'}")
    if len(detail.history) > 1:
        out("报送历史：")
        for h in detail.history:
            shown = summaries.FILING_STATES.get(h.state, h.state)
            replaced = "（已被替换）" if h.replaced else ""
            out(f"  {h.submitted_on:%Y-%m-%d}\t{h.file_name or '窗口录入'}\t{shown}{replaced}")
    return 0


def _accept(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        target = summaries.target_of(ws, args.year, args.base)
        summaries.accept_filing(ws, args.year, target.id or 0, args.opinion)
    out(f"“{target.base_name}”的{args.year}年度工作总结已审核")
    return 0


def _missing(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        found = summaries.missing_list(ws)
        years = ws.profile.summaries.missing_years if ws.profile.summaries else 0
    if args.json:
        out(json.dumps({"bases": [m.as_dict() for m in found]}, ensure_ascii=False))
        return 0
    out(f"连续 {years} 个及以上报告年度未报送年度总结的基地：{len(found)} 个")
    for m in found:
        rule = f"，{m.rule}" if m.rule else ""
        years_text = "、".join(str(y) for y in m.years)
        out(f"  {m.base_id} {m.base_name}（{years_text}年度）：{summaries.ACTIONS[m.action]}{rule}")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        ids = [m.base_id for m in summaries.missing_list(ws)] if args.all else args.base
        done = summaries.revoke_missing(ws, ids)
    out(f"已撤销 {done.bases} 个基地的资格")
    return 0


def _remind(args: argparse.Namespace) -> int:
    path = Path(args.out)
    with workspace(args, lock=False) as ws:
        if path.suffix.lower() == ".pdf":
            pages = summaries.write_notices(ws, args.year, path)
            out(f"已生成 {pages} 个推荐单位的提醒通知：{path}")
        else:
            rows = summaries.write_reminder_sheet(ws, args.year, path)
            out(f"已生成未报送基地清单（{rows} 个基地）：{path}")
    return 0


def _stats(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        if args.out:
            rows = summaries.write_statistics(ws, args.year, Path(args.out), args.by)
            out(f"已导出{args.year}年度统计（{rows} 行）：{args.out}")
            return 0
        found = summaries.year_statistics(ws, args.year, args.by)
    if args.json:
        out(
            json.dumps(
                {"year": args.year, "rows": [s.as_dict() for s in found]}, ensure_ascii=False
            )
        )
        return 0
    for s in found:
        median = "—" if s.median is None else f"{s.median:g}"
        last = "—" if s.last_total is None else f"{s.last_total:g}"
        out(
            f"{s.group}\t{s.indicator}\t合计 {s.total:g}{s.unit}\t中位数 {median}\t"
            f"上年 {last}\t{s.change}\t（{s.bases} 个基地）"
        )
    return 0


def _attach(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        target = summaries.target_of(ws, args.year, args.base)
        changes = summaries.attach(ws, args.year, target.id or 0, Path(args.file), args.kind)
    name = Path(args.file).name
    out(f"已附上“{name}”（{target.base_name}）" if changes else f"“{name}”已经附上过，未重复保存")
    return 0


def _attachments(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        target = summaries.target_of(ws, args.year, args.base) if args.base else None
        found = summaries.list_attachments(ws, args.year, target.id if target else None)
    if args.json:
        out(json.dumps([a.__dict__ for a in found], ensure_ascii=False))
        return 0
    for a in found:
        kind = summaries.KINDS[a.kind]
        out(f"{a.id}\t{a.base_name}\t{kind}\t{a.file_name}\t{a.size} 字节\t{a.added_on}")
    return 0


def _save_attachment(args: argparse.Namespace) -> int:
    with workspace(args, lock=False) as ws:
        path = summaries.save_attachment(ws, args.attachment, Path(args.out))
    out(f"已另存：{path}")
    return 0
