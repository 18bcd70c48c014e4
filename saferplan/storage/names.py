"""The names of plan files and their backups (light: no crypto, so the start screen is quick)."""

from __future__ import annotations

from pathlib import Path
from typing import Final

# The neutral ending of plan files; backups add ".bak".
PLAN_SUFFIX: Final = ".dat"
BACKUP_SUFFIX: Final = ".bak"


def backup_path(path: Path) -> Path:
    """Return where the previous version of the plan at ``path`` is kept."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def has_backup(path: Path) -> bool:
    """Return True if the plan at ``path`` has a backup file."""
    return backup_path(Path(path)).is_file()
