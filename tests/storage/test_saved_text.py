"""Every save removes hidden characters, whichever screen typed them (model/text_rules.py)."""

from __future__ import annotations

from pathlib import Path

from storage_support import PASS

from saferplan.model import LogEntry, Person, PlanDocument
from saferplan.storage import PlanFile, read_plan


def test_a_save_removes_hidden_characters_and_a_clean_plan_is_saved_as_is(
        tmp_path: Path) -> None:
    doc = PlanDocument("ar", [Person("p1", "Lan", "555 0101", notes="سطر\u200f\nline")])
    plan = PlanFile.create(tmp_path / "p.dat", PASS, doc)
    assert read_plan(tmp_path / "p.dat", PASS)[0] == doc  # marks and LF in notes stay
    doc.people[0].phone = "555 \u202e0101"  # set directly, as a screen without a rule would
    doc.people[0].name = "L\x1ban"
    plan.save(doc)
    plan.close()
    saved = read_plan(tmp_path / "p.dat", PASS)[0].people[0]
    assert (saved.name, saved.phone, saved.notes) == ("Lan", "555 0101", "سطر\u200f\nline")


def test_a_plan_opens_exactly_as_it_was_saved(tmp_path: Path) -> None:
    # Found by the round-trip property test: opening turned these into what a save kept.
    doc = PlanDocument("en", [Person("p1", "Lan\nPham", "²55 0101", notes="two\nlines"),
                              Person("p2", "Mai\tTran", "555")])
    doc.log = [LogEntry(when="2026-11-02", where="the\nstation", what="first\nsecond", id="e1")]
    with PlanFile.create(tmp_path / "p.dat", PASS, doc):
        pass
    opened = read_plan(tmp_path / "p.dat", PASS)[0]
    assert opened == doc
    assert [(p.name, p.phone) for p in opened.people] == [("LanPham", "255 0101"),
                                                          ("MaiTran", "555")]
    assert (opened.log[0].where, opened.log[0].what) == ("thestation", "first\nsecond")
    assert opened.people[0].notes == "two\nlines"  # multi-line text keeps its lines
