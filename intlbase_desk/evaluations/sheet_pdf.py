"""Score sheets as PDF pages: blank for a panel that scores on paper, or filled with every
expert's points and the panel score for the file of a target (one page per sheet)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from intlbase_desk.evaluations.score_lines import Template
from intlbase_desk.infra import files
from intlbase_desk.infra.pdf_fonts import NUMBER_FONT, bundled_font


@dataclass(frozen=True)
class SheetPage:
    round_name: str
    base_name: str
    org_name: str
    expert_name: str  # "" on a target's filled sheet, which lists every expert
    template: Template
    # Filled sheets: column header → points of each line (and "合计"), in column order.
    columns: dict[str, dict[str, float]] = field(default_factory=dict)
    footer: list[str] = field(default_factory=list)  # lines under the table


def render(path: Path, pages: list[SheetPage]) -> int:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    font = bundled_font()
    title = ParagraphStyle("title", fontName=font, fontSize=15, leading=20, alignment=1)
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=15)
    cell = ParagraphStyle("cell", fontName=font, fontSize=9.5, leading=12)
    story: list = []
    for number, page in enumerate(pages):
        if number:
            story.append(PageBreak())
        # Paragraphs read markup: names as officers typed them are escaped.
        story.append(Paragraph(escape(f"{page.round_name}专家评分表"), title))
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(escape(f"基地名称：{page.base_name}"), body))
        story.append(Paragraph(escape(f"依托单位：{page.org_name}"), body))
        if page.expert_name:
            story.append(Paragraph(escape(f"评审专家：{page.expert_name}"), body))
        story.append(Spacer(1, 3 * mm))
        experts = list(page.columns)
        # A template of dimensions only has no criteria: no empty column for them.
        criteria = any(line.criteria for line in page.template.lines)
        named = ["序号", "指标", *(["评分标准"] if criteria else []), "满分"]
        header = named + (experts or ["得分"])
        rows: list[list] = [[Paragraph(escape(h), cell) for h in header]]
        for i, line in enumerate(page.template.lines, start=1):
            scores = [_points(page.columns[e].get(line.name)) for e in experts] or [""]
            explained = [Paragraph(escape(line.criteria), cell)] if criteria else []
            rows.append(
                [
                    str(i),
                    Paragraph(escape(line.name), cell),
                    *explained,
                    f"{line.points:g}",
                    *scores,
                ]
            )
        totals = [_points(page.columns[e].get("合计")) for e in experts] or [""]
        blank = [""] if criteria else []
        rows.append(["", Paragraph("合计", cell), *blank, f"{page.template.total:g}", *totals])
        widths = _widths(len(header) - len(named), criteria)
        table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
        points = len(named) - 1  # the first column of figures
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), font, 9.5),
                    ("FONT", (0, 1), (0, -1), NUMBER_FONT, 9.5),
                    ("FONT", (points, 1), (-1, -1), NUMBER_FONT, 9.5),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (points, 1), (-1, -1), "CENTER"),
                    # Room to write a score by hand.
                    ("TOPPADDING", (0, 1), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
                ]
            )
        )
        story.append(table)
        story.append(Spacer(1, 10 * mm))
        for line in page.footer:
            story.append(Paragraph(escape(line), body))
        if page.footer:
            story.append(Spacer(1, 6 * mm))
        signer = "评审专家签名" if page.expert_name else "专家组组长签名"
        story.append(Paragraph(f"{signer}：________________　　日期：____年__月__日", body))
    with files.replacing(path) as partial:
        document = SimpleDocTemplate(
            str(partial),
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title=pages[0].round_name if pages else "",
        )
        document.build(story)
    return len(pages)


WIDTH = 174  # mm: A4 less the margins
NUMBER, POINTS = 12, 14  # mm: 序号, 满分


def _widths(scores: int, criteria: bool) -> list[float]:
    """Columns in mm: the score columns as wide as a name of three or four characters while
    the text keeps room (a panel of seven on a template with criteria: narrower ones)."""
    text_room = 70 if criteria else 36
    score = max(11.0, min(20.0, (WIDTH - NUMBER - POINTS - text_room) / scores))
    left = WIDTH - NUMBER - POINTS - score * scores
    texts = [left * 0.45, left * 0.55] if criteria else [left]
    return [NUMBER, *texts, POINTS] + [score] * scores


def _points(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def render_table(path: Path, title: str, header: list[str], rows: list[list[object]]) -> int:
    """A list (the results of a round) as a landscape table, the header on every page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = bundled_font()
    heading = ParagraphStyle("title", fontName=font, fontSize=15, leading=20, alignment=1)
    cell = ParagraphStyle("cell", fontName=font, fontSize=9, leading=11)
    figure = ParagraphStyle("figure", fontName=NUMBER_FONT, fontSize=9, leading=11)

    def shown(value: object) -> Paragraph:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return Paragraph(f"{value:g}" if isinstance(value, float) else str(value), figure)
        text = "" if value is None else str(value)
        # Credit codes and other Latin text: the plain face, as for the figures.
        return Paragraph(escape(text), figure if text.isascii() else cell)

    data = [[shown(h) for h in header]] + [[shown(v) for v in row] for row in rows]
    widths = [24, 12, 50, 42, 40, 12, 12, 12, 12, 12, 44]  # mm, as results_out.COLUMNS
    table = Table(data, colWidths=[w * mm for w in widths[: len(header)]], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    with files.replacing(path) as partial:
        document = SimpleDocTemplate(
            str(partial),
            pagesize=landscape(A4),
            leftMargin=12 * mm,
            rightMargin=12 * mm,
            topMargin=14 * mm,
            bottomMargin=14 * mm,
            title=title,
        )
        document.build([Paragraph(escape(title), heading), Spacer(1, 5 * mm), table])
    return len(rows)
