"""The annual report form (年度工作报表) as data: sections, each with numeric indicators (a count
or an amount in 万元, with its unit) and text items, and the checks between indicators (a part
never exceeds its whole). Bundled forms live in resources/forms/; a file of the same id in the
user data folder's ``forms/`` replaces one, as for profiles. A profile names the form it uses.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic import ValidationError as PydanticValidationError

from intlbase_desk.infra import os_errors
from intlbase_desk.infra.assets import resource_path
from intlbase_desk.infra.errors import ProfileError
from intlbase_desk.policy import file_errors

FORM_ID = r"^[a-z0-9][a-z0-9-]*$"
Kind = Literal["count", "money"]
KIND_TEXT = {"count": "计数（整数）", "money": "金额（万元，可有小数）"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Indicator(_Strict):
    name: str = Field(min_length=1, max_length=100)
    unit: str = Field(min_length=1, max_length=20)
    kind: Kind


class Section(_Strict):
    name: str = Field(min_length=1, max_length=100)
    indicators: list[Indicator] = []
    texts: list[str] = []


class Relation(_Strict):
    part: str
    total: str


class ReportForm(_Strict):
    id: str = Field(pattern=FORM_ID)
    title: str = Field(min_length=1)
    basis: str = Field(min_length=1)  # where the form comes from (a text, or practice)
    sections: list[Section] = Field(min_length=1)
    relations: list[Relation] = []

    @property
    def indicators(self) -> list[Indicator]:
        return [i for s in self.sections for i in s.indicators]

    @property
    def texts(self) -> list[str]:
        return [t for s in self.sections for t in s.texts]

    def indicator(self, name: str) -> Indicator | None:
        return next((i for i in self.indicators if i.name == name), None)

    @model_validator(mode="after")
    def _consistent(self) -> ReportForm:
        names = [i.name for i in self.indicators] + self.texts
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            raise ValueError(f"报表中的项目重名：{'、'.join(repeated)}")
        for r in self.relations:
            part, total = self.indicator(r.part), self.indicator(r.total)
            if part is None or total is None:
                missing = r.part if part is None else r.total
                raise ValueError(f"relations：“{missing}”不是报表中的数值指标")
            if part.unit != total.unit:
                raise ValueError(
                    f"relations：“{r.part}”（{part.unit}）与“{r.total}”（{total.unit}）单位不同，"
                    "不能比较"
                )
        return self


EXTRA_SECTION = "本处补充的指标"


def with_extra(form: ReportForm, extra: list[dict[str, str]]) -> ReportForm:
    """The form with the office's added indicators in a section of their own; refused in
    Chinese when one repeats an indicator the form has."""
    if not extra:
        return form
    data = form.model_dump()
    data["sections"].append({"name": EXTRA_SECTION, "indicators": extra, "texts": []})
    try:
        return ReportForm.model_validate(data)
    except PydanticValidationError as exc:
        raise ProfileError(f"本处补充的指标有误：{file_errors.validation_problem(exc)}") from None


def bundled_forms_dir() -> Path:
    return resource_path("forms")


def forms_beside(policies_dir: Path) -> Path:
    """The forms folder that goes with a folder of profiles (bundled or the officer's)."""
    return policies_dir.parent / "forms"


def find_form(form_id: str, user_dir: Path | None = None) -> Path:
    """The file of the form of that id: the officer's if there is one, else the bundled one."""
    candidates = [user_dir / f"{form_id}.toml"] if user_dir is not None else []
    candidates.append(bundled_forms_dir() / f"{form_id}.toml")
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        raise ProfileError(f"没有名为“{form_id}”的年度报表（forms/{form_id}.toml）")
    return path


def load_form(form_id: str, user_dir: Path | None = None) -> ReportForm:
    return load_form_file(find_form(form_id, user_dir))


def load_form_file(path: Path) -> ReportForm:
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise ProfileError(os_errors.describe(exc, path, writing=False)) from None
    except UnicodeDecodeError:
        raise ProfileError(f"年度报表文件 {path} 不是 UTF-8 编码") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(
            f"年度报表文件 {path} 格式错误：{file_errors.toml_problem(exc)}"
        ) from None
    try:
        return ReportForm.model_validate(data)
    except PydanticValidationError as exc:
        raise ProfileError(
            f"年度报表文件 {path} 有误：{file_errors.validation_problem(exc)}"
        ) from None
