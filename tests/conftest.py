"""Test-wide setup: offscreen Qt, no network at all, and every path in a temporary folder."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import network_audit
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.addaudithook(network_audit.no_network)


@pytest.fixture(autouse=True)
def _no_network_used() -> Iterator[None]:
    """Fail the test at teardown if it tried the network, even if the code caught the error."""
    start = len(network_audit.VIOLATIONS)
    yield
    found = network_audit.violations_since(start)
    if found:
        pytest.fail(f"network use in this test (the error may have been caught): {found}")


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point HOME, the XDG folders and TMPDIR at a fresh folder for every test."""
    home = tmp_path_factory.mktemp("home")
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"),
                      ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache"),
                      ("XDG_STATE_HOME", ".local/state")):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    # harden_process() moves TMPDIR into XDG_RUNTIME_DIR; keep in-process runs off the real one.
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    # Test windows must not hear the real desktop's screen locker (tests pass their own bus).
    for bus in ("DBUS_SESSION_BUS_ADDRESS", "DBUS_SYSTEM_BUS_ADDRESS"):
        monkeypatch.setenv(bus, f"unix:path={home}/no-bus")
    yield home


def _qt_application() -> object:
    qt_core = sys.modules.get("PySide6.QtCore")  # a test that never loaded Qt made none
    return qt_core.QCoreApplication.instance() if qt_core is not None else None


@pytest.fixture(autouse=True)
def _no_lesser_qt_application_left() -> Iterator[None]:
    """Fail a test that leaves a QGuiApplication or QCoreApplication behind: it outlives the
    test, pytest-qt's ``qapp`` then hands it out, and the next widget aborts the whole run
    ("Must construct a QApplication before a QWidget"). Such a test takes ``qapp`` instead."""
    before = _qt_application()
    yield
    instance = _qt_application()
    widgets = sys.modules.get("PySide6.QtWidgets")
    if instance is not before and instance is not None and (
            widgets is None or not isinstance(instance, widgets.QApplication)):
        pytest.fail(f"this test left a {type(instance).__name__}, not a QApplication: "
                    "give it the qapp fixture")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if anything, anywhere in the suite, imported Qt's network module."""
    if "PySide6.QtNetwork" in sys.modules:
        sys.stderr.write("\nFAILED: PySide6.QtNetwork was imported during the tests\n")
        session.exitstatus = 1


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """Start a private Xvfb server for tests that need a real window; yield its DISPLAY."""
    import shutil
    import subprocess

    from tool_needs import need

    need(shutil.which("Xvfb"), "Xvfb is not installed (bash tools/test.sh installs it)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        need(False, "Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)
