"""Certificate and plaque layouts as data (resources/layouts/*.toml, or the officer's override).

A layout is a page and text blocks: each block's box (mm from the top left), font role, size,
the smallest size it may shrink to, alignment, colour and text with placeholders such as
``{org_name}``. A broken layout is refused with the file, key and reason.
"""

from __future__ import annotations

import string
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic import ValidationError as PydanticValidationError

from intlbase_desk.infra import files, os_errors, paths
from intlbase_desk.infra.assets import resource_path
from intlbase_desk.infra.errors import UserError
from intlbase_desk.policy import file_errors

PLACEHOLDERS = {
    "org_name",
    "base_name",
    "base_type",
    "year",
    "cert_no",
    "authority",
    "date_cn",
    "title_name",
    "valid_until_cn",
    "batch",
}
FontRole = Literal["title", "body", "kai"]


class LayoutError(UserError):
    """A layout file that cannot be used."""


class Block(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    text: str = Field(min_length=1)
    x_mm: float = Field(ge=0)
    y_mm: float = Field(ge=0)
    width_mm: float = Field(gt=0)
    height_mm: float = Field(gt=0)
    font: FontRole = "body"
    size_pt: float = Field(gt=0, le=400)
    min_size_pt: float = Field(gt=0, le=400)
    align: Literal["left", "center", "right"] = "center"
    color: str = Field(default="#000000", pattern=r"^#[0-9a-fA-F]{6}$")

    @model_validator(mode="after")
    def _sane(self) -> Block:
        if self.min_size_pt > self.size_pt:
            raise ValueError("最小字号（min_size_pt）不能大于字号（size_pt）")
        names = {f for _, f, _, _ in string.Formatter().parse(self.text) if f}
        unknown = names - PLACEHOLDERS
        if unknown:
            raise ValueError(
                f"不认识的占位符 {sorted(unknown)}；可用的占位符：{sorted(PLACEHOLDERS)}"
            )
        return self


class Layout(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str = Field(min_length=1)
    kind: Literal["certificate", "plaque"]
    width_mm: float = Field(gt=0, le=2000)
    height_mm: float = Field(gt=0, le=2000)
    # How {year} is written: 二〇二五 as official documents do, or 2025 where a maker wants it.
    numerals: Literal["chinese", "arabic"] = "chinese"
    background: str = ""  # an image file in the same folder, drawn under the text
    seal: str = ""
    seal_x_mm: float = 0
    seal_y_mm: float = 0
    seal_size_mm: float = 40
    blocks: list[Block] = Field(min_length=1)

    @model_validator(mode="after")
    def _inside_the_page(self) -> Layout:
        for block in self.blocks:
            if (
                block.x_mm + block.width_mm > self.width_mm + 0.01
                or block.y_mm + block.height_mm > self.height_mm + 0.01
            ):
                raise ValueError(f"文字块“{block.id}”超出了页面")
        ids = [b.id for b in self.blocks]
        if len(ids) != len(set(ids)):
            raise ValueError("文字块的 id 不能重复")
        return self


def user_layouts_dir(profile_id: str | None = None) -> Path:
    """Where an officer's adjusted layouts live: one folder per profile."""
    path = paths.data_dir() / "layouts"
    if profile_id:
        path = path / profile_id
    path.mkdir(parents=True, exist_ok=True)
    return path


def _folders(profile_id: str | None) -> list[Path]:
    folders = [user_layouts_dir(profile_id)] if profile_id else []
    return [*folders, resource_path("layouts")]


def load_layout(layout_id: str, profile_id: str | None = None) -> Layout:
    """The profile's override (user data folder) if there is one, else the bundled layout."""
    for folder in _folders(profile_id):
        path = folder / f"{layout_id}.toml"
        if path.is_file():
            return load_layout_file(path)
    raise LayoutError(f"找不到版式：{layout_id}")


def image_path(name: str, profile_id: str | None = None) -> Path:
    """A layout's background or seal image, beside the profile's override or the bundled one."""
    for folder in _folders(profile_id):
        if (folder / name).is_file():
            return folder / name
    raise LayoutError(f"找不到版式图片：{name}（请放在版式文件夹 {_folders(profile_id)[0]} 中）")


def load_layout_file(path: Path) -> Layout:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LayoutError(os_errors.describe(exc, path, writing=False)) from None
    except UnicodeDecodeError:
        raise LayoutError(f"版式文件 {path} 不是 UTF-8 编码") from None
    except tomllib.TOMLDecodeError as exc:
        raise LayoutError(f"版式文件 {path} 格式错误：{file_errors.toml_problem(exc)}") from None
    try:
        return Layout.model_validate(data)
    except PydanticValidationError as exc:
        problem = file_errors.validation_problem(exc)
        raise LayoutError(f"版式文件 {path} 有误：{problem}") from None


def save_layout_override(layout: Layout, profile_id: str) -> Path:
    """Saves an adjusted layout as the profile's override of the bundled one."""
    import tomli_w

    checked = Layout.model_validate(layout.model_dump())  # refuse what would not load again
    path = user_layouts_dir(profile_id) / f"{checked.id}.toml"
    with files.replacing(path) as partial:
        partial.write_text(tomli_w.dumps(checked.model_dump()), encoding="utf-8")
    return path


def remove_layout_override(layout_id: str, profile_id: str) -> bool:
    """Back to the bundled layout; False when there was no override."""
    path = user_layouts_dir(profile_id) / f"{layout_id}.toml"
    if not path.exists():
        return False
    path.unlink()
    return True
