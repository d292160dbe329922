"""Score sheets out and back, a third party's summary, results and grades (issue 9)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from intlbase_desk import evaluations, experts, register, sheets
from intlbase_desk.infra.errors import UserError
from intlbase_desk.policy import office_settings
from intlbase_desk.workspace import Workspace
from tests.conftest import VALID_USCC, Ran, base_form, org_form


def _round(ws: Workspace, targets: int = 3, panel: int = 5) -> int:
    for i, uscc in enumerate(VALID_USCC[:targets]):
        kind = ws.profile.org_kinds.values[0]
        org = register.add_organization(
            ws, org_form(uscc=uscc, name=f"依托单位{i}", kind=kind, district="")
        ).id
        values = base_form(org, recognized_on="2023-06-01", cert_no="")
        values["base_type"], values["name"] = ws.profile.base_types[0].id, f"合作基地{i}"
        base_id = register.add_base(ws, values).id
        if ws.profile.validity_years is None:  # 定期评价 (BJ2025-16): the officer calls it
            register.change_status(
                ws, base_id, "evaluation_due", on=dt.date(2026, 3, 1), reason="定期评价"
            )
    round_id = evaluations.open_round(ws, 2026).round.id
    for i in range(panel + 2):
        experts.add_expert(ws, {"name": f"专家{i:02d}", "phone": f"139{i:08d}"})
    group = evaluations.groups(ws, round_id)[0]
    evaluations.draw_panel(ws, round_id, group, seed="2026-12-02", size=panel, reserves=2)
    return round_id


def _fill(path: Path, share: float) -> None:
    """What an expert does: a score in every input cell, saved."""
    wb = openpyxl.load_workbook(path)
    for sheet in wb.worksheets:
        if sheet.sheet_state != "visible":
            continue
        row = 6
        while sheet.cell(row, 2).value != "合计":
            sheet.cell(row, 5).value = round(sheet.cell(row, 4).value * share, 1)
            row += 1
    wb.save(path)


def _summary(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(["某某评估中心专家评分汇总表"])
    sheet.append(["序号", "专家姓名", "统一社会信用代码", "基地名称", "得分"])
    for i, row in enumerate(rows, start=1):
        sheet.append([i, *row])
    wb.save(path)
    return path


def _sheets_and_scores(ws: Workspace, round_id: int, out: Path, shares: list[float]) -> None:
    written = evaluations.write_sheets(ws, round_id, out, pdf=False)
    for path, share in zip(sorted(written.files), shares, strict=True):
        _fill(path, share)
        checked = evaluations.check_scores_file(ws, round_id, path)
        assert not checked.errors, checked.errors
        evaluations.import_scores(ws, checked)


@pytest.mark.rule("BJ2025-16")
def test_sheets_list_the_profile_s_dimensions_and_an_edited_template_must_add_up(
    tmp_path: Path,
) -> None:
    from intlbase_desk.workspace import open_workspace

    ws = open_workspace(tmp_path / "bj2025.sqlite3", create_profile="beijing-2025")
    try:
        round_id = _round(ws, targets=1)
        group = ws.profile.base_types[0].id
        with pytest.raises(UserError, match="之和为 90，应为 100"):
            office_settings.change(
                ws.db, ws.profile, ws.actor, f"scoring.{group}", "场地条件 50；涉外接待能力 40"
            )
        assert office_settings.stored(ws.db) == {}
        written = evaluations.write_sheets(ws, round_id, tmp_path / "out")
        wb = openpyxl.load_workbook(sorted(p for p in written.files if p.suffix == ".xlsx")[0])
        sheet = wb.worksheets[0]
        lines = [sheet.cell(r, 2).value for r in range(6, 6 + 4)]
        assert lines == [d.name for d in ws.profile.evaluation.scoring[group]]
        assert wb["_keys"].sheet_state == "veryHidden" and sheet.protection.sheet
        assert sheet["A1"].value == "2026年度绩效评估专家评分表"  # the kind not said twice
        # Dimensions without indicators have no criteria: no empty 评分标准 column to read.
        assert all(sheet.cell(r, 3).value is None for r in range(6, 10))
        assert sheet.column_dimensions["C"].hidden
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
        assert len(written.files) == 2 * written.experts  # a PDF beside each workbook
        # A template changed now applies to the next round, not to sheets already out.
        changed = office_settings.change(
            ws.db,
            ws.profile,
            ws.actor,
            f"scoring.{group}",
            "场地条件 60（面积 30、设施 30）；涉外接待能力 40",
        )
        again = evaluations.write_sheets(
            dataclasses.replace(ws, profile=changed.profile),
            round_id,
            tmp_path / "again",
            pdf=False,
        )
        sheet = openpyxl.load_workbook(sorted(again.files)[0]).worksheets[0]
        assert sheet.cell(6, 2).value == lines[0]
    finally:
        ws.close()


def test_returned_workbooks_come_back_once_and_can_be_undone(ws: Workspace, tmp_path: Path) -> None:
    round_id = _round(ws)
    _sheets_and_scores(ws, round_id, tmp_path / "out", [0.7, 0.75, 0.8, 0.85, 0.9])
    results = evaluations.round_results(ws, round_id)
    assert results.complete
    first = results.targets[0]
    # Five totals 70…90: the highest and lowest go, the mean of the rest is the panel score.
    assert sorted(t.total for t in first.totals) == [70, 75, 80, 85, 90]
    assert first.panel_score == 80 and first.spread == 20
    path = sorted((tmp_path / "out").glob("*.xlsx"))[0]
    again = evaluations.import_scores(ws, evaluations.check_scores_file(ws, round_id, path))
    assert (again.written, again.import_id) == (0, None)  # the same file twice changes nothing
    _fill(path, 0.2)
    evaluations.import_scores(ws, evaluations.check_scores_file(ws, round_id, path))
    corrected = evaluations.round_results(ws, round_id).targets[0]
    assert sorted(t.total for t in corrected.totals) == [20, 75, 80, 85, 90]
    assert corrected.panel_score == 80  # the lowest total is the one dropped
    undone = evaluations.undo_last_import(ws, round_id)
    assert undone.restored == 3 * len(ws.profile.evaluation.scoring[first.group])
    restored = evaluations.round_results(ws, round_id).targets[0]
    assert sorted(t.total for t in restored.totals) == [70, 75, 80, 85, 90]


def test_a_sheet_from_another_round_or_out_of_range_writes_nothing(
    ws: Workspace, tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    round_id = _round(ws)
    written = evaluations.write_sheets(ws, round_id, tmp_path / "out", pdf=False)
    path = sorted(written.files)[0]
    wb = openpyxl.load_workbook(path)
    sheet = wb.worksheets[0]
    row = 6
    while sheet.cell(row, 2).value != "合计":
        sheet.cell(row, 5).value = sheet.cell(row, 4).value
        row += 1
    sheet.cell(6, 5).value = sheet.cell(6, 4).value + 1
    sheet.cell(7, 5).value = None
    wb.save(path)
    db = str(ws.db.path)
    ws.close()  # the command opens the database as another desk would
    ran = cli("--db", db, "scores", "import", str(path), "--round", str(round_id), "--json")
    report = json.loads(ran.stdout)
    assert ran.returncode == 1 and report["written"] == 0
    codes = {e["code"] for e in report["errors"]}
    assert {"out_of_range", "missing_score"} <= codes
    assert all(e["sheet"] for e in report["errors"] if e["code"] == "out_of_range")
    data = json.loads(
        cli("--db", db, "evaluation", "results", "--round", str(round_id), "--json").stdout
    )
    assert data["targets"][0]["totals"] == []
    ran = cli("--db", db, "scores", "import", str(path), "--round", "99")
    assert ran.returncode == 2 and "评估批次 99 不存在" in ran.stderr


def test_a_summary_is_checked_against_panels_conflicts_and_maxima(
    ws: Workspace, tmp_path: Path
) -> None:
    round_id = _round(ws)
    targets = evaluations.round_targets(ws, round_id)
    members = evaluations.round_draws(ws, round_id)[0][1]
    sitting = [m.expert_id for m in members if m.role == "member"]
    reserve = next(m.expert_id for m in members if m.role == "reserve")
    names = {e.id: e.name for e in experts.load_experts(ws)}
    conflicted = sitting[1]
    form = experts.expert_form_values(ws, conflicted)
    form["relations"] = (
        f"{targets[1].org_name}（{targets[1].uscc}）：持股"  # declared after the draw
    )
    experts.update_expert(ws, conflicted, form)
    rows = [
        [names[sitting[0]], targets[0].uscc, "", 88],
        [names[sitting[0]], targets[1].uscc, "", 101],
        [names[reserve], targets[0].uscc, "", 80],
        [names[conflicted], targets[1].uscc, "", 70],
        [names[sitting[2]], VALID_USCC[4], "", 70],
        ["不认识", targets[0].uscc, "", 70],
    ]
    checked = evaluations.check_scores_file(ws, round_id, _summary(tmp_path / "汇总.xlsx", rows))
    by_row = {f.row: f.code for f in checked.errors}
    assert by_row == {
        4: "out_of_range",
        5: "not_on_panel",
        6: "conflict",
        7: "unknown_target",
        8: "unknown_expert",
    }
    with pytest.raises(UserError, match="未导入"):
        evaluations.import_scores(ws, checked)
    good = [[names[e], targets[0].uscc, "", 60 + i] for i, e in enumerate(sitting)]
    checked = evaluations.check_scores_file(ws, round_id, _summary(tmp_path / "好.xlsx", good))
    assert not checked.errors and checked.source == "summary"
    evaluations.import_scores(ws, checked)
    first = evaluations.round_results(ws, round_id).targets[0]
    assert first.panel_score == 62 and not first.missing


@pytest.mark.rule("BJ2016-14")
def test_grades_follow_the_cut_offs_and_a_quota_tie_is_left_to_the_officer(
    ws: Workspace, tmp_path: Path
) -> None:
    round_id = _round(ws, targets=3)
    targets = evaluations.round_targets(ws, round_id)
    members = [
        m.expert_id for m in evaluations.round_draws(ws, round_id)[0][1] if m.role == "member"
    ]
    names = {e.id: e.name for e in experts.load_experts(ws)}
    scores = {targets[0].uscc: 95, targets[1].uscc: 95, targets[2].uscc: 70}
    rows = [[names[e], uscc, "", s] for uscc, s in scores.items() for e in members]
    evaluations.import_scores(
        ws, evaluations.check_scores_file(ws, round_id, _summary(tmp_path / "s.xlsx", rows))
    )
    top, passed = (g.name for g in ws.profile.evaluation.grades[:2])
    graded = [t.grade for t in evaluations.round_results(ws, round_id).targets]
    assert graded == [top, top, passed]
    changed = office_settings.change(ws.db, ws.profile, ws.actor, "grade_cutoffs", "96；60；0")
    with_cutoffs = dataclasses.replace(ws, profile=changed.profile)
    assert evaluations.round_results(with_cutoffs, round_id).targets[0].grade == passed
    changed = office_settings.change(ws.db, ws.profile, ws.actor, "top_grade_quota_percent", "34")
    quota = dataclasses.replace(ws, profile=changed.profile)
    results = evaluations.round_results(quota, round_id)
    assert results.quota == 1
    tied = [t for t in results.targets if any(f.code == "quota_tie" for f in t.flags)]
    assert len(tied) == 2 and all(t.grade is None for t in tied)  # the officer decides
    assert len(evaluations.preview_conclusion(quota, round_id).unresolved) == 2
    with pytest.raises(UserError, match="没有评估等级"):
        evaluations.conclude(quota, round_id)
    evaluations.set_grade(quota, round_id, tied[1].target_id, top, "专家组复议：示范作用突出")
    evaluations.set_grade(quota, round_id, tied[0].target_id, passed, "同分时按国际合作项目数")
    results = evaluations.round_results(quota, round_id)
    assert [t.grade for t in results.targets] == [passed, top, passed]
    assert not any(f.code == "quota_tie" for t in results.targets for f in t.flags)
    with pytest.raises(UserError, match="不是评估等级"):
        evaluations.set_grade(quota, round_id, tied[0].target_id, "特优", "无")


def test_a_far_total_is_flagged_explained_and_results_print_as_json(
    ws: Workspace, tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    round_id = _round(ws, targets=1)
    (target,) = evaluations.round_targets(ws, round_id)
    members = [
        m.expert_id for m in evaluations.round_draws(ws, round_id)[0][1] if m.role == "member"
    ]
    names = {e.id: e.name for e in experts.load_experts(ws)}
    totals = [80, 82, 84, 86, 40]
    rows = [[names[e], target.uscc, "", s] for e, s in zip(members, totals, strict=True)]
    evaluations.import_scores(
        ws, evaluations.check_scores_file(ws, round_id, _summary(tmp_path / "s.xlsx", rows))
    )
    db = str(ws.db.path)
    ws.close()
    data = json.loads(
        cli("--db", db, "evaluation", "results", "--round", str(round_id), "--json").stdout
    )
    [shown] = data["targets"]
    assert {
        "base_id",
        "uscc",
        "base_name",
        "totals",
        "panel_score",
        "rank",
        "grade",
        "flags",
    } <= set(shown)
    [flag] = [f for f in shown["flags"] if f["code"] == "outlier"]
    assert flag["expert_id"] == members[4] and shown["panel_score"] == 82
    explain = ["--db", db, "evaluation", "explain", "--round", str(round_id)]
    note = ["--note", "专家书面说明：现场核查发现问题"]
    ran = cli(*explain, "--base", target.base_name, "--expert", "无此人", *note)
    assert ran.returncode == 2 and "专家库中没有编号或姓名为“无此人”的专家" in ran.stderr
    # As on the paper in front of the officer: the base's name, the expert's name.
    ran = cli(*explain, "--base", target.base_name, "--expert", names[members[4]], *note)
    assert ran.returncode == 0, ran.stderr
    data = json.loads(
        cli("--db", db, "evaluation", "results", "--round", str(round_id), "--json").stdout
    )
    assert data["targets"][0]["flags"][0]["explanation"].startswith("专家书面说明")
    # The settings move the line (at 60 % nothing is far) and the method.
    assert cli("--db", db, "set-office-default", "outlier_percent", "60").returncode == 0
    assert cli("--db", db, "set-office-default", "score_aggregation", "平均分").returncode == 0
    data = json.loads(
        cli("--db", db, "evaluation", "results", "--round", str(round_id), "--json").stdout
    )
    assert data["targets"][0]["flags"] == [] and data["targets"][0]["panel_score"] == 74.4


totals_strategy = st.lists(st.floats(0, 100, allow_nan=False), min_size=1, max_size=15)


@settings(max_examples=200, deadline=None)
@given(totals_strategy, st.sampled_from(["mean", "trimmed_mean", "median"]))
def test_a_panel_score_lies_between_the_lowest_and_highest_total(
    totals: list[float], method: str
) -> None:
    score = evaluations.panel_score(totals, method, 5)
    assert min(totals) - 0.01 <= score <= max(totals) + 0.01
    assert evaluations.panel_score(list(reversed(totals)), method, 5) == score


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 100), min_size=5, max_size=15))
def test_trimming_ignores_one_extreme_at_each_end(totals: list[int]) -> None:
    lifted = sorted(totals)
    lifted[-1] += 1000  # however far the highest total goes, it does not count
    assert evaluations.panel_score(lifted, "trimmed_mean", 5) == evaluations.panel_score(
        totals, "trimmed_mean", 5
    )


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.integers(0, 50), st.integers(0, 10), min_size=1))
def test_equal_scores_share_a_rank_and_ranks_skip_after_a_tie(scores: dict[int, int]) -> None:
    ranked = evaluations.ranks(scores)
    for a in scores:
        assert ranked[a] == 1 + sum(1 for b in scores if scores[b] > scores[a])


def test_the_engine_reads_decimal_points(tmp_path: Path) -> None:
    path = _summary(tmp_path / "s.xlsx", [["专家", VALID_USCC[0], "", "8.5分"]])
    report = sheets.check(sheets.read(path), evaluations_schema())
    assert report.rows[0].values["score"] == 8.5


def evaluations_schema():  # type: ignore[no-untyped-def]
    from intlbase_desk.evaluations.score_schema import SCORE_SUMMARY

    return SCORE_SUMMARY


def test_results_and_filled_sheets_are_written_out(ws: Workspace, tmp_path: Path) -> None:
    round_id = _round(ws, targets=2)
    _sheets_and_scores(ws, round_id, tmp_path / "out", [0.7, 0.75, 0.8, 0.85, 0.9])
    assert evaluations.write_results(ws, round_id, tmp_path / "结果.xlsx") == 2
    sheet = openpyxl.load_workbook(tmp_path / "结果.xlsx").active
    assert [c.value for c in sheet[1]][:3] == ["组别", "组内排名", "基地名称"]
    assert sheet.cell(2, 7).value == 80  # the panel score
    assert evaluations.write_results(ws, round_id, tmp_path / "结果.pdf") == 2
    pages = evaluations.write_filled_sheets(ws, round_id, tmp_path / "评分汇总.pdf")
    assert pages == 2 and (tmp_path / "评分汇总.pdf").read_bytes().startswith(b"%PDF")


def test_names_with_markup_print_as_typed(ws: Workspace, tmp_path: Path) -> None:
    """A name such as “A&B<研究院>” is text on a sheet, not markup that breaks the page."""
    round_id = _round(ws, targets=1)
    (target,) = evaluations.round_targets(ws, round_id)
    with ws.db.transaction() as session:
        from intlbase_desk.models import EvaluationTarget

        row = session.get(EvaluationTarget, target.id)
        row.base_name = "A&B<研究院>国际联合研究中心"
    written = evaluations.write_sheets(ws, round_id, tmp_path / "out")
    pdf = next(p for p in written.files if p.suffix == ".pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "A&B<研究院>" in text.replace(" ", "")


def test_a_sheet_saved_by_libreoffice_comes_back(ws: Workspace) -> None:
    """The fixture is an expert's workbook as this app wrote it for the round built here,
    filled in and saved again by LibreOffice Calc (its formulas computed, its sheets rewritten)."""
    for i, uscc in enumerate(VALID_USCC[:2]):
        org = register.add_organization(ws, org_form(uscc=uscc, name=f"依托单位{i}")).id
        values = base_form(org, recognized_on="2023-06-01", cert_no="")
        values["name"] = f"合作基地{i}"
        register.add_base(ws, values)
    round_id = evaluations.open_round(ws, 2026).round.id
    for i in range(5):
        experts.add_expert(ws, {"name": f"专家{i:02d}", "phone": f"139{i:08d}"})
    group = evaluations.groups(ws, round_id)[0]
    evaluations.draw_panel(ws, round_id, group, seed="lo", size=5, reserves=0)
    path = Path(__file__).parents[1] / "fixtures" / "sheets" / "scores_returned_libreoffice.xlsx"
    checked = evaluations.check_scores_file(ws, round_id, path)
    assert checked.source == "workbook" and not checked.errors
    evaluations.import_scores(ws, checked)
    results = evaluations.round_results(ws, round_id)
    lines = len(ws.profile.evaluation.scoring[group])
    assert [t.totals[0].total for t in results.targets] == [100 - 2.5 * lines] * 2


def test_a_summary_as_third_parties_type_it(ws: Workspace, tmp_path: Path) -> None:
    """Names retyped with spaces or full-width digits, a sum row at the bottom, a code that
    belongs to another base, a member's score left out, and a file with no scores."""
    round_id = _round(ws, targets=2)
    targets = evaluations.round_targets(ws, round_id)
    sitting = [
        m.expert_id for m in evaluations.round_draws(ws, round_id)[0][1] if m.role == "member"
    ]
    names = {e.id: e.name for e in experts.load_experts(ws)}
    spaced = names[sitting[0]][:1] + " " + names[sitting[0]][1:].replace("0", "０")
    rows = [[spaced, "", " ".join(targets[0].base_name), 80]]
    rows += [[names[e], targets[0].uscc, "", 81] for e in sitting[1:4]]
    rows += [[names[sitting[4]], targets[1].uscc, targets[0].base_name, 82], ["合计", "", "", 323]]
    checked = evaluations.check_scores_file(ws, round_id, _summary(tmp_path / "s.xlsx", rows))
    [mismatch] = checked.errors
    assert "不一致" in mismatch.message and targets[1].base_name in mismatch.message
    assert len(checked.entries) == 4
    missing = [w for w in checked.warnings if w.code == "missing_pair"]
    assert [w.value for w in missing] == [names[sitting[4]]]
    empty = evaluations.check_scores_file(ws, round_id, _summary(tmp_path / "e.xlsx", []))
    assert [e.code for e in empty.errors] == ["no_scores"]


def test_only_a_flagged_total_is_explained(ws: Workspace, tmp_path: Path) -> None:
    round_id = _round(ws, targets=1)
    (target,) = evaluations.round_targets(ws, round_id)
    sitting = [
        m.expert_id for m in evaluations.round_draws(ws, round_id)[0][1] if m.role == "member"
    ]
    names = {e.id: e.name for e in experts.load_experts(ws)}
    rows = [[names[e], target.uscc, "", 80] for e in sitting]
    evaluations.import_scores(
        ws, evaluations.check_scores_file(ws, round_id, _summary(tmp_path / "s.xlsx", rows))
    )
    with pytest.raises(UserError, match="没有偏离提示"):
        evaluations.explain_flag(ws, round_id, target.id, sitting[0], "说明")


def test_scores_of_an_expert_made_inactive_after_the_draw_are_flagged(
    ws: Workspace, tmp_path: Path
) -> None:
    round_id = _round(ws, targets=1)
    (target,) = evaluations.round_targets(ws, round_id)
    sitting = [
        m.expert_id for m in evaluations.round_draws(ws, round_id)[0][1] if m.role == "member"
    ]
    experts.set_expert_active(ws, sitting[0], False, "违反回避承诺")
    names = {e.id: e.name for e in experts.load_experts(ws)}
    rows = [[names[e], target.uscc, "", 80] for e in sitting]
    checked = evaluations.check_scores_file(ws, round_id, _summary(tmp_path / "s.xlsx", rows))
    assert not checked.errors
    assert [w.value for w in checked.warnings if w.code == "inactive_expert"] == [names[sitting[0]]]


def test_a_sheet_not_scored_at_all_is_one_problem_not_one_per_line(
    ws: Workspace, tmp_path: Path
) -> None:
    round_id = _round(ws, targets=2)
    written = evaluations.write_sheets(ws, round_id, tmp_path / "out", pdf=False)
    path = sorted(written.files)[0]
    wb = openpyxl.load_workbook(path)
    first = next(s for s in wb.worksheets if s.sheet_state == "visible")
    row = 6
    while first.cell(row, 2).value != "合计":
        first.cell(row, 5).value = first.cell(row, 4).value
        row += 1
    wb.save(path)
    checked = evaluations.check_scores_file(ws, round_id, path)
    assert [(e.code, e.sheet) for e in checked.errors] == [
        ("unscored_sheet", s.title)
        for s in wb.worksheets
        if s.sheet_state == "visible" and s.title != first.title
    ]
    with pytest.raises(UserError, match=r"已有 \d+ 份同名的评分表"):
        evaluations.write_sheets(ws, round_id, tmp_path / "out", pdf=False)  # never over them
