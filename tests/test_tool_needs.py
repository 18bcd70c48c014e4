"""A test that needs a missing tool skips on a developer's machine and fails in CI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tool_needs import need

TESTS = Path(__file__).resolve().parent


def test_missing_tool_skips_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        need(None, "frobnicator is not installed")
    need("/usr/bin/frobnicator", "frobnicator is not installed")   # present: goes on


def test_missing_tool_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must have it"):
        need(None, "frobnicator is not installed")


def test_every_skip_for_a_missing_tool_goes_through_need() -> None:
    """No test skips for a missing tool on its own (it would stay green in CI)."""
    tool_words = re.compile(r"(pytest\.skip\(|skipif\().*(install|needs? |which\()",
                            re.IGNORECASE)
    found = []
    for path in sorted(TESTS.rglob("*.py")):
        if path.name in {"tool_needs.py", "test_tool_needs.py"}:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if tool_words.search(line):
                found.append(f"{path.relative_to(TESTS)}:{number}: {line.strip()}")
    allowed = {"PyInstaller is not installed"}   # the slow build tests: opt-in by design
    assert [f for f in found if not any(a in f for a in allowed)] == []
