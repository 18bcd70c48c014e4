"""packaging/add-to-menu.sh: runs the program beside it, with paths escaped for the menu."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "packaging" / "add-to-menu.sh"
ODD = 'odd "folder" $HOME `x` 100% back\\slash'


def _unescape_string(value: str) -> str:
    """The desktop-entry spec's string escapes (\\s \\n \\t \\r \\\\)."""
    out, chars = [], iter(value)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars)
            out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[nxt])
        else:
            out.append(ch)
    return "".join(out)


def _exec_args(value: str) -> list[str]:
    """Split an Exec value as the spec says: string escapes, then quoting; %% is %."""
    text, args, i = _unescape_string(value), [], 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        arg = []
        if text[i] == '"':
            i += 1
            while text[i] != '"':
                if text[i] == "\\":
                    assert text[i + 1] in '"`$\\'
                    i += 1
                elif text[i] in '`$':
                    raise AssertionError(f"unescaped {text[i]!r}")
                arg.append(text[i])
                i += 1
            i += 1
        else:
            while i < len(text) and text[i] != " ":
                arg.append(text[i])
                i += 1
        joined = "".join(arg)
        assert "%" not in joined.replace("%%", "")
        args.append(joined.replace("%%", "%"))
    return args


def _install(folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copy2(SCRIPT, folder / "add-to-menu.sh")
    for name in ("aaa-first-executable", "saferplan"):
        (folder / name).write_text("#!/bin/sh\n", encoding="utf-8")
        (folder / name).chmod(0o755)
    return folder


def _run(folder: Path, data_home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(data_home))
    return subprocess.run(["sh", str(folder / "add-to-menu.sh")], env=env, text=True,
                          capture_output=True, check=False)


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell script")
def test_the_entry_runs_saferplan_with_an_odd_folder_name(tmp_path: Path) -> None:
    folder = _install(tmp_path / ODD)
    done = _run(folder, tmp_path / "data")
    assert done.returncode == 0, done.stderr
    entry = (tmp_path / "data" / "applications" / "notes-kit.desktop").read_text("utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert _exec_args(fields["Exec"]) == [str(folder / "saferplan")]
    assert _unescape_string(fields["Icon"]) == str(
        folder / "_internal" / "saferplan" / "_data" / "assets" / "icon.svg")


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell script")
def test_no_saferplan_beside_it_adds_nothing(tmp_path: Path) -> None:
    folder = _install(tmp_path / "app")
    (folder / "saferplan").unlink()
    done = _run(folder, tmp_path / "data")
    assert done.returncode == 1 and "not found" in done.stderr
    assert not (tmp_path / "data" / "applications" / "notes-kit.desktop").exists()
