"""Build the plan's screens when first opened, with the question sets in the chosen language.

Imports happen here, not at start, so the start screen appears quickly.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from saferplan.gui.session import Session

PARTS = ("people", "documents", "directory", "practice", "print", "record")


def make_part(part: str, session: Session) -> QWidget:
    """Return the screen for ``part`` (one of PARTS)."""
    if part == "people":
        from saferplan.gui.people import PeopleWidget

        return PeopleWidget(session)
    if part == "documents":
        from saferplan.gui.documents import DocumentsWidget

        return DocumentsWidget(session)
    if part == "directory":
        from saferplan.form_text import translate_directory
        from saferplan.forms.directory import load_directory
        from saferplan.gui.directory_view import DirectoryWidget

        return DirectoryWidget(session, directory=translate_directory(load_directory()))
    if part == "practice":
        from saferplan.gui.practice import PracticeWidget

        return PracticeWidget(session)
    if part == "print":
        from saferplan.form_text import translate_forms
        from saferplan.forms import load_all_forms
        from saferplan.gui.printing.screen import PrintScreen

        return PrintScreen(session, translate_forms(load_all_forms()))
    if part == "record":
        from saferplan.gui.record import RecordWidget

        return RecordWidget(session)
    raise ValueError(f"unknown part: {part}")


def make_walk(session: Session, plan_id: str) -> QWidget:
    """Return the walk through one plan, with the question sets in the language in use."""
    from saferplan.form_text import translate_forms
    from saferplan.forms import load_all_forms
    from saferplan.gui.walk import PlanWalkWidget

    return PlanWalkWidget(session, plan_id, translate_forms(load_all_forms()))
