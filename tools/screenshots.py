"""Take screenshots of SaferPlan's main screens on the demo plan, for a person to look at.

    DISPLAY=:99 QT_QPA_PLATFORM=xcb python tools/screenshots.py OUT_DIR [--language vi] [--pseudo]

Run it under a real X server (Xvfb) so the window is drawn as on a desktop. Nothing is saved
but the PNG files: the demo plan lives in memory.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCREENS = ("start", "consent", "home", "walk", "question", "summary", "people", "documents",
           "directory", "practice", "print", "card", "record", "settings")


def main() -> None:
    """Open the demo plan, visit each screen, save one PNG per screen."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="en")
    parser.add_argument("--pseudo", action="store_true")
    parser.add_argument("--size", default="1100x760")
    args = parser.parse_args()
    if args.pseudo:
        os.environ["SAFERPLAN_PSEUDO"] = "1"
    from PySide6.QtWidgets import QApplication

    from saferplan.gui.main import create_window

    window = create_window(argparse.Namespace(demo=False, portable=str(args.out / "portable"),
                                              language=args.language))
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = f"{args.language}{'_pseudo' if args.pseudo else ''}"

    def shot(name: str) -> None:
        for _ in range(5):
            QApplication.processEvents()
        window.grab().save(str(args.out / f"{name}_{suffix}.png"))

    shot("start")
    window.show_consent(then_create=False)
    shot("consent")
    window.start_demo()
    shot("home")
    plan = window.session.doc.plans[0]
    window.open_plan(plan.id)
    shot("walk")
    walk = window.current_screen()
    walk.open_question(walk.navigator.questions_of(walk.navigator.section_ids[0])[0])
    shot("question")
    walk.navigator.go_to_summary(walk.navigator.section_ids[0])
    walk._show_position()
    shot("summary")
    for part in ("people", "documents", "directory", "practice", "print", "record"):
        window.open_part(part)
        shot(part)
        if part == "print":
            screen = window.current_screen()
            screen.panel.card_choice.setChecked(True)
            screen.refresh_preview()
            shot("card")
    window.show_settings()
    shot("settings")
    window._release_session()
    window._quitting = True
    window.close()


if __name__ == "__main__":
    main()
