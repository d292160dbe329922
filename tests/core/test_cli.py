"""The command line, run as officers and scripts run it: in a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intlbase_desk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_init_demo_then_stats_json(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    created = run("--db", str(db), "init", "--profile", "chongqing-draft", "--demo")
    assert created.returncode == 0, created.stderr
    assert "演示" in created.stdout
    stats = run("--db", str(db), "stats", "--json")
    assert stats.returncode == 0
    counts = json.loads(stats.stdout)
    assert counts["profile"] == "chongqing-draft" and counts["bases"] == 300
    assert sum(counts["bases_by_status"].values()) == 300 and counts["organizations"] > 0


def test_default_database_comes_from_the_environment(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite3"
    assert run("init", "--profile", "national-2011", env={"INTLBASE_DB": str(db)}).returncode == 0
    assert db.exists()
    assert json.loads(run("stats", "--json", env={"INTLBASE_DB": str(db)}).stdout)["bases"] == 0


def test_profiles_lists_the_ids() -> None:
    listed = run("profiles")
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
    tmp_path: Path, args: list[str], fragment: str
) -> None:
    result = run("--db", str(tmp_path / "x.sqlite3"), *args)
    assert result.returncode == 2
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_corrupt_and_newer_databases_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\x00garbage" * 500)
    result = run("--db", str(bad), "stats")
    assert result.returncode == 2 and "Traceback" not in result.stderr and "损坏" in result.stderr


def test_malformed_user_profile_is_reported(tmp_path: Path) -> None:
    home = Path(os.environ["INTLBASE_HOME"])
    (home / "policies").mkdir(parents=True, exist_ok=True)
    (home / "policies" / "bad.toml").write_text('id = "bad"\nname = 3\n', encoding="utf-8")
    result = run("profiles")
    assert result.returncode == 2 and "bad.toml" in result.stderr
    assert "beijing-2016" in result.stdout
