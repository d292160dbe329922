"""Finds, reads and validates policy profile files (TOML).

Bundled profiles live in resources/policies/; an officer adds one by dropping a ``.toml`` file
into the user data folder's ``policies/``. A user file with the id of a bundled profile replaces
it (that is how a jurisdiction adjusts its rules without a new release).
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError as PydanticValidationError

from intlbase_desk.infra import os_errors
from intlbase_desk.infra.assets import resource_path
from intlbase_desk.infra.errors import ProfileError
from intlbase_desk.policy import file_errors, report_form
from intlbase_desk.policy.profile import Profile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProfileSource:
    id: str
    path: Path
    bundled: bool


def bundled_dir() -> Path:
    return resource_path("policies")


def load_profile_file(path: Path) -> Profile:
    """Reads and validates one profile file; every fault names the file, the key and the reason."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProfileError(os_errors.describe(exc, path, writing=False)) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ProfileError(f"政策配置文件 {path} 不是 UTF-8 编码") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(
            f"政策配置文件 {path} 格式错误：{file_errors.toml_problem(exc)}"
        ) from None
    try:
        profile = Profile.model_validate(data)
    except PydanticValidationError as exc:
        problem = file_errors.validation_problem(exc)
        raise ProfileError(f"政策配置文件 {path} 有误：{problem}") from None
    if profile.summaries is not None:  # the form is read when a campaign needs it
        try:
            report_form.find_form(profile.summaries.form, report_form.forms_beside(path.parent))
        except ProfileError as exc:
            raise ProfileError(f"政策配置文件 {path} 有误：键 summaries.form：{exc}") from None
    return profile


def discover_profiles(user_dir: Path | None = None) -> dict[str, ProfileSource]:
    """The profile files by id, user files overriding bundled ones. Reads only the ``id`` key."""
    found: dict[str, ProfileSource] = {}
    dirs: list[tuple[Path, bool]] = [(bundled_dir(), True)]
    if user_dir is not None:
        dirs.append((user_dir, False))
    for folder, bundled in dirs:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            profile_id = _peek_id(path)
            if profile_id in found and not bundled:
                log.info("user profile %s replaces %s", path, found[profile_id].path)
            found[profile_id] = ProfileSource(profile_id, path, bundled)
    return found


def _peek_id(path: Path) -> str:
    # Discovery must not require every file to be valid; a profile's id defaults to its file name.
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        value = data.get("id")
        if isinstance(value, str) and value:
            return value
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        pass
    return path.stem


def _by_file_name(profile_id: str, user_dir: Path | None) -> ProfileSource | None:
    # Profiles are normally saved as <id>.toml: opening a database then reads one file, not all.
    for folder, bundled in ((user_dir, False), (bundled_dir(), True)):
        if folder is not None and (folder / f"{profile_id}.toml").is_file():
            path = folder / f"{profile_id}.toml"
            if _peek_id(path) == profile_id:
                return ProfileSource(profile_id, path, bundled)
    return None


def load_profile(profile_id: str, user_dir: Path | None = None) -> Profile:
    source = _by_file_name(profile_id, user_dir)
    sources = discover_profiles(user_dir) if source is None else {profile_id: source}
    source = sources.get(profile_id)
    if source is None:
        known = "、".join(sorted(sources)) or "（无）"
        raise ProfileError(f"未知的政策配置：{profile_id}。可用的有：{known}")
    profile = load_profile_file(source.path)
    if profile.id != profile_id:
        raise ProfileError(f"政策配置文件 {source.path} 有误：键 id：应为 {profile_id}")
    return profile


def load_all_profiles(user_dir: Path | None = None) -> tuple[list[Profile], list[ProfileError]]:
    """Every profile that loads, and the errors of those that do not (shown, never fatal)."""
    profiles: list[Profile] = []
    errors: list[ProfileError] = []
    for source in discover_profiles(user_dir).values():
        try:
            profiles.append(load_profile_file(source.path))
        except ProfileError as exc:
            errors.append(exc)
    return profiles, errors
