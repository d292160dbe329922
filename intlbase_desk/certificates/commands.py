"""Certificates on the command line: ``certificates`` and ``export certificates``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from intlbase_desk import certificates
from intlbase_desk.commands import CommandLine, out, workspace


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
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="落款日期（默认：各基地的认定日期）",
    )
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
