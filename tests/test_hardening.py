"""After start, the process cannot write a core dump that could hold plan text."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import ctypes, resource
from saferplan.hardening import harden_process
libc = ctypes.CDLL("libc.so.6")
before = libc.prctl(3, 0, 0, 0, 0), resource.getrlimit(resource.RLIMIT_CORE)[0]
harden_process()
after = libc.prctl(3, 0, 0, 0, 0), resource.getrlimit(resource.RLIMIT_CORE)
print(before[0], after[0], after[1][0], after[1][1])
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
def test_harden_process_turns_off_core_dumps() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         check=True).stdout.split()
    dumpable_before, dumpable_after, soft, hard = (int(x) for x in out)
    assert dumpable_before == 1  # proves the probe can see the flag change
    assert dumpable_after == 0
    assert (soft, hard) == (0, 0)


def test_main_hardens_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    import saferplan.app as app
    import saferplan.hardening as hardening

    calls: list[str] = []
    monkeypatch.setattr(hardening, "harden_process", lambda: calls.append("harden"))
    with pytest.raises(SystemExit):
        app.main(["--version"])
    assert calls == ["harden"]
