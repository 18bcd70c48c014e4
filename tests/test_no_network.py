import shutil
import socket
import subprocess
import sys
from pathlib import Path

import network_audit
import pytest
from network_audit import expected_network_use


def test_audit_hook_blocks_internet_sockets() -> None:
    with expected_network_use() as found, pytest.raises(AssertionError,
                                                         match="network use in a test"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert found == ["socket.__new__"]


def test_audit_hook_blocks_name_lookup() -> None:
    with expected_network_use() as found, pytest.raises(AssertionError,
                                                         match="network use in a test"):
        socket.getaddrinfo("localhost", 80)
    assert found == ["socket.getaddrinfo"]


def test_network_use_swallowed_by_a_broad_except_still_fails_the_test(tmp_path: Path) -> None:
    here = Path(__file__).resolve().parent
    for name in ("conftest.py", "network_audit.py"):
        shutil.copyfile(here / name, tmp_path / name)
    (tmp_path / "test_inner.py").write_text(
        "import socket\n\n"
        "def test_swallows():\n"
        "    try:  # as the product's never-a-traceback handlers do\n"
        "        socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
        "    except Exception:\n"
        "        pass\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "-p", "no:randomly", str(tmp_path)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode != 0, done.stdout
    assert "network use in this test" in done.stdout
    assert "1 passed, 1 error" in done.stdout  # the body passed; the teardown failed it


def test_local_sockets_are_allowed() -> None:
    start = len(network_audit.VIOLATIONS)
    left, right = socket.socketpair(socket.AF_UNIX)
    left.close()
    right.close()
    assert network_audit.VIOLATIONS[start:] == []


def test_qtnetwork_is_never_imported() -> None:
    import saferplan.app  # noqa: F401

    assert "PySide6.QtNetwork" not in sys.modules
