"""Certificates and plaques in the window."""

from intlbase_desk.ui.certificates.certificates_ui import CertificatesUi

__all__ = ["CertificatesUi"]
