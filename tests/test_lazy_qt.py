"""lazy_qt: Qt's namespace built on first use, and the plain values the first window sets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer

from saferplan import lazy_qt

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("value", "member"), [
    (lazy_qt.PLAIN_TEXT, Qt.TextFormat.PlainText),
    (lazy_qt.STRONG_FOCUS, Qt.FocusPolicy.StrongFocus),
    (lazy_qt.SCROLL_BAR_ALWAYS_OFF, Qt.ScrollBarPolicy.ScrollBarAlwaysOff),
    (lazy_qt.LEFT_TO_RIGHT, Qt.LayoutDirection.LeftToRight),
    (lazy_qt.RIGHT_TO_LEFT, Qt.LayoutDirection.RightToLeft),
    (lazy_qt.TEXT_SHOW_MNEMONIC, Qt.TextFlag.TextShowMnemonic),
])
def test_each_plain_value_is_qts_own(value: int, member: object) -> None:
    assert value == member.value  # type: ignore[attr-defined]


def test_the_stand_in_hands_out_qts_own_names() -> None:
    assert lazy_qt.Qt.AlignmentFlag is Qt.AlignmentFlag
    assert lazy_qt.Qt.AlignmentFlag.AlignTop is Qt.AlignmentFlag.AlignTop
    assert lazy_qt.Qt.Key.Key_Escape == Qt.Key.Key_Escape
    with pytest.raises(AttributeError):
        _ = lazy_qt.Qt.NoSuchName


def test_set_enum_property_sets_what_the_setter_would() -> None:
    timer = QTimer()
    lazy_qt.set_enum_property(timer, "timerType", Qt.TimerType.VeryCoarseTimer.value)
    assert timer.timerType() == Qt.TimerType.VeryCoarseTimer


def test_set_enum_property_refuses_a_name_that_is_no_property() -> None:
    # QObject.setProperty would quietly make a dynamic property of a misspelt name.
    with pytest.raises(ValueError, match="focusPolicy"):
        lazy_qt.set_enum_property(QObject(), "focusPolicy", lazy_qt.STRONG_FOCUS)


def test_qts_namespace_is_built_only_once_it_is_named() -> None:
    code = ("import PySide6.QtWidgets\n"
            "from saferplan import lazy_qt\n"
            "before = lazy_qt.qt_is_built()\n"
            "lazy_qt.Qt.AlignmentFlag\n"
            "print(before, lazy_qt.qt_is_built())\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.stdout.split() == ["False", "True"]


def test_the_stand_in_has_no_special_names_to_offer() -> None:
    # copy, inspect and mock look for them; asking must not build the namespace.
    with pytest.raises(AttributeError):
        _ = lazy_qt.Qt.__wrapped__
    assert "built on first use" in repr(lazy_qt.Qt)


def test_a_changed_role_is_drawn_even_before_qts_namespace_is_built() -> None:
    # theme.set_role skips asking whether a widget is polished for its first role while the
    # namespace is unbuilt (the first window); a changed role is always polished again.
    code = ("from PySide6.QtWidgets import QApplication, QPushButton\n"
            "from saferplan import lazy_qt\n"
            "from saferplan.gui import theme\n"
            "app = QApplication([])\n"
            "theme.install(app, 'en', style_now=False)\n"
            "push = QPushButton('x')\n"
            "theme.set_role(push, 'quiet')\n"
            "first = lazy_qt.qt_is_built()\n"
            "push.ensurePolished()\n"
            "theme.set_role(push, 'primary')\n"   # primary buttons are bold
            "print(first, push.font().bold())\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen"))
    assert done.stdout.split() == ["False", "True"]
