from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from intlbase_desk import policy
from intlbase_desk.policy.profile import Profile
from intlbase_desk.workspace import Workspace, open_workspace

FIXTURES = Path(__file__).parent / "fixtures"
# The project's shared texts (rule catalogue, district samples) lie beside the repository.
SHARED = Path(__file__).resolve().parents[2] / "shared"


def needs_shared(name: str) -> pytest.MarkDecorator:
    """Skips a test when ``../shared/<name>`` is missing, saying so in plain words."""
    return pytest.mark.skipif(
        not (SHARED / name).exists(),
        reason=f"needs {name} from the shared folder beside the repository "
        f"({SHARED / name}), which is not there",
    )


VALID_USCC = [
    "91350100M000100Y43",
    "91110000100017643K",
    "12100000400000624D",
    "91110108551385082Q",
    "91440300708461136T",
]


def pytest_configure(config: pytest.Config) -> None:
    # Headless by default; a developer can watch with QT_QPA_PLATFORM=xcb.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A rule a test names must be one a bundled profile defines: a typo would hide a gap."""
    profiles, _errors = policy.load_all_profiles()
    defined = {r.id for p in profiles for r in p.rules}
    for item in items:
        for marker in item.iter_markers("rule"):
            unknown = set(marker.args) - defined
            if unknown:
                raise pytest.UsageError(f"{item.nodeid}: unknown rule {sorted(unknown)}")


def revoke_after_failed_re_evaluation(ws: Workspace, base_id: int, on: dt.date) -> None:
    """BJ2016-15's path to a revocation: evaluated 不合格, a year of rectification, 复评 不合格."""
    from intlbase_desk import register

    register.change_status(
        ws, base_id, "evaluation_due", on=on - dt.timedelta(days=800), reason="期满"
    )
    register.change_status(
        ws, base_id, "rectification", on=on - dt.timedelta(days=400), reason="不合格"
    )
    register.change_status(ws, base_id, "revoked", on=on, reason="复评仍不合格", rule="BJ2016-15")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user data folder, logs and default database."""
    home = tmp_path / "home"
    monkeypatch.setenv("INTLBASE_HOME", str(home))
    monkeypatch.delenv("INTLBASE_DB", raising=False)
    return home


@dataclasses.dataclass(frozen=True)
class Ran:
    """What a command printed and returned (the shape of subprocess.CompletedProcess)."""

    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Ran]:
    """Runs ``intlbase-desk ARGS…`` in this process, as officers' scripts run it."""
    from intlbase_desk.cli import main

    def run(*args: str) -> Ran:
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exit:  # argparse refusing the arguments, as in a process
            code = int(exit.code or 0)
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run


@pytest.fixture
def bj2016() -> Profile:
    return policy.load_profile("beijing-2016")


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "register.sqlite3", create_profile="beijing-2016")
    yield workspace
    workspace.close()


def as_actor(ws: Workspace, actor: str) -> Workspace:
    """The same database and profile with another officer at the desk."""
    return dataclasses.replace(ws, actor=actor)


def org_form(**changes: object) -> dict[str, object]:
    values: dict[str, object] = {
        "name": "北京星河生物医药科技有限公司",
        "uscc": VALID_USCC[3],
        "kind": "企业",
        "district": "海淀区",
        "address": "海淀区中关村大街1号",
        "registered_on": "2015-03-18",
        "legal_rep": "王伟",
        "contact_person": "李娜",
        "contact_phone": "010-62345678",
    }
    values.update(changes)
    return values


def base_form(org_id: int, **changes: object) -> dict[str, object]:
    values: dict[str, object] = {
        "name": "星河生物医药国际联合研究中心",
        "base_type": "joint_research_center",
        "org_id": org_id,
        "field": "医药健康",
        "countries": "德国；以色列",
        "partners": "德国马普研究所",
        "leader": "张敏",
        "contact_person": "李娜",
        "phone": "13812345678",
        "email": "lina@example.cn",
        "recommender": "海淀区科学技术和信息化局",
        "recognized_on": "2019-03-18",
        "batch": "2019年度",
        "cert_no": "京科国合〔2019〕第001号",
    }
    values.update(changes)
    return values


class Disk:
    """A small tmpfs mounted for one test: a real full disk, and remounted read-only, a real
    read-only drive (what the operating system says, not a simulation of it)."""

    def __init__(self, where: Path, kilobytes: int) -> None:
        import subprocess

        self.path = where
        where.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs", str(where)], check=True
        )

    def read_only(self) -> None:
        import subprocess

        subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True)

    def fill(self) -> None:
        """Takes every free block, as a full disk would."""
        fd = os.open(self.path / "filler", os.O_CREAT | os.O_WRONLY)
        try:
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)

    def unmount(self) -> None:
        import subprocess

        subprocess.run(["umount", "-l", str(self.path)], check=False)


def _can_mount() -> bool:
    import shutil

    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


needs_mount = pytest.mark.skipif(
    not _can_mount(), reason="needs root to mount a small tmpfs as a full or read-only disk"
)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[int], Disk]]:
    """``small_disk(kilobytes)`` mounts a fresh small disk; all are unmounted after the test."""
    mounted: list[Disk] = []

    def make(kilobytes: int = 512) -> Disk:
        disk = Disk(tmp_path / f"disk{len(mounted)}", kilobytes)
        mounted.append(disk)
        return disk

    yield make
    for disk in mounted:
        disk.unmount()
