"""Issuing certificates from the window: the selection or the view, in the background."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from intlbase_desk import certificates, register
from intlbase_desk.ui.certificates.certificate_dialog import CertificateChoice, CertificateDialog
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.ui.shell import file_dialogs
from tests.gui.conftest import type_ime


def test_issue_a_certificate_for_the_selected_base(
    qtbot,
    window: MainWindow,
    monkeypatch,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window.register.bases.filters.status.setCurrentIndex(
        window.register.bases.filters.status.findText("在册")
    )
    window.register.bases.table.selectRow(0)
    base_id = window.register.bases.selected_base_id()
    assert base_id is not None
    monkeypatch.setattr(
        CertificateDialog,
        "ask",
        classmethod(
            lambda cls, has_selection, parent=None, plaque_layouts=None: CertificateChoice(
                "selection", 2025, False, False
            )
        ),
    )
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_: tmp_path / "证书.pdf")
    window.certificates.act_certificates.trigger()
    qtbot.waitUntil(
        lambda: (
            "新编号" in window.statusBar().currentMessage()
            or "new numbers" in window.statusBar().currentMessage()
        ),
        timeout=20000,
    )
    reader = PdfReader(tmp_path / "证书.pdf")
    assert len(reader.pages) == 1
    number = register.get_base(window.ws, base_id).cert_no
    assert number and number in reader.pages[0].extract_text()


def test_issue_one_file_per_base_for_the_view(
    qtbot,
    window: MainWindow,
    monkeypatch,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window.register.bases.filters.base_type.setCurrentIndex(
        window.register.bases.filters.base_type.findText("国际创新园")
    )
    window.register.bases.filters.status.setCurrentIndex(
        window.register.bases.filters.status.findText("在册")
    )
    expected = window.register.bases.model.rowCount()
    monkeypatch.setattr(
        CertificateDialog,
        "ask",
        classmethod(
            lambda cls, has_selection, parent=None, plaque_layouts=None: CertificateChoice(
                "view", 2025, False, True
            )
        ),
    )
    monkeypatch.setattr(file_dialogs, "ask_folder", lambda *_: tmp_path)
    window.certificates.act_certificates.trigger()
    qtbot.waitUntil(lambda: len(list(tmp_path.glob("*.pdf"))) == expected, timeout=30000)
    qtbot.waitUntil(lambda: "新编号" in window.statusBar().currentMessage(), timeout=20000)
    assert all(p.name.startswith("京科国合〔") for p in tmp_path.glob("*.pdf"))


def test_qt_printing_draws_the_same_certificates(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from intlbase_desk.ui.certificates import printing as cert_print

    ids = certificates.bases_in_force(window.ws)[:2]
    prepared = certificates.prepare(window.ws, ids)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    cert_print.setup(printer, prepared.layout)
    cert_print.paint(printer, prepared.fonts, prepared.pages)
    reader = PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert (
        round(float(box.width) / 72 * 25.4) == 297 and round(float(box.height) / 72 * 25.4) == 210
    )
    text = reader.pages[0].extract_text().replace(" ", "")
    assert prepared.numbered[0].number in text
    assert prepared.data[0].values["base_name"] in text
    origins: list[tuple[float, float]] = []

    def visit(text, cm, tm, _font, _size):  # type: ignore[no-untyped-def]
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            origins.append((x, y))

    reader.pages[0].extract_text(visitor_text=visit)
    width, height = float(box.width), float(box.height)
    assert origins and all(0 <= x <= width and 0 <= y <= height for x, y in origins), origins


def test_print_action_logs_what_was_printed(
    qtbot,
    window: MainWindow,
    monkeypatch,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    from PySide6.QtPrintSupport import QPrinter
    from sqlmodel import select

    from intlbase_desk.models import CertificatePrint

    window.register.bases.filters.status.setCurrentIndex(
        window.register.bases.filters.status.findText("在册")
    )
    window.register.bases.table.selectRow(0)
    monkeypatch.setattr(
        CertificateDialog,
        "ask",
        classmethod(
            lambda cls, has_selection, parent=None, plaque_layouts=None: CertificateChoice(
                "selection", 2025, True, False
            )
        ),
    )

    def print_to_file(_parent, printer: QPrinter, paint) -> bool:  # type: ignore[no-untyped-def]
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "plaque.pdf"))
        paint(printer)
        return True

    monkeypatch.setattr(file_dialogs, "run_print_preview", print_to_file)
    window.certificates.act_print_certificates.trigger()
    # Numbering and laying out run on the worker; the print dialog follows, then the log.
    qtbot.waitUntil(lambda: "发送到打印机" in window.statusBar().currentMessage(), timeout=20000)
    assert len(PdfReader(tmp_path / "plaque.pdf").pages) == 1
    with window.ws.db.transaction() as session:
        kinds = [p.kind for p in session.exec(select(CertificatePrint))]
    assert kinds == ["plaque"]


def test_chosen_fonts_are_checked_and_kept(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import struct

    from intlbase_desk.certificates.fonts import BUNDLED
    from intlbase_desk.infra.assets import resource_path
    from intlbase_desk.ui.certificates.font_settings import FontSettings, chosen_fonts

    cff = tmp_path / "cff.otf"
    cff.write_bytes(
        b"OTTO"
        + struct.pack(">HHHH", 1, 16, 0, 0)
        + struct.pack(">4sIII", b"CFF ", 0, 28, 4)
        + b"\0" * 4
    )
    dialog = FontSettings()
    qtbot.addWidget(dialog)
    dialog.fields["title"].setText(str(cff))
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "TrueType" in dialog.note.text() and chosen_fonts() == {}
    dialog.fields["title"].setText(str(resource_path(*BUNDLED)))
    dialog.save()
    assert chosen_fonts() == {"title": resource_path(*BUNDLED)}


def test_layout_editor_previews_refuses_saves_and_restores(qtbot, seeded, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from intlbase_desk.ui.certificates.layout_editor import COLUMNS, LayoutEditor
    from intlbase_desk.ui.shell import messages

    monkeypatch.setattr(messages, "info", lambda *_: None)
    editor = LayoutEditor(seeded.profile, certificates.resolve_fonts())
    qtbot.addWidget(editor)
    editor.show()
    before = editor.preview.pixmap().toImage()
    # What the officer reads is Chinese: layouts, blocks, fonts and alignments by name.
    assert editor.choice.currentText() == "证书（A4 横向）"
    shown = [editor.table.item(r, 0).text() for r in range(editor.table.rowCount())]
    assert "证书抬头" in shown and not any(t.isascii() for t in shown)
    font = editor.table.cellWidget(0, COLUMNS.index("font"))
    assert [font.itemText(i) for i in range(font.count())] == [
        "标题（方正小标宋）",
        "正文（仿宋）",
        "落款（楷体）",
    ]
    size = COLUMNS.index("size_pt")
    row = shown.index("证书抬头")
    editor.table.item(row, size).setText("34")  # within the block's 28 pt minimum
    assert editor.preview.pixmap().toImage() != before  # the preview follows the edit
    left = COLUMNS.index("x_mm")
    editor.table.item(row, left).setText("280")  # the box would leave the page
    assert editor.error.text().endswith("文字块“证书抬头”超出了页面"), editor.error.text()
    editor.table.item(row, size).setText("大")
    assert editor.error.text().endswith("证书抬头·字号（磅）：应为数字"), editor.error.text()
    editor.table.item(row, size).setText("34")
    kai = editor.table.cellWidget(row, COLUMNS.index("font"))
    kai.setCurrentIndex(kai.findData("kai"))
    save = editor.buttons.button(editor.buttons.StandardButton.Save)
    assert not save.isEnabled()
    editor.table.item(row, left).setText("48")
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    profile_id = seeded.profile.id
    mine = certificates.load_layout("certificate-a4", profile_id)
    heading = next(b for b in mine.blocks if b.id == "heading")
    assert (heading.size_pt, heading.font) == (34, "kai")
    bundled = certificates.load_layout(
        "certificate-a4", "chongqing-draft"
    )  # other profiles unchanged
    assert next(b for b in bundled.blocks if b.id == "heading").size_pt == 40
    editor.restore()
    heading = next(
        b
        for b in certificates.load_layout("certificate-a4", profile_id).blocks
        if b.id == "heading"
    )
    assert heading.size_pt == 40


def test_preview_draws_the_seal(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    from intlbase_desk.certificates import layouts as cert_layout
    from intlbase_desk.ui.certificates import printing as cert_print
    from intlbase_desk.ui.certificates.layout_editor import sample_page

    folder = certificates.user_layouts_dir(seeded.profile.id)
    Image.new("RGB", (100, 100), (220, 0, 0)).save(folder / "seal.png")
    layout = certificates.load_layout("certificate-a4").model_copy(
        update={"seal": "seal.png", "seal_x_mm": 200, "seal_y_mm": 20, "seal_size_mm": 40}
    )
    images = certificates.Images(None, cert_layout.image_path("seal.png", seeded.profile.id))
    fonts = certificates.resolve_fonts()
    page = certificates.lay_out(layout, fonts, sample_page(seeded.profile), images)
    image = cert_print.preview(fonts, page, dpi=50)
    centre = image.pixelColor(round(220 / 25.4 * 50), round(40 / 25.4 * 50))
    assert (centre.red(), centre.green(), centre.blue()) == (220, 0, 0)


def test_certificate_dialog_offers_the_plaque_formats(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CertificateDialog(True, [("plaque-600x400", "室外"), ("plaque-400x300", "室内")])
    qtbot.addWidget(dialog)
    assert not dialog.plaque_layout.isEnabled() and dialog.choice().plaque_layout is None
    dialog.plaque.setChecked(True)
    dialog.plaque_layout.setCurrentIndex(1)
    choice = dialog.choice()
    assert (choice.scope, choice.plaque, choice.plaque_layout) == (
        "selection",
        True,
        "plaque-400x300",
    )


def test_the_dialog_dates_a_batch_and_offers_no_plaque_where_none_is_awarded(qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from PySide6.QtCore import QDate

    dialog = CertificateDialog(True, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.plaque.isEnabled()
    assert dialog.choice().dated is None and not dialog.dated.isEnabled()
    qtbot.mouseClick(dialog.same_date, Qt.MouseButton.LeftButton)
    dialog.dated.setDate(QDate(2025, 3, 18))
    assert dialog.choice().dated == dt.date(2025, 3, 18)


def test_plaques_to_recover_are_listed_and_recorded(qtbot, window: MainWindow, drive) -> None:  # type: ignore[no-untyped-def]
    """A revocation that recovers the plaque leaves it to recover; the officer records it."""
    import datetime as dt

    from intlbase_desk.ui.certificates.plaques_dialog import PlaquesDialog

    register.change_status(
        window.ws,
        1,
        "revoked",
        on=dt.date(2024, 5, 6),
        reason="单位注销",
        trigger="unit_terminated",
    )
    waiting = len(certificates.plaque_recoveries(window.ws))

    def record(dialog: PlaquesDialog) -> bool:
        names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        row = names.index(register.get_base(window.ws, 1).name)
        dialog.table.selectRow(row)
        type_ime(dialog.note, "已交档案室")
        qtbot.mouseClick(dialog.mark, Qt.MouseButton.LeftButton)
        assert dialog.table.rowCount() == waiting - 1
        return True

    drive(record)
    window.certificates.act_plaques.trigger()
    done = [
        r for r in certificates.plaque_recoveries(window.ws, outstanding=False) if r.base_id == 1
    ]
    assert done[0].recovered_on == dt.date.today() and done[0].note == "已交档案室"


def test_voiding_the_selected_bases_certificate(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "证书遗失"))
    bases = window.register.bases
    bases.filters.status.setCurrentIndex(bases.filters.status.findText("在册"))
    bases.table.selectRow(0)
    base_id = bases.selected_base_id()
    assert base_id is not None
    [numbered] = certificates.number_bases(window.ws, [base_id])
    window.certificates.act_void.trigger()
    assert "已作废" in window.statusBar().currentMessage()
    [renewed] = certificates.number_bases(window.ws, [base_id])
    assert renewed.new and renewed.number != numbered.number
