"""The system libraries Qt's X11 (xcb) platform plugin needs, found before the window starts.

PySide6 from PyPI carries Qt but not the xcb utility libraries of the desktop; without them Qt
aborts at start-up ("Could not load the Qt platform plugin xcb") and a fresh Debian or Ubuntu
machine lacks libxcb-cursor0, libxcb-icccm4 and libxcb-keysyms1. ``make run`` asks this module
first: it installs what is missing where it can (root with apt-get) or prints the exact command.

Nothing here imports Qt: it must run where Qt cannot start.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)

EXIT_MISSING = 3

# soname → the Debian/Ubuntu package that provides it (the same names on both).
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)


def xcb_plugin() -> list[Path]:
    """The xcb platform plugin of the installed PySide6 and the library it is built on."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    found = [
        qt / "plugins" / "platforms" / "libqxcb.so",
        *sorted((qt / "lib").glob("libQt6XcbQpa.so*")),
    ]
    return [p for p in found if p.is_file()][:2]


def not_found(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` reports as not found, each once, in the order given."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def missing_libraries(files: Sequence[Path]) -> list[str]:
    if not files or shutil.which("ldd") is None:
        return []
    output = ""
    for file in files:
        ran = subprocess.run(["ldd", str(file)], capture_output=True, text=True, check=False)
        output += ran.stdout
    return not_found(output)


def packages_for(sonames: Sequence[str]) -> list[str]:
    """The packages to install; a library this table does not know is named as it is."""
    return list(dict.fromkeys(PACKAGES.get(name, name) for name in sonames))


def install_command(packages: Sequence[str], *, as_root: bool) -> list[str]:
    prefix = [] if as_root else ["sudo"]
    return [*prefix, "apt-get", "install", "-y", "--no-install-recommends", *packages]


def needs_xcb(environ: dict[str, str]) -> bool:
    """Whether Qt will load the xcb plugin: on Linux, unless another platform is asked for."""
    if not sys.platform.startswith("linux"):
        return False
    platform = environ.get("QT_QPA_PLATFORM", "")
    return platform in ("", "xcb") or platform.startswith("xcb:")


def _install(packages: list[str]) -> bool:
    command = install_command(packages, as_root=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(command, env=env, check=False).returncode == 0:
        return True
    # A fresh machine may not have read the package lists yet.
    subprocess.run(["apt-get", "update"], env=env, check=False)
    return subprocess.run(command, env=env, check=False).returncode == 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="检查 Qt 窗口所需的系统库")
    parser.add_argument("--install", action="store_true", help="以 root 运行时用 apt-get 安装")
    args = parser.parse_args(argv)
    if not needs_xcb(dict(os.environ)):
        return 0
    missing = missing_libraries(xcb_plugin())
    if not missing:
        return 0
    packages = packages_for(missing)
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    apt = shutil.which("apt-get") is not None
    sys.stderr.write(f"Qt 窗口缺少系统库：{'、'.join(missing)}\n")
    if args.install and as_root and apt:
        sys.stderr.write(f"正在安装：{' '.join(packages)}\n")
        if _install(packages) and not missing_libraries(xcb_plugin()):
            return 0
        sys.stderr.write("安装未成功。\n")
    command = " ".join(install_command(packages, as_root=as_root))
    if apt:
        sys.stderr.write(f"请运行以下命令安装后再启动：\n  {command}\n")
    else:
        sys.stderr.write(
            f"请用本机的软件包管理器安装提供这些库的软件包（Debian 上为 {' '.join(packages)}）。\n"
        )
    return EXIT_MISSING


if __name__ == "__main__":
    raise SystemExit(main())
