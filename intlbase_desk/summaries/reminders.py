"""Reminders to the bases that have not filed yet, grouped by recommending unit, with the
contacts the register holds: a sheet to call down, and a printable notice per unit. The app
sends nothing; officers work offline and post, fax or mail the notices themselves."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from intlbase_desk import register, sheets
from intlbase_desk.infra import clock, files
from intlbase_desk.infra.pdf_fonts import bundled_font
from intlbase_desk.summaries import campaigns
from intlbase_desk.workspace import Workspace

NO_UNIT = "（未填推荐单位）"
DUE = ("missing", "overdue", "returned")
COLUMNS = (
    sheets.TableColumn("推荐单位", "text", 24),
    sheets.TableColumn("基地名称", "text", 36),
    sheets.TableColumn("依托单位", "text", 30),
    sheets.TableColumn("统一社会信用代码", "code", 22),
    sheets.TableColumn("状态", "text", 10),
    sheets.TableColumn("联系人", "text", 10),
    sheets.TableColumn("电话", "code", 16),
    sheets.TableColumn("电子邮箱", "text", 24),
)


@dataclass(frozen=True)
class Owed:
    base_name: str
    org_name: str
    uscc: str
    status: str
    contact: str
    phone: str
    email: str


def owed_by_unit(ws: Workspace, year: int) -> dict[str, list[Owed]]:
    """The bases still owing the year's summary (returned ones too), by recommending unit."""
    found: dict[str, list[Owed]] = {}
    for b in campaigns.campaign_status(ws, year).bases:
        if b.status not in DUE:
            continue
        base = register.get_base(ws, b.target.base_id)
        found.setdefault(b.target.recommender or NO_UNIT, []).append(
            Owed(
                b.target.base_name,
                b.target.org_name,
                b.target.uscc,
                campaigns.STATUSES[b.status],
                base.contact_person,
                base.phone,
                base.email,
            )
        )
    return dict(sorted(found.items()))


def write_reminder_sheet(ws: Workspace, year: int, path: Path) -> int:
    rows = [
        [unit, o.base_name, o.org_name, o.uscc, o.status, o.contact, o.phone, o.email]
        for unit, owed in owed_by_unit(ws, year).items()
        for o in owed
    ]
    return sheets.write_table(path, COLUMNS, rows, sheet_name="未报送年度总结")


def write_notices(ws: Workspace, year: int, path: Path, office: str = "") -> int:
    """One page per recommending unit; returns how many pages."""
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

    campaign = campaigns.get_campaign(ws, year)
    owed = owed_by_unit(ws, year)
    font = bundled_font()
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=24, alignment=1)
    body = ParagraphStyle(  # CJK wrapping: a line may break between any two characters
        "body", fontName=font, fontSize=12, leading=20, firstLineIndent=24, wordWrap="CJK"
    )
    plain = ParagraphStyle("plain", fontName=font, fontSize=12, leading=20)
    cell = ParagraphStyle("cell", fontName=font, fontSize=10, leading=13, wordWrap="CJK")
    signed = office or ws.profile.authority
    today = clock.today()
    story: list = []
    for number, (unit, bases) in enumerate(owed.items()):
        if number:
            story.append(PageBreak())
        story += [
            Paragraph(escape(f"关于报送{year}年度国际科技合作基地年度工作总结的提醒"), title),
            Spacer(1, 6 * mm),
            Paragraph(escape(f"{unit}："), plain),
            Paragraph(
                escape(
                    f"{year}年度国际科技合作基地年度工作总结及年度工作报表的报送截止日期为"
                    f"{campaign.due_on.year}年{campaign.due_on.month}月{campaign.due_on.day}日。"
                    f"截至{today.year}年{today.month}月{today.day}日，"
                    f"贵单位推荐的下列 {len(bases)} 个基地尚未报送"
                    "（或退回修改后尚未重新报送），请督促其尽快报送。"
                ),
                body,
            ),
            Spacer(1, 4 * mm),
        ]
        data = [[Paragraph(h, cell) for h in ("基地名称", "依托单位", "状态", "联系人", "电话")]]
        data += [
            [
                Paragraph(escape(v), cell)
                for v in (o.base_name, o.org_name, o.status, o.contact, o.phone)
            ]
            for o in bases
        ]
        table = Table(data, colWidths=[w * mm for w in (52, 48, 20, 20, 30)], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        story += [table, Spacer(1, 12 * mm)]
        story.append(Paragraph(escape(signed), ParagraphStyle("sign", parent=plain, alignment=2)))
        story.append(
            Paragraph(
                escape(f"{today.year}年{today.month}月{today.day}日"),
                ParagraphStyle("date", parent=plain, alignment=2),
            )
        )
    if not story:
        from intlbase_desk.infra.errors import UserError

        raise UserError(f"{year}年度应报送的基地都已报送，没有需要提醒的单位")
    with files.replacing(path) as partial:
        document = SimpleDocTemplate(
            str(partial),
            pagesize=A4,
            leftMargin=22 * mm,
            rightMargin=22 * mm,
            topMargin=24 * mm,
            bottomMargin=20 * mm,
            title=f"{year}年度年度总结报送提醒",
        )
        document.build(story)
    return len(owed)
