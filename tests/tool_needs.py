"""The one rule for tests that need an outside tool (Xvfb, strace, pdftotext, dbus-daemon...).

On a developer's machine without the tool the test is skipped, saying how to get it. In CI
(``CI=true``) it FAILS instead: a green CI run must mean every security and Xvfb test ran.
(A module of its own, not conftest.py: each test folder has a conftest of its own, so
``from conftest import`` would find the wrong one.)
"""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    """True when the tests run in CI (CI=true, as CI runners set it)."""
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def need(available: object, what: str) -> None:
    """Go on if ``available`` is truthy; else skip (fail in CI) saying ``what`` is missing."""
    if available:
        return
    if in_ci():
        pytest.fail(f"{what}; CI must have it, so this test fails instead of skipping",
                    pytrace=False)
    pytest.skip(what)
