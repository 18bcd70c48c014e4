"""THIRD-PARTY-NOTICES.txt: every component a SaferPlan build carries, with its licence text.

Used at build time by hatch_build.py (the wheel), packaging/saferplan.spec and tools/build_app.py
(the standalone folder) and tools/release.py. The texts are taken from the installed packages'
own dist-info folders, the Python installation and Debian's common-licenses, never typed in by
hand and never kept in git. A licence text that cannot be found stops the build.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

NOTICES_NAME = "THIRD-PARTY-NOTICES.txt"
COMMON_LICENSES = Path("/usr/share/common-licenses")
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)


class MissingLicenceError(RuntimeError):
    """A bundled component's licence text was not found on the build machine."""


@dataclass(frozen=True)
class Component:
    """One bundled component: its name, what it is for, its licence and where the text is."""

    name: str
    purpose: str
    licence: str
    distribution: str | None = None  # a Python distribution whose dist-info holds the text
    common: tuple[str, ...] = ()  # names in /usr/share/common-licenses, or "python"
    standalone_only: bool = False  # only in the standalone folder, not needed by the wheel


COMPONENTS: tuple[Component, ...] = (
    Component("Python", "the language the app is written in", "PSF-2.0",
              common=("python",), standalone_only=True),
    Component("Qt for Python (PySide6-Essentials, shiboken6) and the Qt 6 libraries it carries",
              "windows, text, printing to PDF",
              "LGPL-3.0-only (or GPL-2.0/GPL-3.0); Qt's own third-party parts are listed at "
              "https://doc.qt.io/qt-6/licenses-used-in-qt.html",
              distribution="PySide6-Essentials", common=("LGPL-3", "GPL-3")),
    Component("cryptography (with the OpenSSL library it carries)", "encryption of the plan file",
              "Apache-2.0 OR BSD-3-Clause; OpenSSL: Apache-2.0", distribution="cryptography"),
    Component("cffi", "used by cryptography", "MIT", distribution="cffi"),
    Component("pycparser", "used by cffi", "BSD-3-Clause", distribution="pycparser"),
    Component("pypdf", "password protection of exported PDFs", "BSD-3-Clause",
              distribution="pypdf"),
    Component("platformdirs", "where settings and plans are kept", "MIT",
              distribution="platformdirs"),
    Component("orjson", "reading and writing the plan's JSON quickly",
              "MPL-2.0 AND (Apache-2.0 OR MIT)",
              distribution="orjson"),
    Component("PyInstaller bootloader", "starts the standalone program",
              "GPL-2.0-or-later with the PyInstaller bootloader exception",
              distribution="pyinstaller", standalone_only=True),
)
FONTS_NOTE = ("Noto Sans, Noto Sans Thai, Khmer, Lao, Arabic and Noto Sans CJK fonts",
              "PDFs in every language, without fonts on the computer", "OFL-1.1")


def _dist_texts(name: str) -> list[tuple[str, str]]:
    """(file name, text) of every licence or notice file in a distribution's metadata."""
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return []
    texts: list[tuple[str, str]] = []
    for file in dist.files or []:
        parts = Path(str(file)).parts
        in_metadata = any(part.endswith(".dist-info") for part in parts)
        if in_metadata and _LICENCE_FILE.search(parts[-1]):
            texts.append((parts[-1], file.read_text(encoding="utf-8")))
    return texts


def _common_text(name: str) -> tuple[str, str] | None:
    """A licence text from the Python installation ("python") or Debian's common-licenses."""
    if name == "python":
        path = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    else:
        path = COMMON_LICENSES / name
    return (path.name, path.read_text(encoding="utf-8")) if path.is_file() else None


def _version(component: Component) -> str:
    if component.distribution is not None:
        return metadata.version(component.distribution)
    return sys.version.split()[0] if component.common == ("python",) else ""


def component_texts(component: Component) -> list[tuple[str, str]]:
    """Every licence text of one component; raise MissingLicenceError if there is none."""
    texts = _dist_texts(component.distribution) if component.distribution else []
    found_common = [_common_text(name) for name in component.common]
    texts += [text for text in found_common if text is not None]
    if not texts or None in found_common:
        raise MissingLicenceError(f"no licence text found for {component.name}")
    return texts


def _section(title: str, purpose: str, licence: str, texts: list[tuple[str, str]]) -> str:
    rule = "=" * 78
    lines = [rule, title, f"Used for: {purpose}", f"Licence: {licence}", rule]
    for file_name, text in texts:
        lines += ["", f"--- {file_name} ---", "", text.strip(), ""]
    return "\n".join(lines) + "\n"


def asset_texts(assets: Path) -> list[tuple[str, str]]:
    """Licence files of vendored artwork (e.g. an icon set) anywhere under assets/."""
    if not assets.is_dir():
        return []
    return [(str(path.relative_to(assets)), path.read_text(encoding="utf-8"))
            for path in sorted(assets.rglob("*")) if path.is_file()
            and _LICENCE_FILE.search(path.name)]


SYSTEM_PREFIXES = ("/usr/", "/lib/", "/lib64/")


def _debian_package(path: Path) -> str | None:
    """The Debian package that installed ``path`` (dpkg -S), or None."""
    out = subprocess.run(["dpkg", "-S", str(path)], capture_output=True, text=True,
                         check=False).stdout
    first = out.splitlines()[0] if out else ""
    return first.split(":")[0] if ":" in first else None


def system_library_sections(sources: Iterable[str]) -> list[str]:
    """A section per Debian package whose libraries the build copied from this machine (libz,
    libssl, libfontconfig, the X libraries...), with that package's copyright file."""
    libraries = sorted({Path(s) for s in sources if s.startswith(SYSTEM_PREFIXES)})
    if not libraries:
        return []
    if shutil.which("dpkg") is None:
        return [_section("Libraries copied from the build machine", "running on this system",
                         "see each library's own package", [("files", "\n".join(
                             p.name for p in libraries))])]
    by_package: dict[str, list[str]] = {}
    for library in libraries:
        package = _debian_package(library) or _debian_package(library.resolve())
        if package is None:
            raise MissingLicenceError(f"no package (and licence) found for {library}")
        by_package.setdefault(package, []).append(library.name)
    sections = []
    for package, names in sorted(by_package.items()):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if not copyright_file.is_file():
            raise MissingLicenceError(f"no copyright file for the Debian package {package}")
        sections.append(_section(f"{package} (Debian): {', '.join(sorted(names))}",
                                 "a system library the program needs",
                                 "see the Debian copyright file below",
                                 [("copyright", copyright_file.read_text(encoding="utf-8"))]))
    return sections


def _bundled_sections(font_licence: str) -> list[str]:
    """One section with full licence texts for every component the standalone folder carries."""
    sections = []
    for component in COMPONENTS:
        title = f"{component.name} {_version(component)}".strip()
        sections.append(_section(title, component.purpose, component.licence,
                                 component_texts(component)))
    if not font_licence:
        raise MissingLicenceError("no licence text found for the bundled Noto fonts")
    sections.append(_section(*FONTS_NOTE, [("OFL.txt", font_licence)]))
    return sections


def _dependency_list() -> str:
    """The wheel's notice: the packages pip installs beside it, each with its own licence."""
    lines = ["This package needs the packages below, which pip installs beside it. Each is",
             "distributed under its own licence, whose text is installed with it:", ""]
    lines += [f"  {c.name}: {c.licence}" for c in COMPONENTS if not c.standalone_only]
    return "\n".join(lines) + "\n"


def build_notices(*, standalone: bool, font_licence: str = "", assets: Path | None = None,
                  system_libraries: Iterable[str] = ()) -> str:
    """The whole notices text for the wheel (standalone=False) or the standalone folder.

    font_licence is the OFL text of the bundled fonts (standalone only); the licence files of
    vendored artwork under assets (e.g. an icon set) are added as one more section, and each
    library copied from the build machine (system_libraries: source paths) gets its own.
    """
    intro = ("SaferPlan is free software under the GNU General Public License, version 3 or "
             "(at your option) any later version: see LICENSE.\n")
    sections = [intro + "\n" + _dependency_list()] if not standalone else [
        intro + "\nThis folder carries the components below. Each keeps its own licence, "
        "whose full text follows its name.\n", *_bundled_sections(font_licence),
        *system_library_sections(system_libraries)]
    artwork = asset_texts(assets) if assets is not None else []
    if artwork:
        sections.append(_section("Artwork in saferplan/_data/assets (icons)",
                                 "the icons of the window", "see the licence files below",
                                 artwork))
    return "\n".join(sections)


def write_notices(out: Path, *, standalone: bool, font_licence: str = "",
                  assets: Path | None = None, system_libraries: Iterable[str] = ()) -> Path:
    """Write THIRD-PARTY-NOTICES.txt into the folder out; return its path."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / NOTICES_NAME
    path.write_text(build_notices(standalone=standalone, font_licence=font_licence,
                                  assets=assets, system_libraries=system_libraries),
                    encoding="utf-8")
    return path
