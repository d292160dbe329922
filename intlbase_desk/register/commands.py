"""The register on the command line: what ``stats`` counts of it."""

from __future__ import annotations

from intlbase_desk import register
from intlbase_desk.commands import CommandLine


def add_commands(cli: CommandLine) -> None:
    # A lambda: the counting module (and the tables) load only when stats runs.
    cli.count(lambda ws: register.register_counts(ws))
