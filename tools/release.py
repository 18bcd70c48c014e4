"""Make every release artefact and their checksums with one command.

    python tools/release.py                  # -> release/<version>/
    python tools/release.py --out DIR        # somewhere else

Makes (run it in a clean clone so that only committed files go in):
  saferplan-<v>.tar.gz                       the source (sdist)
  saferplan-<v>-py3-none-any.whl             the wheel (pip install)
  SaferPlan-<v>-linux-x86_64.tar.gz          the standalone folder (no Python needed), with
                                             LICENSE, THIRD-PARTY-NOTICES.txt, START-HERE.txt
                                             and the optional add-to-menu.sh
  SHA256SUMS                                 `sha256sum -c SHA256SUMS` checks all of them
Then checks the artefacts (verify()) and prints what it made. Needs the build and test extras.
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import build_app  # noqa: E402

SUMS = "SHA256SUMS"
FOLDER_EXTRAS = (ROOT / "packaging" / "START-HERE.txt", ROOT / "packaging" / "add-to-menu.sh")
LEGAL = ("LICENSE", "THIRD-PARTY-NOTICES.txt")


def version() -> str:
    """The version in saferplan/__init__.py (read, not imported)."""
    text = (ROOT / "saferplan" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("no __version__ in saferplan/__init__.py")
    return match.group(1)


def build_python_packages(out: Path) -> list[Path]:
    """The sdist and the wheel (hatchling, in this environment: no download)."""
    before = set(out.glob("*"))
    subprocess.run([sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-t", "wheel",
                    "-d", str(out)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return sorted(set(out.glob("*")) - before)


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """No build-machine user or group names inside the archive."""
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def build_folder_archive(out: Path, ver: str, work: Path) -> Path:
    """Build the standalone folder, add the start guide and launcher script, pack it."""
    app_dir, _ = build_app.build(dist=work / "dist", work=work / "build")
    for extra in FOLDER_EXTRAS:
        shutil.copy2(extra, app_dir / extra.name)
    (app_dir / "add-to-menu.sh").chmod(0o755)
    machine = platform.machine().lower() or "unknown"
    archive = out / f"SaferPlan-{ver}-{sys.platform.rstrip('0123456789')}-{machine}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(app_dir, arcname=app_dir.name, filter=_tar_filter)
    return archive


def sha256(path: Path) -> str:
    """The SHA-256 of a file, in hex."""
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_sums(out: Path, files: list[Path]) -> Path:
    """SHA256SUMS in the format `sha256sum -c` reads."""
    sums = out / SUMS
    sums.write_text("".join(f"{sha256(f)}  {f.name}\n" for f in sorted(files)),
                    encoding="utf-8")
    return sums


def verify(out: Path) -> list[str]:
    """Every problem with a release folder: checksums, licence files in wheel and folder."""
    problems: list[str] = []
    sums = out / SUMS
    if not sums.is_file():
        return [f"missing {SUMS}"]
    listed = {}
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
        if not (out / name).is_file():
            problems.append(f"{name} is listed but missing")
        elif sha256(out / name) != digest:
            problems.append(f"{name}: checksum does not match")
    kinds = {"wheel": [n for n in listed if n.endswith(".whl")],
             "sdist": [n for n in listed if n.startswith("saferplan-") and n.endswith(".tar.gz")],
             "folder": [n for n in listed if n.startswith("SaferPlan-")]}
    problems += [f"no {kind} in {SUMS}" for kind, names in kinds.items() if not names]
    for name in kinds["wheel"]:
        with zipfile.ZipFile(out / name) as wheel:
            inside = set(wheel.namelist())
        problems += [f"{name} lacks {need}" for need in
                     ("saferplan/_data/LICENSE", "saferplan/_data/THIRD-PARTY-NOTICES.txt")
                     if need not in inside]
        if not any(n.endswith(".dist-info/licenses/LICENSE") for n in inside):
            problems.append(f"{name} lacks LICENSE in its dist-info")
    for name in kinds["sdist"] + kinds["folder"]:
        with tarfile.open(out / name) as tar:
            top = {Path(n).relative_to(Path(n).parts[0]).as_posix() for n in tar.getnames()
                   if len(Path(n).parts) > 1}
        needs = ("LICENSE",) if name in kinds["sdist"] else (*LEGAL, "START-HERE.txt")
        problems += [f"{name} lacks {need}" for need in needs if need not in top]
    return problems


def make_release(out: Path) -> list[Path]:
    """Build everything into out (emptied first); return the artefacts."""
    ver = version()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    artefacts = build_python_packages(out)
    with tempfile.TemporaryDirectory(prefix="saferplan-release-") as work:
        artefacts.append(build_folder_archive(out, ver, Path(work)))
    write_sums(out, artefacts)
    return artefacts


def main() -> None:
    """Build, check, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for the artefacts (default release/<version>)")
    args = parser.parse_args()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True, cwd=ROOT, check=False).stdout
    if dirty.strip():
        print("note: the checkout has uncommitted changes; they are in the artefacts")
    out = args.out or ROOT / "release" / version()
    artefacts = make_release(out)
    problems = verify(out)
    if problems:
        raise SystemExit("the release has problems:\n  " + "\n  ".join(problems))
    for path in artefacts:
        print(f"{path.stat().st_size / 2**20:8.1f} MiB  {path.name}")
    print(f"checksums: {out / SUMS} (check with: cd {out} && sha256sum -c {SUMS})")


if __name__ == "__main__":
    main()
