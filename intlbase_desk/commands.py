"""What the command line gives each capability: a place for its subcommands, its exports and
its counts, and the workspace its commands open.

``intlbase_desk.cli`` builds the parser by handing a ``CommandLine`` to every capability
(``add_commands``); no command is known to ``main`` by name.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from intlbase_desk.infra.errors import UserError
from intlbase_desk.workspace import Workspace, open_workspace

EXIT_FILE_ERRORS = 1  # a file was read but holds errors: nothing was written
EXIT_USER_ERROR = 2  # the input or the environment: one line on stderr, nothing half-written

Run = Callable[[argparse.Namespace], int]
Export = Callable[[Workspace, Path, argparse.Namespace], int]
Counts = Callable[[Workspace], dict[str, Any]]
# What a capability has to say after another's change: (workspace, the ids changed, or None
# for any) -> sentences.
Notice = Callable[[Workspace, "set[int] | None"], list[str]]


def date_argument(text: str) -> dt.date:
    """A date on the command line, refused in the officer's words."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是日期，应写成 YYYY-MM-DD") from None


def out(text: str, stream: TextIO | None = None) -> None:
    target = stream or sys.stdout
    try:
        target.write(text + "\n")
        target.flush()
    except BrokenPipeError:
        # The reader went away (``… | head``): the rest goes nowhere, and the command still
        # finishes and exits with its own status (a file with errors stays exit 1).
        os.dup2(os.open(os.devnull, os.O_WRONLY), target.fileno())


@contextlib.contextmanager
def workspace(args: argparse.Namespace, *, lock: bool = True) -> Iterator[Workspace]:
    """The database of ``--db`` (or the default one), held for writing unless ``lock=False``."""
    # A command that only reads can read a database on a read-only drive.
    ws = open_workspace(args.db, lock=lock, read_only_if_needed=not lock)
    try:
        yield ws
    finally:
        ws.close()


@dataclass(frozen=True)
class _Export:
    help: str
    run: Export
    suggested: str


class CommandLine:
    def __init__(self, subparsers: Any) -> None:
        self._subparsers = subparsers
        self.exports: dict[str, _Export] = {}
        self.counts: list[Counts] = []
        self._notices: dict[str, list[Notice]] = {}

    def command(self, name: str, help: str, run: Run) -> argparse.ArgumentParser:
        """A subcommand; ``run(args)`` returns the exit status. Its arguments go on the result."""
        parser: argparse.ArgumentParser = self._subparsers.add_parser(name, help=help)
        parser.set_defaults(run=run)
        return parser

    def export(self, what: str, help: str, run: Export) -> None:
        """A table ``export WHAT OUT.xlsx|OUT.csv`` writes; ``run`` returns the rows written."""
        self.exports[what] = _Export(help, run, what)

    def count(self, counts: Counts) -> None:
        """Keys ``stats`` reports."""
        self.counts.append(counts)

    def notice(self, topic: str, notice: Notice) -> None:
        """``notice`` is asked after a change of ``topic`` ("experts": experts' records
        changed; "expert_deactivated"), by a capability that cannot see the asker's layer."""
        self._notices.setdefault(topic, []).append(notice)

    def notices(self, topic: str, ws: Workspace, ids: set[int] | None) -> list[str]:
        return [sentence for notice in self._notices.get(topic, []) for sentence in notice(ws, ids)]

    def finish(self) -> None:
        """The commands shared by capabilities, once every capability has added its part."""
        described = "；".join(f"{what}：{e.help}" for what, e in self.exports.items())
        export = self.command("export", f"导出表格（{described}）", self._run_export)
        export.add_argument("what", choices=list(self.exports))
        export.add_argument("out", metavar="OUT", help=".xlsx 或 .csv")
        export.add_argument("--call", type=int, metavar="YEAR", help="申报批次年度（默认今年）")

    def _run_export(self, args: argparse.Namespace) -> int:
        from intlbase_desk.sheets import TABLE_SUFFIXES

        path = Path(args.out)
        if path.suffix.lower() not in TABLE_SUFFIXES:
            raise UserError("只能导出为 .xlsx 或 .csv 文件")
        with workspace(args, lock=False) as ws:
            count = self.exports[args.what].run(ws, path, args)
        out(f"已导出 {count} 行：{path}")
        return 0
