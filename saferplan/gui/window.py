"""The main window: the screens it moves between, and the open plan (its frame, the top bar and
the stack of screens, is window_frame.py).

It owns the open plan (Session + PlanFile) and is the only place that releases it: quick exit,
auto-lock, finishing a guest session, and closing the window. A lock always locks: when the last
changes cannot be saved, they are kept encrypted in memory (never as plain text) and brought
back at the next unlock of the same plan.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from saferplan.gui import dialogs, theme
from saferplan.gui.announce import announce
from saferplan.gui.app_settings import Settings, save_settings
from saferplan.gui.quick_exit import ClipboardGuard, IdleWatcher, QuickExitWatcher
from saferplan.gui.start import StartScreen
from saferplan.gui.widgets import set_button_text, set_label_text
from saferplan.gui.window_frame import WindowFrame
from saferplan.i18n import current_language, set_language
from saferplan.lazy_qt import Qt, build_namespace

if TYPE_CHECKING:
    from saferplan.gui.home import HomeScreen
    from saferplan.gui.screen_lock import ScreenLockWatcher
    from saferplan.gui.session import Session
    from saferplan.gui.unlock import Opened
    from saferplan.model import PlanDocument
    from saferplan.storage import PlanFile
    from saferplan.storage.paths import AppDirs
    from saferplan.storage.seen_saves import SeenSaves

MINUTE_MS = 60_000


class MainWindow(WindowFrame):
    """The one window. ``dirs`` is storage's AppDirs; ``settings`` the loaded Settings."""

    def __init__(self, dirs: AppDirs, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dirs = dirs
        self.settings = settings
        self.session: Session | None = None
        self.plan_file: PlanFile | None = None
        self.plan_path: Path | None = None
        self.home: HomeScreen | None = None
        self._transient: QWidget | None = None
        self._paused_from: QWidget | None = None
        # Changes a lock could not save: the plan's path -> the whole file sealed under its keys
        # (ciphertext only), or None when even sealing failed. Nothing else of the plan is kept.
        self._unsaved: dict[Path, bytes | None] = {}
        # Before anything is drawn; the theme's Qt style waits until a screen that needs it
        # shows, or the first frame is drawn (WindowFrame).
        theme.ensure(settings.language or current_language(), style_now=False)
        self.idle = IdleWatcher(self)
        self._build()
        self.lock_button.clicked.connect(self.lock_now)
        self.hide_button.clicked.connect(self.quick_exit)
        self._retranslate_bar()
        self.clipboard_guard = ClipboardGuard(self)
        self.quick_exit_watcher = QuickExitWatcher(self)
        self.quick_exit_watcher.triggered.connect(self.quick_exit)
        self.idle.idle.connect(self.lock_when_idle)
        self.idle.warning.connect(lambda: self.idle_warning.warn(
            locks=self.session is not None and self.session.saver is not None))
        self.idle.set_timeout_ms(settings.auto_lock_minutes * MINUTE_MS)
        # The desktop session locked (D-Bus): watched from just after the first paint.
        self.screen_lock: ScreenLockWatcher | None = None
        self._watching = False     # keys and input: from the first exposure (showEvent)
        self._after_first_frame_done = False
        self.apply_settings(settings, save=False)
        self.show_start()

    def _retranslate_bar(self) -> None:
        set_label_text(self.portable_note, self.tr(
            "Portable mode: settings and plans stay in the app's own folder."))
        set_button_text(self.hide_button, self.tr("&Hide"))
        self.hide_button.setAccessibleDescription(self.tr(
            "Hides everything at once and locks the plan. Esc twice does the same."))
        set_button_text(self.lock_button, self.tr("L&ock"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate the top bar on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_bar()
        super().changeEvent(event)

    # --- screens ---------------------------------------------------------------------------

    def show_start(self) -> None:
        """The start screen: language, open, new, guest, sample."""
        from saferplan.storage.paths import list_plan_files

        # Built in the stack: moving a finished screen into the window passes every widget in
        # it the window's font and palette again and measures it again (about 3 ms of start-up).
        start = StartScreen(list_plan_files(self.dirs), current_language(), self.stack)
        start.language_chosen.connect(self.choose_language)
        start.open_requested.connect(self.show_unlock)
        start.open_other_requested.connect(self.open_other_file)
        start.new_requested.connect(self.start_new_plan)
        start.guest_requested.connect(self.start_guest)
        start.demo_requested.connect(self.start_demo)
        start.consent_requested.connect(lambda: self.show_consent(then_create=False))
        start.settings_requested.connect(self.show_settings)
        self._show(start)

    def show_consent(self, then_create: bool) -> None:
        """"Before you start"; with ``then_create`` its Continue leads to creating a plan."""
        from saferplan.gui.consent import ConsentScreen

        consent = ConsentScreen(with_continue=then_create)
        consent.continue_requested.connect(self.show_create)
        consent.close_requested.connect(self._back_from_side_page)
        self._show(consent)

    def _back_from_side_page(self) -> None:
        if self.session is not None:
            self.show_home()
        else:
            self.show_start()

    def start_new_plan(self) -> None:
        """Create a plan: "Before you start" comes first when there is no plan yet."""
        from saferplan.storage.paths import list_plan_files

        if list_plan_files(self.dirs):
            self.show_create()
        else:
            self.show_consent(then_create=True)

    def show_create(self) -> None:
        """Choose a passphrase for a new plan file in the plans folder."""
        from saferplan.gui.unlock import CreateScreen
        from saferplan.storage.paths import new_plan_path

        screen = CreateScreen(new_plan_path(self.dirs), current_language(),
                              seen_saves=self._seen_saves())
        screen.created.connect(self._opened)
        screen.close_requested.connect(self.show_start)
        self._show(screen)

    def show_unlock(self, path: Path, note: str = "") -> None:
        """Ask for the passphrase of the plan file at ``path``."""
        from saferplan.gui.unlock import UnlockScreen

        screen = UnlockScreen(Path(path), seen_saves=self._seen_saves())
        screen.unlocked.connect(self._opened)
        screen.close_requested.connect(self.show_start)
        screen.say(note)
        self.plan_path = Path(path)
        self._show(screen)
        announce(screen, note)   # "Your plan was locked."

    def open_other_file(self) -> None:
        """Open a plan file kept in another folder, such as a USB stick."""
        from saferplan.gui.folder_chooser import choose_plan_file
        from saferplan.storage import PLAN_SUFFIX

        path = choose_plan_file(self, self.tr("Open a plan file"), self.tr(
            "Choose the plan file, for example on your USB stick."), PLAN_SUFFIX)
        if path is not None:
            self.show_unlock(path)

    def _seen_saves(self) -> SeenSaves:
        """This computer's record of each plan's newest save (storage/seen_saves.py)."""
        from saferplan.storage import SeenSaves

        return SeenSaves(self.dirs.settings_dir)

    def _opened(self, opened: Opened) -> None:
        """A plan file was created or unlocked: start its session."""
        from saferplan.gui import older_copy
        from saferplan.gui.session import Session, plan_file_savers

        plan_file = opened.plan_file
        older = getattr(plan_file, "older_copy", None)
        choice = older_copy.ask_about_older_copy(self, older) if older else older_copy.KEEP
        if choice == older_copy.NEWER_BACKUP:
            backup = older_copy.open_newer_backup(self, plan_file)
            if backup is None:
                self.show_start()
            else:
                self._opened(backup)
            return
        if choice != older_copy.KEEP:
            plan_file.close()  # nothing was saved: the file stays as it is
            self.show_start()
            return
        doc, unsaved = self._take_unsaved(plan_file, opened.doc)
        # Autosaves are written in a worker thread; files the session adds are read from the
        # plan file once saved (storage/stored_chunks.py), not kept in memory.
        saver, preparer = plan_file_savers(plan_file)
        # The search's first look was at the plan opened: not at changes brought back instead.
        search = opened.record_search if doc is opened.doc else None
        session = Session(doc, saver=saver, preparer=preparer, parent=self,
                          record_search=search)
        self._start_session(session, plan_file)
        if unsaved == "restored":
            session.changed()   # save the brought-back changes again (autosave)
        after = self.show_home_or_choice if opened.created else self.show_home
        if opened.recovery_code:
            from saferplan.gui.recovery_code import RecoveryCodeScreen

            screen = RecoveryCodeScreen(opened.recovery_code)
            screen.close_requested.connect(after)
            self._show(screen)
        else:
            after()
        # Told once the screen is on show; a lock while a message is open ends the telling.
        if opened.from_backup:
            dialogs.inform(self, self.tr("Backup opened"), self.tr(
                "The backup copy opened. Your changes will be saved to the plan file again."))
        if plan_file.read_only and self.session is session:
            self._tell_read_only()
        if unsaved and self.session is session:
            self._tell_about_unsaved(unsaved)

    def _take_unsaved(self, plan_file: PlanFile,
                      doc: PlanDocument) -> tuple[PlanDocument, str]:
        """Bring back changes a lock could not save; return (document, "restored"/"lost"/"")."""
        from saferplan.storage import StorageError

        key = Path(plan_file.path).absolute()
        if key not in self._unsaved:
            return doc, ""
        sealed = self._unsaved.pop(key)
        if sealed is None:
            return doc, "lost"
        try:
            return plan_file.open_sealed(sealed), "restored"
        except StorageError:   # WrongPassphraseError: the keys changed since the lock
            return doc, "lost"

    def _tell_about_unsaved(self, unsaved: str) -> None:
        if unsaved == "restored":
            dialogs.inform(self, self.tr("Your changes are back"), self.tr(
                "Your last changes could not be saved before the plan was locked. They are back "
                "now. SaferPlan will try to save them again."))
        else:
            dialogs.warn(self, self.tr("Changes not kept"), self.tr(
                "Your last changes could not be saved before the plan was locked, and they could "
                "not be kept. The plan is as it was last saved."))

    def _start_session(self, session: Session, plan_file: PlanFile | None = None) -> None:
        if self.session is not None:     # one plan open at a time
            self._release_session()
        self.session, self.plan_file = session, plan_file
        if plan_file is not None:
            self.plan_path = Path(plan_file.path)
        session.save_failed.connect(self._save_failed)
        self.idle.start()
        # The open plan (a record may make 300,000 objects, none in a cycle) is left out of the
        # cycle collector's full passes, which would otherwise scan it all again now and then:
        # 30-50 ms of the GUI thread at 100,000 entries. Put back when the session ends.
        gc.freeze()

    def _tell_read_only(self) -> None:
        """The plan comes from a newer version of the app: shown, never written here."""
        dialogs.inform(self, self.tr("Saved by a newer version"), self.tr(
            "This plan was saved by a newer version of SaferPlan ({version}). You can read "
            "it here, but changes are not saved, so that nothing the newer version added is "
            "lost. To change the plan, use the newer version.").format(
                version=(self.plan_file.writer.written_by
                         if self.plan_file is not None else None) or "?"))

    def _save_failed(self, message: str) -> None:
        if self.plan_file is not None and self.plan_file.read_only:
            self._tell_read_only()
            return
        dialogs.warn(self, self.tr("Not saved"), self.tr(
            "Your last change could not be saved: %1 It is still here. Please try again "
            "in a moment.").replace("%1", message))

    def show_home_or_choice(self) -> None:
        """Home; when the file has no plan yet, first "What do you want to plan for?"."""
        if self.session is not None and not self.session.doc.plans:
            self.show_plan_choice()
        else:
            self.show_home()

    def show_plan_choice(self) -> None:
        """Ask which plan to make; the choice opens its first question."""
        from saferplan.gui.first_run import PlanChoiceScreen

        screen = PlanChoiceScreen()
        screen.chosen.connect(self.start_plan)
        screen.later_requested.connect(self.show_home)
        self._show(screen)

    def start_plan(self, form_id: str) -> None:
        """Add an empty plan of this kind and open its first question."""
        from saferplan.model import Plan

        if self.session is None:
            return
        doc = self.session.doc
        plan = Plan(doc.new_id("plan"), form_id)
        doc.plans.append(plan)
        self.session.changed()
        self.show_home()           # home is built, so "Back to home" has somewhere to go
        self.open_plan(plan.id)

    def show_home(self) -> None:
        """The home screen of the open plan."""
        from saferplan.gui.home import HomeScreen

        if self.session is None:
            self.show_start()
            return
        if self.home is None:
            self.home = HomeScreen(self.session)
            self.home.open_plan.connect(self.open_plan)
            self.home.open_part.connect(self.open_part)
            self.home.settings_requested.connect(self.show_settings)
            self.home.consent_requested.connect(lambda: self.show_consent(then_create=False))
            self.home.choose_plan_requested.connect(self.show_plan_choice)
            self.home.finish_guest_requested.connect(self.finish_guest)
            self.stack.addWidget(self.home)
        self.home.refresh()
        self._show(self.home)

    def open_plan(self, plan_id: str) -> None:
        """Walk through one plan (the walk screen is built by another part of the app)."""
        from saferplan.gui.parts import make_walk

        if self.session is not None:
            if self.home is not None:
                self.home.last_plan_id = plan_id    # its card offers "Continue" next time
            self._show_part_screen(make_walk(self.session, plan_id))

    def open_part(self, part: str) -> None:
        """Open people, documents, directory, practice or print."""
        from saferplan.gui.parts import make_part

        if self.session is not None:
            self._show_part_screen(make_part(part, self.session))

    def _show_part_screen(self, screen: QWidget) -> None:
        screen.close_requested.connect(self.show_home)  # type: ignore[attr-defined]
        self._show(screen)

    def show_settings(self) -> None:
        """The settings page."""
        from saferplan.gui.about import AboutBox
        from saferplan.gui.settings import SettingsScreen

        about = AboutBox(self.plan_path, self.dirs.plans_dir, self.dirs.portable)
        screen = SettingsScreen(self.settings, about=about)
        if self.plan_file is not None and self.session is not None:
            from saferplan.gui.keys import KeysSection

            screen.add_section(KeysSection(self.plan_file, self.session))
        screen.settings_changed.connect(self.apply_settings)
        screen.consent_requested.connect(lambda: self.show_consent(then_create=False))
        screen.close_requested.connect(self._back_from_side_page)
        self._show(screen)

    # --- settings and language -----------------------------------------------------------

    def apply_settings(self, settings: Settings, save: bool = True) -> None:
        """Use new settings now and keep them for next time."""
        old_language = current_language()
        self.settings = settings
        self.setWindowTitle(settings.window_title)
        self.idle.set_timeout_ms(settings.auto_lock_minutes * MINUTE_MS)
        self.quick_exit_watcher.shift_enabled = settings.shift_exit
        if settings.language and settings.language != old_language:
            set_language(settings.language)
        theme.ensure(current_language(), style_now=False)   # the style: see __init__
        if save:
            self._save_settings()

    def choose_language(self, code: str) -> None:
        """Switch language (from the start screen) and remember it."""
        self.apply_settings(self.settings._replace(language=code))

    def _save_settings(self) -> None:
        from saferplan.gui.settings import SettingsScreen
        from saferplan.storage import StorageError

        screen = self.current_screen()
        status = screen.save_status if isinstance(screen, SettingsScreen) else None
        try:
            save_settings(self.dirs.settings_dir, self.settings)
        except (StorageError, OSError):
            if status is not None:
                status.show_problem(self.tr("Not saved for next time"))
            dialogs.warn(self, self.tr("Settings not saved"), self.tr(
                "Your settings work now but could not be kept for next time."))
            return
        if status is not None:
            status.show_saved()

    # --- guest and sample sessions -------------------------------------------------------

    def start_guest(self) -> None:
        """An outreach session: everything in memory, nothing saved unless asked at the end."""
        from saferplan.gui.session import Session
        from saferplan.model import PlanDocument

        self._start_session(Session(PlanDocument(language=current_language()), saver=None,
                                    guest=True, parent=self))
        self.show_home_or_choice()

    def start_demo(self) -> None:
        """Open the fictional sample plan, in memory only."""
        from saferplan.forms import load_demo_plan
        from saferplan.gui.session import Session

        doc = load_demo_plan()
        self._start_session(Session(doc, saver=None, demo=True, parent=self))
        self.show_home()

    def finish_guest(self) -> bool:
        """Ask what to take from a guest session, then forget it; False if the person stays."""
        from saferplan.gui.guest import finish_guest_session

        if self.session is None or not finish_guest_session(self, self.session):
            return False
        self._release_session()
        self.show_start()
        return True

    # --- locking and quick exit ----------------------------------------------------------

    def quick_exit(self) -> None:
        """Hide everything at once, then save (or seal), lock, drop the plan; minimise or quit."""
        self.stack.setCurrentWidget(self.blank)
        self.repaint()       # blank first: saving and sealing come after, off the screen
        self._release_session()
        self.show_start()
        if self.settings.quick_exit == "quit":
            self._quitting = True
            self.close()
            QApplication.quit()
        else:
            self.showMinimized()

    def lock_now(self) -> None:
        """Save and lock the plan, always; ask for the passphrase to go on.

        If saving fails (a pulled USB stick, a file changed elsewhere) the plan still locks:
        the changes are kept sealed in memory and come back at the next unlock.
        """
        if self.session is None:
            return
        if self.session.saver is None:
            self._pause()
            return
        path = self.plan_path
        self.stack.setCurrentWidget(self.blank)
        self._release_session()
        if path is not None:
            self.show_unlock(path, self.tr("Your plan was locked."))
        else:
            self.show_start()

    def lock_when_idle(self) -> None:
        """Nobody used the app for a while: lock (or, for guest and sample, hide)."""
        if self.session is None:
            return
        if self.session.saver is None:
            self._pause()
        else:
            self.lock_now()

    def _pause(self) -> None:
        """Hide a guest or sample session behind a page with a Continue button.

        A guest session has no passphrase to lock it with, and it is kept in memory only, so
        it is hidden rather than dropped: the worker is usually sitting with the person.
        """
        from saferplan.gui.guest import PausedScreen

        if isinstance(self.stack.currentWidget(), PausedScreen):
            return
        dialogs.close_open_dialogs()      # a question left open could show the person's words
        self.clipboard_guard.clear_now()
        self._paused_from = self.stack.currentWidget()
        paused = PausedScreen()
        paused.continue_requested.connect(self._resume)
        self.stack.addWidget(paused)
        self.stack.setCurrentWidget(paused)
        self.idle.stop()
        self._focus_first(paused)

    def _resume(self) -> None:
        paused = self.stack.currentWidget()
        target = self._paused_from if self._paused_from is not None else self.home
        self._paused_from = None
        if target is not None and self.stack.indexOf(target) >= 0:
            self.stack.setCurrentWidget(target)
        else:
            self.show_home()
        if paused is not None:
            self._discard(paused)
        if self.session is not None:
            self.idle.start()

    def after_first_frame(self) -> None:
        """What needs Qt's namespace (lazy_qt.py), once the first frame is drawn (or a second
        after start-up if it never is: gui/main.py): the desktop's colour scheme, and the
        platform suspending the app. Only the first call does anything."""
        if self._after_first_frame_done:
            return
        self._after_first_frame_done = True
        app = QApplication.instance()
        # Lock when the platform suspends the app. Screen-lock notices are read on Linux
        # only (screen_lock.py): idle time and Hide are the protections that work everywhere.
        if isinstance(app, QGuiApplication):
            build_namespace()   # PySide hands the slot a Qt.ApplicationState
            app.applicationStateChanged.connect(self._application_state_changed)
        if theme.follow_desktop_scheme():   # the window colour's guess was wrong
            # Icons on buttons are drawn again in the new colours (icon_engine.py); the
            # screen on show is built again for the pictures drawn once (theme.icon_label).
            if self.session is None:
                self.show_start()
            else:
                self.home = None            # made again by show_home; the old one is dropped
                self.show_home()

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended and self.session is not None:
            self.lock_when_idle()

    def _release_session(self) -> None:
        """Save (or seal), close the plan file (drops its keys and lock), destroy plan screens.

        Runs for lock, idle lock, quick exit and quit alike: open dialogs close first (each
        answers Cancel) and SaferPlan's data leaves the clipboard. A failed save is told at the
        next unlock.
        """
        session, plan_file = self.session, self.plan_file
        self.session, self.plan_file = None, None
        self.idle.stop()
        dialogs.close_open_dialogs()
        self.clipboard_guard.clear_now()
        if session is not None:
            session.blockSignals(True)   # no "still here" message: the unlock screen tells
            if not session.save_now() and plan_file is not None:
                self._keep_sealed(plan_file, session.doc)
        if plan_file is not None:
            plan_file.close()
        for index in reversed(range(self.stack.count())):
            widget = self.stack.widget(index)
            if widget is not None and widget is not self.blank:
                self._discard(widget)
        self.home, self._transient, self._paused_from = None, None, None
        if session is not None:
            dialogs.delete_later(session)
        gc.unfreeze()
        self._update_bar()

    def _keep_sealed(self, plan_file: PlanFile, doc: PlanDocument) -> None:
        """Saving failed at a lock: keep the changes encrypted in memory, never as plain text."""
        try:
            sealed: bytes | None = plan_file.seal(doc)
        except Exception:  # privacy first: even if sealing fails, the plan is dropped
            sealed = None
        self._unsaved[Path(plan_file.path).absolute()] = sealed

    def _close_without_last_changes(self) -> bool:
        """The last save failed: ask before closing, because closing loses those changes."""
        return dialogs.confirm(self, self.tr("Your last changes are not saved"), self.tr(
            "SaferPlan could not save your last changes. If you close now, they are lost. "
            "You can stay, check the folder or the USB stick, and try again."),
            self.tr("Close anyway"), self.tr("Stay"))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window: a guest chooses what to take; a plan is saved and locked."""
        session = self.session
        if (session is not None and session.guest and not getattr(self, "_quitting", False)
                and not self.finish_guest()):
            event.ignore()
            return
        if (session is not None and session.saver is not None and not session.save_now()
                and not self._close_without_last_changes()):
            event.ignore()
            return
        self._release_session()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.quick_exit_watcher)
            app.removeEventFilter(self.idle)
        event.accept()

