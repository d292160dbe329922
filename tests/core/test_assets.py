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
