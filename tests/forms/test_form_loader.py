"""The question-set loader: a bad file gives one clear FormError naming the file and the id."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import saferplan.forms.loader as loader
from saferplan.forms import (
    FORM_IDS,
    Form,
    FormError,
    Option,
    check_unique_across,
    clear_form_cache,
    load_all_forms,
    load_form,
    load_form_file,
    question_catalog,
)
from saferplan.model import AnswerRule

HEADER = 'id = "test_form"\ntitle = "A test"\ndescription = "Only for tests."\n'
SECTION = '[[sections]]\nid = "first"\ntitle = "First"\nintro = "One line."\n'
GOOD_QUESTIONS = """
[[sections.questions]]
id = "q_name"
kind = "short_text"
text = "What name do you use?"
why = "So people know who to ask for."
examples = ["Mai"]

[[sections.questions]]
id = "q_bond"
kind = "person"
role = "bond_person"
text = "Who could be your bond person?"
why = "It helps release."
help = "Someone who can pay a deposit."

[[sections.questions]]
id = "q_pick"
kind = "choice"
text = "Pick one?"
why = "Testing."
options = [{ id = "a", label = "A" }, { id = "b", label = "B" }]
"""


def write(tmp_path: Path, text: str, name: str = "test_form.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def one_question(body: str) -> str:
    return HEADER + SECTION + "[[sections.questions]]\n" + body


def load_error(tmp_path: Path, text: str) -> str:
    path = write(tmp_path, text)
    with pytest.raises(FormError) as info:
        load_form_file(path)
    message = str(info.value)
    assert str(path) in message  # always names the file
    return message


def test_a_good_file_loads_into_typed_classes(tmp_path: Path) -> None:
    form = load_form_file(write(tmp_path, HEADER + SECTION + GOOD_QUESTIONS))
    assert isinstance(form, Form)
    assert (form.id, form.title, form.description) == ("test_form", "A test", "Only for tests.")
    assert [q.id for q in form.questions()] == ["q_name", "q_bond", "q_pick"]
    bond = form.question("q_bond")
    assert bond is not None and bond.role == "bond_person"
    assert bond.help == "Someone who can pay a deposit."
    pick = form.question("q_pick")
    assert pick is not None and pick.options == (Option("a", "A"), Option("b", "B"))
    assert form.question("q_name") is not None and form.question("nope") is None
    assert question_catalog({"test_form": form}) == {
        "test_form": {
            "q_name": AnswerRule("short_text"),
            "q_bond": AnswerRule("person"),
            "q_pick": AnswerRule("choice", ("a", "b")),
        }
    }


BAD_QUESTIONS = [
    pytest.param('id = "q_x"\nkind = "essay"\ntext = "T?"\nwhy = "W."\n',
                 ["question 'q_x'", "unknown kind 'essay'"], id="unknown kind"),
    pytest.param('id = "q_x"\nkind = "person"\nrole = "boss"\ntext = "T?"\nwhy = "W."\n',
                 ["question 'q_x'", "unknown role 'boss'"], id="unknown role"),
    pytest.param('id = "q_x"\nkind = "short_text"\nwhy = "W."\n',
                 ["question 'q_x'", "missing 'text'"], id="missing text"),
    pytest.param('id = "q_x"\nkind = "short_text"\ntext = "T?"\n',
                 ["question 'q_x'", "missing 'why'"], id="missing why"),
    pytest.param('id = "q_x"\nkind = "short_text"\ntext = "T?"\nwhy = "  "\n',
                 ["question 'q_x'", "'why' must be a text that is not empty"], id="blank why"),
    pytest.param('id = "q_x"\nkind = "short_text"\ntext = "T?"\nwhy = "a\\nb"\n',
                 ["question 'q_x'", "'why' must be one line"], id="two-line why"),
    pytest.param('id = "q_x"\nkind = "choice"\ntext = "T?"\nwhy = "W."\n',
                 ["question 'q_x'", "needs at least two options"], id="choice without options"),
    pytest.param('id = "q_x"\nkind = "checklist"\ntext = "T?"\nwhy = "W."\noptions = []\n',
                 ["question 'q_x'", "needs at least two options"], id="empty checklist"),
    pytest.param('id = "q_x"\nkind = "yes_no"\ntext = "T?"\nwhy = "W."\n'
                 'options = [{id = "a", label = "A"}, {id = "b", label = "B"}]\n',
                 ["question 'q_x'", "only choice and checklist have options"],
                 id="options on yes_no"),
    pytest.param('id = "q_x"\nkind = "choice"\ntext = "T?"\nwhy = "W."\n'
                 'options = [{id = "a", label = "A"}, {id = "a", label = "B"}]\n',
                 ["question 'q_x'", "option id 'a' is used twice"], id="duplicate option"),
    pytest.param('id = "q_x"\nkind = "choice"\ntext = "T?"\nwhy = "W."\n'
                 'options = [{id = "a", label = "A"}, {id = "b"}]\n',
                 ["question 'q_x', option 2", "missing 'label'"], id="option without label"),
    pytest.param('id = "q_x"\nkind = "long_text"\nrole = "bond_person"\ntext = "T?"\nwhy = "W."\n',
                 ["question 'q_x'", "only a 'person' question has a role"],
                 id="role on a non-person question"),
    pytest.param('id = "q_x"\nkind = "person"\ntext = "T?"\nwhy = "W."\n',
                 ["question 'q_x'", "needs a role"], id="person without role"),
    pytest.param('id = "q_x"\nkind = "date"\ntext = "T?"\nwhy = "W."\nhint = "H"\n',
                 ["question 'q_x'", "unknown key 'hint'"], id="unknown key"),
    pytest.param('id = "q_x"\nkind = "date"\ntext = "T?"\nwhy = "W."\nexamples = "one"\n',
                 ["question 'q_x'", "'examples' must be a list"], id="examples not a list"),
    pytest.param('kind = "date"\ntext = "T?"\nwhy = "W."\n',
                 ["section 'first', question 1", "missing 'id'"], id="missing id"),
    pytest.param('id = "Q X"\nkind = "date"\ntext = "T?"\nwhy = "W."\n',
                 ["section 'first', question 1", "'id' must be"], id="bad id"),
    pytest.param('id = "q_x\\n"\nkind = "date"\ntext = "T?"\nwhy = "W."\n',
                 ["section 'first', question 1", "'id' must be"], id="id ending in a line break"),
    pytest.param('id = "q_x"\nkind = 3\ntext = "T?"\nwhy = "W."\n',
                 ["question 'q_x'", "'kind' must be a text"], id="kind not text"),
]


@pytest.mark.parametrize(("body", "expected"), BAD_QUESTIONS)
def test_a_bad_question_names_file_question_and_fault(
    tmp_path: Path, body: str, expected: list[str]
) -> None:
    message = load_error(tmp_path, one_question(body))
    for part in expected:
        assert part in message


def test_duplicate_question_id_within_a_form(tmp_path: Path) -> None:
    twice = GOOD_QUESTIONS.replace('id = "q_pick"', 'id = "q_name"')
    message = load_error(tmp_path, HEADER + SECTION + twice)
    assert "question 'q_name'" in message and "used twice" in message


def test_duplicate_section_id(tmp_path: Path) -> None:
    message = load_error(tmp_path, HEADER + SECTION + GOOD_QUESTIONS + SECTION
                         + GOOD_QUESTIONS.replace("q_", "z_"))
    assert "section 'first'" in message and "used twice" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(HEADER.replace('title = "A test"\n', "") + SECTION + GOOD_QUESTIONS,
                     ["the form", "missing 'title'"], id="form without title"),
        pytest.param(HEADER + 'colour = "red"\n' + SECTION + GOOD_QUESTIONS,
                     ["the form", "unknown key 'colour'"], id="unknown form key"),
        pytest.param(HEADER, ["the form", "at least one [[sections]]"], id="no sections"),
        pytest.param(HEADER + SECTION.replace('title = "First"\n', "") + GOOD_QUESTIONS,
                     ["section 'first'", "missing 'title'"], id="section without title"),
        pytest.param(HEADER + SECTION + 'note = "x"\n' + GOOD_QUESTIONS,
                     ["section 1", "unknown key 'note'"], id="unknown section key"),
        pytest.param(HEADER + SECTION, ["section 'first'", "at least one"],
                     id="section without questions"),
        pytest.param(HEADER + SECTION + GOOD_QUESTIONS + "[[sections.questions]\n",
                     ["not valid TOML", "line"], id="bad TOML"),
        pytest.param('id = "x"\nid = "y"\n', ["not valid TOML"], id="duplicate TOML key"),
    ],
)
def test_bad_form_or_section(tmp_path: Path, text: str, expected: list[str]) -> None:
    message = load_error(tmp_path, text)
    for part in expected:
        assert part in message


def test_bad_bytes_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_bytes(b'id = "\xff"\n')
    with pytest.raises(FormError, match="not UTF-8"):
        load_form_file(path)
    with pytest.raises(FormError, match="cannot be read"):
        load_form_file(tmp_path / "absent.toml")


def test_a_bad_form_never_shows_a_traceback(tmp_path: Path) -> None:
    # FormError is raised "from None": no chained TOML or KeyError traceback behind it.
    path = write(tmp_path, "[[sections.questions]\n")
    with pytest.raises(FormError) as info:
        load_form_file(path)
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_ids_repeated_across_forms_are_rejected(tmp_path: Path) -> None:
    first = load_form_file(write(tmp_path, HEADER + SECTION + GOOD_QUESTIONS))
    other = HEADER.replace("test_form", "other_form") + SECTION.replace("first", "second")
    second = load_form_file(write(tmp_path, other + GOOD_QUESTIONS, "other_form.toml"))
    with pytest.raises(FormError) as info:
        check_unique_across({"test_form": first, "other_form": second})
    message = str(info.value)
    assert "other_form.toml" in message and "question 'q_name'" in message
    assert "test_form.toml" in message


def use_forms_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(loader, "data_dir", lambda name: folder)
    clear_form_cache()


def test_load_all_forms_rejects_ids_shared_by_shipped_forms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for form_id in FORM_IDS:
        write(tmp_path, HEADER.replace("test_form", form_id) + SECTION + GOOD_QUESTIONS,
              f"{form_id}.toml")
    use_forms_folder(monkeypatch, tmp_path)
    try:
        with pytest.raises(FormError, match="unique across forms"):
            load_all_forms()
    finally:
        clear_form_cache()


def test_load_form_checks_the_id_and_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, HEADER + SECTION + GOOD_QUESTIONS, "safety_plan.toml")
    use_forms_folder(monkeypatch, tmp_path)
    try:
        with pytest.raises(FormError, match="expected 'safety_plan'"):
            load_form("safety_plan")
        with pytest.raises(FormError, match="not installed"):
            load_form("release_plan")
        with pytest.raises(FormError, match="form id"):
            load_form("../secret")
    finally:
        clear_form_cache()


def test_loads_are_cached_and_the_cache_can_be_cleared() -> None:
    clear_form_cache()
    first = load_all_forms()
    assert load_form("safety_plan") is first["safety_plan"]
    again = load_all_forms()
    assert again == first and again is not first  # a fresh dict, the same forms
    assert again["release_plan"] is first["release_plan"]
    again.clear()
    assert set(load_all_forms()) == set(FORM_IDS)
    clear_form_cache()
    assert load_form("safety_plan") is not first["safety_plan"]
    assert load_form("safety_plan") == first["safety_plan"]


def test_the_forms_layer_imports_no_qt() -> None:
    folder = Path(loader.__file__).parent
    for name in ("__init__.py", "schema.py", "loader.py"):
        tree = ast.parse((folder / name).read_text(encoding="utf-8"))
        imported = {
            alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
            for alias in node.names
        } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not any(m.startswith(("PySide6", "saferplan.gui", "saferplan.storage",
                                     "saferplan.export")) for m in imported), name
    assert "saferplan.forms.loader" in sys.modules


junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5)
    | st.sampled_from(["short_text", "person", "choice", "bond_person", "q_name", "a"]),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(["id", "label", "kind", "x"]), inner, max_size=3),
    max_leaves=6,
)


def paths_in(raw: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [prefix]
    if isinstance(raw, dict):
        for key, value in raw.items():
            found += paths_in(value, (*prefix, key))
    elif isinstance(raw, list):
        for index, value in enumerate(raw):
            found += paths_in(value, (*prefix, index))
    return found


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_damaged_form_gives_a_form_error_and_nothing_else(data: st.DataObject) -> None:
    raw = tomllib.loads(HEADER + SECTION + GOOD_QUESTIONS)
    path = data.draw(st.sampled_from(paths_in(raw)[1:]))
    parent: Any = raw
    for step in path[:-1]:
        parent = parent[step]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(junk)
    try:
        loader._FormReader("damaged.toml").form(raw)
    except FormError as exc:
        assert str(exc).startswith("damaged.toml: ")
