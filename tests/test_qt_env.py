"""Before Qt loads: its warnings never reach the terminal, and portable mode keeps caches
(fontconfig's) in the portable folder. Run as real processes, as a person would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tool_needs import need

from saferplan.model import PlanDocument
from saferplan.qt_env import keep_caches_in
from saferplan.storage import TEST_KDF, PlanFile

PASS = "lantern orchard pebble"
NOTO = Path("/usr/share/fonts/truetype/noto")


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "p.dat"
    PlanFile.create(path, PASS, PlanDocument(language="en"), TEST_KDF).close()
    return path


def _env(home: Path, **extra: str) -> dict[str, str]:
    """A clean environment: no LANG, no LC_*, a fresh home; C locale kept as it is (a frozen
    build does not switch it to UTF-8 the way python does)."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("LC_", "LANG", "XDG_", "QT_", "SAFERPLAN_"))}
    env.update(HOME=str(home), PYTHONCOERCECLOCALE="0", QT_QPA_PLATFORM="offscreen", **extra)
    return env


def _saferplan(env: dict[str, str], *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "saferplan", *args], input=f"{PASS}\n",
                          capture_output=True, text=True, env=env, cwd=cwd, timeout=120,
                          check=False)


def test_pdf_export_prints_nothing_on_stderr_with_lang_unset(plan: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = _saferplan(_env(home), "--passphrase-stdin", "export", str(plan), "--pdf",
                      str(tmp_path / "out.pdf"), "--language", "km", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


def test_json_export_prints_its_one_line_only(plan: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = _saferplan(_env(home), "--passphrase-stdin", "export", str(plan), "--json",
                      str(tmp_path / "out.json"), cwd=tmp_path)
    assert done.returncode == 0
    assert len(done.stderr.splitlines()) == 1 and "not encrypted" in done.stderr


def test_the_window_prints_nothing_on_stderr_with_lang_unset(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    script = (
        "import argparse, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "import saferplan.gui.main as m\n"
        "make = m.create_window\n"
        "def create(args):\n"
        "    window = make(args)\n"
        "    QTimer.singleShot(200, window.close)\n"
        "    return window\n"
        "m.create_window = create\n"
        f"args = argparse.Namespace(language=None, demo=True, portable={str(tmp_path / 'p')!r})\n"
        "sys.exit(m.run_gui(args))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=_env(home), cwd=tmp_path, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_portable_mode_keeps_the_font_cache_in_the_portable_folder(plan: Path,
                                                                   tmp_path: Path) -> None:
    """fontconfig writes a cache for the person's own fonts; a root user's system cache is
    left out with a fonts.conf that has only the per-user cache folder, as for everyone else."""
    fonts = sorted(NOTO.glob("NotoSans-Regular.ttf"))
    need(fonts, "Noto Sans is not installed (bash tools/test.sh installs it)")
    home, portable = tmp_path / "home", tmp_path / "stick"
    (home / ".local/share/fonts").mkdir(parents=True)
    (home / ".local/share/fonts" / fonts[0].name).write_bytes(fonts[0].read_bytes())
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<fontconfig>\n<dir prefix="xdg">fonts</dir>\n'
                    '<cachedir prefix="xdg">fontconfig</cachedir>\n</fontconfig>\n',
                    encoding="utf-8")
    done = _saferplan(_env(home, FONTCONFIG_FILE=str(conf)), "--portable", str(portable),
                      "--passphrase-stdin", "export", str(plan), "--pdf",
                      str(tmp_path / "out.pdf"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    left_at_home = [p for p in home.rglob("*") if "share/fonts" not in p.as_posix()
                    and p.name not in {".local", "share"}]
    assert left_at_home == []
    assert list((portable / "cache" / "fontconfig").glob("*.cache-*"))


def test_keep_caches_in_makes_a_private_folder(tmp_path: Path) -> None:
    environ: dict[str, str] = {"XDG_CACHE_HOME": "/somewhere/else"}
    cache = keep_caches_in(tmp_path / "stick", environ)
    assert environ["XDG_CACHE_HOME"] == str(cache) == str(tmp_path / "stick" / "cache")
    assert cache.stat().st_mode & 0o777 == 0o700
