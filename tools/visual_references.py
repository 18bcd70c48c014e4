"""Draw the reference screenshots the visual regression test compares against.

    QT_QPA_PLATFORM=offscreen python tools/visual_references.py tests/data/visual

Run it after a deliberate visual change, look at every PNG it writes, and commit them. The
test (tests/gui/test_visual_regression.py) draws the same screens the same way and fails when
more than a small share of pixels changed. Drawn offscreen at 800 x 560 with the light theme,
so the result does not depend on a desktop; only the installed fonts matter (Noto, as in CI).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (800, 560)


def _start(window: Any) -> None:
    window.show_start()


def _choice(window: Any) -> None:
    window.start_guest()          # a new, empty session goes on to the plan choice


def _home(window: Any) -> None:
    window.start_demo()


def _unlock(window: Any) -> None:
    window.show_unlock(Path(window.dirs.plans_dir) / "plan.dat")


# name -> (language, how to get there)
REFERENCES: dict[str, tuple[str, Callable[[Any], None]]] = {
    "start_en": ("en", _start),
    "choice_en": ("en", _choice),
    "home_en": ("en", _home),
    "unlock_ar": ("ar", _unlock),
}


def render(name: str) -> Any:
    """Return the QImage of one reference screen, drawn as the test draws it."""
    from PySide6.QtWidgets import QApplication

    from saferplan.gui import theme
    from saferplan.gui.main import application
    from saferplan.gui.settings import Settings
    from saferplan.gui.window import MainWindow
    from saferplan.i18n import set_language
    from saferplan.storage.paths import app_dirs

    language, go = REFERENCES[name]
    app = application()
    theme.use_dark(app, False)
    set_language(language)
    with tempfile.TemporaryDirectory(prefix="saferplan-visual-") as folder:
        window = MainWindow(app_dirs(Path(folder) / "portable"), Settings(language=language))
        try:
            window.resize(*SIZE)
            window.show()
            go(window)
            for _ in range(8):
                QApplication.processEvents()
            image = window.grab().toImage()
        finally:
            window._release_session()
            window._quitting = True
            window.close()
            window.deleteLater()
            set_language("en")
    return image


def main() -> None:
    """Write every reference PNG into the folder given."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "data" / "visual"
    out.mkdir(parents=True, exist_ok=True)
    for name in REFERENCES:
        render(name).save(str(out / f"{name}.png"))
        print(out / f"{name}.png")


if __name__ == "__main__":
    main()
