"""Read what a screen reader would read: the AT-SPI tree of an application, over D-Bus.

Uses ``jeepney`` (pure Python, blocking). The app being read must keep serving its Qt event
loop while a call waits, so ``Bus.ask`` runs the reading in a thread and spins the loop.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from jeepney import (
    DBusAddress,
    DBusErrorResponse,
    HeaderFields,
    MatchRule,
    Message,
    new_method_call,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

ACCESSIBLE = "org.a11y.atspi.Accessible"
REGISTRY_ROOT = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
STATE_FOCUSED = 12
STATE_SHOWING = 25

# Roles a person can act on: each must have a name.
INTERACTIVE_ROLES = frozenset({
    "push button", "toggle button", "check box", "radio button", "combo box", "entry",
    "password text", "text", "spin button", "slider", "list", "list box", "tree", "table",
    "page tab", "menu item", "link", "date editor", "tree table",
})

Node = tuple[str, str]
T = TypeVar("T")


def collapse(text: str) -> str:
    """Whitespace (line breaks included) folded to single spaces."""
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Seen:
    """One accessible object as a screen reader gets it."""

    role: str
    name: str
    description: str
    states: int
    ancestors: list[tuple[str, str]] = field(default_factory=list)  # (role, name), outermost first
    path: str = ""
    ancestor_paths: list[str] = field(default_factory=list)

    @property
    def focused(self) -> bool:
        """Has keyboard focus."""
        return bool(self.states >> STATE_FOCUSED & 1)


def accessibility_bus_address() -> str:
    """Where the accessibility bus of the current D-Bus session listens."""
    session = open_dbus_connection("SESSION")
    try:
        reply = session.send_and_get_reply(new_method_call(
            DBusAddress("/org/a11y/bus", "org.a11y.Bus", "org.a11y.Bus"), "GetAddress"),
            timeout=10)
    finally:
        session.close()
    return str(reply.body[0])


class Reader:
    """Blocking AT-SPI calls on the accessibility bus of the current D-Bus session."""

    def __init__(self) -> None:
        self.conn: DBusConnection = open_dbus_connection(accessibility_bus_address())

    def parent(self, node: Node) -> Node | None:
        """The object's parent (None at the application)."""
        bus_name, path = self.prop(node, "Parent")
        if path in ("", "/org/a11y/atspi/null"):
            return None
        return str(bus_name), str(path)

    def seen(self, node: Node, depth: int = 3) -> Seen:
        """One object with the roles and names of its nearest ``depth`` ancestors."""
        ancestors = []
        parent = self.parent(node)
        while parent is not None and len(ancestors) < depth:
            ancestors.append((self.role(parent), collapse(str(self.prop(parent, "Name")))))
            parent = self.parent(parent)
        return Seen(self.role(node), collapse(str(self.prop(node, "Name"))),
                    collapse(str(self.prop(node, "Description"))), self.states(node),
                    ancestors[::-1])

    def seen_if_there(self, node: Node) -> Seen | None:
        """``seen(node)``, or None when the object is gone from the bus."""
        try:
            return self.seen(node)
        except (ValueError, DBusErrorResponse):
            return None

    def _call(self, node: Node, interface: str, method: str, signature: str | None = None,
              body: tuple[Any, ...] = ()) -> tuple[Any, ...]:
        message = new_method_call(DBusAddress(node[1], node[0], interface), method,
                                  signature, body)
        return tuple(self.conn.send_and_get_reply(message, timeout=10).body)

    def prop(self, node: Node, name: str) -> Any:
        """A property of the Accessible interface (Name, Description…)."""
        return self._call(node, "org.freedesktop.DBus.Properties", "Get", "ss",
                          (ACCESSIBLE, name))[0][1]

    def children(self, node: Node) -> list[Node]:
        """The object's children."""
        return [(str(c[0]), str(c[1])) for c in self._call(node, ACCESSIBLE, "GetChildren")[0]]

    def states(self, node: Node) -> int:
        """The state set as one integer (bit n = AT-SPI state n)."""
        low, high = self._call(node, ACCESSIBLE, "GetState")[0]
        return int(low) | int(high) << 32

    def role(self, node: Node) -> str:
        """The role's name ("push button", "heading"…)."""
        return str(self._call(node, ACCESSIBLE, "GetRoleName")[0])

    def text(self, node: Node) -> str:
        """All the words of an object with the Text interface, as a reader reads them."""
        return str(self._call(node, "org.a11y.atspi.Text", "GetText", "ii", (0, -1))[0])

    def applications(self) -> list[Node]:
        """The applications registered on the bus."""
        return self.children(REGISTRY_ROOT)

    def showing(self, root: Node) -> list[Seen]:
        """Every object on show under ``root`` (hidden branches are not entered)."""
        return list(self._walk(root, []))

    def _walk(self, node: Node, ancestors: list[tuple[str, str, str]]) -> Iterator[Seen]:
        states = self.states(node)
        if not states >> STATE_SHOWING & 1:
            return
        seen = Seen(self.role(node), collapse(str(self.prop(node, "Name"))),
                    collapse(str(self.prop(node, "Description"))), states,
                    [(role, name) for role, name, _ in ancestors], node[1],
                    [path for _, _, path in ancestors])
        yield seen
        inner = [*ancestors, (seen.role, seen.name, node[1])]
        for child in self.children(node):
            yield from self._walk(child, inner)

    def everything_named(self, root: Node, needle: str) -> list[str]:
        """Names containing ``needle`` anywhere in the tree, showing or not (stale objects)."""
        found = []
        stack = [root]
        while stack:
            node = stack.pop()
            name = collapse(str(self.prop(node, "Name")))
            if needle in name:
                found.append(name)
            stack.extend(self.children(node))
        return found


class Listener:
    """Events a screen reader listens to: focus changes and announcements."""

    EVENTS = ("object:state-changed:focused", "object:state-changed:showing",
              "object:state-changed:selected", "object:children-changed",
              "object:announcement", "focus:")

    def __init__(self) -> None:
        self.conn: DBusConnection = open_dbus_connection(accessibility_bus_address())
        rule = MatchRule(type="signal", interface="org.a11y.atspi.Event.Object")
        self.conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=10)
        registry = DBusAddress("/org/a11y/atspi/registry", "org.a11y.atspi.Registry",
                               "org.a11y.atspi.Registry")
        for event in self.EVENTS:
            self.conn.send_and_get_reply(new_method_call(
                registry, "RegisterEvent", "sass", (event, [], "")), timeout=10)
        self.focus: list[Node] = []
        self.announcements: list[str] = []
        self.gone: list[str] = []  # paths of objects hidden or removed from their parent
        self.selected: list[Node] = []  # objects that told the bus they were selected

    def drain(self) -> None:
        """Read every signal that has arrived."""
        while True:
            try:
                message = self.conn.receive(timeout=0.02)
            except TimeoutError:
                return
            self._note(message)

    def _note(self, message: Message) -> None:
        fields = message.header.fields
        member = fields.get(HeaderFields.member)
        path = str(fields.get(HeaderFields.path, ""))
        detail, detail1 = message.body[0], message.body[1]
        if member == "StateChanged" and detail == "focused" and detail1 == 1:
            self.focus.append((str(fields[HeaderFields.sender]), path))
        elif member == "StateChanged" and detail == "selected" and detail1 == 1:
            self.selected.append((str(fields[HeaderFields.sender]), path))
        elif member == "StateChanged" and detail == "showing" and detail1 == 0:
            self.gone.append(path)
        elif member == "ChildrenChanged" and detail == "remove":
            self.gone.append(str(message.body[3][1][1]))
        elif member == "Announcement":
            self.announcements.append(collapse(str(message.body[0] or message.body[3][1])))


class Bus:
    """The reader, used from the GUI thread without blocking the app's event loop."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.pool = ThreadPoolExecutor(1)
        self.reader = self.ask(Reader)
        self.listener = self.ask(Listener)
        self.root = self._wait_for_application()

    def ask(self, function: Callable[..., T], *args: Any) -> T:
        """Run ``function(*args)`` in the reading thread; keep Qt's loop running meanwhile."""
        future = self.pool.submit(function, *args)
        while not future.done():
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        return future.result()

    def settle(self, seconds: float = 0.05) -> None:
        """Let Qt handle what is pending (layouts, deferred deletes, focus)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    def _wait_for_application(self) -> Node:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            apps = self.ask(self.reader.applications)
            if apps:
                return apps[0]
            self.settle(0.1)
        raise RuntimeError("the application never appeared on the accessibility bus")

    def showing(self) -> list[Seen]:
        """Every object on show in the application."""
        return self.ask(self.reader.showing, self.root)

    def text(self, seen: Seen) -> str:
        """The words of an object on show (one of ``showing``'s) with the Text interface."""
        return self.ask(self.reader.text, (self.root[0], seen.path))

    def named_anywhere(self, needle: str) -> list[str]:
        """Names containing ``needle`` anywhere in the application's tree."""
        return self.ask(self.reader.everything_named, self.root, needle)

    def last_focus(self) -> Seen | None:
        """The object that most recently told the bus it took focus."""
        self.ask(self.listener.drain)
        if not self.listener.focus:
            return None
        return self.ask(self.reader.seen, self.listener.focus[-1])

    def selected_since(self, start: int) -> list[Seen]:
        """The objects that told the bus they were selected, from the ``start``-th such
        notice on (``len(selected_since(0))`` notices so far), as they are now."""
        self.ask(self.listener.drain)
        found = [self.ask(self.reader.seen_if_there, node)
                 for node in self.listener.selected[start:]]
        return [seen for seen in found if seen is not None]

    def announcements(self) -> list[str]:
        """Every announcement heard so far."""
        self.ask(self.listener.drain)
        return list(self.listener.announcements)

    def gone(self) -> list[str]:
        """Paths of every object the bus was told was hidden or removed, so far."""
        self.ask(self.listener.drain)
        return list(self.listener.gone)
