"""A real GUI session under Xvfb, traced by strace, opens no internet socket (Qt's C++ included).

Two sessions are traced: the app's start-up with the sample plan, and the whole canary session
of threat-model.md (create, walk, people, private record, print a card to PDF, lock, unlock,
lock, quit: tests/gui/test_canary_session.py) run in a real X window.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tool_needs import need

INTERNET = re.compile(r"socket\((AF_INET|AF_INET6|PF_INET|PF_INET6)\b")


@pytest.mark.xvfb
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="strace is Linux only")
def test_gui_session_opens_no_internet_socket(tmp_path: Path, xvfb_display: str) -> None:
    need(shutil.which("strace"), "strace is not installed (bash tools/test.sh installs it)")
    log = tmp_path / "strace.log"
    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": root}
    app = subprocess.Popen(
        ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log),
         sys.executable, "-m", "saferplan", "--demo"],
        env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True)
    time.sleep(6)  # long enough to build the window, load the demo plan and paint
    assert app.poll() is None, app.stderr.read().decode(errors="replace") if app.stderr else ""
    os.killpg(app.pid, signal.SIGTERM)
    try:
        app.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(app.pid, signal.SIGKILL)
        app.wait(timeout=10)
    trace = log.read_text(errors="replace")
    # The trace must have seen the X connection (a local socket), or it proves nothing.
    assert "AF_UNIX" in trace, trace[:2000]
    assert not INTERNET.findall(trace), [line for line in trace.splitlines()
                                         if INTERNET.search(line)]


@pytest.mark.xvfb
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="strace is Linux only")
def test_whole_canary_session_opens_no_internet_socket(tmp_path: Path, xvfb_display: str) -> None:
    need(shutil.which("strace"), "strace is not installed (bash tools/test.sh installs it)")
    log = tmp_path / "strace.log"
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb",
           "PYTHONPATH": str(root)}
    session = "tests/gui/test_canary_session.py::test_a_whole_session_leaves_no_plan_text"
    done = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log),
         sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", session],
        env=env, cwd=root, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
    trace = log.read_text(errors="replace")
    assert "AF_UNIX" in trace, trace[:2000]  # the X connection was seen: the trace is real
    assert not INTERNET.findall(trace), [line for line in trace.splitlines()
                                         if INTERNET.search(line)]
