"""GUI test fixtures; the helpers live in gui_support (a unique name, unlike 'conftest')."""

from gui_support import _fast_kdf, app_folders, make_window  # noqa: F401  (fixtures)
