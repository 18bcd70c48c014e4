"""The standalone build: portable marker, bundled fonts, and (slow) the built app itself.

The fast tests need no build. The slow ones build dist/ with PyInstaller once per session (about
30 s) and run the built executable headless; they run when PyInstaller is installed or
SAFERPLAN_BUILD_TEST=1, and reuse a folder already built when SAFERPLAN_BUILT_APP names it.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from types import ModuleType

import pytest
from tool_needs import need

from saferplan import __version__, bundled_fonts, portable

ROOT = Path(__file__).resolve().parent.parent
NOTO = Path("/usr/share/fonts/truetype/noto")
CANARY_KM = "សុខាកាណារី"
CANARY_ZH = "王小明金丝雀"


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module   # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


bundle_data = _load(ROOT / "packaging" / "bundle_data.py", "bundle_data")
build_app = _load(ROOT / "tools" / "build_app.py", "build_app")
notices = _load(ROOT / "packaging" / "notices.py", "notices")


# -- portable.py ----------------------------------------------------------------------------
def _pretend_exe(monkeypatch: pytest.MonkeyPatch, exe: Path, frozen: bool) -> None:
    exe.parent.mkdir(parents=True, exist_ok=True)
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(exe))
    if frozen:
        monkeypatch.setattr(sys, "frozen", True, raising=False)
    else:
        monkeypatch.delattr(sys, "frozen", raising=False)


def test_marker_beside_the_frozen_app_turns_portable_on(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _pretend_exe(monkeypatch, tmp_path / "app" / "saferplan", frozen=True)
    assert portable.portable_dir_from_marker() is None
    (tmp_path / "app" / portable.MARKER_NAME).write_text("", encoding="utf-8")
    assert portable.portable_dir_from_marker() == (tmp_path / "app" / "data").resolve()
    assert not (tmp_path / "app" / "data").exists()  # deciding creates nothing


def test_marker_counts_only_in_the_frozen_build(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _pretend_exe(monkeypatch, tmp_path / "bin" / "python3", frozen=False)
    (tmp_path / "bin" / portable.MARKER_NAME).write_text("", encoding="utf-8")
    assert portable.portable_dir_from_marker() is None


def test_a_folder_named_like_the_marker_does_not_count(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _pretend_exe(monkeypatch, tmp_path / "app" / "saferplan", frozen=True)
    (tmp_path / "app" / portable.MARKER_NAME).mkdir()
    assert portable.portable_dir_from_marker() is None


def test_macos_bundle_looks_beside_the_app_bundle(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _pretend_exe(monkeypatch, tmp_path / "Notes.app" / "Contents" / "MacOS" / "saferplan",
                 frozen=True)
    (tmp_path / portable.MARKER_NAME).write_text("", encoding="utf-8")
    assert portable.portable_dir_from_marker() == tmp_path.resolve() / "data"


# -- bundled_fonts.py -----------------------------------------------------------------------
def test_no_fonts_folder_registers_nothing(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _pretend_exe(monkeypatch, tmp_path / "saferplan", frozen=False)
    assert bundled_fonts.register_bundled_fonts() == 0


def test_fonts_beside_the_executable_are_added_once(qapp: object, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    need((NOTO / "NotoSansLao-Regular.ttf").is_file(), "needs Noto Lao (fonts-noto-core)")
    from PySide6.QtGui import QFontDatabase

    _pretend_exe(monkeypatch, tmp_path / "saferplan", frozen=False)
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    shutil.copy(NOTO / "NotoSansLao-Regular.ttf", fonts)
    (fonts / "broken.ttf").write_bytes(b"not a font")
    (fonts / "OFL.txt").write_text("licence", encoding="utf-8")
    added: list[str] = []
    real_add = QFontDatabase.addApplicationFont

    def spy(path: str) -> int:
        added.append(Path(path).name)
        return real_add(path)

    monkeypatch.setattr(QFontDatabase, "addApplicationFont", spy)
    assert bundled_fonts.register_bundled_fonts() == 1
    assert sorted(added) == ["NotoSansLao-Regular.ttf", "broken.ttf"]
    assert bundled_fonts.register_bundled_fonts() == 1  # nothing added twice
    assert sorted(added) == ["NotoSansLao-Regular.ttf", "broken.ttf", "broken.ttf"]


def test_frozen_build_finds_fonts_in_its_bundle(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _pretend_exe(monkeypatch, tmp_path / "app" / "saferplan", frozen=True)
    inner = tmp_path / "app" / "_internal"
    (inner / "fonts").mkdir(parents=True)
    (inner / "fonts" / "A.otf").write_bytes(b"x")
    monkeypatch.setattr(sys, "_MEIPASS", str(inner), raising=False)
    assert bundled_fonts.bundled_font_files() == [(inner / "fonts" / "A.otf").resolve()]


# -- packaging/bundle_data.py and tools/build_app.py -----------------------------------------
def test_ofl_text_is_taken_from_a_debian_copyright_file() -> None:
    text = ("Files: *\nLicense: OFL-1.1\n\nLicense: OFL-1.1\n PREAMBLE\n .\n The goals\n"
            "\nLicense: GPL-3+\n Other\n")
    ofl = bundle_data.ofl_text(text)
    assert ofl.endswith("PREAMBLE\n\nThe goals\n")
    assert "GPL" not in ofl
    assert bundle_data.ofl_text("License: MIT\n text\n") == ""


def test_missing_build_fonts_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_data, "SEARCH_DIRS", ())
    monkeypatch.setattr(bundle_data, "_dpkg_files", lambda packages: [])
    monkeypatch.setenv(bundle_data.FONT_DIR_ENV, str(tmp_path))
    for names in bundle_data.REQUIRED_FONTS:
        (tmp_path / names[-1]).write_bytes(b"x")
    assert len(bundle_data.find_fonts()) == len(bundle_data.REQUIRED_FONTS)
    (tmp_path / "NotoSansKhmer-Bold.ttf").unlink()
    with pytest.raises(bundle_data.MissingBuildFontError, match="NotoSansKhmer-Bold"):
        bundle_data.find_fonts()


def test_folder_check_flags_network_libraries(tmp_path: Path) -> None:
    inner = tmp_path / "_internal"
    (inner / "saferplan" / "_data" / "forms").mkdir(parents=True)
    (inner / "fonts").mkdir()
    for name in ("OFL.txt", "NotoSansCJK-Regular.ttc", "NotoSansKhmer-Regular.ttf"):
        (inner / "fonts" / name).write_bytes(b"x")
    (tmp_path / "saferplan").write_bytes(b"x")
    for name in build_app.LEGAL_FILES:
        (tmp_path / name).write_text("licence", encoding="utf-8")
    assert build_app.check_folder(tmp_path) == []
    (inner / "libQt6Network.so.6").write_bytes(b"x")
    (inner / "fonts" / "OFL.txt").unlink()
    (tmp_path / "LICENSE").unlink()
    problems = build_app.check_folder(tmp_path)
    assert any("libQt6Network" in p for p in problems)
    assert any("OFL.txt" in p for p in problems)
    assert "missing: LICENSE" in problems


def test_notices_carry_the_licence_of_each_library_copied_from_this_machine() -> None:
    need(shutil.which("dpkg"), "dpkg is not installed (a Debian or Ubuntu build machine)")
    zlib = next((p for p in (Path("/lib/x86_64-linux-gnu/libz.so.1"),
                             Path("/usr/lib/x86_64-linux-gnu/libz.so.1")) if p.is_file()), None)
    need(zlib, "zlib1g's libz.so.1 is not installed")
    sections = notices.system_library_sections([str(zlib), "/venv/site-packages/PySide6/x.so"])
    assert len(sections) == 1   # only the system library, not the Python package's file
    assert "zlib1g (Debian): libz.so.1" in sections[0] and "Copyright" in sections[0]
    with pytest.raises(notices.MissingLicenceError, match="no package"):
        notices.system_library_sections(["/usr/lib/not-from-any-package.so.1"])


def test_host_libraries_are_left_to_the_computer() -> None:
    for name in ("libstdc++.so.6", "libgcc_s.so.1", "libexpat.so.1", "libcups.so.2"):
        assert bundle_data.is_host_library(name)
    for name in ("libQt6Core.so.6", "PySide6/Qt/lib/libicuuc.so.73", "libpython3.11.so.1.0",
                 "libxkbcommon.so.0"):
        assert not bundle_data.is_host_library(name)


def test_glibc_ceiling_names_the_files_above_it() -> None:
    needs = {"_internal/libQt6Core.so.6": (2, 34), "_internal/libcups.so.2": (2, 36)}
    assert build_app.too_new_for_glibc(needs, (2, 35)) == [
        "_internal/libcups.so.2 needs GLIBC_2.36 (more than 2.35)"]
    assert build_app.too_new_for_glibc(needs, (2, 36)) == []


def test_glibc_needs_reads_symbol_versions(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("ELF symbol versions: Linux only")
    need(shutil.which("objdump"), "objdump is not installed (Debian package binutils)")
    shutil.copy(sys.executable, tmp_path / "python")
    (tmp_path / "notes.txt").write_text("not a program", encoding="utf-8")
    needs = build_app.glibc_needs(tmp_path)
    assert list(needs) == ["python"] and needs["python"] >= (2, 2, 5)


# -- the built app (slow) ---------------------------------------------------------------------
def _build_wanted() -> bool:
    return (os.environ.get("SAFERPLAN_BUILD_TEST") == "1"
            or bool(os.environ.get("SAFERPLAN_BUILT_APP"))
            or importlib.util.find_spec("PyInstaller") is not None)


@pytest.fixture(scope="session")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built folder: SAFERPLAN_BUILT_APP, or a fresh build in a temporary folder."""
    given = os.environ.get("SAFERPLAN_BUILT_APP")
    if given:
        return Path(given)
    work = tmp_path_factory.mktemp("pyinstaller")
    os.environ.setdefault("PYINSTALLER_CONFIG_DIR", str(work / "config"))
    app_dir, _ = build_app.build(dist=work / "dist", work=work / "build")
    return Path(app_dir)


def _fresh_env(base: Path) -> dict[str, str]:
    """An environment whose HOME, XDG and temp folders are fresh and empty, Qt offscreen."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("XDG_", "QT_", "SAFERPLAN_", "PYINSTALLER"))}
    home, tmp = base / "home", base / "tmp"
    home.mkdir(parents=True)
    tmp.mkdir()
    env.update(HOME=str(home), TMPDIR=str(tmp), QT_QPA_PLATFORM="offscreen")
    return env


def _plan_json(path: Path) -> Path:
    path.write_text(
        '{"saferplan": 1, "language": "km", "documents": [], "plans": [], "log": [],'
        ' "people": ['
        f'  {{"id": "p1", "name": "{CANARY_KM}", "phone": "+1 416 555 0101",'
        '    "roles": ["bond_person"], "memorize": true, "notes": ""},'
        f'  {{"id": "p2", "name": "{CANARY_ZH}", "phone": "+1 647 555 0199",'
        '    "roles": ["lawyer_immigration"], "memorize": false, "notes": ""}]}',
        encoding="utf-8")
    return path


def _run(exe: Path, *args: str, env: dict[str, str], cwd: Path,
         stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], input=stdin, capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=120, check=False)


def _pdf_text(pdf: Path) -> str:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    # CJK fonts map some ideographs to Kangxi radicals (⼩ for 小); NFKC folds them back.
    return unicodedata.normalize("NFKC", text)


def _pdf_fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                          check=True).stdout


def _files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _holds_plaintext(path: Path) -> bool:
    data = path.read_bytes()
    needles = [word.encode(codec) for word in (CANARY_KM, CANARY_ZH)
               for codec in ("utf-8", "utf-16-le", "utf-16-be")]
    return any(needle in data for needle in needles)


@pytest.mark.slow
@pytest.mark.skipif(not _build_wanted(), reason="PyInstaller is not installed")
def test_built_folder_has_no_network_or_qml(built_app: Path) -> None:
    assert build_app.check_folder(built_app) == []
    names = {p.name for p in built_app.rglob("*")}
    assert not {n for n in names if "Network" in n or "Qml" in n or "Quick" in n}
    assert "libQt6Widgets.so.6" in names or sys.platform != "linux"


@pytest.mark.slow
@pytest.mark.skipif(not _build_wanted(), reason="PyInstaller is not installed")
def test_built_app_answers_version_and_help(built_app: Path, tmp_path: Path) -> None:
    env = _fresh_env(tmp_path)
    exe = built_app / build_app.EXE_NAME
    version = _run(exe, "--version", env=env, cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"SaferPlan {__version__}"
    helped = _run(exe, "--help", env=env, cwd=tmp_path)
    assert helped.returncode == 0
    for command in ("new", "check", "export", "passwd", "--portable"):
        assert command in helped.stdout


@pytest.mark.slow
@pytest.mark.skipif(not _build_wanted(), reason="PyInstaller is not installed")
@pytest.mark.parametrize(("language", "font"), [("km", "NotoSansKhmer"),
                                                ("zh_Hans", "NotoSansCJKsc")])
def test_built_app_makes_a_card_without_system_fonts(built_app: Path, tmp_path: Path,
                                                     language: str, font: str) -> None:
    need(shutil.which("pdftotext"), "needs pdftotext (poppler-utils)")
    # A fontconfig setup with no font folders: only the fonts inside the build can be used.
    env = _fresh_env(tmp_path)
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                    f"<fontconfig><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>",
                    encoding="utf-8")
    env["FONTCONFIG_FILE"] = str(conf)
    exe = built_app / build_app.EXE_NAME
    plan = tmp_path / "notes.dat"
    made = _run(exe, "new", str(plan), "--from-json", str(_plan_json(tmp_path / "plan.json")),
                "--passphrase-stdin", env=env, cwd=tmp_path, stdin="secret words\n")
    assert made.returncode == 0, made.stderr
    pdf = tmp_path / f"card-{language}.pdf"
    exported = _run(exe, "export", str(plan), "--pdf", str(pdf), "--card", "--language",
                    language, "--passphrase-stdin", env=env, cwd=tmp_path,
                    stdin="secret words\n")
    assert exported.returncode == 0, exported.stderr
    assert font in _pdf_fonts(pdf)
    text = _pdf_text(pdf)
    assert CANARY_ZH in text
    assert "+1 416 555 0101" in text
    assert not _files_under(tmp_path / "home")


@pytest.mark.slow
@pytest.mark.skipif(not _build_wanted(), reason="PyInstaller is not installed")
def test_portable_copy_keeps_everything_beside_the_app(built_app: Path, tmp_path: Path) -> None:
    # A copy under a neutral name, with the executable renamed too: both must still work.
    app = tmp_path / "Notes"
    shutil.copytree(built_app, app, symlinks=True, copy_function=os.link)
    exe = app / "notes"
    (app / build_app.EXE_NAME).rename(exe)
    (app / portable.MARKER_NAME).write_text("", encoding="utf-8")
    data = app / portable.DATA_DIR_NAME
    data.mkdir()
    env = _fresh_env(tmp_path / "run")
    elsewhere = tmp_path / "run" / "cwd"
    elsewhere.mkdir()

    plan = data / "notes.dat"
    made = _run(exe, "new", str(plan), "--from-json", str(_plan_json(elsewhere / "plan.json")),
                "--passphrase-stdin", env=env, cwd=elsewhere, stdin="secret words\n")
    assert made.returncode == 0, made.stderr
    (elsewhere / "plan.json").unlink()
    card = data / "card.pdf"
    exported = _run(exe, "export", str(plan), "--pdf", str(card), "--card", "--language", "km",
                    "--passphrase-stdin", env=env, cwd=elsewhere, stdin="secret words\n")
    assert exported.returncode == 0, exported.stderr
    assert not _holds_plaintext(plan)

    # The window, started by the marker alone, tidies temp files in <app>/data: proof that it
    # uses that folder. It must write nothing in the home folder either.
    stale = data / f".{'0' * 32}.tmp"
    stale.write_bytes(b"ciphertext")
    os.utime(stale, (0, 0))
    window = subprocess.Popen([str(exe), "--language", "km"], env=env, cwd=elsewhere,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while stale.exists() and time.monotonic() < deadline and window.poll() is None:
            time.sleep(0.1)
    finally:
        window.terminate()
        window.wait(timeout=30)
    assert not stale.exists(), "the window did not use <app>/data (portable.txt)"
    assert sorted(p.name for p in _files_under(data)) == ["card.pdf", "notes.dat"]
    assert _files_under(tmp_path / "run" / "home") == []
    assert not [p for p in _files_under(tmp_path / "run" / "tmp") if _holds_plaintext(p)]
    assert not (elsewhere / "data").exists()


def test_pruning_keeps_the_libraries_python_extension_modules_need(tmp_path: Path) -> None:
    """PyInstaller files Python's extension modules as EXTENSION, not BINARY: their libraries
    (libssl, libcrypto, libbz2, libuuid) must be followed, or the built app cannot hash."""
    import _bz2
    import _hashlib
    import _ssl
    import _uuid

    if not sys.platform.startswith("linux"):
        pytest.skip("ELF libraries: Linux only")
    need(shutil.which("readelf"), "readelf is not installed (Debian package binutils)")
    modules = [_ssl, _hashlib, _bz2, _uuid]
    needed = set().union(*(bundle_data._needed(m.__file__) for m in modules))
    assert {"libcrypto.so.3", "libbz2.so.1.0", "libuuid.so.1"} <= needed
    binaries = [(f"lib-dynload/{Path(m.__file__).name}", m.__file__, "EXTENSION")
                for m in modules]
    binaries += [(name, m.__file__, "BINARY") for name in sorted(needed - {"libc.so.6"})
                 for m in modules[:1]]
    binaries.append(("libnobodyneeds.so.1", _ssl.__file__, "BINARY"))
    kept = {Path(dest).name for dest, _, _ in bundle_data.prune_unneeded_libraries(binaries)}
    assert needed - {"libc.so.6"} <= kept
    assert "libnobodyneeds.so.1" not in kept


# -- tools/release.py: checksums, licence files in every artefact -----------------------------
release = _load(ROOT / "tools" / "release.py", "release")


def _fake_release(folder: Path, *, licence_in_folder: bool = True) -> list[Path]:
    import tarfile
    import zipfile

    folder.mkdir()
    wheel = folder / "saferplan-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as whl:
        for name in ("saferplan/_data/LICENSE", "saferplan/_data/THIRD-PARTY-NOTICES.txt",
                     "saferplan-1.0.dist-info/licenses/LICENSE"):
            whl.writestr(name, "text")
    stage = folder.parent / "stage"
    (stage / "saferplan-1.0").mkdir(parents=True)
    (stage / "saferplan-1.0" / "LICENSE").write_text("GPL", encoding="utf-8")
    (stage / "SaferPlan").mkdir()
    names = ["THIRD-PARTY-NOTICES.txt", "START-HERE.txt"]
    names += ["LICENSE"] if licence_in_folder else []
    for name in names:
        (stage / "SaferPlan" / name).write_text("text", encoding="utf-8")
    archives = []
    for top, archive in (("saferplan-1.0", "saferplan-1.0.tar.gz"),
                         ("SaferPlan", "SaferPlan-1.0-linux-x86_64.tar.gz")):
        with tarfile.open(folder / archive, "w:gz") as tar:
            tar.add(stage / top, arcname=top)
        archives.append(folder / archive)
    return [wheel, *archives]


def test_release_check_catches_a_changed_artefact(tmp_path: Path) -> None:
    files = _fake_release(tmp_path / "out")
    release.write_sums(tmp_path / "out", files)
    assert release.verify(tmp_path / "out") == []
    with files[0].open("ab") as wheel:
        wheel.write(b"tampered")
    assert release.verify(tmp_path / "out") == [f"{files[0].name}: checksum does not match"]


def test_release_check_needs_the_licence_in_the_folder(tmp_path: Path) -> None:
    files = _fake_release(tmp_path / "out", licence_in_folder=False)
    release.write_sums(tmp_path / "out", files)
    assert release.verify(tmp_path / "out") == [
        "SaferPlan-1.0-linux-x86_64.tar.gz lacks LICENSE"]


@pytest.mark.slow
@pytest.mark.skipif(not _build_wanted(), reason="PyInstaller is not installed")
def test_release_artefacts_carry_licences_and_checksums(built_app: Path, tmp_path: Path) -> None:
    # The folder built once for this session, packed as tools/release.py packs it, plus a
    # real wheel and sdist; then the same check tools/release.py runs, and sha256sum itself.
    import tarfile

    out = tmp_path / "out"
    out.mkdir()
    files = release.build_python_packages(out)
    archive = out / "SaferPlan-test-linux-x86_64.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(built_app, arcname="SaferPlan", filter=release._tar_filter)
        for extra in release.FOLDER_EXTRAS:
            tar.add(extra, arcname=f"SaferPlan/{extra.name}")
    release.write_sums(out, [*files, archive])
    assert release.verify(out) == []
    if shutil.which("sha256sum"):
        checked = subprocess.run(["sha256sum", "-c", release.SUMS], cwd=out,
                                 capture_output=True, text=True, check=False)
        assert checked.returncode == 0 and checked.stdout.count(": OK") == 3
    notices = (built_app / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for part in ("PySide6", "cryptography", "pypdf", "platformdirs", "orjson", "cffi", "Python",
                 "SIL Open Font License", "GNU LESSER GENERAL PUBLIC LICENSE",
                 "PyInstaller bootloader", "libfontconfig1 (Debian)"):
        assert part in notices
    assert "GNU GENERAL PUBLIC LICENSE" in (built_app / "LICENSE").read_text(encoding="utf-8")


def test_release_refuses_a_checkout_with_untracked_or_changed_files(tmp_path: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
                       cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    git("add", "a.txt")
    git("commit", "-qm", "a")
    release.refuse_unclean_checkout(tmp_path)  # clean: no refusal
    (tmp_path / "stray.txt").write_text("would ship", encoding="utf-8")
    with pytest.raises(SystemExit, match="untracked"):
        release.refuse_unclean_checkout(tmp_path)
    (tmp_path / "stray.txt").unlink()
    (tmp_path / "a.txt").write_text("changed", encoding="utf-8")
    with pytest.raises(SystemExit, match="changed"):
        release.refuse_unclean_checkout(tmp_path)


def test_release_empties_only_a_folder_it_made(tmp_path: Path) -> None:
    files = _fake_release(tmp_path / "out")
    release.write_sums(tmp_path / "out", files)
    release.clear_out_folder(tmp_path / "out")  # an earlier release: emptied
    assert list((tmp_path / "out").iterdir()) == []
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.odt").write_text("years of work", encoding="utf-8")
    with pytest.raises(SystemExit, match="did not make"):
        release.clear_out_folder(mine)
    (tmp_path / "b").mkdir()
    other = tmp_path / "b" / "out"
    release.write_sums(other, _fake_release(other))
    (other / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(SystemExit, match="did not make"):
        release.clear_out_folder(other)
    assert (mine / "thesis.odt").exists() and (other / "notes.txt").exists()
    release.clear_out_folder(tmp_path / "new" / "out")  # a new folder is made
    assert (tmp_path / "new" / "out").is_dir()
