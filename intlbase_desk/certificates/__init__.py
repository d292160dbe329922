"""Certificates and plaques: layouts as data, numbering, fonts, pages laid out once and drawn to
PDF (or by the window to a printer), the issue log and the certificate register.

Other packages use only the names listed here; each module loads on first use.
"""

import lazy_loader as lazy

__getattr__, __dir__, __all__ = lazy.attach(
    __name__,
    submod_attrs={
        "commands": ["add_commands"],
        "counts": ["certificate_counts"],
        "fonts": ["FONT_ROLES", "ResolvedFonts", "font_problem", "resolve_fonts"],
        "issuing": ["Issued", "Prepared", "issue", "layout_images", "log_printed", "prepare"],
        "layouts": [
            "PLACEHOLDERS",
            "Layout",
            "LayoutError",
            "load_layout",
            "load_layout_file",
            "remove_layout_override",
            "save_layout_override",
            "user_layouts_dir",
        ],
        "numbering": [
            "Numbered",
            "bases_in_force",
            "number_bases",
            "void_base_certificate",
            "void_certificate",
        ],
        "page": [
            "MM",
            "Images",
            "PageData",
            "PageGeometry",
            "PlacedText",
            "lay_out",
            "page_values",
        ],
        "plaques": [
            "Recovery",
            "export_plaque_recoveries",
            "mark_plaque_recovered",
            "plaque_recoveries",
        ],
        "register_export": ["export_certificate_register"],
    },
)
