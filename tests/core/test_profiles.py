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


def test_bj2016_14_validity_three_years_and_grades() -> None:
    """BJ2016-14: valid 3 years, then evaluation with grades 优秀/合格/不合格."""
    p = policy.load_profile("beijing-2016")
    assert p.validity_years == 3 and p.validity_rule == "BJ2016-14"
    assert [g.name for g in p.evaluation.grades] == ["优秀", "合格", "不合格"]


def test_bj2016_7_innovation_park_needs_three_long_term_partners() -> None:
    """BJ2016-7: 国际创新园 with ≥ 3 long-term foreign partners, as a checkable threshold."""
    park = policy.load_profile("beijing-2016").base_type("innovation_park")
    check = next(c for c in park.conditions if c.metric == "long_term_foreign_partners")
    assert (check.op, check.value, check.rule) == (">=", 3, "BJ2016-7")


def test_cq_11_publicity_five_working_days_and_cq_13_due_end_of_november() -> None:
    """CQ-11: publicity ≥ 5 working days; CQ-13: annual summary by the end of November."""
    p = policy.load_profile("chongqing-draft")
    assert (p.publicity_working_days, p.publicity_rule) == (5, "CQ-11")
    assert (p.annual_summary_due, p.annual_summary_rule) == ("11-30", "CQ-13")


def test_cq_6_thresholds_are_data() -> None:
    """CQ-6: ≥ 10 firms, ≥ 3 platforms, ≥ 2 overseas R&D units, ≥ 5 partners."""
    park = policy.load_profile("chongqing-draft").base_type("innovation_park")
    found = {c.metric: c.value for c in park.conditions if c.kind == "check"}
    assert found == {
        "hightech_firms": 10,
        "municipal_platforms": 3,
        "overseas_rnd_units": 2,
        "foreign_partners": 5,
    }


def test_im_12_two_years_without_summary_is_a_revocation_trigger() -> None:
    """IM-12: two consecutive years without an annual summary revoke the base."""
    p = policy.load_profile("inner-mongolia-trial")
    trigger = next(t for t in p.revocation_triggers if t.id == "two_years_no_summary")
    assert trigger.rule == "IM-12" and p.ban_years == 3


def test_certificate_number_pattern() -> None:
    assert (
        policy.load_profile("beijing-2016").certificate_number(2025, 7) == "京科国合〔2025〕第007号"
    )


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
