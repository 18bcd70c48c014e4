import socket
import sys

import pytest


def test_audit_hook_blocks_internet_sockets() -> None:
    with pytest.raises(AssertionError, match="network use in a test"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_audit_hook_blocks_name_lookup() -> None:
    with pytest.raises(AssertionError, match="network use in a test"):
        socket.getaddrinfo("localhost", 80)


def test_qtnetwork_is_never_imported() -> None:
    import saferplan.app  # noqa: F401

    assert "PySide6.QtNetwork" not in sys.modules
