"""Data the standalone build carries beside the code: fonts (with their licence), translations.

Used by packaging/saferplan.spec at build time and by tools/build_app.py and the tests. The fonts
are taken from the build machine (Debian's fonts-noto-core and fonts-noto-cjk, or a folder named
by SAFERPLAN_FONT_DIR on other systems) and never committed to git.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

#: Every font the PDFs need for the shipped languages: (accepted file names, first found wins).
REQUIRED_FONTS: tuple[tuple[str, ...], ...] = (
    ("NotoSans-Regular.ttf",),
    ("NotoSans-Bold.ttf",),
    ("NotoSansThai-Regular.ttf", "NotoLoopedThai-Regular.ttf"),
    ("NotoSansThai-Bold.ttf", "NotoLoopedThai-Bold.ttf"),
    ("NotoSansKhmer-Regular.ttf",),
    ("NotoSansKhmer-Bold.ttf",),
    ("NotoSansLao-Regular.ttf", "NotoLoopedLao-Regular.ttf"),
    ("NotoSansLao-Bold.ttf", "NotoLoopedLao-Bold.ttf"),
    ("NotoSansArabic-Regular.ttf",),
    ("NotoSansArabic-Bold.ttf",),
    ("NotoSansCJK-Regular.ttc",),
    ("NotoSansCJK-Bold.ttc",),
)
FONT_PACKAGES = ("fonts-noto-core", "fonts-noto-cjk")
FONT_DIR_ENV = "SAFERPLAN_FONT_DIR"
SEARCH_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))
OFL_HEADINGS = ("License: OFL-1.1", "License: SIL-1.1")
# Libraries of the BUILD machine that every Linux desktop has and that would raise the glibc
# the folder needs above what the PySide6 wheels need (packaging/README.md, "Linux floor"):
# the C++ runtime (libstdc++, libgcc_s: GLIBC_2.35/2.36 on Debian 12), libexpat (2.36), and
# libcups (2.36, and it drags in gnutls, Kerberos, Avahi...). The computer's own copies are used;
# without libcups the print dialog offers only printing to a PDF file.
HOST_LIBRARIES = ("libstdc++.so", "libgcc_s.so", "libexpat.so", "libcups.so")


class MissingBuildFontError(RuntimeError):
    """A font the PDFs need is not on the build machine."""


def _dpkg_files(packages: Iterable[str]) -> list[Path]:
    """Files of the installed Debian packages (empty without dpkg)."""
    if shutil.which("dpkg") is None:
        return []
    found: list[Path] = []
    for package in packages:
        out = subprocess.run(["dpkg", "-L", package], capture_output=True, text=True,
                             check=False)
        found += [Path(line) for line in out.stdout.splitlines() if line.strip()]
    return found


def _candidate_files() -> list[Path]:
    """Font files to choose from: SAFERPLAN_FONT_DIR first, then Debian's packages, then dirs."""
    candidates: list[Path] = []
    override = os.environ.get(FONT_DIR_ENV)
    if override:
        candidates += sorted(Path(override).rglob("*"))
    candidates += _dpkg_files(FONT_PACKAGES)
    for folder in SEARCH_DIRS:
        if folder.is_dir():
            candidates += sorted(folder.rglob("Noto*"))
    return [path for path in candidates if path.is_file()]


def find_fonts() -> list[Path]:
    """Return the path of every required font; raise MissingBuildFontError naming the missing."""
    by_name: dict[str, Path] = {}
    for path in _candidate_files():
        by_name.setdefault(path.name, path)
    chosen: list[Path] = []
    missing: list[str] = []
    for names in REQUIRED_FONTS:
        hit = next((by_name[name] for name in names if name in by_name), None)
        if hit is None:
            missing.append(names[0])
        else:
            chosen.append(hit)
    if missing:
        raise MissingBuildFontError(
            "fonts needed for the PDFs are missing: " + ", ".join(missing)
            + f". On Debian or Ubuntu: apt-get install {' '.join(FONT_PACKAGES)}; elsewhere put"
            f" the Noto files in a folder and set {FONT_DIR_ENV} to it.")
    return chosen


def ofl_text(copyright_text: str) -> str:
    """Return the OFL 1.1 licence text from a Debian copyright file (machine-readable format)."""
    lines = copyright_text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() in OFL_HEADINGS
                  and i + 1 < len(lines) and lines[i + 1].startswith(" ")), None)
    if start is None:
        return ""
    body: list[str] = []
    for line in lines[start + 1:]:
        if not line.startswith(" "):
            break
        # Debian indents licence text by one space and writes empty lines as " .".
        body.append("" if line.strip() == "." else line[1:])
    return "SIL Open Font License, Version 1.1\n\n" + "\n".join(body).strip() + "\n"


def _package_version(package: str) -> str:
    if shutil.which("dpkg-query") is None:
        return "unknown"
    out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True,
                         text=True, check=False)
    return out.stdout.strip() or "unknown"


def stage_fonts(out_dir: Path) -> list[Path]:
    """Copy the required fonts and their licence texts into out_dir; return the font copies."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    copies = [Path(shutil.copy2(font, out_dir / font.name)) for font in find_fonts()]
    notes = ["Fonts carried by this build so that every language's PDF can be made.",
             "Noto fonts, (c) Google Inc. and Google LLC, under the SIL Open Font License 1.1",
             "(see OFL.txt). Taken at build time from:", ""]
    ofl = ""
    for package in FONT_PACKAGES:
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.is_file():
            text = copyright_file.read_text(encoding="utf-8", errors="replace")
            shutil.copy2(copyright_file, out_dir / f"copyright-{package}.txt")
            ofl = ofl or ofl_text(text)
            notes.append(f"  {package} {_package_version(package)}")
    if not ofl:
        notes.append("  (not Debian packages: see the font folder's own licence files)")
    else:
        (out_dir / "OFL.txt").write_text(ofl, encoding="utf-8")
    notes += ["", *(f"  {copy.name}" for copy in copies)]
    (out_dir / "README.txt").write_text("\n".join(notes) + "\n", encoding="utf-8")
    return copies


def build_translations(root: Path, out_dir: Path) -> list[Path]:
    """Compile translations/*.ts to .qm in out_dir with tools/translations.py; none if absent."""
    script = root / "tools" / "translations.py"
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    if not script.is_file() or not any((root / "translations").glob("saferplan_*.ts")):
        return []
    subprocess.run([sys.executable, str(script), "build", "--out", str(out_dir)], check=True,
                   cwd=root, capture_output=True)
    return sorted(out_dir.glob("*.qm"))


def is_host_library(dest_name: str) -> bool:
    """Tell whether a collected library is one the target computer's own copy should serve."""
    return Path(dest_name).name.startswith(HOST_LIBRARIES)


def _needed(path: str) -> set[str]:
    """Shared libraries an ELF file asks for (readelf's NEEDED entries)."""
    out = subprocess.run(["readelf", "-d", path], capture_output=True, text=True, check=False)
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out.stdout))


def _is_plain_library(dest_name: str) -> bool:
    """A library collected only as a dependency (top level or Qt's lib folder), not a root."""
    path = Path(dest_name)
    return path.name.startswith("lib") and ".so" in path.name and (
        len(path.parts) == 1 or path.parent.as_posix() == "PySide6/Qt/lib")


def prune_unneeded_libraries(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop dependency libraries nothing left in the build needs (Linux; other systems as is).

    Leaving out plugins (the GTK theme, VNC...) leaves their dependencies behind; this follows
    NEEDED entries from every extension module (Python's own too: _ssl and _hashlib need
    libssl and libcrypto, _bz2 libbz2, _uuid libuuid), plugin and the Python library, and keeps
    only the libraries reached.
    """
    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        return binaries
    files = [entry for entry in binaries if entry[2] in ("BINARY", "EXTENSION")]
    by_name = {Path(dest).name: (dest, src) for dest, src, _ in files if _is_plain_library(dest)}
    roots = [src for dest, src, _ in files
             if not _is_plain_library(dest) or Path(dest).name.startswith("libpython")]
    reached: set[str] = set()
    pending = list(roots)
    while pending:
        for name in _needed(pending.pop()):
            if name in by_name and name not in reached:
                reached.add(name)
                pending.append(by_name[name][1])
    unneeded = {name for name in by_name if name not in reached
                and not name.startswith("libpython")}
    return [entry for entry in binaries if Path(entry[0]).name not in unneeded]
