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
    assert set(commands.exports) == {
        "register",
        "organizations",
        "applications",
        "certificates",
        "plaques",
    }


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


@pytest.mark.rule("BJ2016-15")
def test_status_follows_the_transitions_and_reports_the_article_and_ban(
    tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    db = str(tmp_path / "r.sqlite3")
    assert cli("--db", db, "init", "--profile", "beijing-2016", "--demo").returncode == 0
    [first, second] = [str(i) for i in (1, 2)]
    refused = cli(
        "--db",
        db,
        "status",
        first,
        "--to",
        "rectification",
        "--date",
        "2024-01-01",
        "--reason",
        "不合格",
    )
    assert refused.returncode == 2 and "不允许" in refused.stderr and "可变更为" in refused.stderr
    moved = cli(
        "--db",
        db,
        "status",
        first,
        second,
        "--to",
        "evaluation_due",
        "--date",
        "2023-01-02",
        "--reason",
        "期满",
        "--json",
    )
    assert moved.returncode == 0, moved.stderr
    assert [(r["status"], r["rule"], r["article"]) for r in json.loads(moved.stdout)] == [
        ("evaluation_due", "BJ2016-14", "第十四条")
    ] * 2
    cli(
        "--db",
        db,
        "status",
        first,
        "--to",
        "rectification",
        "--date",
        "2023-03-01",
        "--reason",
        "不合格",
    )
    revoked = cli(
        "--db",
        db,
        "status",
        first,
        "--to",
        "revoked",
        "--date",
        "2024-03-01",
        "--reason",
        "复评仍不合格",
        "--rule",
        "BJ2016-15",
        "--json",
    )
    [result] = json.loads(revoked.stdout)
    assert (result["ban_until"], result["rule"]) == ("2027-03-01", "BJ2016-15")
    stats = json.loads(cli("--db", db, "stats", "--json").stdout)
    assert stats["bans"] >= 1 and stats["plaques_to_recover"] >= 1


def test_a_status_change_of_several_bases_is_all_or_nothing(
    tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    db = str(tmp_path / "r.sqlite3")
    cli("--db", db, "init", "--profile", "beijing-2016", "--demo")
    cli(
        "--db",
        db,
        "status",
        "1",
        "--to",
        "evaluation_due",
        "--date",
        "2023-01-02",
        "--reason",
        "期满",
    )
    both = cli(
        "--db",
        db,
        "status",
        "2",
        "1",
        "--to",
        "evaluation_due",
        "--date",
        "2023-01-03",
        "--reason",
        "期满",
    )
    assert both.returncode == 2 and "未做任何变更" in both.stderr
    statuses = json.loads(cli("--db", db, "stats", "--json").stdout)["bases_by_status"]
    assert statuses["evaluation_due"] >= 1
    bad_date = cli(
        "--db",
        db,
        "status",
        "2",
        "--to",
        "evaluation_due",
        "--date",
        "2023/1/3",
        "--reason",
        "期满",
    )
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr


def test_void_a_certificate_and_record_a_plaque_recovery(
    tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    import openpyxl

    db = str(tmp_path / "r.sqlite3")
    cli("--db", db, "init", "--profile", "beijing-2016", "--demo")
    assert cli("--db", db, "certificates", str(tmp_path / "c.pdf"), "--base", "3").returncode == 0
    assert cli("--db", db, "void-certificate", "3", "--reason", "证书遗失").returncode == 0
    again = cli("--db", db, "void-certificate", "3", "--reason", "证书遗失")
    assert again.returncode == 2 and "没有有效的证书" in again.stderr
    counts = json.loads(cli("--db", db, "stats", "--json").stdout)
    assert counts["certificates_void"] == 1
    cli(
        "--db",
        db,
        "status",
        "4",
        "--to",
        "revoked",
        "--date",
        "2024-05-06",
        "--reason",
        "单位注销",
        "--trigger",
        "unit_terminated",
    )
    before = json.loads(cli("--db", db, "stats", "--json").stdout)["plaques_to_recover"]
    early = cli("--db", db, "plaque-recovered", "4", "--date", "2024-05-01")
    assert early.returncode == 2 and "不能早于撤销日期" in early.stderr
    done = cli("--db", db, "plaque-recovered", "4", "--date", "2024-05-20", "--note", "已交档案室")
    assert done.returncode == 0
    assert json.loads(cli("--db", db, "stats", "--json").stdout)["plaques_to_recover"] == before - 1
    assert cli("--db", db, "export", "plaques", str(tmp_path / "牌匾.xlsx")).returncode == 0
    rows = list(openpyxl.load_workbook(tmp_path / "牌匾.xlsx").active.iter_rows(values_only=True))
    recovered = [r for r in rows[1:] if r[6] == "已交档案室"]
    assert recovered and recovered[0][4] == "已收回"


def test_the_entry_point_collects_again_once_started() -> None:
    """Start-up is left uncollected and frozen (infra.collector); the command itself must run
    with the collector on, or a long job's cycles would never be freed."""
    probe = (
        "import gc, sys\n"
        "sys.argv = ['intlbase-desk', 'profiles']\n"
        "from intlbase_desk.__main__ import run\n"
        "code = run()\n"
        "print(code, gc.isenabled(), gc.get_freeze_count() > 1000, gc.get_threshold()[0])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    code, enabled, frozen, young = done.stdout.split()[-4:]
    assert (code, enabled, frozen) == ("0", "True", "True")
    assert int(young) > 700  # not the interpreter's default


def test_the_command_line_refuses_in_chinese(cli: Callable[..., Ran]) -> None:
    missing = cli("evaluation", "results")
    assert missing.returncode == 2
    assert "用法：intlbase-desk evaluation results" in missing.stderr
    assert "错误：缺少必填的参数：--round" in missing.stderr
    assert "“abc”不是有效的整数" in cli("evaluation", "results", "--round", "abc").stderr
    wrong = cli("scores", "import", "x.xlsx", "--round", "1", "--pass", "3").stderr
    assert "参数 --pass：“3”不是可选的值（可选：1, 2）" in wrong
    assert "显示本帮助并退出" in cli("evaluation", "results", "--help").stdout
    dated = cli("evaluation", "open", "--year", "2026", "--as-of", "2026-13-01").stderr
    assert "参数 --as-of：“2026-13-01”不是日期" in dated
