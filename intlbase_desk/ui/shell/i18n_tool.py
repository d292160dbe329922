"""`make i18n`: refresh resources/i18n/*.ts from the sources (lupdate), then build .qm (lrelease).

Translators edit the .ts files (Qt Linguist, or any XML editor); lupdate keeps what they wrote.
Both the .ts and the built .qm are committed, so running the app never needs these tools.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from intlbase_desk.infra.assets import resource_path

log = logging.getLogger(__name__)
LANGUAGES = ("zh_CN",)
UI_DIR = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


def ts_path(lang: str) -> Path:
    return resource_path("i18n", f"intlbase_desk_{lang}.ts")


def sources() -> list[str]:
    return sorted(str(p) for p in UI_DIR.rglob("*.py"))


def update(ts: Path) -> int:
    """lupdate, then a text that moved to another context (a class renamed or split) keeps the
    translation it had: lupdate alone would leave it unfinished. How many were carried over."""
    known = translations(ts) if ts.exists() else {}
    _lupdate(ts)
    carried = _carry_over(ts, known)
    if carried:
        _lupdate(ts)  # back to lupdate's own layout of the file
    return carried


def _lupdate(ts: Path) -> None:
    subprocess.run(
        [_tool("lupdate"), "-no-obsolete", *sources(), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def translations(ts: Path) -> dict[str, str]:
    """Source text → its finished translation, whatever the context."""
    found: dict[str, str] = {}
    for message in ET.parse(ts).iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type"):
            continue
        if source.text and translation.text:
            found.setdefault(source.text, translation.text)
    return found


def _carry_over(ts: Path, known: dict[str, str]) -> int:
    tree = ET.parse(ts)
    carried = 0
    for message in tree.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") != "unfinished":
            continue
        if source.text in known:
            translation.text = known[source.text]
            del translation.attrib["type"]
            carried += 1
    if carried:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
        )
    return carried


def release(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for lang in LANGUAGES:
        ts = ts_path(lang)
        carried = update(ts)
        log.info("%s: %d moved texts kept their translation", ts.name, carried)
        log.info("built %s", release(ts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
