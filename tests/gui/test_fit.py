"""Fits every screen: the first window never exceeds the screen; screens scroll, never clip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from saferplan.gui.window_frame import first_window_size

# 1366 x 768 at 150 % (910 x 512 logical) and 1920 x 1080 at 200 %, less a title bar.
SMALL = QSize(900, 500)


@pytest.mark.parametrize(("available", "maximised"), [
    (QSize(1024, 600), True), (QSize(1366, 768), True), (QSize(1280, 720), True),
    (QSize(910, 512), True), (QSize(1920, 1080), False), (QSize(1440, 900), False)])
def test_the_first_window_never_exceeds_the_screen(available: QSize, maximised: bool) -> None:
    size, is_maximised = first_window_size(available)
    assert is_maximised == maximised
    assert size.width() <= available.width() and size.height() <= available.height()


def _screens(window: Any, folder: Path) -> Iterator[tuple[str, QWidget]]:
    from saferplan.gui.recovery_code import RecoveryCodeScreen

    yield "start", window.current_screen()
    window.show_consent(then_create=True)
    yield "consent", window.current_screen()
    window.show_create()
    yield "create", window.current_screen()
    window._show(RecoveryCodeScreen("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ"))
    yield "recovery", window.current_screen()
    window.show_unlock(folder / "plan.dat")
    yield "unlock", window.current_screen()
    window.start_demo()
    yield "home", window.current_screen()
    window.show_plan_choice()
    yield "choice", window.current_screen()
    window.start_demo()
    window.open_plan(window.session.doc.plans[0].id)
    yield "walk", window.current_screen()
    for part in ("people", "documents", "directory", "practice", "print", "record"):
        window.open_part(part)
        yield part, window.current_screen()
    window.show_settings()
    yield "settings", window.current_screen()


@pytest.mark.parametrize("language", ["en", "km", "ar"])
def test_every_screen_scrolls_instead_of_clipping_on_a_small_window(
        qtbot: Any, make_window: Any, tmp_path: Path, language: str) -> None:
    from saferplan.i18n import set_language

    window = make_window()
    set_language(language)
    window.resize(SMALL)
    for name, screen in _screens(window, tmp_path):
        for _ in range(3):
            QApplication.processEvents()
        assert window.minimumSizeHint().width() <= SMALL.width(), name
        assert window.minimumSizeHint().height() <= SMALL.height(), name
        assert window.size() == SMALL, name
        hide = window.hide_button
        assert hide.isVisible() and window.rect().contains(
            hide.mapTo(window, hide.rect().bottomRight())), name
        for area in screen.findChildren(QScrollArea):
            if (area.isVisible() and area.widget() is not None and area.horizontalScrollBarPolicy()
                    == Qt.ScrollBarPolicy.ScrollBarAlwaysOff):
                needed = area.widget().minimumSizeHint().width()
                assert needed <= area.viewport().width(), (name, needed)
