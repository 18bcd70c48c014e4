"""Make every release artefact and their checksums with one command.

    python tools/release.py                  # -> release/<version>/
    python tools/release.py --out DIR        # somewhere else

Makes (it refuses to run unless `git status --porcelain` is empty, so only committed files go
in; and it empties --out only if that folder holds nothing but an earlier release):
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


def made_by_this_script(out: Path) -> bool:
    """True if ``out`` holds only an earlier release: SHA256SUMS and the files it lists."""
    sums = out / SUMS
    if not sums.is_file() or sums.is_symlink():
        return False
    listed = {line.partition("  ")[2] for line in sums.read_text(encoding="utf-8").splitlines()}
    return all(entry.is_file() and not entry.is_symlink() and entry.name in listed | {SUMS}
               for entry in out.iterdir())


def clear_out_folder(out: Path) -> None:
    """Make ``out`` an empty folder; refuse (SystemExit) to remove anything not ours."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise SystemExit(f"{out} is not a folder; choose another --out")
    if out.exists() and any(out.iterdir()):
        if not made_by_this_script(out):
            raise SystemExit(f"{out} is not empty and holds files this script did not make; "
                             "choose an empty or new --out folder")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)


def refuse_unclean_checkout(root: Path = ROOT) -> None:
    """SystemExit unless ``git status --porcelain`` is empty: changed or untracked files
    would ship in the sdist."""
    status = subprocess.run(["git", "status", "--porcelain"], capture_output=True, text=True,
                            cwd=root, check=False)
    if status.returncode != 0:
        raise SystemExit("git status failed; run this in a clean git clone")
    if status.stdout.strip():
        raise SystemExit("the checkout has changed or untracked files, which would ship in "
                         "the sdist; commit or remove them first:\n" + status.stdout.rstrip())


def make_release(out: Path) -> list[Path]:
    """Build everything into out (emptied first, if it holds only an earlier release);
    return the artefacts."""
    ver = version()
    clear_out_folder(out)
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
    refuse_unclean_checkout()
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
