"""Certificates and plaques from the main window: issue, print, export, fonts and layouts.

A mixin of MainWindow (it uses the window's workspace, table, worker and status bar); its texts
keep the window's translation context.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication

from intlbase_desk.infra.errors import UserError
from intlbase_desk.infra.jobs import Progress
from intlbase_desk.ui.shell import file_dialogs, messages, table_export


class CertificateActions:
    def _certificate_targets(self) -> tuple[Any, list[int]] | None:
        """Asks for which bases (and how); None when the officer cancels or none is in force."""
        from intlbase_desk.certificates import numbering as certificates
        from intlbase_desk.ui.certificates.certificate_dialog import CertificateDialog

        selected = self.selected_base_id()
        from intlbase_desk.certificates import layouts as cert_layout

        plaques = []
        for layout_id in self.ws.profile.plaque_layouts:
            try:
                plaques.append((layout_id, cert_layout.load(layout_id, self.ws.profile.id).name))
            except UserError as exc:
                messages.warn(self, str(exc))
        choice = CertificateDialog.ask(selected is not None, self, plaques)
        if choice is None:
            return None
        in_force = certificates.bases_in_force(
            self.ws.db, self.ws.profile, choice.year if choice.scope == "year" else None
        )
        if choice.scope == "selection" and selected is not None:
            base_ids = [b for b in in_force if b == selected]
        elif choice.scope == "view":
            shown = set(self.view_base_ids())
            base_ids = [b for b in in_force if b in shown]
        else:
            base_ids = in_force
        if not base_ids:
            messages.warn(
                self, QCoreApplication.translate("MainWindow", "No base in force to issue for.")
            )
            return None
        return choice, base_ids

    def issue_certificates(self) -> None:
        from intlbase_desk.certificates import issuing as certificate_batch

        targets = self._certificate_targets()
        if targets is None:
            return
        choice, base_ids = targets
        selected = self.selected_base_id()
        what = (
            QCoreApplication.translate("MainWindow", "plaques")
            if choice.plaque
            else QCoreApplication.translate("MainWindow", "certificates")
        )
        if choice.one_file_each:
            target = file_dialogs.ask_folder(
                self, QCoreApplication.translate("MainWindow", "Folder for the PDF files")
            )
        else:
            target = file_dialogs.ask_save_path(
                self,
                QCoreApplication.translate("MainWindow", "Save the PDF"),
                f"{what}.pdf",
                "PDF (*.pdf)",
            )
        if target is None:
            return

        from intlbase_desk.ui.certificates.font_settings import chosen_fonts

        fonts = chosen_fonts()

        def job(progress: Progress, cancel: threading.Event) -> certificate_batch.Issued:
            return certificate_batch.issue(
                self.ws.db,
                self.ws.profile,
                self.ws.actor,
                base_ids,
                target,
                plaque=choice.plaque,
                one_file_each=choice.one_file_each,
                fonts=fonts,
                plaque_layout=choice.plaque_layout,
                reissue=choice.reissue,
                progress=progress,
                cancel=cancel,
            )

        def done(issued: certificate_batch.Issued) -> None:
            self.reload(select=selected)
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "%1 pages written to %2: %3 new numbers, %4 reprinted"
                )
                .replace("%1", str(issued.pages))
                .replace("%2", str(issued.path))
                .replace("%3", str(len(issued.new_numbers)))
                .replace("%4", str(len(issued.reprinted))),
                15000,
            )
            if issued.font_notes:
                messages.info(
                    self,
                    QCoreApplication.translate("MainWindow", "Fonts skipped:")
                    + "\n"
                    + "\n".join(issued.font_notes),
                )

        from intlbase_desk.ui.shell.tasks import settle_failure

        def cancelled() -> None:
            self.reload(select=selected)  # numbers already given stay, shown in the table
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Printing cancelled"), 5000
            )

        self.tasks().run(
            self,
            QCoreApplication.translate("MainWindow", "Issuing certificates"),
            job,
            done,
            lambda exc: settle_failure(self, exc, cancelled),
        )

    def print_certificates(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from intlbase_desk.certificates import issuing as certificate_batch
        from intlbase_desk.ui.certificates import printing as cert_print

        targets = self._certificate_targets()
        if targets is None:
            return
        choice, base_ids = targets
        try:
            from intlbase_desk.ui.certificates.font_settings import chosen_fonts

            prepared = certificate_batch.prepare(
                self.ws.db,
                self.ws.profile,
                self.ws.actor,
                base_ids,
                plaque=choice.plaque,
                fonts=chosen_fonts(),
                plaque_layout=choice.plaque_layout,
            )
            prepared.reissue = choice.reissue
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.reload(select=self.selected_base_id())  # the new numbers are given already
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        cert_print.setup(printer, prepared.layout)
        printed = file_dialogs.run_print_preview(
            self,
            printer,
            lambda target: cert_print.paint(
                target, prepared.layout, prepared.fonts, prepared.pages, prepared.images
            ),
        )
        if printed:
            certificate_batch.log(self.ws.db, self.ws.actor, prepared)
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "%1 pages sent to the printer").replace(
                    "%1", str(len(prepared.pages))
                ),
                10000,
            )

    def view_base_ids(self) -> list[int]:
        """Every base of the current view, in its order (not only the pages fetched)."""
        from intlbase_desk.register import base_query as rq

        statement = rq.QUERY.select(rq._conditions(self.model.filter), self.model.sort_order)
        with self.ws.db.reading() as conn:
            return [row.id for row in conn.execute(statement)]

    def export_certificates(self) -> None:
        from intlbase_desk.exchange import exports

        table_export.export_table(
            self,
            QCoreApplication.translate("MainWindow", "Export the certificate register"),
            "证书登记.xlsx",
            lambda target: exports.export_certificates(self.ws.db, self.ws.profile, target),
        )

    def font_settings(self) -> None:
        from intlbase_desk.ui.certificates.font_settings import FontSettings

        self.run_dialog(FontSettings(self))

    def edit_layouts(self) -> None:
        from intlbase_desk.certificates import fonts as pdf_fonts
        from intlbase_desk.ui.certificates.font_settings import chosen_fonts
        from intlbase_desk.ui.certificates.layout_editor import LayoutEditor

        self.run_dialog(LayoutEditor(self.ws.profile, pdf_fonts.resolve(chosen_fonts()), self))
