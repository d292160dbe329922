"""Certificates and plaques in the window: issue, print, export, fonts and layouts (基地 menu).

Numbering and laying out pages run on the worker; only the print dialog itself is on the GUI
thread.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject

from intlbase_desk import certificates
from intlbase_desk.infra.changes import Changes
from intlbase_desk.infra.errors import UserError
from intlbase_desk.infra.jobs import Progress
from intlbase_desk.ui.certificates.certificate_dialog import CertificateChoice
from intlbase_desk.ui.register import RegisterUi
from intlbase_desk.ui.shell import file_dialogs, messages, table_export
from intlbase_desk.ui.shell.shell import Shell


class CertificatesUi(QObject):
    def __init__(self, shell: Shell, register_ui: RegisterUi) -> None:
        super().__init__(shell)
        self.shell = shell
        self.bases = register_ui.bases
        self.act_certificates = shell.action(
            "issue_certificates", self.tr("Issue certificates…"), self.issue_certificates
        )
        self.act_print_certificates = shell.action(
            "print_certificates", self.tr("Print certificates…"), self.print_certificates, "Ctrl+P"
        )
        self.act_export_certificates = shell.action(
            "export_certificates",
            self.tr("Export the certificate register…"),
            self.export_certificates,
        )
        self.act_void = shell.action(
            "void_certificate", self.tr("Void the certificate…"), self.void_certificate
        )
        self.act_plaques = shell.action(
            "plaques_to_recover", self.tr("Plaques to recover…"), self.plaques
        )
        self.act_fonts = shell.action(
            "certificate_fonts", self.tr("Certificate fonts…"), self.font_settings
        )
        self.act_layouts = shell.action(
            "edit_layouts", self.tr("Adjust the layouts…"), self.edit_layouts
        )
        menu = shell.menu("bases", self.tr("&Bases"))
        menu.addSeparator()
        menu.addActions(
            [
                self.act_certificates,
                self.act_print_certificates,
                self.act_export_certificates,
                self.act_void,
                self.act_plaques,
                self.act_fonts,
                self.act_layouts,
            ]
        )

    def _targets(self) -> tuple[CertificateChoice, list[int]] | None:
        """Asks for which bases (and how); None when the officer cancels or none is in force."""
        from intlbase_desk.ui.certificates.certificate_dialog import CertificateDialog

        ws = self.shell.ws
        selected = self.bases.selected_base_id()
        plaques = []
        for layout_id in ws.profile.plaque_layouts if ws.profile.plaque else []:
            try:
                plaques.append((layout_id, certificates.load_layout(layout_id, ws.profile.id).name))
            except UserError as exc:
                messages.warn(self.shell.window, str(exc))
        choice = CertificateDialog.ask(selected is not None, self.shell.window, plaques)
        if choice is None:
            return None
        in_force = certificates.bases_in_force(ws, choice.year if choice.scope == "year" else None)
        if choice.scope == "selection" and selected is not None:
            base_ids = [b for b in in_force if b == selected]
        elif choice.scope == "view":
            shown = set(self.bases.view_base_ids())
            base_ids = [b for b in in_force if b in shown]
        else:
            base_ids = in_force
        if not base_ids:
            messages.warn(self.shell.window, self.tr("No base in force to issue for."))
            return None
        return choice, base_ids

    def issue_certificates(self) -> None:
        targets = self._targets()
        if targets is None:
            return
        choice, base_ids = targets
        target = self._ask_target(choice)
        if target is None:
            return
        from intlbase_desk.ui.certificates.font_settings import chosen_fonts

        ws, fonts = self.shell.ws, chosen_fonts()

        def job(progress: Progress, cancel: threading.Event) -> certificates.Issued:
            return certificates.issue(
                ws,
                base_ids,
                target,
                plaque=choice.plaque,
                one_file_each=choice.one_file_each,
                fonts=fonts,
                plaque_layout=choice.plaque_layout,
                reissue=choice.reissue,
                dated=choice.dated,
                progress=progress,
                cancel=cancel,
            )

        self.shell.run_in_background(
            self.tr("Issuing certificates"),
            job,
            self._issued,
            self._issue_cancelled,
        )

    def _issue_cancelled(self) -> None:
        # The numbers already given stay with their bases (the cancel reports them).
        self.shell.show_message(self.tr("Printing cancelled"), 5000)

    def _ask_target(self, choice: CertificateChoice) -> Path | None:
        if choice.one_file_each:
            return file_dialogs.ask_folder(self.shell.window, self.tr("Folder for the PDF files"))
        what = self.tr("plaques") if choice.plaque else self.tr("certificates")
        return file_dialogs.ask_save_path(
            self.shell.window, self.tr("Save the PDF"), f"{what}.pdf", "PDF (*.pdf)"
        )

    def _issued(self, issued: certificates.Issued) -> None:
        self.shell.show_message(
            self.tr("%1 pages written to %2: %3 new numbers, %4 kept")
            .replace("%1", str(issued.pages))
            .replace("%2", str(issued.path))
            .replace("%3", str(len(issued.new_numbers)))
            .replace("%4", str(len(issued.kept))),
            15000,
        )
        if issued.font_notes:
            messages.info(
                self.shell.window,
                self.tr("Fonts skipped:") + "\n" + "\n".join(issued.font_notes),
            )

    def print_certificates(self) -> None:
        targets = self._targets()
        if targets is None:
            return
        choice, base_ids = targets
        from intlbase_desk.ui.certificates.font_settings import chosen_fonts

        ws, fonts = self.shell.ws, chosen_fonts()

        def job(_progress: Progress, cancel: threading.Event) -> certificates.Prepared:
            return certificates.prepare(
                ws,
                base_ids,
                plaque=choice.plaque,
                fonts=fonts,
                plaque_layout=choice.plaque_layout,
                reissue=choice.reissue,
                dated=choice.dated,
                cancel=cancel,
            )

        self.shell.run_in_background(
            self.tr("Preparing the pages"), job, self._print, self._issue_cancelled
        )

    def _print(self, prepared: certificates.Prepared) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from intlbase_desk.ui.certificates import printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printing.setup(printer, prepared.layout)
        printed = file_dialogs.run_print_preview(
            self.shell.window,
            printer,
            lambda target: printing.paint(target, prepared.fonts, prepared.pages),
        )
        if not printed:
            return
        ws = self.shell.ws

        def log(_progress: Progress, _cancel: threading.Event) -> Changes:
            return certificates.log_printed(ws, prepared)

        self.shell.run_in_background(
            self.tr("Printing"),
            log,
            lambda _none: self.shell.show_message(
                self.tr("%1 pages sent to the printer").replace("%1", str(len(prepared.pages)))
            ),
        )

    def void_certificate(self) -> None:
        from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

        base_id = self.bases.selected_base_id()
        if base_id is None:
            messages.warn(self.shell.window, self.tr("Select a base first."))
            return
        reason = ReasonDialog.ask(
            self.tr("Void the certificate"),
            self.tr("The certificate is kept, marked void; its number is never given again. Why?"),
            self.shell.window,
        )
        if reason is None:
            return
        try:
            changes = certificates.void_base_certificate(self.shell.ws, base_id, reason)
        except UserError as exc:
            messages.warn(self.shell.window, str(exc))
            return
        self.shell.apply(changes)
        self.shell.show_message(self.tr("Certificate voided"), 5000)

    def plaques(self) -> None:
        from intlbase_desk.ui.certificates.plaques_dialog import PlaquesDialog

        self.shell.run_dialog(PlaquesDialog(self.shell, self.shell.window))

    def export_certificates(self) -> None:
        table_export.export_table(
            self.shell,
            self.tr("Export the certificate register"),
            "证书登记.xlsx",
            lambda target: certificates.export_certificate_register(self.shell.ws, target),
        )

    def font_settings(self) -> None:
        from intlbase_desk.ui.certificates.font_settings import FontSettings

        self.shell.run_dialog(FontSettings(self.shell.window))

    def edit_layouts(self) -> None:
        from intlbase_desk.ui.certificates.font_settings import chosen_fonts
        from intlbase_desk.ui.certificates.layout_editor import LayoutEditor

        fonts = certificates.resolve_fonts(chosen_fonts())
        self.shell.run_dialog(LayoutEditor(self.shell.ws.profile, fonts, self.shell.window))
