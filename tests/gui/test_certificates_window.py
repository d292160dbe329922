"""Issuing certificates from the window: the selection or the view, in the background."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from intlbase_desk import bases
from intlbase_desk.ui import main_window
from intlbase_desk.ui.certificate_dialog import CertificateChoice, CertificateDialog
from intlbase_desk.ui.main_window import MainWindow


def test_issue_a_certificate_for_the_selected_base(
    qtbot,
    window: MainWindow,
    monkeypatch,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window.filters.status.setCurrentIndex(window.filters.status.findText("在册"))
    window.table.selectRow(0)
    base_id = window.selected_base_id()
    assert base_id is not None
    monkeypatch.setattr(
        CertificateDialog,
        "ask",
        classmethod(
            lambda cls, has_selection, parent=None: CertificateChoice(
                "selection", 2025, False, False
            )
        ),
    )
    monkeypatch.setattr(main_window, "ask_save_path", lambda *_: tmp_path / "证书.pdf")
    window.act_certificates.trigger()
    qtbot.waitUntil(
        lambda: (
            "新编号" in window.statusBar().currentMessage()
            or "new numbers" in window.statusBar().currentMessage()
        ),
        timeout=20000,
    )
    reader = PdfReader(tmp_path / "证书.pdf")
    assert len(reader.pages) == 1
    number = bases.get(window.ws.db, base_id).cert_no
    assert number and number in reader.pages[0].extract_text()


def test_issue_one_file_per_base_for_the_view(
    qtbot,
    window: MainWindow,
    monkeypatch,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window.filters.base_type.setCurrentIndex(window.filters.base_type.findText("国际创新园"))
    window.filters.status.setCurrentIndex(window.filters.status.findText("在册"))
    expected = window.model.rowCount()
    monkeypatch.setattr(
        CertificateDialog,
        "ask",
        classmethod(
            lambda cls, has_selection, parent=None: CertificateChoice("view", 2025, False, True)
        ),
    )
    monkeypatch.setattr(main_window, "ask_folder", lambda *_: tmp_path)
    window.act_certificates.trigger()
    qtbot.waitUntil(lambda: len(list(tmp_path.glob("*.pdf"))) == expected, timeout=30000)
    qtbot.waitUntil(lambda: "新编号" in window.statusBar().currentMessage(), timeout=20000)
    assert all(p.name.startswith("京科国合〔") for p in tmp_path.glob("*.pdf"))
