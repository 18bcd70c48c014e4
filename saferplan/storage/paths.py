"""Where settings and plans live: a neutral per-user folder, or one folder in portable mode.

The folder name is deliberately neutral ("notes-kit"): nothing in it says "safety" or the
app's name. There is no recent-file list anywhere; plans are found by listing ``plans_dir``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final, NamedTuple

from saferplan import platform
from saferplan.storage.names import PLAN_SUFFIX, backup_path

# The neutral name of the app's folders under the user's data and config folders.
APP_DIR_NAME: Final = "notes-kit"
# New plan files are called notes.dat, notes-2.dat, ...
_PLAN_STEM: Final = "notes"


# A NamedTuple, not a dataclass: the first window loads no dataclasses module (start-up time).
class AppDirs(NamedTuple):
    """The folders the app reads and writes; in portable mode both are the chosen folder."""

    settings_dir: Path
    plans_dir: Path
    portable: bool


def app_dirs(portable_dir: Path | None = None) -> AppDirs:
    """Return the app's folders (creating nothing): per-user ones, or ``portable_dir``."""
    if portable_dir is not None:
        folder = Path(portable_dir).expanduser().absolute()
        return AppDirs(settings_dir=folder, plans_dir=folder, portable=True)
    import platformdirs  # only for the per-user folders (a few ms at start-up)

    settings = platformdirs.user_config_path(APP_DIR_NAME, appauthor=False, roaming=False)
    plans = platformdirs.user_data_path(APP_DIR_NAME, appauthor=False, roaming=False)
    return AppDirs(settings_dir=settings, plans_dir=plans, portable=False)


def ensure_dirs(dirs: AppDirs) -> None:
    """Create the app's folders, readable by this user only (saferplan.platform: 0700 on POSIX,
    an access list for this user alone on Windows)."""
    for folder in {dirs.settings_dir, dirs.plans_dir}:
        platform.make_private_folder(folder)


def list_plan_files(dirs: AppDirs) -> list[Path]:
    """Return the plan files in ``plans_dir``, sorted by name (backups are not listed)."""
    try:
        entries = list(os.scandir(dirs.plans_dir))
    except OSError:
        return []
    return sorted(Path(e.path) for e in entries
                  if e.name.endswith(PLAN_SUFFIX) and not e.name.startswith(".")
                  and e.is_file())


def new_plan_path(dirs: AppDirs) -> Path:
    """Return a fresh neutral file name in ``plans_dir`` (the folder is created)."""
    ensure_dirs(dirs)
    number = 1
    while True:
        name = f"{_PLAN_STEM}{PLAN_SUFFIX}" if number == 1 else \
            f"{_PLAN_STEM}-{number}{PLAN_SUFFIX}"
        candidate = dirs.plans_dir / name
        if not candidate.exists() and not backup_path(candidate).exists():
            return candidate
        number += 1
