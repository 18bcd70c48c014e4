"""Build the screens other parts of the app provide, imported only when first opened.

A part that is not built yet gets an honest "coming in a later version" page, never a fake one.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtWidgets import QWidget

from saferplan.gui.session import Session
from saferplan.gui.widgets import ComingLaterScreen

# part id -> (module, class) of the screen that shows it.
PART_SCREENS: dict[str, tuple[str, str]] = {
    "people": ("saferplan.gui.people", "PeopleWidget"),
    "documents": ("saferplan.gui.documents", "DocumentsWidget"),
    "directory": ("saferplan.gui.directory_view", "DirectoryWidget"),
    "practice": ("saferplan.gui.practice", "PracticeWidget"),
    "print": ("saferplan.gui.print_screen", "PrintWidget"),
}


def _screen_class(module_name: str, class_name: str) -> Any:
    """Return the screen class, or None when that part is not part of this version."""
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    return getattr(module, class_name, None)


def make_part(part: str, session: Session) -> QWidget:
    """Return the screen for ``part`` (people, documents, directory, practice, print)."""
    module_name, class_name = PART_SCREENS[part]
    screen_class = _screen_class(module_name, class_name)
    if screen_class is None:
        return ComingLaterScreen()
    widget: QWidget = screen_class(session)
    return widget


def make_walk(session: Session, plan_id: str) -> QWidget:
    """Return the walk through one plan, with the question sets it needs."""
    screen_class = _screen_class("saferplan.gui.walk", "PlanWalkWidget")
    if screen_class is None:
        return ComingLaterScreen()
    from saferplan.forms import load_all_forms

    widget: QWidget = screen_class(session, plan_id, load_all_forms())
    return widget
