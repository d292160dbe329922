"""The district exchange in the window: import, batches, templates and exports (文件 menu)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from intlbase_desk import exchange
from intlbase_desk.infra import clock
from intlbase_desk.infra.errors import UserError
from intlbase_desk.sheets import Schema
from intlbase_desk.ui.register import RegisterUi
from intlbase_desk.ui.shell import file_dialogs, messages, table_export
from intlbase_desk.ui.shell.shell import Shell


class ExchangeUi(QObject):
    def __init__(self, shell: Shell, register_ui: RegisterUi) -> None:
        super().__init__(shell)
        self.shell = shell
        self.bases = register_ui.bases
        self.act_import = shell.action(
            "import_sheet", self.tr("Import a district sheet…"), self.import_sheet, "Ctrl+I"
        )
        self.act_import_register = shell.action(
            "import_register",
            self.tr("Import the register you keep in Excel…"),
            lambda: self.import_sheet(exchange.REGISTER),
        )
        self.act_batches = shell.action("import_batches", self.tr("Import batches…"), self.batches)
        self.act_template_recommendation = shell.action(
            "template_recommendation",
            self.tr("Recommendation template for districts…"),
            lambda: self.save_template("recommendation"),
        )
        self.act_template_register = shell.action(
            "template_register",
            self.tr("Register template…"),
            lambda: self.save_template("register"),
        )
        self.act_export = shell.action(
            "export_view", self.tr("Export this view…"), self.export_view
        )
        self.act_export_applications = shell.action(
            "export_applications",
            self.tr("Export a call's applications…"),
            self.export_applications,
        )
        menu = shell.menu("file", self.tr("&File"))
        menu.addActions([self.act_import, self.act_import_register, self.act_batches])
        menu.addSeparator()
        menu.addActions(
            [
                self.act_template_recommendation,
                self.act_template_register,
                self.act_export,
                self.act_export_applications,
            ]
        )

    def import_sheet(self, kind: Schema = exchange.RECOMMENDATION) -> None:
        from intlbase_desk.ui.exchange.import_wizard import ImportWizard

        self.shell.run_dialog(ImportWizard(self.shell, self.shell.window, kind))

    def add_first_steps(self) -> None:
        """What the empty register offers first: the Excel register, or its template."""
        steps = self.bases.first_steps
        steps.add_step(
            self.act_import_register,
            self.tr(
                "Bring in the register you already keep: it is checked first, problems are "
                "listed row by row, and the whole import can be undone."
            ),
        )
        steps.add_step(
            self.act_template_register,
            self.tr("No register in Excel yet? Save the template, fill it in, then import it."),
        )

    def batches(self) -> None:
        from intlbase_desk.ui.exchange.batches_dialog import BatchesDialog

        self.shell.run_dialog(BatchesDialog(self.shell, self.shell.window))

    def save_template(self, kind: str) -> None:
        schema = exchange.SCHEMAS[kind]
        target = file_dialogs.ask_save_path(
            self.shell.window,
            self.tr("Save the template"),
            f"{schema.title}模板.xlsx",
            "Excel (*.xlsx)",
        )
        if target is None:
            return
        try:
            exchange.write_district_template(target, schema, self.shell.ws.profile)
        except UserError as exc:
            messages.warn(self.shell.window, str(exc))
            return
        self.shell.show_message(self.tr("Template saved to %1").replace("%1", str(target)))

    def export_view(self) -> None:
        table_export.export_table(
            self.shell,
            self.tr("Export the register"),
            "基地名录.xlsx",
            lambda target: exchange.export_register(
                self.shell.ws, target, self.bases.filter, self.bases.sort_order
            ),
        )

    def export_applications(self) -> None:
        year = file_dialogs.ask_year(
            self.shell.window, self.tr("Which call (year)?"), clock.today().year
        )
        if year is None:
            return
        table_export.export_table(
            self.shell,
            self.tr("Export the applications"),
            f"{year}年度申报.xlsx",
            lambda target: exchange.export_applications(self.shell.ws, target, year),
        )
