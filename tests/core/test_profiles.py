"""Policy profiles: loading, validation with file/key/reason, rule ids, user overrides."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from intlbase_desk import policy
from intlbase_desk.infra import paths
from intlbase_desk.infra.errors import ProfileError
from intlbase_desk.policy import loader as profile_loader
from intlbase_desk.policy.profile import rule_ids_in
from tests.conftest import SHARED, needs_shared

ALL = ["national-2011", "beijing-2016", "beijing-2025", "chongqing-draft", "inner-mongolia-trial"]
RULES_MD = SHARED / "RULES.md"


def test_the_five_jurisdictions_load() -> None:
    profiles, errors = policy.load_all_profiles()
    assert errors == []
    assert sorted(p.id for p in profiles) == sorted(ALL)


@pytest.mark.parametrize("profile_id", ALL)
def test_every_rule_reference_is_defined_and_quoted(profile_id: str) -> None:
    profile = policy.load_profile(profile_id)
    defined = {r.id for r in profile.rules}
    assert {rule for _, rule in profile._rule_references()} <= defined
    for rule in profile.rules:
        assert rule.article.startswith("第") and rule.text


@needs_shared("RULES.md")
@pytest.mark.parametrize("profile_id", ALL)
def test_profile_rule_ids_are_those_of_the_catalogue(profile_id: str) -> None:
    catalogue = rule_ids_in(RULES_MD.read_text(encoding="utf-8"))
    profile = policy.load_profile(profile_id)
    assert {r.id for r in profile.rules} <= catalogue


@pytest.mark.parametrize("profile_id", ALL)
def test_every_threshold_is_the_one_its_article_states(profile_id: str) -> None:
    """Read against the texts: a condition's number (3 partners, 10 firms, 200万元…) appears in
    the article it cites, so a mistyped threshold cannot pass."""
    profile = policy.load_profile(profile_id)
    conditions = [c for t in profile.base_types for c in t.conditions]
    conditions += profile.common_conditions
    for condition in conditions:
        if condition.kind != "check" or isinstance(condition.value, bool) or not condition.value:
            continue  # "no incident" is written 无, not 0
        text = profile.rule(condition.rule).text
        number = f"{condition.value:g}"
        written = (
            [number, "一二三四五六七八九十"[int(condition.value) - 1]]
            if 1 <= condition.value <= 10
            else [number]
        )
        assert any(w in text for w in written), (condition.id, number, condition.rule)


def _write_variant(tmp_path: Path, profile_id: str, edit: tuple[str, str]) -> Path:
    text = (profile_loader.bundled_dir() / f"{profile_id}.toml").read_text(encoding="utf-8")
    assert edit[0] in text
    path = tmp_path / f"{profile_id}.toml"
    path.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("edit", "key", "reason"),
    [
        (('rule = "BJ2016-7"', 'rule = "BJ2016-99"'), "BJ2016-99", "未在 [[rules]] 中定义"),
        (("validity_years = 3", "validity_years = -1"), "validity_years", "应不小于 1"),
        (('from = "active"', 'from = "activ"'), "lifecycle.transitions", "未定义的状态"),
        (
            ('annual_summary_due = "12-31"', 'annual_summary_due = "02-30"'),
            "annual_summary_due",
            "MM-DD",
        ),
        (('role = "active"', 'role = "alive"'), "lifecycle.states.0.role", "active"),
        (
            (
                'certificate_number_pattern = "京科国合〔{year}〕第{seq:03d}号"',
                'certificate_number_pattern = "京科国合〔{yaer}〕"',
            ),
            "certificate_number_pattern",
            "",
        ),
        (
            ('authority_short = "市科委"', 'authority_short = "市科委"\ncolour = "red"'),
            "colour",
            "不认识的项",
        ),
    ],
)
def test_malformed_profile_names_file_key_and_reason(
    tmp_path: Path, edit: tuple[str, str], key: str, reason: str
) -> None:
    path = _write_variant(tmp_path, "beijing-2016", edit)
    with pytest.raises(ProfileError) as caught:
        policy.load_profile_file(path)
    message = str(caught.value)
    assert str(path) in message and key in message and reason in message


def test_broken_toml_is_reported_with_the_file_and_place_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text('id = "x"\nname "北京"', encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        policy.load_profile_file(path)
    message = str(caught.value)
    assert str(path) in message and "第 2 行第 6 列附近" in message
    assert not re.search(r"[A-Za-z]{3,}", message.replace(str(path), "").replace("TOML", "")), (
        message
    )


def test_officer_adds_a_profile_by_dropping_a_file() -> None:
    user_dir = paths.user_policies_dir()
    text = (profile_loader.bundled_dir() / "chongqing-draft.toml").read_text(encoding="utf-8")
    (user_dir / "tianjin.toml").write_text(
        text.replace('id = "chongqing-draft"', 'id = "tianjin-2020"'), encoding="utf-8"
    )
    assert "tianjin-2020" in policy.discover_profiles(user_dir)
    assert policy.load_profile("tianjin-2020", user_dir).id == "tianjin-2020"


def test_a_broken_user_profile_does_not_hide_the_others() -> None:
    user_dir = paths.user_policies_dir()
    (user_dir / "broken.toml").write_text('id = "broken"\n', encoding="utf-8")
    profiles, errors = policy.load_all_profiles(user_dir)
    assert len(profiles) == 5 and len(errors) == 1 and "broken.toml" in str(errors[0])


def test_unknown_profile_lists_the_known_ones() -> None:
    with pytest.raises(ProfileError, match="beijing-2016"):
        policy.load_profile("shanghai-2030")
