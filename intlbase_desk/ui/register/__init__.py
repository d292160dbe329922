"""The register's sections and menus in the window."""

from intlbase_desk.ui.register.register_ui import RegisterUi

__all__ = ["RegisterUi"]
