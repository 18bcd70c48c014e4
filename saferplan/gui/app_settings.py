"""What the app remembers between runs (language, auto-lock, quick exit, window title).

The settings file never holds a plan path, a plan name or an answer: only the fields below.
Kept apart from the settings screen (gui/settings.py) so that the first window loads no more
than it needs.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from saferplan.i18n import is_known_language

SETTINGS_FILE_NAME = "settings.json"
QUICK_EXIT_ACTIONS = ("minimise", "quit")
AUTO_LOCK_RANGE = (1, 60)
DEFAULT_WINDOW_TITLE = "Notes"
MAX_TITLE_LENGTH = 60


@dataclass(frozen=True)
class Settings:
    """What the app remembers between runs; nothing about any plan."""

    language: str = ""            # "" until the person chooses one on the start screen
    auto_lock_minutes: int = 5
    quick_exit: str = "minimise"  # "minimise" or "quit"
    window_title: str = DEFAULT_WINDOW_TITLE
    shift_exit: bool = True       # Shift x3 hides too; off for screen readers that use Shift

    def validated(self) -> Settings:
        """Return a copy with every field brought back into its allowed range."""
        low, high = AUTO_LOCK_RANGE
        title = " ".join(self.window_title.split())[:MAX_TITLE_LENGTH] or DEFAULT_WINDOW_TITLE
        return replace(
            self,
            language=self.language if is_known_language(self.language) else "",
            auto_lock_minutes=min(max(int(self.auto_lock_minutes), low), high),
            quick_exit=self.quick_exit if self.quick_exit in QUICK_EXIT_ACTIONS else "minimise",
            window_title=title,
        )


def settings_path(settings_dir: Path) -> Path:
    """Return where the settings file lives in ``settings_dir``."""
    return settings_dir / SETTINGS_FILE_NAME


def settings_from_json(data: Any) -> Settings:
    """Build settings from parsed JSON, ignoring unknown keys and wrong types."""
    if not isinstance(data, dict):
        return Settings()
    defaults = Settings()
    values: dict[str, Any] = {}
    for field in fields(Settings):
        value = data.get(field.name, getattr(defaults, field.name))
        if isinstance(value, type(getattr(defaults, field.name))):
            values[field.name] = value
    return Settings(**values).validated()


def load_settings(settings_dir: Path) -> Settings:
    """Read the settings; a missing or unreadable file gives the defaults."""
    try:
        raw = settings_path(settings_dir).read_text(encoding="utf-8")
        return settings_from_json(json.loads(raw))
    except (OSError, ValueError):
        return Settings()


def save_settings(settings_dir: Path, settings: Settings) -> None:
    """Write the settings atomically with the one atomic writer."""
    from saferplan import platform
    from saferplan.storage import write_file_atomically

    platform.make_private_folder(settings_dir)
    data = json.dumps(asdict(settings.validated()), indent=2, ensure_ascii=False) + "\n"
    write_file_atomically(settings_path(settings_dir), data.encode("utf-8"))
