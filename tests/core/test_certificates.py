"""Certificates: official dates, Chinese line breaking, fitting, numbering, PDF and fonts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from intlbase_desk import certificates, register
from intlbase_desk.certificates import fonts as pdf_fonts
from intlbase_desk.infra.assets import resource_path
from intlbase_desk.infra.errors import UserError
from intlbase_desk.infra.jobs import Cancelled
from intlbase_desk.text import cjk as cjk_text
from intlbase_desk.text import official_date as date_cn
from intlbase_desk.workspace import Workspace
from tests.conftest import VALID_USCC, Ran, base_form, org_form


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (dt.date(2025, 3, 18), "二〇二五年三月十八日"),
        (dt.date(2020, 10, 1), "二〇二〇年十月一日"),
        (dt.date(2019, 12, 31), "二〇一九年十二月三十一日"),
        (dt.date(2008, 1, 20), "二〇〇八年一月二十日"),
    ],
)
def test_dates_as_official_documents_write_them(day: dt.date, text: str) -> None:
    assert date_cn.official(day) == text


def _mono(text: str, size: float) -> float:
    return len(text) * size


def test_no_line_starts_with_closing_punctuation() -> None:
    text = "经审核，被认定为北京市国际科技合作基地。特发此证！请妥善保管；如有遗失：及时补发…"
    for width in range(5, 16):
        lines = cjk_text.wrap(text, width * 10, 10, _mono)
        assert "".join(lines) == text
        assert not any(line[:1] in cjk_text.NO_LINE_START for line in lines[1:]), lines
        assert not any(line[-1:] in cjk_text.NO_LINE_END for line in lines[:-1]), lines


def test_a_forty_character_name_stays_inside_its_box() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fonts = certificates.resolve_fonts()
    layout = certificates.load_layout("certificate-a4")
    block = next(b for b in layout.blocks if b.id == "org_name")
    name = "北京市海淀区中关村国际前沿交叉科学与先进制造技术创新研究院有限责任公司第一分公司"
    assert len(name) == 40
    mm = 72 / 25.4
    font = fonts.roles[block.font].name

    def measure(s: str, size: float) -> float:
        return stringWidth(s, font, size)

    fitted = cjk_text.fit(
        name, block.width_mm * mm, block.height_mm * mm, block.size_pt, block.min_size_pt, measure
    )
    assert "".join(fitted.lines) == name  # nothing cut
    assert all(measure(line, fitted.size) <= block.width_mm * mm + 0.01 for line in fitted.lines)
    assert fitted.height <= block.height_mm * mm + 0.01
    assert fitted.size >= block.min_size_pt


def _bases(ws: Workspace, n: int, *, numbered: bool = False) -> list[int]:
    """Demo bases in force; without their numbers unless ``numbered`` (as if never issued)."""
    register.fill_demo(ws, bases=n)
    if not numbered:
        with ws.db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE base SET cert_no = ''")
    return certificates.bases_in_force(ws)


def test_numbers_are_unique_kept_on_reprint_and_never_reused(ws: Workspace) -> None:
    ids = _bases(ws, 12)[:5]
    first = certificates.number_bases(ws, ids)
    assert all(n.new for n in first) and len({n.number for n in first}) == 5
    again = certificates.number_bases(ws, ids)
    assert [n.number for n in again] == [n.number for n in first] and not any(n.new for n in again)
    assert register.get_base(ws, ids[0]).cert_no == first[0].number
    certificates.void_certificate(ws, first[0].certificate_id, "证书遗失后作废")
    renewed = certificates.number_bases(ws, ids[:1])[0]
    assert renewed.new and renewed.number != first[0].number
    with ws.db.transaction() as session:
        from sqlmodel import select

        from intlbase_desk.models import Certificate

        numbers = [c.number for c in session.exec(select(Certificate))]
    assert len(numbers) == len(set(numbers)) == 6


def test_a_number_a_base_holds_stays_and_new_ones_follow_it(ws: Workspace) -> None:
    """A register imported from Excel: base A holds 第001号 of 2025, base B (2025) none. B gets
    第002号, A keeps 第001号 when printed, and nothing is renumbered."""
    org_a = register.add_organization(ws, org_form()).id
    org_b = register.add_organization(ws, org_form(uscc=VALID_USCC[0], name="另一单位")).id
    a = register.add_base(
        ws, base_form(org_a, recognized_on="2025-03-18", cert_no="京科国合〔2025〕第001号")
    ).id
    b = register.add_base(ws, base_form(org_b, recognized_on="2025-03-18", cert_no="")).id
    [given] = certificates.number_bases(ws, [b])
    assert (given.number, given.new) == ("京科国合〔2025〕第002号", True)
    [kept] = certificates.number_bases(ws, [a])
    assert (kept.number, kept.new) == ("京科国合〔2025〕第001号", False)
    assert register.get_base(ws, a).cert_no == "京科国合〔2025〕第001号"
    [again] = certificates.number_bases(ws, [a])
    assert again.certificate_id == kept.certificate_id


def test_two_bases_holding_one_number_are_refused_before_anything(ws: Workspace) -> None:
    org_a = register.add_organization(ws, org_form()).id
    org_b = register.add_organization(ws, org_form(uscc=VALID_USCC[0], name="另一单位")).id
    number = "京科国合〔2025〕第007号"
    a = register.add_base(ws, base_form(org_a, recognized_on="2025-03-18", cert_no=number)).id
    b = register.add_base(
        ws, base_form(org_b, name="另一基地", recognized_on="2025-03-18", cert_no=number)
    ).id
    with pytest.raises(UserError, match="同时登记在"):
        certificates.number_bases(ws, [a, b])
    certificates.number_bases(ws, [a])
    with pytest.raises(UserError, match="另一基地"):
        certificates.number_bases(ws, [b])


def test_bj2016_number_pattern_uses_the_recognition_year(ws: Workspace) -> None:
    org_id = register.add_organization(ws, org_form()).id
    base_id = register.add_base(ws, base_form(org_id, cert_no="")).id
    [numbered] = certificates.number_bases(ws, [base_id])
    assert numbered.number == "京科国合〔2019〕第001号"


def test_a_cancelled_batch_leaves_no_duplicates_and_no_file(ws: Workspace, tmp_path: Path) -> None:
    ids = _bases(ws, 30)
    cancel = threading.Event()
    seen: list[float] = []

    def progress(fraction: float, _message: str) -> None:
        seen.append(fraction)
        if len(seen) == 5:
            cancel.set()

    out = tmp_path / "证书.pdf"
    with pytest.raises(Cancelled) as caught:
        certificates.issue(ws, ids, out, progress=progress, cancel=cancel)
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    # The numbers given before the cancel stay with their bases, and the cancel says so.
    assert caught.value.changes.certificates and caught.value.changes.bases
    issued = certificates.issue(ws, ids, out)
    assert issued.new_numbers == [] and len(issued.kept) == len(ids)
    assert len(set(issued.kept)) == len(ids)


def test_pdf_pages_name_the_right_base_and_embed_every_font(ws: Workspace, tmp_path: Path) -> None:
    ids = _bases(ws, 8)[:3]
    out = tmp_path / "证书.pdf"
    issued = certificates.issue(ws, ids, out, dated=dt.date(2025, 3, 18))
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    for page, base_id, number in zip(reader.pages, ids, issued.new_numbers, strict=True):
        base = register.get_base(ws, base_id)
        org = register.get_organization(ws, base.org_id)
        text = page.extract_text()
        assert base.name in text and org.name in text and number in text
        assert "二〇二五年三月十八日" in text
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]


def test_plaques_are_logged_as_such(ws: Workspace, tmp_path: Path) -> None:
    ids = _bases(ws, 5)[:2]
    certificates.issue(ws, ids, tmp_path / "证书.pdf")
    certificates.issue(ws, ids, tmp_path / "牌匾.pdf", plaque=True)
    with ws.db.transaction() as session:
        from sqlmodel import select

        from intlbase_desk.models import CertificatePrint

        kinds = [p.kind for p in session.exec(select(CertificatePrint))]
    assert kinds == ["issue", "issue", "plaque", "plaque"]


def test_broken_layouts_are_refused_with_the_reason(tmp_path: Path) -> None:
    text = resource_path("layouts", "certificate-a4.toml").read_text(encoding="utf-8")
    outside = tmp_path / "outside.toml"
    outside.write_text(text.replace("x_mm = 38", "x_mm = 180", 1), encoding="utf-8")
    with pytest.raises(certificates.LayoutError, match="超出了页面"):
        certificates.load_layout_file(outside)
    unknown = tmp_path / "unknown.toml"
    unknown.write_text(text.replace("{base_name}", "{base_nmae}", 1), encoding="utf-8")
    with pytest.raises(certificates.LayoutError, match="base_nmae"):
        certificates.load_layout_file(unknown)


def test_cff_and_no_embedding_fonts_are_skipped(tmp_path: Path) -> None:
    import struct

    cff = tmp_path / "otf.otf"
    cff.write_bytes(
        b"OTTO"
        + struct.pack(">HHHH", 1, 16, 0, 0)
        + struct.pack(">4sIII", b"CFF ", 0, 28, 4)
        + b"\0" * 4
    )
    assert "TrueType" in (certificates.font_problem(cff) or "")
    bundled = pdf_fonts.resource_path(*pdf_fonts.BUNDLED)
    assert certificates.font_problem(bundled) is None
    fonts = certificates.resolve_fonts({"title": cff})
    assert fonts.roles["title"].source == "bundled" and any("otf.otf" in n for n in fonts.notes)


def test_cli_certificates(tmp_path: Path, cli: Callable[..., Ran]) -> None:
    db = str(tmp_path / "r.sqlite3")
    assert cli("--db", db, "init", "--profile", "inner-mongolia-trial", "--demo").returncode == 0
    done = cli("--db", db, "certificates", str(tmp_path / "c.pdf"), "--base", "1", "2")
    # Demo bases hold their numbers already: they keep them.
    assert done.returncode == 0 and "新编号 0 个，沿用原编号 2 个" in done.stdout
    text = PdfReader(tmp_path / "c.pdf").pages[0].extract_text()
    assert "内蒙古自治区国际科技合作基地" in text and "内科国合〔" in text


def test_certificate_register_exports_to_excel(ws: Workspace, tmp_path: Path) -> None:
    import openpyxl

    ids = _bases(ws, 6)[:3]
    certificates.issue(ws, ids, tmp_path / "c.pdf")
    certificates.issue(ws, ids[:1], tmp_path / "again.pdf")
    numbered = certificates.number_bases(ws, ids[1:2])
    certificates.void_certificate(ws, numbered[0].certificate_id, "打印错误")
    count = certificates.export_certificate_register(ws, tmp_path / "证书登记.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "证书登记.xlsx").active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert count == 3 == len(rows)
    states = {r[0]: (r[7], r[8]) for r in rows}
    assert states[numbered[0].number] == ("作废：打印错误", 1)
    assert sorted(n for _, n in states.values()) == [1, 1, 2]


def test_background_and_seal_images_are_drawn(ws: Workspace, tmp_path: Path) -> None:
    from PIL import Image

    folder = certificates.user_layouts_dir(ws.profile.id)
    Image.new("RGB", (300, 210), "#f5ecd5").save(folder / "背景.png")
    Image.new("RGBA", (120, 120), (200, 0, 0, 180)).save(folder / "印章.png")
    text = resource_path("layouts", "certificate-a4.toml").read_text(encoding="utf-8")
    text = text.replace(
        "height_mm = 210\n",
        'height_mm = 210\nbackground = "背景.png"\n'
        'seal = "印章.png"\nseal_x_mm = 190\nseal_y_mm = 140\nseal_size_mm = 40\n',
        1,
    )
    (folder / "certificate-a4.toml").write_text(text, encoding="utf-8")
    ids = _bases(ws, 4)[:1]
    certificates.issue(ws, ids, tmp_path / "c.pdf")
    page = PdfReader(tmp_path / "c.pdf").pages[0]
    assert len(page.images) == 2
    (folder / "印章.png").unlink()
    with pytest.raises(certificates.LayoutError, match=r"印章\.png"):
        certificates.issue(ws, ids, tmp_path / "d.pdf")


def test_indoor_plaque_format(ws: Workspace, tmp_path: Path) -> None:
    ids = _bases(ws, 4)[:1]
    assert ws.profile.plaque_layouts == ["plaque-600x400", "plaque-400x300"]
    certificates.issue(ws, ids, tmp_path / "p.pdf", plaque=True, plaque_layout="plaque-400x300")
    box = PdfReader(tmp_path / "p.pdf").pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (400, 300)


def test_a_reissue_keeps_the_number_and_is_logged_as_such(ws: Workspace, tmp_path: Path) -> None:
    from sqlmodel import select

    from intlbase_desk.models import CertificatePrint

    ids = _bases(ws, 4)[:1]
    first = certificates.issue(ws, ids, tmp_path / "a.pdf")
    again = certificates.issue(ws, ids, tmp_path / "b.pdf", reissue=True)
    assert again.kept == first.new_numbers
    with ws.db.transaction() as session:
        kinds = [
            p.kind for p in session.exec(select(CertificatePrint).order_by(CertificatePrint.id))
        ]
    assert kinds == ["issue", "reissue"]


def test_preparing_stops_after_numbering_when_cancelled(ws: Workspace) -> None:
    ids = _bases(ws, 5)[:2]
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled) as caught:
        certificates.prepare(ws, ids, cancel=cancel)
    assert caught.value.changes.certificates
    assert all(register.get_base(ws, b).cert_no for b in ids)
    again = certificates.prepare(ws, ids)
    assert not any(n.new for n in again.numbered)


def test_a_font_chosen_later_is_measured_as_itself(tmp_path: Path) -> None:
    """reportlab keeps the first font registered under a name: each file has its own name."""
    import shutil

    from intlbase_desk.certificates.fonts import BUNDLED

    copy = tmp_path / "另一字体.ttf"
    shutil.copy(resource_path(*BUNDLED), copy)
    bundled = certificates.resolve_fonts()
    chosen = certificates.resolve_fonts({"body": copy})
    assert chosen.roles["body"].path == copy
    assert chosen.roles["body"].name != bundled.roles["body"].name
    assert chosen.roles["title"].name == bundled.roles["title"].name


@pytest.mark.rule("BJ2016-15")
def test_a_revocation_voids_the_certificate_and_printing_is_refused(
    ws: Workspace, tmp_path: Path, cli: Callable[..., Ran]
) -> None:
    """The title is gone: the certificate is void (number never reused), none is printed."""
    import openpyxl

    from tests.conftest import revoke_after_failed_re_evaluation

    ids = _bases(ws, 6)[:2]
    issued = certificates.issue(ws, ids, tmp_path / "c.pdf")
    revoke_after_failed_re_evaluation(ws, ids[0], dt.date.today())
    with pytest.raises(UserError, match="不能使用合作基地称号"):
        certificates.issue(ws, ids[:1], tmp_path / "again.pdf")
    certificates.export_certificate_register(ws, tmp_path / "登记.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "登记.xlsx").active.iter_rows(values_only=True))
    state = {r[0]: r[7] for r in rows[1:]}
    assert (
        state[issued.new_numbers[0]].startswith("作废：撤销资格")
        and state[issued.new_numbers[1]] == "有效"
    )
    ws.close()
    assert ws.db.path is not None
    refused = cli(
        "--db", str(ws.db.path), "certificates", str(tmp_path / "x.pdf"), "--base", str(ids[0])
    )
    assert refused.returncode == 2 and "不能使用合作基地称号" in refused.stderr


@pytest.mark.rule("BJ2016-15")
def test_a_base_in_rectification_keeps_its_title_where_the_text_says_so(
    ws: Workspace, tmp_path: Path
) -> None:
    """BJ2016-15 withdraws the title only after the failed re-evaluation: a base in its year of
    rectification still prints; a profile whose state withdraws the title refuses it."""
    ids = _bases(ws, 6)[:2]
    register.change_status(ws, ids[0], "evaluation_due", on=dt.date(2024, 3, 1), reason="期满")
    register.change_status(ws, ids[0], "rectification", on=dt.date(2024, 6, 1), reason="不合格")
    assert len(certificates.prepare(ws, ids).pages) == 2
    states = [
        s.model_copy(update={"title_usable": False}) if s.id == "rectification" else s
        for s in ws.profile.lifecycle.states
    ]
    lifecycle = ws.profile.lifecycle.model_copy(update={"states": states})
    withdrawn = dataclasses.replace(
        ws, profile=ws.profile.model_copy(update={"lifecycle": lifecycle})
    )
    with pytest.raises(UserError, match="整改中"):
        certificates.prepare(withdrawn, ids)


def test_a_voided_number_is_not_given_again(ws: Workspace, tmp_path: Path) -> None:
    ids = _bases(ws, 6)[:2]
    register.change_status(ws, ids[0], "evaluation_due", on=dt.date(2024, 3, 1), reason="期满")
    register.change_status(ws, ids[0], "rectification", on=dt.date(2024, 6, 1), reason="不合格")
    [first] = certificates.number_bases(ws, ids[1:])
    certificates.void_base_certificate(ws, ids[1], "证书遗失")
    [renewed] = certificates.number_bases(ws, ids[1:])
    assert renewed.new and renewed.number != first.number
    with pytest.raises(UserError, match="没有有效的证书"):
        certificates.void_base_certificate(ws, ids[0], "x")


def test_no_plaque_where_the_profile_has_none(tmp_path: Path) -> None:
    """chongqing-draft says nothing of plaques: none is printed."""
    from intlbase_desk.workspace import open_workspace

    ws = open_workspace(tmp_path / "cq.sqlite3", create_profile="chongqing-draft")
    try:
        register.fill_demo(ws, bases=3)
        with pytest.raises(UserError, match="没有规定授予牌匾"):
            certificates.issue(ws, certificates.bases_in_force(ws), tmp_path / "p.pdf", plaque=True)
    finally:
        ws.close()


def test_the_first_complete_printing_is_the_issue(ws: Workspace, tmp_path: Path) -> None:
    """Numbers given in a run that was cancelled (or died) are issued when first printed whole."""
    from sqlmodel import select

    from intlbase_desk.models import CertificatePrint

    ids = _bases(ws, 4)[:2]
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        certificates.issue(
            ws, ids, tmp_path / "c.pdf", cancel=cancel, progress=lambda *_: cancel.set()
        )
    certificates.issue(ws, ids, tmp_path / "c.pdf")
    certificates.issue(ws, ids[:1], tmp_path / "again.pdf")
    with ws.db.transaction() as session:
        kinds = [
            p.kind for p in session.exec(select(CertificatePrint).order_by(CertificatePrint.id))
        ]
    assert kinds == ["issue", "issue", "reprint"]


def test_a_part_file_a_killed_run_left_goes_with_the_next_run(
    ws: Workspace, tmp_path: Path
) -> None:
    import os
    import time

    out = tmp_path / "证书.pdf"
    stale = tmp_path / ".~证书.k1ll3d.part"
    stale.write_bytes(b"%PDF-1.4 half")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / ".~证书.wr1t1ng.part"  # another run's, still being written
    fresh.write_bytes(b"")
    certificates.issue(ws, _bases(ws, 2)[:1], out)
    assert out.exists() and not stale.exists() and fresh.exists()


def test_a_certificate_is_dated_the_day_of_recognition(ws: Workspace, tmp_path: Path) -> None:
    """Not the day it is printed: the date of the recognition, unless the batch sets one."""
    org_id = register.add_organization(ws, org_form()).id
    base_id = register.add_base(ws, base_form(org_id, recognized_on="2019-03-18", cert_no="")).id
    certificates.issue(ws, [base_id], tmp_path / "c.pdf", issued_on=dt.date(2026, 12, 2))
    text = PdfReader(tmp_path / "c.pdf").pages[0].extract_text().replace(" ", "")
    assert "二〇一九年三月十八日" in text and "二〇二六年" not in text
    certificates.issue(ws, [base_id], tmp_path / "d.pdf", dated=dt.date(2020, 1, 6))
    assert "二〇二〇年一月六日" in PdfReader(tmp_path / "d.pdf").pages[0].extract_text().replace(
        " ", ""
    )


def test_a_plaque_writes_its_year_as_official_documents_do(ws: Workspace) -> None:
    """One convention per layout, official by default: 二〇一九年, or 2019年 where a layout says."""
    org_id = register.add_organization(ws, org_form()).id
    base_id = register.add_base(ws, base_form(org_id, recognized_on="2019-03-18")).id
    prepared = certificates.prepare(ws, [base_id], plaque=True)
    lines = [line for placed in prepared.pages[0].texts for line in placed.lines]
    assert "二〇一九年" in lines
    arabic = prepared.layout.model_copy(update={"numerals": "arabic"})
    page = certificates.lay_out(arabic, prepared.fonts, prepared.data[0])
    assert "2019年" in [line for placed in page.texts for line in placed.lines]
