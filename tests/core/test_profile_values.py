"""Every profile value names its article or is marked an office default; office defaults can be
changed, audited, and change what the app does (issue 8, 10)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from intlbase_desk import certificates, policy, register
from intlbase_desk.infra import audit
from intlbase_desk.infra.errors import ProfileError, UserError
from intlbase_desk.policy import loader as profile_loader
from intlbase_desk.policy import office_settings, values
from intlbase_desk.workspace import Workspace, open_workspace
from tests.conftest import SHARED, Ran, base_form, needs_shared, org_form

ALL = ["national-2011", "beijing-2016", "beijing-2025", "chongqing-draft", "inner-mongolia-trial"]
CHINESE_DIGITS = "〇一二三四五六七八九十"


def _written_forms(number: int) -> list[str]:
    forms = [str(number)]
    if number <= 10:
        forms.append(CHINESE_DIGITS[number])
    return forms


@pytest.mark.parametrize("profile_id", ALL)
def test_an_article_stating_a_value_really_states_it(profile_id: str) -> None:
    """Read against the article's own text: a number, a date, a plaque, each listed name."""
    profile = policy.load_profile(profile_id)
    for value in values.shown(profile):
        if value.basis != "article" or value.rule is None:
            continue
        text = profile.rule(value.rule).text
        if value.kind == "int":
            assert any(f in text for f in _written_forms(value.value)), (value.key, text)
        elif value.kind == "month_day":
            month = int(value.value.split("-")[0])
            assert f"{month}月" in text, (value.key, text)
        elif value.kind == "bool":
            # What the article must speak of for a yes: a plaque, a yearly assessment.
            word = {"plaque": "牌", "annual_assessment": "考核"}[value.key]
            assert word in text, (value.key, text)
        elif value.kind == "list":
            missing = [v for v in value.value if v not in text and v != "其他"]
            assert not missing, (value.key, missing)


@pytest.mark.parametrize("profile_id", ALL)
def test_every_value_has_a_basis_and_a_missing_one_is_refused(
    profile_id: str, tmp_path: Path
) -> None:
    profile = policy.load_profile(profile_id)
    shown = values.shown(profile)
    assert shown and all(v.basis in ("article", "office_default", "geography") for v in shown)
    assert "certificate_number_pattern" in {v.key for v in shown if v.changeable}
    text = (profile_loader.bundled_dir() / f"{profile_id}.toml").read_text(encoding="utf-8")
    # The office_defaults line goes; the value itself (with its {year}) stays.
    stripped, removed = re.subn(
        r'^certificate_number_pattern = "(?![^"]*\{year\}).*\n', "", text, flags=re.M
    )
    assert removed == 1
    path = tmp_path / f"{profile_id}.toml"
    path.write_text(stripped, encoding="utf-8")
    with pytest.raises(ProfileError, match=r"certificate_number_pattern.*本处惯例"):
        policy.load_profile_file(path)


def test_an_office_default_of_no_known_value_is_refused(tmp_path: Path) -> None:
    text = (profile_loader.bundled_dir() / "beijing-2016.toml").read_text(encoding="utf-8")
    path = tmp_path / "beijing-2016.toml"
    path.write_text(text + 'annual_summary_date = "拼错了"\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="annual_summary_date"):
        policy.load_profile_file(path)


def test_an_office_default_changes_the_numbers_of_new_certificates(
    ws: Workspace, cli: Callable[..., Ran]
) -> None:
    org = register.add_organization(ws, org_form())
    base_id = register.add_base(ws, base_form(org.id, cert_no="")).id
    db = str(ws.db.path)
    ws.close()
    ran = cli(
        "--db",
        db,
        "set-office-default",
        "certificate_number_pattern",
        "京国合证〔{year}〕{seq:04d}",
    )
    assert ran.returncode == 0, ran.stderr
    desk = open_workspace(db)  # another desk opening the same database
    try:
        [numbered] = certificates.number_bases(desk, [base_id])
        assert re.fullmatch(r"京国合证〔\d{4}〕\d{4}", numbered.number), numbered.number
        with desk.db.transaction() as session:
            [entry] = audit.history(session, "office_setting", 0)
        changes = {c.field: (c.before, c.after) for c in audit.changes(entry)}
        assert changes["value"] == (
            "京科国合〔{year}〕第{seq:03d}号",
            "京国合证〔{year}〕{seq:04d}",
        )
    finally:
        desk.close()


def test_no_plaque_once_the_office_says_so(ws: Workspace, tmp_path: Path) -> None:
    register.fill_demo(ws, bases=3)
    changed = office_settings.change(ws.db, ws.profile, ws.actor, "plaque", "否")
    ws.profile = changed.profile
    with pytest.raises(UserError, match="牌匾"):
        certificates.issue(ws, certificates.bases_in_force(ws), tmp_path / "p.pdf", plaque=True)


def test_an_article_value_is_not_changed_and_bad_input_writes_nothing(
    ws: Workspace, cli: Callable[..., Ran]
) -> None:
    db = str(ws.db.path)
    ws.close()
    refused = cli("--db", db, "set-office-default", "validity_years", "5")
    assert refused.returncode == 2 and "由条款规定" in refused.stderr
    bad = cli("--db", db, "set-office-default", "annual_summary_due", "年底")
    assert bad.returncode == 2 and "月-日" in bad.stderr
    rows = json.loads(cli("--db", db, "profile-values", "--json").stdout)
    due = next(r for r in rows if r["key"] == "annual_summary_due")
    assert (due["value"], due["basis"], due["changeable"]) == ("12-31", "office_default", True)
    assert cli("--db", db, "set-office-default", "annual_summary_due", "11月30日").returncode == 0
    rows = json.loads(cli("--db", db, "profile-values", "--json").stdout)
    assert next(r for r in rows if r["key"] == "annual_summary_due")["value"] == "11-30"
    validity = next(r for r in rows if r["key"] == "validity_years")
    assert (validity["basis"], validity["rule"], validity["changeable"]) == (
        "article",
        "BJ2016-14",
        False,
    )


@pytest.mark.rule("IM-12")
def test_inner_mongolia_an_annual_failure_is_a_notice_only(tmp_path: Path) -> None:
    """IM-12: 年度考核不合格 → 通报; rectification and re-evaluation are item (三)'s path."""
    import datetime as dt

    ws = open_workspace(tmp_path / "im.sqlite3", create_profile="inner-mongolia-trial")
    try:
        org = register.add_organization(
            ws, org_form(kind="创新型企业", district=ws.profile.districts[0])
        )
        base_id = register.add_base(
            ws, base_form(org.id, base_type="demonstration_base", cert_no="")
        ).id
        register.change_status(
            ws, base_id, "notified", on=dt.date(2024, 3, 1), reason="年度考核不合格"
        )
        assert register.get_base(ws, base_id).status == "notified"
        assert ws.profile.state("notified").title_usable  # a notice withdraws nothing
        assert ws.profile.transition("active", "notified").name == "年度考核不合格，给予通报"
        register.change_status(ws, base_id, "active", on=dt.date(2025, 3, 1), reason="考核合格")
    finally:
        ws.close()


@needs_shared("seeds")
def test_beijing_2025_dimensions_are_named_as_the_explanation_names_them() -> None:
    profile = policy.load_profile("beijing-2025")
    text = (SHARED / "seeds" / profile.seed).read_text(encoding="utf-8")
    for dimensions in profile.evaluation.scoring.values():
        for dimension in dimensions:
            assert dimension.name in text, dimension.name


@pytest.mark.rule("CQ-10")
def test_chongqing_says_who_recommends_each_type() -> None:
    profile = policy.load_profile("chongqing-draft")
    shown = {v.key: v for v in values.shown(profile)}
    for base_type in profile.base_types:
        value = shown[f"applicant.{base_type.id}"]
        assert value.rule == "CQ-10" and value.basis == "article"
    article = profile.rule("CQ-10").text
    assert "部属院校" in shown["applicant.joint_research_center"].text and "部属院校" in article
