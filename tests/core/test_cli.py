"""The command line. Most commands run in this process (``cli`` fixture); a few run as separate
processes, as officers' scripts run them, to check the console entry point itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Ran


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intlbase_desk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_init_demo_then_stats_json_as_processes(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    created = run("--db", str(db), "init", "--profile", "chongqing-draft", "--demo")
    assert created.returncode == 0, created.stderr
    assert "演示" in created.stdout
    stats = run("--db", str(db), "stats", "--json")
    assert stats.returncode == 0
    counts = json.loads(stats.stdout)
    assert counts["profile"] == "chongqing-draft" and counts["bases"] == 300
    assert sum(counts["bases_by_status"].values()) == 300 and counts["organizations"] > 0


def test_a_user_error_is_one_line_without_traceback_as_a_process(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "x.sqlite3"), "init", "--profile", "atlantis")
    assert result.returncode == 2 and "未知的政策配置" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_default_database_comes_from_the_environment(
    tmp_path: Path, cli: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "env.sqlite3"
    monkeypatch.setenv("INTLBASE_DB", str(db))
    assert cli("init", "--profile", "national-2011").returncode == 0
    assert db.exists()
    assert json.loads(cli("stats", "--json").stdout)["bases"] == 0


def test_profiles_lists_the_ids(cli: Callable[..., Ran]) -> None:
    listed = cli("profiles")
    assert listed.returncode == 0
    ids = [line.split("\t")[0] for line in listed.stdout.splitlines()]
    assert ids == [
        "beijing-2016",
        "beijing-2025",
        "chongqing-draft",
        "inner-mongolia-trial",
        "national-2011",
    ]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["init", "--profile", "atlantis"], "未知的政策配置"),
        (["stats"], "不存在"),
    ],
)
def test_user_errors_are_one_line_without_traceback(
    tmp_path: Path, cli: Callable[..., Ran], args: list[str], fragment: str
) -> None:
    result = cli("--db", str(tmp_path / "x.sqlite3"), *args)
    assert result.returncode == 2
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_corrupt_and_newer_databases_are_one_line(tmp_path: Path, cli: Callable[..., Ran]) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\x00garbage" * 500)
    result = cli("--db", str(bad), "stats")
    assert result.returncode == 2 and "Traceback" not in result.stderr and "损坏" in result.stderr


def test_malformed_user_profile_is_reported(cli: Callable[..., Ran]) -> None:
    home = Path(os.environ["INTLBASE_HOME"])
    (home / "policies").mkdir(parents=True, exist_ok=True)
    (home / "policies" / "bad.toml").write_text('id = "bad"\nname = 3\n', encoding="utf-8")
    result = cli("profiles")
    assert result.returncode == 2 and "bad.toml" in result.stderr
    assert "beijing-2016" in result.stdout


def test_each_capability_brings_its_commands(cli: Callable[..., Ran]) -> None:
    """The parser is assembled from the capabilities: every command and export is listed."""
    from intlbase_desk.cli import build_parser

    parser, commands = build_parser()
    listed = parser.format_help()
    for command in ("import", "import-batches", "undo-import", "template", "certificates"):
        assert command in listed
    assert set(commands.exports) == {"register", "organizations", "applications", "certificates"}


def test_export_organizations_and_an_unknown_format(
    tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    import openpyxl

    db = str(tmp_path / "r.sqlite3")
    assert cli("--db", db, "init", "--profile", "beijing-2016", "--demo").returncode == 0
    done = cli("--db", db, "export", "organizations", str(tmp_path / "单位.xlsx"))
    assert done.returncode == 0 and "已导出" in done.stdout
    sheet = openpyxl.load_workbook(tmp_path / "单位.xlsx").active
    assert [c.value for c in sheet[1]][:2] == ["单位名称", "统一社会信用代码"]
    refused = cli("--db", db, "export", "register", str(tmp_path / "名录.pdf"))
    assert refused.returncode == 2 and ".xlsx" in refused.stderr
