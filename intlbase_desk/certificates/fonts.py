"""Fonts for certificates and plaques, by role (title, body, kai).

Each role resolves in this order: a font file the officer chose; the official fonts of the
system (on Windows simsun.ttc, simhei.ttf, simfang.ttf, simkai.ttf and 方正小标宋 where
installed; elsewhere through fontconfig); the bundled font. Only TrueType outlines are used
(reportlab cannot embed CFF .otf), and fonts that forbid embedding are skipped with a note.
reportlab embeds the subset of each font a PDF uses, so it prints the same anywhere.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import shutil
import struct
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from intlbase_desk.infra import os_errors
from intlbase_desk.infra.assets import resource_path

log = logging.getLogger(__name__)
FONT_ROLES = ("title", "body", "kai")
BUNDLED = ("fonts", "LXGWWenKai-Regular.ttf")
WINDOWS_FILES = {
    "title": ["FZXBSJW.TTF", "方正小标宋简体.ttf", "simhei.ttf"],
    "body": ["simfang.ttf", "FangSong_GB2312.ttf", "simsun.ttc"],
    "kai": ["simkai.ttf", "KaiTi_GB2312.ttf"],
}
FONTCONFIG_FAMILIES = {
    "title": ["方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimHei", "黑体"],
    "body": ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "SimSun", "宋体"],
    "kai": ["楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi"],
}


@dataclass(frozen=True)
class FontChoice:
    role: str
    name: str  # the name registered with reportlab
    path: Path
    index: int  # the face in a .ttc collection
    source: str  # "chosen", "system" or "bundled"


@dataclass
class ResolvedFonts:
    roles: dict[str, FontChoice]
    notes: list[str] = field(default_factory=list)


def _faces(path: Path) -> list[int]:
    """Offsets of the table directories of a font file (several in a .ttc)."""
    with path.open("rb") as stream:
        head = stream.read(12)
        if head[:4] == b"ttcf":
            count = struct.unpack(">I", head[8:12])[0]
            return list(struct.unpack(f">{count}I", stream.read(4 * count)))
    return [0]


def _tables(path: Path, offset: int) -> dict[bytes, tuple[int, int]]:
    with path.open("rb") as stream:
        stream.seek(offset)
        head = stream.read(12)
        count = struct.unpack(">H", head[4:6])[0]
        tables = {}
        for _ in range(count):
            tag, _checksum, start, length = struct.unpack(">4sIII", stream.read(16))
            tables[tag] = (start, length)
        return tables


def font_problem(path: Path, index: int = 0) -> str | None:
    """Why a font cannot be embedded in a certificate, or None."""
    try:
        offsets = _faces(path)
        tables = _tables(path, offsets[min(index, len(offsets) - 1)])
    except OSError as exc:
        return os_errors.describe(exc, path, writing=False)
    except struct.error:
        return f"{path.name}：不是完整的字体文件，无法读取"
    if b"glyf" not in tables:
        return f"{path.name}：不是 TrueType 轮廓字体（如 CFF 格式的 .otf），无法嵌入 PDF"
    if b"OS/2" in tables:
        start, _length = tables[b"OS/2"]
        with path.open("rb") as stream:
            stream.seek(start + 8)
            fs_type = struct.unpack(">H", stream.read(2))[0]
        if fs_type & 0x0002 and not fs_type & 0x000C:
            return f"{path.name}：字体授权禁止嵌入"
    return None


def _windows_candidates(role: str) -> list[Path]:
    folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [folder / name for name in WINDOWS_FILES[role]]


def _fontconfig_candidates(role: str) -> list[Path]:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    found = []
    for family in FONTCONFIG_FAMILIES[role]:
        try:
            out = subprocess.run(
                [fc_list, f":family={family}", "file"], capture_output=True, text=True, timeout=10
            ).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        found += [Path(line.split(":")[0].strip()) for line in out.splitlines() if line.strip()]
    return found


def resolve_fonts(chosen: Mapping[str, Path] | None = None) -> ResolvedFonts:
    """The font of each role, registered with reportlab (once per process and choice: parsing
    a 15 MB CJK font takes a third of a second)."""
    key = tuple(sorted((role, str(path)) for role, path in (chosen or {}).items()))
    return _resolve(key)


@functools.cache
def _resolve(chosen_key: tuple[tuple[str, str], ...]) -> ResolvedFonts:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    chosen = {role: Path(path) for role, path in chosen_key}
    registered: dict[Path, str] = {}  # one registration per file, shared by its roles
    notes: list[str] = []
    roles: dict[str, FontChoice] = {}
    system = _windows_candidates if sys.platform == "win32" else _fontconfig_candidates
    for role in FONT_ROLES:
        candidates: list[tuple[Path, str]] = []
        if chosen and role in chosen:
            candidates.append((Path(chosen[role]), "chosen"))
        candidates += [(p, "system") for p in system(role)]
        candidates.append((resource_path(*BUNDLED), "bundled"))
        for path, source in candidates:
            if not path.is_file():
                continue
            why = font_problem(path)
            if why is not None:
                notes.append(why)
                continue
            # Named after the file: reportlab keeps the first font registered under a name, so
            # a font chosen later in the session would be measured with the old one's widths.
            digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:10]
            name = registered.get(path, f"intlbase-{role}-{digest}")
            if path not in registered:
                try:
                    pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
                except TTFError as exc:
                    log.info("reportlab refused %s: %s", path, exc)
                    notes.append(f"{path.name}：无法嵌入此字体（文件不完整或格式不受支持）")
                    continue
                registered[path] = name
            roles[role] = FontChoice(role, name, path, 0, source)
            break
    for note in notes:
        log.info("font skipped: %s", note)
    return ResolvedFonts(roles, notes)
