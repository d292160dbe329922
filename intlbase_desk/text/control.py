"""Control characters pasted from Word or WPS (vertical tab, form feed …): invisible in a cell,
refused by the .xlsx format. They are cleaned where text enters and wherever it is written."""

from __future__ import annotations

import re

# Tab, line feed and carriage return are text; the other C0 controls and DEL are not. A vertical
# tab or form feed is Word's line break: it becomes a space so that words stay apart.
_BREAKS = re.compile(r"[\x0b\x0c]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def has_control(text: str) -> bool:
    return bool(_BREAKS.search(text) or _CONTROL.search(text))


def strip_control(text: str) -> str:
    return _CONTROL.sub("", _BREAKS.sub(" ", text))
