"""Which experts' sheets count for a target once circumstances change after the scores came in:
a relation declared later (回避), a member recorded as unable to take part, a second typing of
the paper sheets that differs from the first (issue 9)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from intlbase_desk import evaluations, experts
from intlbase_desk.workspace import Workspace, open_workspace
from tests.conftest import Ran
from tests.core.test_scores import _round, _summary


def _scored(ws: Workspace, tmp_path: Path, targets: int = 2) -> tuple[int, list[int]]:
    """A round whose sitting members gave every target a total: 80, 81, 82 … in drawn order."""
    round_id = _round(ws, targets=targets, panel=3)
    sitting = [
        m.expert_id for m in evaluations.round_draws(ws, round_id)[0][1] if m.role == "member"
    ]
    names = {e.id: e.name for e in experts.load_experts(ws)}
    rows = [
        [names[e], t.uscc, "", 80 + i]
        for t in evaluations.round_targets(ws, round_id)
        for i, e in enumerate(sitting)
    ]
    checked = evaluations.check_scores_file(ws, round_id, _summary(tmp_path / "s.xlsx", rows))
    assert not checked.errors, checked.errors
    evaluations.import_scores(ws, checked)
    return round_id, sitting


def _by_base(ws: Workspace, round_id: int) -> dict[str, evaluations.TargetResult]:
    return {t.base_name: t for t in evaluations.round_results(ws, round_id).targets}


def test_a_relation_declared_after_the_scores_takes_them_out_for_that_host_only(
    ws: Workspace, tmp_path: Path
) -> None:
    round_id, sitting = _scored(ws, tmp_path)
    before = _by_base(ws, round_id)
    assert before["合作基地0"].panel_score == 81  # the mean of 80, 81 and 82
    first = evaluations.round_targets(ws, round_id)[0]
    values = experts.expert_form_values(ws, sitting[2])
    values["relations"] = f"{first.org_name}（{first.uscc}）：持股"
    experts.update_expert(ws, sitting[2], values)

    after = _by_base(ws, round_id)
    conflicted = after[first.base_name]
    assert [t.expert_id for t in conflicted.totals] == sitting[:2]
    assert conflicted.panel_score == 80.5 and not conflicted.missing
    (flag,) = [f for f in conflicted.flags if f.code == "conflict"]
    assert flag.expert_id == sitting[2] and "持股" in flag.message
    other = after["合作基地1"]  # the relation is with the first host only
    assert other.panel_score == 81 and not any(f.code == "conflict" for f in other.flags)
    (said,) = evaluations.scored_conflicts(ws, {sitting[2]})  # what the window says on saving
    assert first.base_name in said and "现须回避" in said
    assert evaluations.scored_conflicts(ws, {sitting[0]}) == []


def test_a_member_who_cannot_take_part_after_scoring_is_replaced_and_not_counted(
    ws: Workspace, tmp_path: Path
) -> None:
    round_id, sitting = _scored(ws, tmp_path, targets=1)
    reserve = evaluations.decline(ws, round_id, sitting[0], "身体原因").seated
    (result,) = evaluations.round_results(ws, round_id).targets
    assert [t.expert_id for t in result.totals] == sitting[1:]
    names = {e.id: e.name for e in experts.load_experts(ws)}
    assert result.missing == [names[reserve.expert_id]]  # the reserve has still to score
    assert result.panel_score is None
    (flag,) = [f for f in result.flags if f.code == "not_on_panel"]
    assert flag.expert_id == sitting[0]


def test_a_concluded_round_keeps_the_results_it_was_concluded_with(
    ws: Workspace, tmp_path: Path
) -> None:
    round_id, sitting = _scored(ws, tmp_path, targets=1)
    evaluations.conclude(ws, round_id)
    (target,) = evaluations.round_targets(ws, round_id)
    values = experts.expert_form_values(ws, sitting[0])
    values["relations"] = f"{target.org_name}（{target.uscc}）：持股"
    experts.update_expert(ws, sitting[0], values)
    (result,) = evaluations.round_results(ws, round_id).targets
    assert len(result.totals) == 3 and result.panel_score == 81


def test_a_second_typing_that_differs_is_said_at_once_and_holds_the_panel_score(
    ws: Workspace, tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    round_id, sitting = _scored(ws, tmp_path, targets=1)  # first typing: 80, 81, 82
    (target,) = evaluations.round_targets(ws, round_id)
    names = {e.id: e.name for e in experts.load_experts(ws)}
    db = str(ws.db.path)
    ws.close()

    def second(points: list[int], name: str) -> str:
        rows = [[names[e], target.uscc, "", p] for e, p in zip(sitting, points, strict=True)]
        return str(_summary(tmp_path / name, rows))

    typed = second([80, 71, 82], "复核录入.xlsx")
    args = ["--db", db, "scores", "import", typed, "--round", str(round_id), "--pass", "2"]
    ran = cli(*args, "--dry-run")
    assert ran.returncode == 0, ran.stderr
    assert f"{names[sitting[1]]}对“{target.base_name}”的“总分”：第一遍 81，第二遍 71" in ran.stdout
    ran = cli(*args, "--json")
    warned = [w for w in json.loads(ran.stdout)["warnings"] if w["code"] == "double_entry"]
    assert len(warned) == 1

    ws = open_workspace(db)
    try:
        (result,) = evaluations.round_results(ws, round_id).targets
        assert result.panel_score is None
        assert [f.code for f in result.flags] == ["double_entry"]
    finally:
        ws.close()
    rehearsed = cli("--db", db, "evaluation", "conclude", "--round", str(round_id), "--dry-run")
    assert rehearsed.returncode == 1 and "现在办结会被拒绝" in rehearsed.stdout
    fixed = second([80, 81, 82], "复核录入（改正）.xlsx")
    ran = cli("--db", db, "scores", "import", fixed, "--round", str(round_id), "--pass", "2")
    assert ran.returncode == 0 and "不一致" not in ran.stdout
    ws = open_workspace(db)
    try:
        assert evaluations.round_results(ws, round_id).targets[0].panel_score == 81
    finally:
        ws.close()


def test_bases_are_ranked_within_their_group(ws: Workspace, tmp_path: Path) -> None:
    from intlbase_desk import register
    from tests.conftest import VALID_USCC, base_form, org_form

    for i, base_type in enumerate(t.id for t in ws.profile.base_types[:2]):
        org = register.add_organization(ws, org_form(uscc=VALID_USCC[i], name=f"单位{i}")).id
        values = base_form(org, recognized_on="2023-06-01", cert_no="")
        values["base_type"], values["name"] = base_type, f"基地{i}"
        register.add_base(ws, values)
    round_id = evaluations.open_round(ws, 2026).round.id
    for i in range(3):
        experts.add_expert(ws, {"name": f"专家{i:02d}", "phone": f"139{i:08d}"})
    for group in evaluations.groups(ws, round_id):
        evaluations.draw_panel(ws, round_id, group, seed="g", size=3, reserves=0)
    names = {e.id: e.name for e in experts.load_experts(ws)}
    rows = [
        [names[m.expert_id], t.uscc, "", 80 - 10 * i]
        for i, t in enumerate(evaluations.round_targets(ws, round_id))
        for d, members in evaluations.round_draws(ws, round_id)
        if d.group_key == t.group_key
        for m in members
        if m.role == "member"
    ]
    checked = evaluations.check_scores_file(ws, round_id, _summary(tmp_path / "s.xlsx", rows))
    evaluations.import_scores(ws, checked)
    ranks = {t.base_name: t.rank for t in evaluations.round_results(ws, round_id).targets}
    assert ranks == {"基地0": 1, "基地1": 1}  # 70 is the best of its own group


def test_the_command_line_says_what_an_expert_change_means_for_open_rounds(
    ws: Workspace, tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    import openpyxl

    round_id, sitting = _scored(ws, tmp_path, targets=1)
    (target,) = evaluations.round_targets(ws, round_id)
    pool = {e.id: e for e in experts.load_experts(ws)}
    members = evaluations.round_draws(ws, round_id)[0][1]
    reserve = [m.expert_id for m in members if m.role == "reserve"][-1]  # the first one sits
    evaluations.decline(ws, round_id, sitting[1], "出差")
    db = str(ws.db.path)
    ws.close()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "姓名", "工作单位", "手机", "回避单位及关系", "状态"])
    late = pool[sitting[2]]
    sheet.append(
        [1, late.name, "", late.phone, f"{target.org_name}（{target.uscc}）：持股", "启用"]
    )
    book.save(tmp_path / "专家名单.xlsx")

    ran = cli("--db", db, "experts", "import", str(tmp_path / "专家名单.xlsx"))
    assert ran.returncode == 0, ran.stderr
    assert f"提醒：{late.name}已在" in ran.stdout and "现须回避" in ran.stdout
    again = cli("--db", db, "experts", "import", str(tmp_path / "专家名单.xlsx"), "--json")
    assert json.loads(again.stdout)["notices"] == []  # nothing changed, nothing to say

    seated = cli("--db", db, "experts", "deactivate", str(sitting[0]), "--reason", "退休")
    assert seated.returncode == 0 and "仍是" in seated.stdout and "评审专家" in seated.stdout
    kept = cli("--db", db, "experts", "deactivate", str(reserve), "--reason", "退休")
    assert "组的候补专家" in kept.stdout, kept.stdout
    declined = cli("--db", db, "experts", "deactivate", str(sitting[1]), "--reason", "退休")
    assert declined.returncode == 0 and "提醒" not in declined.stdout
    back = cli("--db", db, "experts", "activate", str(sitting[0]), "--reason", "返聘")
    assert back.returncode == 0 and "提醒" not in back.stdout


def test_the_results_list_and_filled_sheets_are_written_from_the_command_line(
    ws: Workspace, tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    import openpyxl
    from pypdf import PdfReader

    round_id, _sitting = _scored(ws, tmp_path)
    db = str(ws.db.path)
    ws.close()
    base = ["--db", db, "evaluation", "results", "--round", str(round_id)]
    ran = cli(
        *base, "--out", str(tmp_path / "结果.xlsx"), "--filled-sheets", str(tmp_path / "汇总.pdf")
    )
    assert ran.returncode == 0, ran.stderr
    assert "结果清单已保存（2 个基地）" in ran.stdout and "评分汇总表已保存（2 页）" in ran.stdout
    sheet = openpyxl.load_workbook(tmp_path / "结果.xlsx").active
    assert [c.value for c in sheet[1]][:3] == ["组别", "组内排名", "基地名称"]
    assert sorted(sheet.cell(r, 3).value for r in (2, 3)) == ["合作基地0", "合作基地1"]
    pages = PdfReader(tmp_path / "汇总.pdf").pages
    assert len(pages) == 2 and "专家组得分：81" in pages[0].extract_text()
    listed = cli(*base, "--json", "--out", str(tmp_path / "结果.pdf"))
    assert json.loads(listed.stdout)["round"] == round_id  # the file is said on stderr
    assert "合作基地0" in PdfReader(tmp_path / "结果.pdf").pages[0].extract_text()
    refused = cli(*base, "--out", str(tmp_path / "结果.docx"))
    assert refused.returncode == 2 and ".xlsx、.csv 或 .pdf" in refused.stderr
    assert not (tmp_path / "结果.docx").exists()
