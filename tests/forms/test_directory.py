"""The organisation directory from the guide: shipped data, validation, search, adding to a plan."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from saferplan.forms.directory import (
    ADDED_NOTE,
    Directory,
    DirectoryError,
    Organisation,
    add_to_plan,
    load_directory,
    read_directory,
)
from saferplan.model import ROLES, PlanDocument

REPO_ROOT = Path(__file__).resolve().parents[2]
GUIDE = (
    REPO_ROOT.parent
    / "shared"
    / "guide"
    / "pathway-to-end-violence-against-migrant-sex-workers-2020.txt"
)
# A phone number as printed: digit groups joined by dashes, with an optional extension.
NUMBER = re.compile(r"\d[\d-]*\d(?: ext\. \d+)?")


@pytest.fixture(scope="module")
def directory() -> Directory:
    return load_directory()


@pytest.fixture(scope="module")
def guide_text() -> str:
    if not GUIDE.is_file():
        pytest.skip("the guide text is not next to this checkout")
    return GUIDE.read_text(encoding="utf-8")


def _resources_section(guide_text: str) -> str:
    # The second "Resources and Referrals" is the section; the first is the table of contents.
    heading = "Resources and Referrals"
    start = guide_text.index(heading, guide_text.index(heading) + 1)
    return guide_text[start:]


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "test-dir.toml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


VALID = """\
    as_of = "2020-01"
    note = "Check it."

    [[categories]]
    id = "legal"
    label = "Legal help"

    [[organisations]]
    id = "clinic-a"
    name = "Clinic A"
    phones = ["416-555-0100", "Toll-free: 1-800-555-0100"]
    website = "www.example.org"
    offers = "Free legal help."
    category = "legal"
    role = "legal_clinic"
"""


# --- the shipped directory ---------------------------------------------------------------


def test_shipped_directory_loads_with_date_and_note(directory: Directory) -> None:
    assert directory.as_of == "2020-01"
    assert "January 2020" in directory.note
    assert "check" in directory.note.lower()
    assert len(directory.organisations) >= 40
    assert len(directory.categories) >= 5


def test_load_directory_is_cached(directory: Directory) -> None:
    assert load_directory() is directory


def test_every_organisation_is_complete(directory: Directory) -> None:
    category_ids = {c.id for c in directory.categories}
    for org in directory.organisations:
        assert org.name.strip(), org.id
        assert org.offers.strip(), org.id
        assert org.category in category_ids, org.id
        assert org.phones or org.website, org.id
        assert org.role is None or org.role in ROLES, org.id


def test_ids_are_unique(directory: Directory) -> None:
    org_ids = [o.id for o in directory.organisations]
    cat_ids = [c.id for c in directory.categories]
    assert len(org_ids) == len(set(org_ids))
    assert len(cat_ids) == len(set(cat_ids))


def test_every_category_is_used_and_labelled(directory: Directory) -> None:
    used = {o.category for o in directory.organisations}
    for category in directory.categories:
        assert category.label.strip()
        assert category.id in used, category.id


def test_every_number_and_website_appears_in_the_guide(
    directory: Directory, guide_text: str
) -> None:
    section = _resources_section(guide_text)
    for org in directory.organisations:
        for phone in org.phones:
            numbers = NUMBER.findall(phone)
            assert numbers, (org.id, phone)
            for number in numbers:
                assert number in section, (org.id, number)
        if org.website:
            assert org.website in section, (org.id, org.website)
        assert org.name in section, org.id


def test_every_organisation_in_the_guide_tables_is_listed(
    directory: Directory, guide_text: str
) -> None:
    # Each table row is "name<TAB>contact<TAB>services"; the header row is "Organization".
    rows = [
        line.split("\t")[0]
        for line in _resources_section(guide_text).splitlines()
        if line.count("\t") == 2 and not line.startswith("Organization\t")
    ]
    names = {o.name for o in directory.organisations}
    assert len(rows) >= 40
    assert [row for row in rows if row not in names] == []


@pytest.mark.parametrize(
    ("org_id", "phone", "website"),
    [
        ("butterfly", "416-906-3098", "www.butterflysw.org"),
        ("assaulted-womens-helpline", "Toll-free: 1-866-863-0511", "www.awhl.org"),
        ("csalc", "1-844-971-9674", "www.csalc.ca"),
        ("maggies", "416-964-0150", "www.maggiestoronto.ca"),
        ("migrant-workers-alliance", "1-855-567-4722 ext. 700", "www.migrantworkersalliance.org"),
    ],
)
def test_spot_check_organisations_from_the_guide(
    directory: Directory, guide_text: str, org_id: str, phone: str, website: str
) -> None:
    org = directory.organisation(org_id)
    assert org is not None
    assert phone in org.phones
    assert org.website == website
    assert NUMBER.findall(phone)[0] in guide_text
    assert website in guide_text


def test_load_directory_rejects_a_path_like_name() -> None:
    with pytest.raises(DirectoryError):
        load_directory("../../etc/passwd")


def test_load_directory_names_a_missing_file() -> None:
    with pytest.raises(DirectoryError, match="no-such-directory"):
        load_directory("no-such-directory")


# --- search --------------------------------------------------------------------------------


def test_search_is_case_insensitive_over_name_and_offers(directory: Directory) -> None:
    by_name = directory.search("bUtTeRfLy")
    assert "butterfly" in [o.id for o in by_name]
    by_offers = [o.id for o in directory.search("FRENCH")]
    assert "femaide" in by_offers
    for org in directory.search("refugee"):
        assert "refugee" in (org.name + org.offers).lower()


def test_search_finds_a_phone_number_with_or_without_dashes(directory: Directory) -> None:
    assert [o.id for o in directory.search("416-906-3098")] == ["butterfly"]
    assert [o.id for o in directory.search("4169063098")] == ["butterfly"]


def test_search_by_category(directory: Directory) -> None:
    everything = directory.search("")
    assert len(everything) == len(directory.organisations)
    clinics = directory.search("", category="legal_clinic")
    assert clinics
    assert all(o.category == "legal_clinic" for o in clinics)
    assert len(clinics) < len(everything)
    assert directory.search("butterfly", category="legal_clinic") == []


def test_search_with_no_match_is_empty(directory: Directory) -> None:
    assert directory.search("zzz-nothing-like-this") == []


# --- adding to a plan ------------------------------------------------------------------------


def _org(**changes: object) -> Organisation:
    values: dict[str, object] = {
        "id": "x",
        "name": "Clinic A",
        "phones": ("416-555-0100", "TTY: 416-555-0101"),
        "website": "www.example.org",
        "offers": "Legal help.",
        "category": "legal",
        "role": "legal_clinic",
    }
    values.update(changes)
    return Organisation(**values)  # type: ignore[arg-type]


def test_add_to_plan_adds_a_person_with_role_and_dated_note() -> None:
    doc = PlanDocument()
    person = add_to_plan(doc, _org())
    assert doc.people == [person]
    assert person.name == "Clinic A"
    assert person.phone == "416-555-0100"
    assert person.roles == ["legal_clinic"]
    assert "TTY: 416-555-0101" in person.notes
    assert "www.example.org" in person.notes
    assert ADDED_NOTE in person.notes
    assert "January 2020" in ADDED_NOTE


def test_add_to_plan_role_overrides_the_suggestion_and_person_stays_editable() -> None:
    doc = PlanDocument()
    person = add_to_plan(doc, _org(), role="support_worker")
    assert person.roles == ["support_worker"]
    person.name = "My clinic"
    person.phone = "416-555-0199"
    assert doc.people[0].name == "My clinic"
    doc.remove_person(person.id)
    assert doc.people == []


def test_add_to_plan_without_phone_or_role() -> None:
    doc = PlanDocument()
    person = add_to_plan(doc, _org(phones=(), role=None))
    assert person.phone == ""
    assert person.roles == []
    assert person.notes.splitlines() == ["www.example.org", ADDED_NOTE]


def test_add_to_plan_twice_gives_two_people(directory: Directory) -> None:
    doc = PlanDocument()
    org = directory.organisation("butterfly")
    assert org is not None
    first = add_to_plan(doc, org)
    second = add_to_plan(doc, org)
    assert first.id != second.id
    assert first.phone == "416-906-3098"


def test_add_to_plan_rejects_an_unknown_role() -> None:
    with pytest.raises(ValueError, match="unknown role"):
        add_to_plan(PlanDocument(), _org(), role="not_a_role")


# --- bad files ---------------------------------------------------------------------------------


def test_valid_test_file_reads(tmp_path: Path) -> None:
    directory = read_directory(_write(tmp_path, VALID))
    assert [o.id for o in directory.organisations] == ["clinic-a"]
    assert directory.organisations[0].phones == ("416-555-0100", "Toll-free: 1-800-555-0100")


@pytest.mark.parametrize(
    ("old", "new", "entry", "problem"),
    [
        ('category = "legal"\nrole', 'category = "nope"\nrole', "clinic-a", "unknown category"),
        ('role = "legal_clinic"', 'role = "wizard"', "clinic-a", "unknown role"),
        ('name = "Clinic A"\n', "", "clinic-a", "missing 'name'"),
        ('name = "Clinic A"', 'name = "  "', "clinic-a", "'name'"),
        ('id = "clinic-a"\n', "", "organisation #1", "missing 'id'"),
        ('website = "www.example.org"', 'website = "www.example.org"\nfax = "1"', "clinic-a",
         "unknown key 'fax'"),
        ('phones = ["416-555-0100", "Toll-free: 1-800-555-0100"]\nwebsite = "www.example.org"\n',
         "", "clinic-a", "phone number or a website"),
        ('phones = ["416-555-0100", "Toll-free: 1-800-555-0100"]', "phones = [416]", "clinic-a",
         "'phones'"),
    ],
)
def test_bad_entry_names_file_and_entry(
    tmp_path: Path, old: str, new: str, entry: str, problem: str
) -> None:
    body = textwrap.dedent(VALID)
    assert old in body
    path = _write(tmp_path, body.replace(old, new))
    with pytest.raises(DirectoryError) as info:
        read_directory(path)
    message = str(info.value)
    assert "test-dir.toml" in message
    assert entry in message
    assert problem in message
    assert info.value.entry == entry


def test_duplicate_id_names_the_entry(tmp_path: Path) -> None:
    org = VALID[VALID.index("    [[organisations]]"):]
    path = _write(tmp_path, VALID + "\n" + org)
    with pytest.raises(DirectoryError, match=r"test-dir\.toml.*clinic-a.*duplicate"):
        read_directory(path)


def test_bad_toml_names_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, VALID + "\n    this is not toml\n")
    with pytest.raises(DirectoryError, match=r"test-dir\.toml.*not valid TOML"):
        read_directory(path)


def test_missing_date_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, VALID.replace('as_of = "2020-01"\n', ""))
    with pytest.raises(DirectoryError, match="as_of"):
        read_directory(path)


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(DirectoryError, match=r"gone\.toml"):
        read_directory(tmp_path / "gone.toml")
