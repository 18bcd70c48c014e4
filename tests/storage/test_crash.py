"""Kill -9 during saves: the plan always opens, as the last finished save or the one in flight."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks.crash_soak import run_trials


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork + SIGKILL")
def test_kill_during_save_never_loses_the_plan(tmp_path: Path) -> None:
    # Kills spread over 0.2 s: time for the child to start and finish some saves even on a busy
    # machine, and still many kills land in the middle of one.
    result = run_trials(30, tmp_path, seed=1, max_delay=0.2)
    assert result.trials == 30
    assert result.saves > 0
    assert result.temp_files_left > 0  # some kills really landed in the middle of a save
    assert result.losses == 0
    assert result.backup_losses == 0
