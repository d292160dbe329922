"""Resources are found from the source tree, an installed wheel and a PyInstaller bundle."""

from pathlib import Path

import pytest

from intlbase_desk.infra import assets


def test_source_tree_layout(tmp_path: Path) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "intlbase_desk").mkdir()
    assert assets.locate(tmp_path / "intlbase_desk", None) == tmp_path / "resources"


def test_installed_wheel_layout(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "intlbase_desk"
    (package / "_resources").mkdir(parents=True)
    assert assets.locate(package, None) == package / "_resources"


def test_pyinstaller_bundle_layout(tmp_path: Path) -> None:
    assert assets.locate(tmp_path / "whatever", str(tmp_path)) == tmp_path / "resources"


def test_missing_resources_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        assets.locate(tmp_path / "intlbase_desk", None)


def test_this_checkout_has_every_resource() -> None:
    for parts in (
        ("policies", "beijing-2016.toml"),
        ("fonts", "LXGWWenKai-Regular.ttf"),
        ("fonts", "OFL.txt"),
        ("i18n", "intlbase_desk_zh_CN.qm"),
    ):
        assert assets.resource_path(*parts).is_file()


def test_a_wheel_installed_elsewhere_prints_a_certificate(tmp_path: Path) -> None:
    """What an installer ships: built as a wheel, installed apart from this checkout, the app
    finds its profiles, layouts, font and translations and prints a certificate."""
    import os
    import subprocess
    import sys
    import zipfile

    root = Path(__file__).resolve().parents[2]
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(root),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    [wheel] = list((tmp_path / "dist").glob("intlbase_desk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for part in (
        "layouts/certificate-a4.toml",
        "policies/beijing-2016.toml",
        "i18n/intlbase_desk_zh_CN.qm",
    ):
        assert f"intlbase_desk/_resources/{part}" in names
    site = tmp_path / "site"
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(site),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert installed.returncode == 0, installed.stderr
    db, pdf = tmp_path / "w.sqlite3", tmp_path / "c.pdf"
    script = (
        "import sys, intlbase_desk; from intlbase_desk.cli import main; "
        f"assert intlbase_desk.__file__.startswith({str(site)!r}), intlbase_desk.__file__; "
        f"assert main(['--db', {str(db)!r}, 'init', '--profile', 'beijing-2016', '--demo']) == 0; "
        f"sys.exit(main(['--db', {str(db)!r}, 'certificates', {str(pdf)!r}, '--base', '1']))"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert pdf.exists() and pdf.stat().st_size > 10_000


def test_a_wheel_carries_every_package_and_resource_folder() -> None:
    """pyproject lists packages by hand (resources/ is mapped into the package): a package or a
    resource folder left off would be missing from an installed copy only."""
    import tomllib

    root = Path(__file__).resolve().parents[2]
    setup = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    on_disk = {
        ".".join(p.parent.relative_to(root).parts)
        for p in (root / "intlbase_desk").rglob("__init__.py")
    }
    on_disk |= {
        f"intlbase_desk._resources.{d.name}" for d in (root / "resources").iterdir() if d.is_dir()
    } | {"intlbase_desk._resources"}
    assert set(setup["packages"]) == on_disk
    assert set(setup["package-data"]) == on_disk - {"intlbase_desk._resources"} - {
        p for p in on_disk if not p.startswith("intlbase_desk._resources")
    }
