"""Show the question sets and the directory in the person's language (Qt Linguist translations).

The English text of ``forms/*.toml`` is the source. Each string is looked up with the context
``forms.<form id>`` (or ``directory``) and a key such as ``s_leave_where.why`` as disambiguation,
so a translator sees which question a line belongs to. ``tools/translations.py`` extracts the same
strings through :func:`translate_form` with a recording function: one place defines the keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from saferplan.forms import Form, Question, Section
from saferplan.forms.directory import Directory

# (context, source text, key) -> translated text
Translate = Callable[[str, str, str], str]


def qt_translate(context: str, text: str, key: str) -> str:
    """Translate through the installed QTranslators; empty text stays empty."""
    return QCoreApplication.translate(context, text, key) if text else text


def translate_forms(forms: Mapping[str, Form], tr: Translate = qt_translate) -> dict[str, Form]:
    """Return copies of the forms with every user-facing line translated."""
    return {form_id: translate_form(form, tr) for form_id, form in forms.items()}


def translate_form(form: Form, tr: Translate = qt_translate) -> Form:
    """Return a copy of one form with its title, sections and questions translated."""
    ctx = f"forms.{form.id}"
    return replace(
        form,
        title=tr(ctx, form.title, "form.title"),
        description=tr(ctx, form.description, "form.description"),
        sections=tuple(_section(ctx, s, tr) for s in form.sections),
    )


def _section(ctx: str, section: Section, tr: Translate) -> Section:
    return replace(
        section,
        title=tr(ctx, section.title, f"{section.id}.title"),
        intro=tr(ctx, section.intro, f"{section.id}.intro"),
        questions=tuple(_question(ctx, q, tr) for q in section.questions),
    )


def _question(ctx: str, q: Question, tr: Translate) -> Question:
    return replace(
        q,
        text=tr(ctx, q.text, f"{q.id}.text"),
        why=tr(ctx, q.why, f"{q.id}.why"),
        help=tr(ctx, q.help, f"{q.id}.help"),
        legal=tuple(tr(ctx, line, f"{q.id}.legal{i + 1}") for i, line in enumerate(q.legal)),
        examples=tuple(tr(ctx, e, f"{q.id}.example{i + 1}") for i, e in enumerate(q.examples)),
        options=tuple(replace(o, label=tr(ctx, o.label, f"{q.id}.option.{o.id}"))
                      for o in q.options),
    )


def translate_directory(directory: Directory, tr: Translate = qt_translate) -> Directory:
    """Return a copy of the directory with its note, categories and descriptions translated.

    Names, phone numbers and websites are facts and stay as the guide printed them.
    """
    ctx = "directory"
    return replace(
        directory,
        note=tr(ctx, directory.note, "note"),
        categories=tuple(replace(c, label=tr(ctx, c.label, f"category.{c.id}"))
                         for c in directory.categories),
        organisations=tuple(replace(o, offers=tr(ctx, o.offers, f"{o.id}.offers"))
                            for o in directory.organisations),
    )
