"""Take screenshots of every main screen of SaferPlan, for a person to look at.

    DISPLAY=:99 QT_QPA_PLATFORM=xcb python tools/screenshots.py OUT_DIR [--language vi]
        [--size 1024x600] [--dark] [--pseudo]
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python tools/screenshots.py OUT_DIR --all

One run draws one language at one window size: the first run (start, before you start, the
passphrase, the recovery code, the plan choice), the return (start with a plan, unlock with a
wrong passphrase), the sample plan's screens, the empty people, documents and record screens
of a guest session, and the end of that session. ``--all`` runs
en, vi, km and ar at 1024x600, 1366x768 and 1920x1080 at 150 % and 200 % (QT_SCALE_FACTOR 1.5
and 2, which must be set before Qt starts, so each combination is its own process) into
OUT_DIR/<size>/; ``--languages en ar`` and ``--sizes 1024x600`` narrow it.

Run it under a real X server (Xvfb) so windows are drawn as on a desktop. Only PNG files are
written to OUT_DIR; the plan file the first run creates lives in a temporary folder that is
deleted at the end (it is encrypted like any plan file).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCREENS = ("start", "consent", "create", "recovery", "choice", "start_return", "unlock",
           "home", "walk", "question", "summary", "people", "documents", "directory",
           "practice", "print", "card", "record", "settings", "guest_end")
LANGUAGES = ("en", "vi", "km", "ar")
# (folder name, window size in logical pixels, QT_SCALE_FACTOR)
SIZES = (("1024x600", "1024x600", "1"), ("1366x768", "1366x768", "1"),
         ("1920x1080@150", "1280x720", "1.5"), ("1920x1080@200", "960x540", "2"))
PASSPHRASE = "lantern orchard pebble violin"


class Shooter:
    """Saves the window (or the dialog on top of it) as OUT/<name>_<suffix>.png."""

    def __init__(self, window: Any, out: Path, suffix: str) -> None:
        self.window = window
        self.out = out
        self.suffix = suffix

    def settle(self, rounds: int = 6) -> None:
        """Let Qt lay out and paint."""
        from PySide6.QtWidgets import QApplication

        for _ in range(rounds):
            QApplication.processEvents()

    def shot(self, name: str, widget: Any = None) -> None:
        """Save one screenshot."""
        self.settle()
        (widget or self.window).grab().save(str(self.out / f"{name}_{self.suffix}.png"))

    def wait_for(self, condition: Any, seconds: float = 20.0) -> None:
        """Process events until ``condition()`` is true (the KDF runs in a worker)."""
        import time

        end = time.monotonic() + seconds
        while not condition() and time.monotonic() < end:
            self.settle(1)
            time.sleep(0.02)


def first_run(s: Shooter) -> None:
    """Start (no plan yet), before you start, passphrase, recovery code, plan choice."""
    from saferplan.gui.first_run import PlanChoiceScreen
    from saferplan.gui.recovery_code import RecoveryCodeScreen

    window = s.window
    s.shot("start")
    window.current_screen()._new.click()
    s.shot("consent")
    window.current_screen()._continue.click()
    create = window.current_screen()
    create.form.first.setText(PASSPHRASE)
    create.form.second.setText(PASSPHRASE)
    create._want_code.setChecked(True)
    s.shot("create")
    create._create.click()
    s.wait_for(lambda: isinstance(window.current_screen(), RecoveryCodeScreen))
    s.shot("recovery")
    window.current_screen()._done.click()
    s.wait_for(lambda: isinstance(window.current_screen(), PlanChoiceScreen))
    s.shot("choice")


def returning(s: Shooter) -> None:
    """Start with a plan on this computer, then unlock after a wrong passphrase."""
    from saferplan.gui.unlock import UnlockScreen

    window = s.window
    window.lock_now()
    window.show_start()
    s.shot("start_return")
    window.current_screen()._open.click()
    unlock = window.current_screen()
    assert isinstance(unlock, UnlockScreen)
    unlock.field.setText("not the words")
    unlock.submit()
    s.wait_for(lambda: unlock.problem.isVisible())
    unlock.field.clear()
    s.shot("unlock")
    window.show_start()


def sample_plan(s: Shooter) -> None:
    """Home and every part of the sample plan."""
    window = s.window
    window.start_demo()
    s.shot("home")
    plan = window.session.doc.plans[0]
    window.open_plan(plan.id)
    s.shot("walk")
    walk = window.current_screen()
    walk.open_question(walk.navigator.questions_of(walk.navigator.section_ids[0])[0])
    s.shot("question")
    walk.navigator.go_to_summary(walk.navigator.section_ids[0])
    walk._show_position()
    s.shot("summary")
    for part in ("people", "documents", "directory", "practice", "print", "record"):
        window.open_part(part)
        s.shot(part)
        if part == "print":
            screen = window.current_screen()
            screen.panel.card_choice.setChecked(True)
            screen.refresh_preview()
            s.shot("card")
    window.show_settings()
    s.shot("settings")


def guest_end(s: Shooter) -> None:
    """The empty lists of a guest session, then the question at its end (a dialog), "Cancel"."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window = s.window
    window.start_guest()
    for part in ("people", "documents", "record"):   # nothing in them yet
        window.open_part(part)
        s.shot(f"{part}_empty")
    window.session.doc.add_person("Sample")
    window.show_home()

    def grab_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(100, grab_dialog)
            return
        s.shot("guest_end", dialog)
        dialog.reject()

    QTimer.singleShot(300, grab_dialog)
    window.finish_guest()


def shoot(out: Path, language: str, size: str, pseudo: bool, dark: bool) -> None:
    """Draw every screen in one language at one size."""
    from saferplan import i18n
    from saferplan.gui import theme
    from saferplan.gui.main import application, create_window

    i18n.use_pseudo(pseudo)  # before create_window sets the language

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="saferplan-shots-") as folder:
        if dark:      # as on a dark desktop: chosen before anything is drawn
            theme.use_dark(application(), True)
        window = create_window(argparse.Namespace(demo=False, portable=f"{folder}/portable",
                                                  language=language))
        width, height = (int(n) for n in size.split("x"))
        window.resize(width, height)
        window.show()
        suffix = f"{language}{'_pseudo' if pseudo else ''}{'_dark' if dark else ''}"
        shooter = Shooter(window, out, suffix)
        first_run(shooter)
        returning(shooter)
        sample_plan(shooter)
        window._release_session()
        guest_end(shooter)
        window._release_session()
        window._quitting = True
        window.close()


def shoot_all(out: Path, languages: list[str], sizes: list[str]) -> None:
    """These languages at these sizes (folder names), one process each (the scale factor is
    set at start)."""
    for folder, size, scale in SIZES:
        if folder not in sizes:
            continue
        for language in languages:
            env = dict(os.environ, QT_SCALE_FACTOR=scale, PYTHONPATH=str(ROOT))
            subprocess.run([sys.executable, __file__, str(out / folder), "--language",
                            language, "--size", size], env=env, check=True)
            print(f"{folder} {language}: done", flush=True)


def main() -> None:
    """Parse the command line and take the screenshots."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="en")
    parser.add_argument("--pseudo", action="store_true")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--size", default="1100x760")
    parser.add_argument("--all", action="store_true",
                        help="en, vi, km, ar at 1024x600, 1366x768 and 1920x1080 at 150 %% "
                             "and 200 %%")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES),
                        help="with --all: only these languages")
    parser.add_argument("--sizes", nargs="+", default=[folder for folder, _s, _f in SIZES],
                        choices=[folder for folder, _s, _f in SIZES],
                        help="with --all: only these sizes")
    args = parser.parse_args()
    if args.all:
        shoot_all(args.out, args.languages, args.sizes)
    else:
        shoot(args.out, args.language, args.size, args.pseudo, args.dark)


if __name__ == "__main__":
    main()
