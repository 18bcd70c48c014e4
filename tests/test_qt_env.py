"""Before Qt loads: its warnings never reach the terminal, and portable mode keeps caches
(fontconfig's) in the portable folder. Run as real processes, as a person would."""

from __future__ import annotations

import os
import re
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


# --- PySide's source scan (qt_env.skip_pyside_source_scan) ---------------------------------

# Counts the modules whose source PySide reads, while the GUI's start-up modules and a few
# standard ones are imported; prints their names, one per line.
SCAN_PROBE = r"""
import sys
import saferplan.qt_env as qt_env
if sys.argv[1] == "skip":                   # as the app does (app.load_gui)
    assert qt_env.skip_pyside_source_scan()
else:                                       # load_gui declares it too: not this time
    import PySide6  # PySide's import function and its scan come with it
    qt_env.skip_pyside_source_scan = lambda: False
import shibokensupport.feature as feature

read = []
scan = feature._mod_uses_pyside
feature._mod_uses_pyside = lambda module: (read.append(module.__name__), scan(module))[1]
import json, typing                         # new to the process, and already loaded
from saferplan.app import load_gui
load_gui()
from saferplan.gui import window            # the first screen's modules
answers = feature.pyside_feature_dict
print("\n".join(read))
print(f"answers json={answers.get('json')} window={answers.get('saferplan.gui.window')}")
"""


def _modules_read(mode: str, tmp_path: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", SCAN_PROBE, mode], capture_output=True,
                          text=True, env=_env(tmp_path), cwd=Path(__file__).parent.parent,
                          timeout=120, check=True)
    return [line for line in done.stdout.splitlines() if line and not line.startswith("answers ")]


def _answers(tmp_path: Path) -> str:
    done = subprocess.run([sys.executable, "-c", SCAN_PROBE, "skip"], capture_output=True,
                          text=True, env=_env(tmp_path), cwd=Path(__file__).parent.parent,
                          timeout=120, check=True)
    return done.stdout.splitlines()[-1]


def test_pyside_reads_no_module_source_once_told_the_app_uses_no_feature(
        tmp_path: Path) -> None:
    """The scan reads every module's source without the declaration (so the probe sees it),
    and none with it: the first window's start-up is spared it (about 4 ms)."""
    read = _modules_read("scan", tmp_path)
    assert {"json", "typing", "saferplan.gui.announce", "saferplan.gui.widgets"} <= set(read)
    assert _modules_read("skip", tmp_path) == []


def test_no_module_switches_on_a_pyside_feature() -> None:
    """What skip_pyside_source_scan tells PySide holds: no module uses ``__feature__``."""
    package = Path(__file__).parent.parent / "saferplan"
    feature = re.compile(r"^\s*(from|import)\s+__feature__\b", re.MULTILINE)
    users = [path.name for path in package.rglob("*.py")
             if feature.search(path.read_text(encoding="utf-8"))]
    assert users == []
    assert feature.search("x = 1\n    from __feature__ import snake_case\n")


def test_the_declaration_is_made_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan import qt_env

    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    assert qt_env.skip_pyside_source_scan() and qt_env.skip_pyside_source_scan()
    finders = [f for f in sys.meta_path if isinstance(f, qt_env._AnswerRecorder)]
    assert len(finders) == 1 and sys.meta_path[0] is finders[0]


def test_a_pyside_without_the_table_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan import qt_env

    monkeypatch.setattr(sys, "meta_path", [f for f in sys.meta_path
                                           if not isinstance(f, qt_env._AnswerRecorder)])
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", object())
    assert not qt_env.skip_pyside_source_scan()
    assert not any(isinstance(f, qt_env._AnswerRecorder) for f in sys.meta_path)


def test_each_module_gets_the_answer_pysides_scan_would_give(tmp_path: Path) -> None:
    """SaferPlan's modules use PySide's default API (0); any other module is left out when a
    module switches the API (-1), as PySide answers for a source that does not name PySide6."""
    from saferplan.qt_env import answer_for

    assert _answers(tmp_path) == "answers json=-1 window=0"
    assert [answer_for(n) for n in ("saferplan", "saferplan.gui.main", "saferplanx", "json")] \
        == [0, 0, -1, -1]
