"""Load and validate the question-set files (TOML), and the fictional demo plan."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Final

from saferplan.forms.schema import (
    FORM_IDS,
    KINDS,
    OPTION_KINDS,
    Form,
    FormError,
    Option,
    Question,
    Section,
)
from saferplan.model import (
    ROLES,
    AnswerRule,
    PlanDocument,
    PlanJsonError,
    QuestionCatalog,
    loads_plan_json,
)
from saferplan.resources import data_dir

# Ids go into plan JSON keys, so they follow its id rule (and stay lower case).
_ID: Final = re.compile(r"[a-z][a-z0-9_]{0,63}")
_FORM_KEYS: Final = frozenset({"id", "title", "description", "sections"})
_SECTION_KEYS: Final = frozenset({"id", "title", "intro", "questions"})
_QUESTION_KEYS: Final = frozenset(
    {"id", "kind", "text", "why", "examples", "role", "options", "help", "legal", "learn_when",
     "organisations"}
)
_OPTION_KEYS: Final = frozenset({"id", "label"})
DEMO_PLAN: Final = ("demo", "plan.json")

_form_cache: dict[str, Form] = {}
_all_cache: dict[str, Form] = {}


def load_form_file(path: Path | Traversable) -> Form:
    """Read and validate one question-set file; raise FormError on any fault."""
    file = str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError:
        raise FormError(file, "", "the file cannot be read") from None
    except UnicodeDecodeError as exc:
        raise FormError(file, "", f"not UTF-8 text (bad byte at position {exc.start})") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FormError(file, "", f"not valid TOML ({exc})") from None
    return _FormReader(file).form(raw)


def load_form(form_id: str) -> Form:
    """Return the shipped question set ``form_id`` (read once, then cached)."""
    cached = _form_cache.get(form_id)
    if cached is not None:
        return cached
    file = f"{form_id}.toml"
    if not _ID.fullmatch(form_id):
        raise FormError(file, "", "a form id is lower-case letters, digits and '_'")
    path = data_dir("forms") / file
    if not path.is_file():
        raise FormError(str(path), "", "the question set is not installed")
    form = load_form_file(path)
    if form.id != form_id:
        raise FormError(str(path), "", f"the file says id '{form.id}', expected '{form_id}'")
    _form_cache[form_id] = form
    return form


def load_all_forms() -> dict[str, Form]:
    """Return every shipped question set by id, checking that no question id is used twice."""
    if not _all_cache:
        forms = {form_id: load_form(form_id) for form_id in FORM_IDS}
        check_unique_across(forms)
        _all_cache.update(forms)
    # A fresh dict each time, so a caller cannot change what others get.
    return dict(_all_cache)


def clear_form_cache() -> None:
    """Forget the loaded question sets, so the next load reads the files again."""
    _form_cache.clear()
    _all_cache.clear()


def check_unique_across(forms: Mapping[str, Form]) -> None:
    """Raise FormError if two forms share a question or section id."""
    owner: dict[str, str] = {}
    for form in forms.values():
        ids = [s.id for s in form.sections] + [q.id for q in form.questions()]
        for item in ids:
            first = owner.setdefault(item, form.id)
            if first != form.id:
                raise FormError(
                    f"{form.id}.toml", f"question '{item}'",
                    f"the id is also used in {first}.toml; ids must be unique across forms",
                )


def question_catalog(forms: Mapping[str, Form]) -> QuestionCatalog:
    """Return what the plan JSON reader needs: form id -> question id -> kind and option ids."""
    return {
        form_id: {q.id: AnswerRule(q.kind, q.option_ids()) for q in form.questions()}
        for form_id, form in forms.items()
    }


def load_demo_plan() -> PlanDocument:
    """Return the fictional sample plan, checked against the shipped question sets."""
    path = data_dir("forms").joinpath(*DEMO_PLAN)
    try:
        data = path.read_bytes()
    except OSError:
        raise FormError("/".join(DEMO_PLAN), "", "the demo plan cannot be read") from None
    try:
        return loads_plan_json(data, question_catalog(load_all_forms()))
    except PlanJsonError as exc:
        raise FormError("/".join(DEMO_PLAN), exc.path, exc.message) from None


class _FormReader:
    """Builds a Form from parsed TOML, naming the file and the id in every error."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, where: str, problem: str) -> FormError:
        return FormError(self.file, where, problem)

    def form(self, raw: dict[str, Any]) -> Form:
        self.keys(raw, _FORM_KEYS, "the form")
        form_id = self.ident(raw, "the form")
        sections_raw = raw.get("sections")
        if not isinstance(sections_raw, list) or not sections_raw:
            raise self.fail("the form", "needs at least one [[sections]] table")
        sections = tuple(self.section(s, i) for i, s in enumerate(sections_raw))
        self.check_unique(sections)
        return Form(
            id=form_id,
            title=self.line(raw, "title", "the form"),
            description=self.text(raw, "description", "the form"),
            sections=sections,
        )

    def section(self, raw: object, index: int) -> Section:
        where = f"section {index + 1}"
        if not isinstance(raw, dict):
            raise self.fail(where, "must be a table")
        self.keys(raw, _SECTION_KEYS, where)
        section_id = self.ident(raw, where)
        where = f"section '{section_id}'"
        questions_raw = raw.get("questions")
        if not isinstance(questions_raw, list) or not questions_raw:
            raise self.fail(where, "needs at least one [[sections.questions]] table")
        return Section(
            id=section_id,
            title=self.line(raw, "title", where),
            intro=self.line(raw, "intro", where),
            questions=tuple(
                self.question(q, f"{where}, question {i + 1}")
                for i, q in enumerate(questions_raw)
            ),
        )

    def question(self, raw: object, position: str) -> Question:
        if not isinstance(raw, dict):
            raise self.fail(position, "must be a table")
        question_id = self.ident(raw, position)
        where = f"question '{question_id}'"
        self.keys(raw, _QUESTION_KEYS, where)
        kind = self.line(raw, "kind", where)
        if kind not in KINDS:
            raise self.fail(where, f"unknown kind '{kind}'; use one of " + ", ".join(KINDS))
        return Question(
            id=question_id,
            kind=kind,
            text=self.text(raw, "text", where),
            why=self.line(raw, "why", where),
            examples=self.examples(raw, where),
            role=self.role(raw, kind, where),
            options=self.options(raw, kind, where),
            help=self.line(raw, "help", where) if "help" in raw else "",
            legal=self.lines(raw, "legal", where),
            learn_when=self.learn_when(raw, kind, where),
            organisations=self.organisation_ids(raw, where),
        )

    def learn_when(self, raw: dict[str, Any], kind: str, where: str) -> tuple[str, ...]:
        answers = self.lines(raw, "learn_when", where)
        if not answers:
            return ()
        allowed = {"yes", "no", "not_sure"} if kind == "yes_no" else None
        if kind in OPTION_KINDS:
            allowed = {o["id"] for o in raw.get("options", []) if isinstance(o, dict)}
        if allowed is None or not set(answers) <= allowed:
            raise self.fail(where, "'learn_when' must name answers this question can have")
        if not raw.get("legal") and not raw.get("organisations"):
            raise self.fail(where, "'learn_when' needs 'legal' lines or 'organisations' to show")
        return answers

    def organisation_ids(self, raw: dict[str, Any], where: str) -> tuple[str, ...]:
        ids = self.lines(raw, "organisations", where)
        if any(not re.fullmatch(r"[a-z0-9][a-z0-9-]*", item) for item in ids):
            raise self.fail(where, "'organisations' must be directory ids")
        return ids

    def lines(self, raw: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        items = raw.get(key, [])
        if not isinstance(items, list) or not all(
            isinstance(item, str) and item.strip() and "\n" not in item for item in items
        ):
            raise self.fail(where, f"'{key}' must be a list of one-line texts")
        return tuple(item.strip() for item in items)

    def role(self, raw: dict[str, Any], kind: str, where: str) -> str | None:
        if kind != "person":
            if "role" in raw:
                raise self.fail(where, f"only a 'person' question has a role, not '{kind}'")
            return None
        if "role" not in raw:
            raise self.fail(where, "a 'person' question needs a role")
        role = self.line(raw, "role", where)
        if role not in ROLES:
            raise self.fail(where, f"unknown role '{role}'; use one of " + ", ".join(ROLES))
        return role

    def options(self, raw: dict[str, Any], kind: str, where: str) -> tuple[Option, ...]:
        if kind not in OPTION_KINDS:
            if "options" in raw:
                raise self.fail(where, f"only choice and checklist have options, not '{kind}'")
            return ()
        items = raw.get("options")
        if not isinstance(items, list) or len(items) < 2:
            raise self.fail(where, f"a '{kind}' question needs at least two options")
        options: list[Option] = []
        for i, item in enumerate(items):
            place = f"{where}, option {i + 1}"
            if not isinstance(item, dict):
                raise self.fail(place, "must be a table with id and label")
            self.keys(item, _OPTION_KEYS, place)
            option = Option(self.ident(item, place), self.line(item, "label", place))
            if option.id in (o.id for o in options):
                raise self.fail(where, f"the option id '{option.id}' is used twice")
            options.append(option)
        return tuple(options)

    def examples(self, raw: dict[str, Any], where: str) -> tuple[str, ...]:
        items = raw.get("examples", [])
        if not isinstance(items, list) or not all(
            isinstance(item, str) and item.strip() and "\n" not in item for item in items
        ):
            raise self.fail(where, "'examples' must be a list of one-line texts")
        return tuple(items)

    def check_unique(self, sections: tuple[Section, ...]) -> None:
        seen: set[str] = set()
        for section in sections:
            for item, label in [(section.id, "section")] + [
                (q.id, "question") for q in section.questions
            ]:
                if item in seen:
                    raise self.fail(f"{label} '{item}'", "the id is used twice in this form")
                seen.add(item)

    def keys(self, raw: dict[str, Any], allowed: frozenset[str], where: str) -> None:
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise self.fail(where, f"unknown key '{unknown[0]}'; allowed: "
                            + ", ".join(sorted(allowed)))

    def ident(self, raw: dict[str, Any], where: str) -> str:
        value = raw.get("id")
        if value is None:
            raise self.fail(where, "missing 'id'")
        if not isinstance(value, str) or not _ID.fullmatch(value):
            raise self.fail(where, "'id' must be 1-64 lower-case letters, digits or '_'")
        return value

    def text(self, raw: dict[str, Any], key: str, where: str) -> str:
        value = raw.get(key)
        if value is None:
            raise self.fail(where, f"missing '{key}'")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"'{key}' must be a text that is not empty")
        return value.strip()

    def line(self, raw: dict[str, Any], key: str, where: str) -> str:
        value = self.text(raw, key, where)
        if "\n" in value:
            raise self.fail(where, f"'{key}' must be one line")
        return value
