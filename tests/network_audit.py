"""The test run's network guard: an audit hook that blocks AND records every attempt.

Raising alone is not enough: the product's broad ``except`` blocks (never a traceback for the
person) would swallow the error and the test would pass. So every attempt is also recorded,
and tests/conftest.py fails the test at teardown if anything was recorded during it.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager

BLOCKED_EVENTS = frozenset({"socket.__new__", "socket.connect", "socket.getaddrinfo",
                            "socket.gethostbyname", "socket.gethostbyaddr"})
VIOLATIONS: list[str] = []


class NetworkUsedError(AssertionError):
    """Raised when any code in the test run tries to use the network."""


def _is_local(event: str, args: tuple[object, ...]) -> bool:
    """AF_UNIX sockets are local IPC (X11, D-Bus), not network."""
    if event == "socket.__new__":
        return len(args) > 1 and args[1] == socket.AF_UNIX
    if event == "socket.connect":
        return getattr(args[0], "family", None) == socket.AF_UNIX
    return False


def no_network(event: str, args: tuple[object, ...]) -> None:
    """The audit hook: record and refuse any network use."""
    if event in BLOCKED_EVENTS and not _is_local(event, args):
        VIOLATIONS.append(event)
        raise NetworkUsedError(f"network use in a test: {event}")


def violations_since(start: int) -> list[str]:
    """Take (and forget) what was recorded since ``start`` (a length of VIOLATIONS)."""
    found = VIOLATIONS[start:]
    del VIOLATIONS[start:]
    return found


@contextmanager
def expected_network_use() -> Iterator[list[str]]:
    """For tests of the guard itself: what happens inside is expected, not a failure."""
    start = len(VIOLATIONS)
    found: list[str] = []
    try:
        yield found
    finally:
        found.extend(violations_since(start))
