"""Full-width characters (what Chinese input methods type) to their half-width forms."""

from __future__ import annotations

# U+FF01–FF5E are the full-width forms of ASCII 0x21–0x7E; U+3000 is the ideographic space.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def half_width(text: str) -> str:
    return text.translate(_FULL_WIDTH)
