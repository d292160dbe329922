"""A full disk and a read-only drive, as the operating system reports them (issue 8, 23 and 24).

Each writing command must end with one Chinese line and exit 2, leaving nothing half-written;
reading commands must read a healthy database on a read-only drive.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from intlbase_desk import register
from intlbase_desk.infra.errors import DatabaseError
from intlbase_desk.workspace import open_workspace
from tests.conftest import Disk, Ran, needs_mount

pytestmark = needs_mount


@pytest.fixture
def demo_db(tmp_path: Path, cli: Callable[..., Ran]) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert cli("--db", str(path), "init", "--profile", "beijing-2016", "--demo").returncode == 0
    return path


def _one_chinese_line(ran: Ran, *words: str) -> None:
    assert ran.returncode == 2, ran
    lines = ran.stderr.strip().splitlines()
    assert len(lines) == 1, ran.stderr
    assert lines[0].startswith("错误："), lines
    assert "Traceback" not in ran.stderr and "Errno" not in ran.stderr
    for word in words:
        assert word in lines[0], lines[0]


def _left_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} - {"filler"}


def test_export_to_a_full_disk_says_so_and_leaves_nothing(
    demo_db: Path, small_disk: Callable[[int], Disk], cli: Callable[..., Ran]
) -> None:
    disk = small_disk(64)
    disk.fill()
    for target in ("register.xlsx", "register.csv"):
        ran = cli("--db", str(demo_db), "export", "register", str(disk.path / target))
        _one_chinese_line(ran, "磁盘空间不足", target)
    assert _left_in(disk.path) == set()


def test_an_earlier_export_survives_a_full_disk(
    demo_db: Path, small_disk: Callable[[int], Disk], cli: Callable[..., Ran]
) -> None:
    disk = small_disk(256)
    target = disk.path / "register.xlsx"
    assert cli("--db", str(demo_db), "export", "register", str(target)).returncode == 0
    before = target.read_bytes()
    disk.fill()
    _one_chinese_line(cli("--db", str(demo_db), "export", "register", str(target)), "磁盘空间不足")
    assert target.read_bytes() == before
    assert _left_in(disk.path) == {"register.xlsx"}


def test_certificates_on_a_full_disk_leave_no_partial_pdf(
    demo_db: Path, small_disk: Callable[[int], Disk], cli: Callable[..., Ran]
) -> None:
    disk = small_disk(64)
    disk.fill()
    ran = cli("--db", str(demo_db), "certificates", str(disk.path / "c.pdf"), "--year", "2016")
    _one_chinese_line(ran, "磁盘空间不足")
    assert _left_in(disk.path) == set()


def test_import_into_a_database_on_a_full_disk_writes_nothing(
    tmp_path: Path, demo_db: Path, small_disk: Callable[[int], Disk], cli: Callable[..., Ran]
) -> None:
    sheet = tmp_path / "register.xlsx"
    assert cli("--db", str(demo_db), "export", "register", str(sheet)).returncode == 0
    disk = small_disk(1024)
    db = disk.path / "new.sqlite3"
    assert cli("--db", str(db), "init", "--profile", "beijing-2016").returncode == 0
    disk.fill()
    ran = cli("--db", str(db), "import", "--kind", "register", str(sheet))
    _one_chinese_line(ran, "磁盘空间不足", "未保存")
    (disk.path / "filler").unlink()
    ws = open_workspace(db)
    try:
        counts = register.register_counts(ws)
        assert (counts["bases"], counts["organizations"]) == (0, 0)
    finally:
        ws.close()
    assert '"import_batches": 0' in cli("--db", str(db), "stats", "--json").stdout


def _read_only_copy(demo_db: Path, disk: Disk) -> Path:
    copy = disk.path / demo_db.name
    shutil.copy2(demo_db, copy)
    disk.read_only()
    return copy


def test_reading_commands_read_a_database_on_a_read_only_drive(
    tmp_path: Path, demo_db: Path, small_disk: Callable[[int], Disk], cli: Callable[..., Ran]
) -> None:
    db = _read_only_copy(demo_db, small_disk(2048))
    stats = cli("--db", str(db), "stats")
    assert stats.returncode == 0, stats.stderr
    assert "已损坏" not in stats.stderr
    exported = cli("--db", str(db), "export", "register", str(tmp_path / "out.xlsx"))
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "out.xlsx").stat().st_size > 0
    assert _left_in(db.parent) == {db.name}


def test_writing_commands_say_the_database_is_read_only(
    demo_db: Path, small_disk: Callable[[int], Disk], cli: Callable[..., Ran]
) -> None:
    db = _read_only_copy(demo_db, small_disk(2048))
    ran = cli(
        "--db",
        str(db),
        "status",
        "1",
        "--to",
        "revoked",
        "--date",
        "2026-01-01",
        "--reason",
        "测试",
    )
    _one_chinese_line(ran, "只读")
    assert "已损坏" not in ran.stderr


def test_writing_to_a_read_only_folder_says_so(
    demo_db: Path, small_disk: Callable[[int], Disk], cli: Callable[..., Ran]
) -> None:
    disk = small_disk(64)
    disk.read_only()
    for args in (
        ("export", "register", str(disk.path / "r.xlsx")),
        ("template", "recommendation", str(disk.path / "t.xlsx")),
        ("certificates", str(disk.path / "c.pdf"), "--year", "2016"),
    ):
        _one_chinese_line(cli("--db", str(demo_db), *args), "只读")
    stats = cli("--db", str(demo_db), "stats", "--json")
    assert '"certificates_valid": 0' in stats.stdout  # the refused print numbered nothing


def test_a_read_only_workspace_refuses_writes_in_one_sentence(
    demo_db: Path, small_disk: Callable[[int], Disk]
) -> None:
    db = _read_only_copy(demo_db, small_disk(2048))
    with pytest.raises(DatabaseError, match="只读"):
        open_workspace(db)
    ws = open_workspace(db, read_only_if_needed=True)
    try:
        assert ws.read_only and ws.lock is None
        with pytest.raises(DatabaseError, match="只读"):
            register.set_base_archived(ws, 1, True, reason="测试归档")
    finally:
        ws.close()
