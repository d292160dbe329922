"""A round's results written out: the results list (xlsx or csv through the one engine, or PDF)
and each target's filled score sheet (PDF: every expert's points per line and the panel score).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from intlbase_desk import sheets
from intlbase_desk.evaluations import score_lines
from intlbase_desk.evaluations.panels import group_name
from intlbase_desk.evaluations.results import RoundResults, round_results
from intlbase_desk.evaluations.sheet_pdf import SheetPage, render
from intlbase_desk.infra.errors import UserError
from intlbase_desk.models import EvaluationRound
from intlbase_desk.workspace import Workspace

COLUMNS = (
    sheets.TableColumn("组别", "text", 16),
    sheets.TableColumn("组内排名", "number", 8),
    sheets.TableColumn("基地名称", "text", 36),
    sheets.TableColumn("依托单位", "text", 30),
    sheets.TableColumn("统一社会信用代码", "code", 22),
    sheets.TableColumn("专家人数", "number", 8),
    sheets.TableColumn("得分", "number", 8),
    sheets.TableColumn("等级", "text", 8),
    sheets.TableColumn("极差", "number", 8),
    sheets.TableColumn("标准差", "number", 8),
    sheets.TableColumn("提示", "text", 60),
)


def _flags(result: object) -> str:
    return "；".join(
        f.message + (f"（说明：{f.explanation}）" if f.explanation else "")
        for f in result.flags  # type: ignore[attr-defined]
    )


def result_rows(found: RoundResults, group_name: Callable[[str], str] = str) -> list[list[object]]:
    ordered = sorted(
        found.targets, key=lambda t: (t.group, t.rank is None, t.rank or 0, t.target_id)
    )
    return [
        [
            group_name(t.group),
            t.rank,
            t.base_name,
            t.org_name,
            t.uscc,
            len(t.totals),
            t.panel_score,
            t.grade or "",
            t.spread,
            t.stdev,
            _flags(t),
        ]
        for t in ordered
    ]


def write_results(ws: Workspace, round_id: int, path: Path) -> int:
    """The results list, by the file's suffix (.xlsx, .csv or .pdf); returns the rows."""
    found = round_results(ws, round_id)
    rows = result_rows(found, lambda g: group_name(ws, g))
    if path.suffix.lower() != ".pdf":
        return sheets.write_table(path, COLUMNS, rows, sheet_name="评估结果")
    from intlbase_desk.evaluations.sheet_pdf import render_table

    title = f"{found.round.name}结果"
    render_table(path, title, [c.header for c in COLUMNS], rows)
    return len(rows)


def write_filled_sheets(ws: Workspace, round_id: int, path: Path) -> int:
    """One page per target: each expert's points per line, their totals, the panel score."""
    found = round_results(ws, round_id, with_lines=True)
    with ws.db.transaction() as session:
        round_row = session.get(EvaluationRound, round_id)
        assert round_row is not None
        templates = score_lines.templates(session, round_row, ws.profile, freeze=False)
    pages = []
    for t in found.targets:
        if not t.totals:
            continue
        template = templates[t.group]
        columns: dict[str, dict[str, float]] = {}
        for e in t.totals:
            lines = dict(e.lines)
            if score_lines.TOTAL in lines:  # a third party gave the total alone
                lines = {}
            columns[e.expert] = lines | {"合计": e.total}
        score = "—" if t.panel_score is None else f"{t.panel_score:g}"
        flags = _flags(t)
        footer = [f"专家组得分：{score}　　等级：{t.grade or '未定'}"] + (
            [f"提示：{flags}"] if flags else []
        )
        pages.append(
            SheetPage(found.round.name, t.base_name, t.org_name, "", template, columns, footer)
        )
    if not pages:
        raise UserError(f"{found.round.name}还没有评分，无法生成评分汇总表")
    return render(path, pages)
