"""Lock the plan when the desktop session locks: the screen locker's notices on D-Bus.

Linux desktops announce a locked screen on D-Bus, a local message bus reached over a Unix
socket (never the network):

- ``ActiveChanged(bool)`` on ``org.freedesktop.ScreenSaver`` (KDE, XFCE and many others) and
  ``org.gnome.ScreenSaver`` (GNOME), on the session bus;
- ``Lock`` on our own session's ``org.freedesktop.login1.Session`` object, on the system bus
  (``loginctl lock-session``, lid close and suspend on many setups).

``ScreenLockWatcher`` listens to both and emits ``locked``. When there is no bus (a container,
no D-Bus library, another platform) it quietly does nothing: idle lock and Hide still protect.
Only ``unix:`` bus addresses are used, so an address naming TCP is ignored rather than followed.

On Windows (NOT tested on a real machine) the window registers for session notifications and
a native event filter reads ``WM_WTSSESSION_CHANGE``/``WTS_SESSION_LOCK``; on macOS (NOT tested
on a real machine) the session's ``CGSSessionScreenIsLocked`` is read every few seconds. The
system calls themselves are in saferplan.platform.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QWidget

from saferplan import platform

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

SCREEN_SAVER_INTERFACES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
LOGIN1_SERVICE = "org.freedesktop.login1"
LOGIN1_SESSION_INTERFACE = "org.freedesktop.login1.Session"
# logind resolves "auto" to the caller's session (or the user's display session).
LOGIN1_OWN_SESSION_PATH = "/org/freedesktop/login1/session/auto"
LOGIN1_SESSION_PREFIX = "/org/freedesktop/login1/session/"
DEFAULT_SYSTEM_BUS = "unix:path=/run/dbus/system_bus_socket"
QUERY_TIMEOUT_MS = 2000
MACOS_POLL_MS = 2000
# Address keys that name a socket to connect to (tmpdir, dir and runtime are for listening).
_CONNECTABLE_UNIX_KEYS = frozenset({"path", "abstract"})
_names = itertools.count(1)
# QtDBus connects bus signals to Qt slots by signature. PySide6 6.12 wants this as str at run
# time although its stubs say bytes, hence Any.
_ACTIVE_CHANGED_SLOT: Any = SLOT("_screen_saver_active_changed(bool)")
_SESSION_LOCKED_SLOT: Any = SLOT("_session_locked()")


class ScreenLockWatcher(QObject):
    """Emits ``locked`` when the desktop's screen locker or logind says the session locked.

    ``session_bus_address`` and ``system_bus_address`` default to the platform's buses; pass
    an address (tests use a private bus) or ``""`` for none.
    """

    locked = Signal()

    def __init__(self, parent: QObject | None = None, *, session_bus_address: str | None = None,
                 system_bus_address: str | None = None, source: str | None = None,
                 macos_is_locked: Callable[[], bool | None] | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []   # what we listen to: "session", "system", "wts", "macos"
        self._connection_names: list[str] = []
        self._system_bus: QDBusConnection | None = None
        self._session_query: QDBusPendingCallWatcher | None = None
        source = source or platform.SCREEN_LOCK_SOURCE
        if source == "wts":
            self._watch_windows_session(parent)
            return
        if source == "cgsession":
            self._watch_macos_session(macos_is_locked)
            return
        if not _platform_has_dbus():
            return
        if session_bus_address is None:
            session_bus_address = session_bus_from_environment(os.environ)
        if system_bus_address is None:
            system_bus_address = system_bus_from_environment(os.environ)
        # Disconnect by name only: the Python wrapper may be gone when Qt destroys the object.
        self.destroyed.connect(partial(_disconnect_all, self._connection_names))
        self._watch_screen_saver(session_bus_address)
        self._watch_logind(system_bus_address)

    # --- session bus: the screen locker -------------------------------------------------

    def _watch_screen_saver(self, address: str) -> None:
        bus = self._connect("session", address)
        if bus is None:
            return
        # Any sender and any path: KDE signals on /ScreenSaver and /org/freedesktop/ScreenSaver,
        # GNOME on /org/gnome/ScreenSaver. A stray signal can only lock, never unlock.
        hooked = [bus.connect("", "", interface, "ActiveChanged", self,
                              _ACTIVE_CHANGED_SLOT)
                  for interface in SCREEN_SAVER_INTERFACES]
        if any(hooked):
            self.listening.append("session")

    @Slot(bool)
    def _screen_saver_active_changed(self, active: bool) -> None:
        if active:
            self.locked.emit()

    # --- system bus: logind's Lock for our own session ----------------------------------

    def _watch_logind(self, address: str) -> None:
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        bus = self._connect("system", address)
        if bus is None:
            return
        self._system_bus = bus
        # Ask for our session's id without waiting: a slow logind must not delay the window.
        query = QDBusMessage.createMethodCall(LOGIN1_SERVICE, LOGIN1_OWN_SESSION_PATH,
                                              "org.freedesktop.DBus.Properties", "Get")
        query.setArguments([LOGIN1_SESSION_INTERFACE, "Id"])
        self._session_query = QDBusPendingCallWatcher(bus.asyncCall(query, QUERY_TIMEOUT_MS), self)
        self._session_query.finished.connect(self._own_session_found)

    def _own_session_found(self, watcher: QDBusPendingCallWatcher) -> None:
        session_id = _session_id_from(watcher.reply())
        watcher.deleteLater()
        self._session_query = None
        if not session_id or self._system_bus is None:
            return                      # not in a logind session: the screen locker still counts
        if self._system_bus.connect("", login1_session_path(session_id),
                                    LOGIN1_SESSION_INTERFACE, "Lock", self,
                                    _SESSION_LOCKED_SLOT):
            self.listening.append("system")

    @Slot()
    def _session_locked(self) -> None:
        self.locked.emit()

    # --- Windows: session notifications to the window -----------------------------------

    def _watch_windows_session(self, parent: QObject | None) -> None:
        app = QCoreApplication.instance()
        if not isinstance(parent, QWidget) or app is None:
            return
        self._windows_filter = WindowsSessionFilter(self.locked.emit)
        app.installNativeEventFilter(self._windows_filter)
        self.destroyed.connect(partial(_remove_filter, app, self._windows_filter))
        # Once the window has its native handle (after the constructor returns).
        QTimer.singleShot(0, self, partial(self._register_window, parent))

    def _register_window(self, window: QWidget) -> None:
        from saferplan.platform import windows

        if windows.register_session_notifications(int(window.winId())):
            self.listening.append("wts")

    # --- macOS: ask the session every few seconds ----------------------------------------

    def _watch_macos_session(self, is_locked: Callable[[], bool | None] | None) -> None:
        if is_locked is None:
            from saferplan.platform import macos

            is_locked = macos.screen_is_locked
        self._macos_is_locked = is_locked
        self._macos_was_locked = bool(is_locked())
        self._macos_timer = QTimer(self)
        self._macos_timer.setInterval(MACOS_POLL_MS)
        self._macos_timer.timeout.connect(self.poll_macos)
        self._macos_timer.start()
        self.listening.append("macos")

    def poll_macos(self) -> None:
        """Emit ``locked`` once when the screen goes from unlocked to locked."""
        now = bool(self._macos_is_locked())
        if now and not self._macos_was_locked:
            self.locked.emit()
        self._macos_was_locked = now

    # --- connections --------------------------------------------------------------------

    def _connect(self, kind: str, address: str) -> QDBusConnection | None:
        """A private connection to the bus at ``address``, or None when there is none."""
        from PySide6.QtDBus import QDBusConnection

        address = unix_only(address)
        if not address:
            return None
        # A private, named connection (not QDBusConnection.sessionBus()): the shared one is
        # made once per process and may try to start a bus ("autolaunch") when none is set.
        name = f"saferplan-screen-lock-{kind}-{next(_names)}"
        bus = QDBusConnection.connectToBus(address, name)
        self._connection_names.append(name)
        return bus if bus.isConnected() else None


class WindowsSessionFilter(QAbstractNativeEventFilter):
    """Calls ``on_lock`` for WM_WTSSESSION_CHANGE / WTS_SESSION_LOCK; lets every message pass."""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, event_type: QByteArray | bytes | bytearray | memoryview,
                          message: int, /) -> object:
        """Look at one native message (Qt passes the MSG's address)."""
        from saferplan.platform import windows

        kind = bytes(event_type.data() if isinstance(event_type, QByteArray) else event_type)
        if windows.is_session_lock_message(kind, int(message or 0)):
            self._on_lock()
        return False, 0


def _remove_filter(app: QCoreApplication, native_filter: QAbstractNativeEventFilter) -> None:
    app.removeNativeEventFilter(native_filter)


def _session_id_from(reply: QDBusMessage) -> str:
    """The session id in logind's answer to Get(Session, Id); "" for an error or anything else."""
    from PySide6.QtDBus import QDBusMessage, QDBusVariant

    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return ""
    value = reply.arguments()[0]
    session_id = value.variant() if isinstance(value, QDBusVariant) else None
    return session_id if isinstance(session_id, str) else ""


def _disconnect_all(names: list[str]) -> None:
    from PySide6.QtDBus import QDBusConnection

    for name in names:
        QDBusConnection.disconnectFromBus(name)


def _platform_has_dbus() -> bool:
    """True on Linux and the BSDs when Qt's D-Bus module loads (it needs libdbus-1)."""
    if not (sys.platform.startswith("linux") or "bsd" in sys.platform):
        return False
    try:
        import PySide6.QtDBus  # noqa: F401
    except ImportError:
        return False
    return True


def session_bus_from_environment(environ: Mapping[str, str]) -> str:
    """The session bus address: DBUS_SESSION_BUS_ADDRESS, else the bus socket in the runtime dir."""
    address = environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address:
        return address
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and (Path(runtime) / "bus").is_socket():
        return f"unix:path={Path(runtime) / 'bus'}"
    return ""


def system_bus_from_environment(environ: Mapping[str, str]) -> str:
    """The system bus address: DBUS_SYSTEM_BUS_ADDRESS, else the standard socket if present."""
    address = environ.get("DBUS_SYSTEM_BUS_ADDRESS", "")
    if address:
        return address
    if Path(DEFAULT_SYSTEM_BUS.removeprefix("unix:path=")).is_socket():
        return DEFAULT_SYSTEM_BUS
    return ""


def unix_only(address: str) -> str:
    """Keep only the ``unix:`` entries of a D-Bus address list that name a socket to connect to.

    An address may list fallbacks (``unix:path=…;tcp:host=…``); TCP, autolaunch and the rest
    are dropped so the watcher can never open a network socket.
    """
    return ";".join(entry for entry in address.split(";") if _is_connectable_unix(entry))


def _is_connectable_unix(entry: str) -> bool:
    transport, _, params = entry.strip().partition(":")
    if transport != "unix":
        return False
    keys = {pair.partition("=")[0] for pair in params.split(",")}
    return bool(keys & _CONNECTABLE_UNIX_KEYS)


def login1_session_path(session_id: str) -> str:
    """logind's object path for a session id: sd-bus label escaping (``"2"`` -> ``"_32"``)."""
    return LOGIN1_SESSION_PREFIX + _escape_bus_label(session_id)


def _escape_bus_label(label: str) -> str:
    if not label:
        return "_"
    return "".join(_escape_bus_char(char, first=index == 0) for index, char in enumerate(label))


def _escape_bus_char(char: str, *, first: bool) -> str:
    is_letter = char.isascii() and char.isalpha()
    is_later_digit = char.isascii() and char.isdigit() and not first
    if is_letter or is_later_digit:
        return char
    return "".join(f"_{byte:02x}" for byte in char.encode())

