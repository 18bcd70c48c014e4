"""The window says when portable mode is on, and says nothing when it is not."""

from __future__ import annotations

from typing import Any

from saferplan.storage.paths import app_dirs


def test_portable_mode_is_shown(make_window: Any, app_folders: Any) -> None:
    assert app_folders.portable
    window = make_window()
    window.show()
    assert window.portable_note.isVisible()
    assert "Portable mode" in window.portable_note.text()


def test_no_note_outside_portable_mode(make_window: Any) -> None:
    window = make_window(dirs=app_dirs(None))
    window.show()
    assert not window.portable_note.isVisible()
