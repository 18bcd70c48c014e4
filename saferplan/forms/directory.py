"""The directory of organisations listed in the guide, loaded from a TOML data file. No Qt.

The file lives in ``forms/resources/<name>.toml``. Names, numbers and websites are copied from
the guide as printed; the directory is dated, and every organisation added to a plan carries a
note saying where it came from and that it should be checked.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Final

from saferplan.model import ROLES, Person, PlanDocument
from saferplan.resources import data_dir

# Added to the notes of an organisation copied into a plan (the GUI may pass a translation).
ADDED_NOTE: Final = "From the guide's list, January 2020 — check before relying on it."

# A directory name becomes part of a file path: letters, digits and dashes only.
_NAME_PATTERN: Final = re.compile(r"[a-z0-9][a-z0-9-]*")
_ID_PATTERN: Final = re.compile(r"[a-z0-9][a-z0-9_-]*")
_TOP_KEYS: Final = frozenset({"as_of", "note", "categories", "organisations"})
_CATEGORY_KEYS: Final = frozenset({"id", "label"})
_ORG_KEYS: Final = frozenset({"id", "name", "phones", "website", "offers", "category", "role"})
_ORG_REQUIRED: Final = frozenset({"id", "name", "offers", "category"})


class DirectoryError(Exception):
    """A directory file is missing, is not valid TOML, or has a wrong entry.

    ``source`` names the file and ``entry`` the id (or position) of the wrong entry, if any.
    """

    def __init__(self, source: str, problem: str, entry: str | None = None) -> None:
        where = f"{source}: entry '{entry}'" if entry is not None else source
        super().__init__(f"{where}: {problem}")
        self.source = source
        self.entry = entry
        self.problem = problem


@dataclass(frozen=True)
class Category:
    """A group of organisations (for example legal help), with a label to show."""

    id: str
    label: str


@dataclass(frozen=True)
class Organisation:
    """One organisation from the guide: how to reach it and what it offers."""

    id: str
    name: str
    phones: tuple[str, ...]
    website: str
    offers: str
    category: str
    role: str | None


@dataclass(frozen=True)
class Directory:
    """A dated list of organisations, grouped in categories."""

    as_of: str
    note: str
    categories: tuple[Category, ...]
    organisations: tuple[Organisation, ...]

    def category(self, category_id: str) -> Category | None:
        """Return the category with this id, or None."""
        return next((c for c in self.categories if c.id == category_id), None)

    def organisation(self, org_id: str) -> Organisation | None:
        """Return the organisation with this id, or None."""
        return next((o for o in self.organisations if o.id == org_id), None)

    def search(self, text: str, category: str | None = None) -> list[Organisation]:
        """Organisations whose name, offers or phone numbers contain ``text`` (any case).

        Empty text matches every organisation. A number typed without dashes or spaces still
        finds it (``4169063098`` finds ``416-906-3098``). ``category`` limits the result to one
        category.
        """
        needle = text.strip().casefold()
        digits = _digits(needle) if _looks_like_number(needle) else ""
        return [
            org
            for org in self.organisations
            if (category is None or org.category == category) and _matches(org, needle, digits)
        ]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _looks_like_number(text: str) -> bool:
    return bool(text) and all(ch.isdigit() or ch in " -()+." for ch in text)


def _matches(org: Organisation, needle: str, digits: str) -> bool:
    if not needle:
        return True
    haystacks = (org.name, org.offers, *org.phones)
    if any(needle in hay.casefold() for hay in haystacks):
        return True
    return bool(digits) and any(digits in _digits(phone) for phone in org.phones)


def load_directory(name: str = "ontario-2020") -> Directory:
    """Load the shipped directory ``name`` from ``forms/resources``; cached after the first load."""
    if not _NAME_PATTERN.fullmatch(name):
        raise DirectoryError(name, "not a valid directory name")
    return _load_shipped(name)


@functools.cache
def _load_shipped(name: str) -> Directory:
    path = data_dir("forms").joinpath("resources").joinpath(f"{name}.toml")
    return read_directory(path)


def read_directory(path: Path | Traversable) -> Directory:
    """Read and check one directory file; raise DirectoryError naming the file and entry."""
    source = path.name
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise DirectoryError(source, "cannot be read") from exc
    except UnicodeDecodeError as exc:
        raise DirectoryError(source, "is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        # The parser's message gives line and column only, never a value.
        raise DirectoryError(source, f"is not valid TOML ({exc})") from exc
    return parse_directory(data, source)


def parse_directory(data: dict[str, object], source: str) -> Directory:
    """Check parsed TOML data and build the Directory; ``source`` names it in errors."""
    _check_keys(data, _TOP_KEYS, frozenset({"as_of", "note"}), source, None)
    raw_categories = _table_list(data, "categories", source)
    categories = tuple(_parse_category(raw, n, source) for n, raw in enumerate(raw_categories))
    known = {c.id for c in categories}
    _check_unique([c.id for c in categories], source, "category")
    organisations = tuple(
        _parse_organisation(raw, n, source, known)
        for n, raw in enumerate(_table_list(data, "organisations", source))
    )
    _check_unique([o.id for o in organisations], source, "organisation")
    return Directory(
        as_of=_text(data, "as_of", source, None),
        note=_text(data, "note", source, None),
        categories=categories,
        organisations=organisations,
    )


def _table_list(data: dict[str, object], key: str, source: str) -> list[dict[str, object]]:
    raw = data.get(key, [])
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        raise DirectoryError(source, f"'{key}' must be a list of tables ([[{key}]])")
    return raw


def _parse_category(raw: dict[str, object], position: int, source: str) -> Category:
    entry = _entry_name(raw, "category", position)
    _check_keys(raw, _CATEGORY_KEYS, _CATEGORY_KEYS, source, entry)
    return Category(id=_id(raw, source, entry), label=_text(raw, "label", source, entry))


def _parse_organisation(
    raw: dict[str, object], position: int, source: str, categories: set[str]
) -> Organisation:
    entry = _entry_name(raw, "organisation", position)
    _check_keys(raw, _ORG_KEYS, _ORG_REQUIRED, source, entry)
    category = _text(raw, "category", source, entry)
    if category not in categories:
        raise DirectoryError(source, f"unknown category '{category}'", entry)
    role = _optional_text(raw, "role", source, entry) or None
    if role is not None and role not in ROLES:
        raise DirectoryError(source, f"unknown role '{role}'", entry)
    phones = _phones(raw, source, entry)
    website = _optional_text(raw, "website", source, entry)
    if not phones and not website:
        raise DirectoryError(source, "needs at least one phone number or a website", entry)
    return Organisation(
        id=_id(raw, source, entry),
        name=_text(raw, "name", source, entry),
        phones=phones,
        website=website,
        offers=_text(raw, "offers", source, entry),
        category=category,
        role=role,
    )


def _entry_name(raw: dict[str, object], kind: str, position: int) -> str:
    # Errors name the entry by its id when it has a usable one, else by its position.
    value = raw.get("id")
    if isinstance(value, str) and value.strip():
        return value
    return f"{kind} #{position + 1}"


def _check_keys(
    raw: dict[str, object],
    allowed: frozenset[str],
    required: frozenset[str],
    source: str,
    entry: str | None,
) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise DirectoryError(source, f"unknown key '{unknown[0]}'", entry)
    missing = sorted(required - set(raw))
    if missing:
        raise DirectoryError(source, f"missing '{missing[0]}'", entry)


def _text(raw: dict[str, object], key: str, source: str, entry: str | None) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DirectoryError(source, f"'{key}' must be a non-empty string", entry)
    return value.strip()


def _optional_text(raw: dict[str, object], key: str, source: str, entry: str) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        raise DirectoryError(source, f"'{key}' must be a string", entry)
    return value.strip()


def _id(raw: dict[str, object], source: str, entry: str) -> str:
    value = _text(raw, "id", source, entry)
    if not _ID_PATTERN.fullmatch(value):
        raise DirectoryError(source, "id must be lower-case letters, digits, '-' or '_'", entry)
    return value


def _phones(raw: dict[str, object], source: str, entry: str) -> tuple[str, ...]:
    value = raw.get("phones", [])
    if not isinstance(value, list) or not all(isinstance(p, str) and p.strip() for p in value):
        raise DirectoryError(source, "'phones' must be a list of non-empty strings", entry)
    return tuple(p.strip() for p in value)


def _check_unique(ids: list[str], source: str, kind: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise DirectoryError(source, f"duplicate {kind} id", item)
        seen.add(item)


def add_to_plan(
    doc: PlanDocument, org: Organisation, role: str | None = None, *, note: str = ADDED_NOTE
) -> Person:
    """Add ``org`` to the plan as a person and return it; it can be edited like any person.

    The first phone number becomes the person's phone; the other numbers, the website and
    ``note`` (where the entry came from, and to check it) go in the notes, one per line.
    ``role`` overrides the organisation's suggested role. Raises ValueError for an unknown role.
    """
    chosen = role or org.role
    extra = [*org.phones[1:], org.website, note]
    return doc.add_person(
        org.name,
        org.phones[0] if org.phones else "",
        [chosen] if chosen else [],
        "\n".join(line for line in extra if line),
    )
