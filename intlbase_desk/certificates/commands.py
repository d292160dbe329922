"""Certificates on the command line: ``certificates`` and ``export certificates``."""

from __future__ import annotations

import argparse
from pathlib import Path

from intlbase_desk import certificates
from intlbase_desk.commands import CommandLine, date_argument, out, workspace


def add_commands(cli: CommandLine) -> None:
    certs = cli.command("certificates", "颁发或补印证书（默认：全部在册基地）", _certificates)
    certs.add_argument("out", metavar="OUT.pdf")
    certs.add_argument("--year", type=int, help="只颁发该年度认定的基地")
    certs.add_argument("--base", type=int, nargs="+", metavar="ID", help="只颁发这些基地")
    certs.add_argument("--plaque", action="store_true", help="打印牌匾而不是证书")
    certs.add_argument(
        "--reissue", action="store_true", help="补发：证书遗失后按原编号重新打印，并记为补发"
    )
    certs.add_argument(
        "--date",
        type=date_argument,
        metavar="YYYY-MM-DD",
        help="落款日期（默认：各基地的认定日期）",
    )
    void = cli.command("void-certificate", "作废基地的证书（编号作废后不再使用）", _void)
    void.add_argument("base", type=int, metavar="BASE_ID")
    void.add_argument("--reason", required=True, metavar="TEXT", help="作废原因")
    recovered = cli.command("plaque-recovered", "登记牌匾已收回", _recovered)
    recovered.add_argument("base", type=int, metavar="BASE_ID")
    recovered.add_argument(
        "--date", required=True, type=date_argument, metavar="YYYY-MM-DD", help="收回日期"
    )
    recovered.add_argument("--note", default="", metavar="TEXT", help="备注（存放地点、交回人等）")
    cli.export(
        "plaques",
        "牌匾收回登记",
        lambda ws, path, _args: certificates.export_plaque_recoveries(ws, path),
    )
    cli.count(lambda ws: certificates.certificate_counts(ws))
    cli.export(
        "certificates",
        "证书登记",
        lambda ws, path, _args: certificates.export_certificate_register(ws, path),
    )


def _certificates(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        base_ids = args.base or certificates.bases_in_force(ws, args.year)
        issued = certificates.issue(
            ws, base_ids, Path(args.out), plaque=args.plaque, reissue=args.reissue, dated=args.date
        )
    out(
        f"已生成 {issued.pages} 页：{issued.path}（新编号 {len(issued.new_numbers)} 个，"
        f"沿用原编号 {len(issued.kept)} 个）"
    )
    for note in issued.font_notes:
        out(f"  字体说明：{note}")
    return 0


def _void(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        certificates.void_base_certificate(ws, args.base, args.reason)
    out(f"基地 {args.base} 的证书已作废，其编号不再使用")
    return 0


def _recovered(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        certificates.mark_plaque_recovered(ws, args.base, args.date, args.note)
    out(f"基地 {args.base} 的牌匾已于 {args.date.isoformat()} 收回")
    return 0
