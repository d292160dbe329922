"""`make i18n`: refresh resources/i18n/*.ts from the sources (lupdate), then build .qm (lrelease).

Translators edit the .ts files (Qt Linguist, or any XML editor); lupdate keeps what they wrote.
Both the .ts and the built .qm are committed, so running the app never needs these tools.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
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


def update(ts: Path) -> None:
    subprocess.run(
        [_tool("lupdate"), "-no-obsolete", *sources(), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def release(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for lang in LANGUAGES:
        ts = ts_path(lang)
        update(ts)
        log.info("built %s", release(ts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
