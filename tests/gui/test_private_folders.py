"""The app's folders are created for this user only (0700), however they come to be made."""

from __future__ import annotations

from typing import Any


def test_settings_create_their_folders_for_this_user_only(tmp_path: Any) -> None:
    """Choosing a language on the first start saves settings before any plan exists: the
    folder (in portable mode also the plans' folder) must still be 0700, parents too."""
    import os

    from saferplan.gui.settings import Settings, save_settings

    old = os.umask(0o022)
    try:
        save_settings(tmp_path / "stick" / "data", Settings("km"))
    finally:
        os.umask(old)
    for folder in (tmp_path / "stick", tmp_path / "stick" / "data"):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
