"""The plan locks when the desktop session locks: real D-Bus signals on private buses."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_support import wait_for_screen
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVariant, QDBusVirtualObject
from test_shell_flows import create_plan
from tool_needs import need

from saferplan.gui.screen_lock import (
    LOGIN1_OWN_SESSION_PATH,
    LOGIN1_SERVICE,
    ScreenLockWatcher,
    login1_session_path,
    unix_only,
)
from saferplan.gui.unlock import UnlockScreen

_sender_names = itertools.count(1)


def _start_bus() -> tuple[subprocess.Popen[str], str]:
    # --nofork keeps the daemon our child, so the test can end it; it listens on a Unix socket.
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--print-address=1", "--nofork"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    if not address.startswith("unix:"):
        daemon.kill()
        daemon.wait(timeout=10)
        pytest.fail("dbus-daemon did not give a Unix socket address")
    return daemon, address


@pytest.fixture
def private_bus() -> Iterator[Callable[[], str]]:
    """Start private D-Bus daemons on demand; return their addresses. All end with the test."""
    need(shutil.which("dbus-daemon"), "dbus-daemon is not installed (Debian package dbus)")
    daemons: list[subprocess.Popen[str]] = []

    def start() -> str:
        daemon, address = _start_bus()
        daemons.append(daemon)
        return address

    yield start
    for daemon in daemons:
        daemon.terminate()
        daemon.wait(timeout=10)


@pytest.fixture
def bus_sender() -> Iterator[Callable[[str], QDBusConnection]]:
    """Open a second connection to a bus, as the screen locker or logind would have."""
    names: list[str] = []

    def connect(address: str) -> QDBusConnection:
        name = f"test-screen-lock-sender-{next(_sender_names)}"
        names.append(name)
        bus = QDBusConnection.connectToBus(address, name)
        assert bus.isConnected(), bus.lastError().message()
        return bus

    yield connect
    for name in names:
        QDBusConnection.disconnectFromBus(name)


def _emit(bus: QDBusConnection, path: str, interface: str, name: str, *args: Any) -> None:
    signal = QDBusMessage.createSignal(path, interface, name)
    signal.setArguments(list(args))
    assert bus.send(signal)


class FakeLogind(QDBusVirtualObject):
    """Answers logind's Get(Session, Id) on session/auto with a fixed session id."""

    def __init__(self, session_id: str) -> None:
        super().__init__()
        self.session_id = session_id
        self.asked = 0

    def introspect(self, path: str) -> str:
        """No introspection data: the watcher does not ask for it."""
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        """Reply to Properties.Get("org.freedesktop.login1.Session", "Id")."""
        if message.member() != "Get" or message.arguments() != [
                "org.freedesktop.login1.Session", "Id"]:
            return False
        self.asked += 1
        reply = message.createReply()
        reply.setArguments([QDBusVariant(self.session_id)])
        return connection.send(reply)


def _serve_fake_logind(bus: QDBusConnection, session_id: str) -> FakeLogind:
    fake = FakeLogind(session_id)
    assert bus.registerVirtualObject(LOGIN1_OWN_SESSION_PATH, fake)
    assert bus.registerService(LOGIN1_SERVICE)
    return fake


def _use_buses(monkeypatch: pytest.MonkeyPatch, session: str, system: str) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", system)


def _missing_bus(tmp_path: Path) -> str:
    return f"unix:path={tmp_path / 'no-bus-here'}"


def test_screen_saver_active_locks_the_plan(qtbot: Any, make_window: Any, private_bus: Any,
                                            bus_sender: Any, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    address = private_bus()
    _use_buses(monkeypatch, address, _missing_bus(tmp_path))
    window = make_window()
    create_plan(qtbot, window)
    assert window.screen_lock.listening == ["session"]
    assert window.session is not None
    _emit(bus_sender(address), "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
          "ActiveChanged", True)
    screen = wait_for_screen(qtbot, window, UnlockScreen, timeout=5000)
    assert window.session is None and window.plan_file is None
    assert "locked" in screen.message.text()


def test_screen_saver_inactive_does_nothing(qtbot: Any, make_window: Any, private_bus: Any,
                                            bus_sender: Any, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    address = private_bus()
    _use_buses(monkeypatch, address, _missing_bus(tmp_path))
    window = make_window()
    home = create_plan(qtbot, window)
    emitted: list[bool] = []
    window.screen_lock.locked.connect(lambda: emitted.append(True))
    sender = bus_sender(address)
    # One sender's messages arrive in order: once GNOME's "active" locks, the "inactive" before
    # it has been delivered too, and must not have locked anything.
    _emit(sender, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
          "ActiveChanged", False)
    _emit(sender, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", False)
    assert window.current_screen() is home
    _emit(sender, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
    wait_for_screen(qtbot, window, UnlockScreen, timeout=5000)
    assert emitted == [True]


def test_logind_lock_of_our_session_locks(qtbot: Any, private_bus: Any, bus_sender: Any) -> None:
    system = private_bus()
    logind = bus_sender(system)
    fake = _serve_fake_logind(logind, "2")
    watcher = ScreenLockWatcher(session_bus_address="", system_bus_address=system)
    emitted: list[bool] = []
    watcher.locked.connect(lambda: emitted.append(True))
    qtbot.waitUntil(lambda: watcher.listening == ["system"], timeout=5000)
    assert fake.asked == 1
    # Another session locking is not ours; ours is /org/freedesktop/login1/session/_32.
    _emit(logind, login1_session_path("3"), "org.freedesktop.login1.Session", "Lock")
    _emit(logind, login1_session_path("2"), "org.freedesktop.login1.Session", "Unlock")
    _emit(logind, login1_session_path("2"), "org.freedesktop.login1.Session", "Lock")
    qtbot.waitUntil(lambda: emitted != [], timeout=5000)
    assert emitted == [True]
    watcher.deleteLater()


def test_no_logind_session_still_watches_the_screen_saver(qtbot: Any, private_bus: Any) -> None:
    session, system = private_bus(), private_bus()   # a system bus without logind on it
    watcher = ScreenLockWatcher(session_bus_address=session, system_bus_address=system)
    assert watcher.listening == ["session"]
    qtbot.waitUntil(lambda: watcher._session_query is None, timeout=5000)   # error answered
    assert watcher.listening == ["session"]
    watcher.deleteLater()


def test_no_bus_is_quietly_nothing(qtbot: Any, make_window: Any, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    for address in ("", _missing_bus(tmp_path), "tcp:host=127.0.0.1,port=9"):
        watcher = ScreenLockWatcher(session_bus_address=address, system_bus_address=address)
        assert watcher.listening == []
        watcher.deleteLater()
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", _missing_bus(tmp_path))
    window = make_window()
    create_plan(qtbot, window)
    assert window.screen_lock.listening == []
    assert window.session is not None


def test_only_unix_socket_addresses_are_used() -> None:
    assert unix_only("unix:path=/run/user/1000/bus") == "unix:path=/run/user/1000/bus"
    assert unix_only("unix:abstract=/tmp/dbus-x,guid=ab") == "unix:abstract=/tmp/dbus-x,guid=ab"
    assert unix_only("tcp:host=localhost,port=1;unix:path=/b") == "unix:path=/b"
    for address in ("tcp:host=example.org,port=55", "nonce-tcp:host=h,port=1", "autolaunch:",
                    "unix:tmpdir=/tmp", "unixexec:path=/bin/sh", ""):
        assert unix_only(address) == ""


def test_logind_session_paths_use_bus_label_escaping() -> None:
    assert login1_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert login1_session_path("c12") == "/org/freedesktop/login1/session/c12"
    assert login1_session_path("a-b") == "/org/freedesktop/login1/session/a_2db"
    assert login1_session_path("") == "/org/freedesktop/login1/session/_"
