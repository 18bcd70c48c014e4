"""Build SaferPlan's standalone folder (no Python needed on the target computer).

    python tools/build_app.py                  # -> dist/SaferPlan/saferplan
    python tools/build_app.py --name Notes     # the same folder under another (neutral) name

Runs PyInstaller on packaging/saferplan.spec, then checks the folder: no Qt network, QML, web
or PDF-viewer library inside, no Qt library that points at a missing one, the fonts and the
question sets present. Prints the build time and the folder size. Needs the `build` extra:
pip install -e ".[build]".
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "saferplan.spec"
DEFAULT_NAME = "SaferPlan"
EXE_NAME = "saferplan"
FORBIDDEN_LIBS = re.compile(r"(lib)?Qt6?(Network|Qml|Quick|WebEngine|Pdf|Multimedia|3D)",
                            re.IGNORECASE)
REQUIRED_DATA = ("saferplan/_data/forms", "fonts/OFL.txt", "fonts/NotoSansCJK-Regular.ttc",
                 "fonts/NotoSansKhmer-Regular.ttf")

# The newest glibc the folder may need (Ubuntu 22.04 and Mint 21 have 2.35). The PySide6 wheels
# need 2.34; the Python library built on Debian 12 needs 2.35 (hypot).
MAX_GLIBC = (2, 35)
LEGAL_FILES = ("LICENSE", "THIRD-PARTY-NOTICES.txt")  # beside the program, not in _internal


def folder_size(folder: Path) -> int:
    """Bytes used by every file under folder (symlinks not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def contents_dir(app_dir: Path) -> Path:
    """The folder holding the bundled libraries and data (PyInstaller 6: ``_internal``)."""
    inner = app_dir / "_internal"
    return inner if inner.is_dir() else app_dir


def forbidden_files(app_dir: Path) -> list[Path]:
    """Files of Qt modules the app must not carry (network, QML, web, PDF viewer...)."""
    return sorted(p for p in app_dir.rglob("*") if FORBIDDEN_LIBS.match(p.name))


def _needed_qt_libs(path: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True,
                         check=False)
    return set(re.findall(r"\[(libQt6[^\]]+)\]", out.stdout))


def dangling_qt_links(app_dir: Path) -> list[str]:
    """Qt libraries that a bundled library or plugin needs but the folder lacks (Linux only)."""
    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        return []
    present = {p.name for p in app_dir.rglob("libQt6*")}
    problems: list[str] = []
    for path in sorted(app_dir.rglob("*.so*")):
        if path.is_file() and not path.is_symlink():
            problems += [f"{path.name} needs {lib}" for lib in sorted(_needed_qt_libs(path))
                         if lib not in present]
    return problems


def _is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def glibc_needs(app_dir: Path) -> dict[str, tuple[int, ...]]:
    """The newest GLIBC_x.y symbol version each ELF file in the folder asks for (Linux only)."""
    if not sys.platform.startswith("linux") or shutil.which("objdump") is None:
        return {}
    needs: dict[str, tuple[int, ...]] = {}
    for path in sorted(app_dir.rglob("*")):
        if not path.is_file() or path.is_symlink() or not _is_elf(path):
            continue
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True,
                             check=False).stdout
        versions = [tuple(int(n) for n in v.split(".")) for v in
                    re.findall(r"\bGLIBC_([0-9]+(?:\.[0-9]+)+)\b", out)]
        if versions:
            needs[str(path.relative_to(app_dir))] = max(versions)
    return needs


def too_new_for_glibc(needs: dict[str, tuple[int, ...]],
                      ceiling: tuple[int, ...] = MAX_GLIBC) -> list[str]:
    """Files that need a newer glibc than the ceiling, as messages."""
    return [f"{name} needs GLIBC_{'.'.join(map(str, version))} (more than "
            f"{'.'.join(map(str, ceiling))})"
            for name, version in sorted(needs.items()) if version > ceiling]


def check_folder(app_dir: Path) -> list[str]:
    """Return every problem found in the built folder (empty when it is fine)."""
    problems = [f"must not be bundled: {p.relative_to(app_dir)}" for p in forbidden_files(app_dir)]
    problems += dangling_qt_links(app_dir)
    problems += too_new_for_glibc(glibc_needs(app_dir))
    inner = contents_dir(app_dir)
    problems += [f"missing: {name}" for name in REQUIRED_DATA if not (inner / name).exists()]
    problems += [f"missing: {name}" for name in LEGAL_FILES if not (app_dir / name).is_file()]
    exe = app_dir / (EXE_NAME + (".exe" if sys.platform == "win32" else ""))
    if not exe.is_file():
        problems.append(f"missing executable: {exe.name}")
    return problems


def run_pyinstaller(name: str, dist: Path, work: Path) -> None:
    """Run PyInstaller on the spec; the folder lands in dist/name."""
    env = {**os.environ, "SAFERPLAN_DIST_NAME": name}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
                   check=True, cwd=ROOT, env=env)


def build(name: str = DEFAULT_NAME, dist: Path = ROOT / "dist",
          work: Path = ROOT / "build" / "pyinstaller") -> tuple[Path, float]:
    """Build the folder; return its path and the seconds it took. Raise on any problem."""
    started = time.perf_counter()
    run_pyinstaller(name, dist, work)
    seconds = time.perf_counter() - started
    app_dir = dist / name
    problems = check_folder(app_dir)
    if problems:
        raise SystemExit("the built folder has problems:\n  " + "\n  ".join(problems))
    return app_dir, seconds


def main() -> None:
    """Build, check and report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", default=DEFAULT_NAME,
                        help="name of the folder in dist/ (default SaferPlan); may be neutral")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args()
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit('PyInstaller is missing: pip install -e ".[build]"')
    app_dir, seconds = build(args.name, args.dist, args.work)
    size = folder_size(app_dir)
    print(f"built {app_dir} in {seconds:.0f} s; folder size {size / 2**20:.0f} MiB")
    needs = glibc_needs(app_dir)
    if needs:
        floor = max(needs.values())
        print(f"needs glibc {'.'.join(map(str, floor))} or newer, because of: "
              + ", ".join(sorted(name for name, v in needs.items() if v == floor)))
    print(f"run it: {app_dir / EXE_NAME} --version")


if __name__ == "__main__":
    main()
