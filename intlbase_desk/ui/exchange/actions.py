"""District spreadsheets from the main window: import, batches, templates and exports.

A mixin of MainWindow (it uses the window's workspace, table, worker and status bar); its texts
keep the window's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intlbase_desk.infra import clock
from intlbase_desk.ui.shell import file_dialogs, messages, table_export


class ExchangeActions:
    def import_sheet(self) -> None:
        from intlbase_desk.ui.exchange.import_wizard import ImportWizard

        wizard = ImportWizard(
            self.ws,
            lambda title, job, done, failed: self.tasks().run(wizard, title, job, done, failed),
            self,
        )
        wizard.imported.connect(lambda _batch: self.reload_all())
        self.run_dialog(wizard)

    def save_template(self, kind: str) -> None:
        from intlbase_desk.exchange import templates as sheet_template
        from intlbase_desk.exchange.schemas import SCHEMAS

        schema = SCHEMAS[kind]
        target = file_dialogs.ask_save_path(
            self,
            QCoreApplication.translate("MainWindow", "Save the template"),
            f"{schema.title}模板.xlsx",
            "Excel (*.xlsx)",
        )
        if target is None:
            return
        try:
            sheet_template.write(target, schema, self.ws.profile)
        except OSError as exc:
            messages.warn(self, str(exc))
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Template saved to %1").replace(
                "%1", str(target)
            ),
            10000,
        )

    def export_view(self) -> None:
        from intlbase_desk.exchange import exports

        table_export.export_table(
            self,
            QCoreApplication.translate("MainWindow", "Export the register"),
            "基地名录.xlsx",
            lambda target: exports.export_register(
                self.ws.db, self.ws.profile, target, self.model.filter, self.model.sort_order
            ),
        )

    def export_applications(self) -> None:

        from intlbase_desk.exchange import exports

        year = file_dialogs.ask_year(
            self,
            QCoreApplication.translate("MainWindow", "Which call (year)?"),
            clock.today().year,
        )
        if year is None:
            return
        table_export.export_table(
            self,
            QCoreApplication.translate("MainWindow", "Export the applications"),
            f"{year}年度申报.xlsx",
            lambda target: exports.export_applications(self.ws.db, self.ws.profile, target, year),
        )

    def show_batches(self) -> None:
        from intlbase_desk.ui.exchange.batches_dialog import BatchesDialog

        dialog = BatchesDialog(self.ws, self)
        self.run_dialog(dialog)
        if dialog.changed:
            self.reload_all()
