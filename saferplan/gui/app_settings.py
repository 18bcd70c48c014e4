"""What the app remembers between runs (language, auto-lock, quick exit, window title).

The settings file never holds a plan path, a plan name or an answer: only the fields below.
Kept apart from the settings screen (gui/settings.py) so that the first window loads no more
than it needs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from saferplan.i18n import is_known_language

SETTINGS_FILE_NAME = "settings.json"
QUICK_EXIT_ACTIONS = ("minimise", "quit")
AUTO_LOCK_RANGE = (1, 60)
DEFAULT_WINDOW_TITLE = "Notes"
MAX_TITLE_LENGTH = 60


# A NamedTuple, not a dataclass: the first window loads no dataclasses module (start-up time).
class Settings(NamedTuple):
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
        return self._replace(
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
    for name in Settings._fields:
        value = data.get(name, getattr(defaults, name))
        if isinstance(value, type(getattr(defaults, name))):
            values[name] = value
    return Settings(**values).validated()


def load_settings(settings_dir: Path) -> Settings:
    """Read the settings; a missing or unreadable file gives the defaults."""
    try:
        raw = settings_path(settings_dir).read_text(encoding="utf-8")
    except (OSError, ValueError):   # missing, unreadable, or not UTF-8
        return Settings()
    import json  # only when there is a file: the first start has none (start-up time)

    try:
        return settings_from_json(json.loads(raw))
    except ValueError:
        return Settings()


def save_settings(settings_dir: Path, settings: Settings) -> None:
    """Write the settings atomically with the one atomic writer."""
    import json

    from saferplan import platform
    from saferplan.storage import write_file_atomically

    platform.make_private_folder(settings_dir)
    data = json.dumps(settings.validated()._asdict(), indent=2, ensure_ascii=False) + "\n"
    write_file_atomically(settings_path(settings_dir), data.encode("utf-8"))
