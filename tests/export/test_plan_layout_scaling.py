"""The plan layout engine stays linear: one layout for the whole build, one pass of page breaks."""

from __future__ import annotations

import pytest
from export_support import make_doc
from PySide6.QtGui import QTextDocument

from saferplan.export import ExportOptions, plan_layout, render_plan_pdf
from saferplan.export.plan_content import plan_blocks
from saferplan.export.targets import page_dots, page_points, paper_size
from saferplan.forms import Form
from saferplan.model import Answer, Person, PlanDocument


def _doc(forms: dict[str, Form], people: int) -> PlanDocument:
    doc = make_doc("en", forms)
    doc.people = [Person(f"q{i}", f"Person number {i}", f"+1 416 555 {i:04d}",
                         ["bond_person"], memorize=i % 2 == 0) for i in range(people)]
    doc.plans[0].answers["r_bond_person"] = Answer("answered", [p.id for p in doc.people])
    return doc


def _changes_while_building(forms: dict[str, Form], people: int,
                            monkeypatch: pytest.MonkeyPatch) -> int:
    """How often the document told its layout that its text changed while it was built (the
    page breaks set meanwhile are not counted)."""
    changes, breaks = [0], [0]
    made = plan_layout.new_page_document
    set_break = plan_layout._set_break

    def counting_document(*args: object) -> tuple[QTextDocument, object, object]:
        document, body, device = made(*args)  # type: ignore[arg-type]
        changes[0] = breaks[0] = 0
        document.contentsChanged.connect(lambda: changes.__setitem__(0, changes[0] + 1))
        return document, body, device

    def counting_break(*args: object) -> None:
        breaks[0] += 1
        set_break(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(plan_layout, "new_page_document", counting_document)
    monkeypatch.setattr(plan_layout, "_set_break", counting_break)
    render_plan_pdf(_doc(forms, people), forms, ExportOptions("en"))
    return changes[0] - breaks[0]


def test_building_lays_the_document_out_once_or_once_a_piece_of_a_long_list(
        forms: dict[str, Form], monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    few = _changes_while_building(forms, 5, monkeypatch)
    many = _changes_while_building(forms, 300, monkeypatch)
    assert few == 1  # one edit block: laid out once, not after every table cell
    # A list longer than a piece: once a piece (each list of 300 in 3), never once a row.
    assert 1 < many <= 1 + 3 * (300 // plan_layout.TABLE_PIECE_ROWS + 1) < 300


def test_a_long_list_of_people_is_made_of_short_tables_that_look_as_one(
        forms: dict[str, Form], monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    """Qt lays a table out in one call, keeping Python's lock: 1,000 rows held the GUI thread
    0.3 s while a worker made a preview (the quick exit could not act). No table is longer
    than a piece, and the pieces leave no gap: the same pages as one long table."""
    from PySide6.QtGui import QTextTable

    doc = _doc(forms, 250)
    page = page_dots(page_points(paper_size("a4")))
    pages = plan_layout.lay_out_plan(plan_blocks(doc, forms), "en", page)
    tables = [frame for frame in pages.document.rootFrame().childFrames()
              if isinstance(frame, QTextTable)]
    assert max(table.rows() for table in tables) == plan_layout.TABLE_PIECE_ROWS
    assert sum(table.rows() for table in tables) >= 250
    monkeypatch.setattr(plan_layout, "TABLE_PIECE_ROWS", 10_000)  # one table a list
    whole = plan_layout.lay_out_plan(plan_blocks(doc, forms), "en", page)
    assert whole.page_count == pages.page_count


def test_no_short_paragraph_split_and_no_heading_left_at_a_page_foot(
        forms: dict[str, Form], monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    doc = _doc(forms, 300)
    for index in range(60):  # names of many lengths: the tables end at many heights
        doc.people[index].name = f"Person {index} " + "with a longer name " * (index % 7)
    kept: list[list[int]] = []
    settle = plan_layout._PageBreaks.settle

    def recording_settle(self: plan_layout._PageBreaks, *, finished: bool = False) -> None:
        kept.append(self.keep)
        settle(self, finished=finished)

    monkeypatch.setattr(plan_layout._PageBreaks, "settle", recording_settle)
    blocks = plan_blocks(doc, forms) * 3  # long enough for far more than 40 page-break moves
    pages = plan_layout.lay_out_plan(blocks, "en", page_dots(page_points(paper_size("a4"))))
    document, page_h, keep = pages.document, pages.body.height(), set(kept[-1])
    block = document.begin()
    while block.isValid():
        assert not plan_layout._needs_break(document, block, keep, page_h), block.text()[:40]
        block = block.next()
    assert pages.page_count > 20


def test_people_named_in_answers_are_found_without_a_search_each(
        forms: dict[str, Form], monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    """One index of the people per answer: a search of the whole list for each id named made
    the plan PDF quadratic in people (2,000 searches of 1,000 people)."""
    doc = _doc(forms, 300)
    searches: list[str] = []
    search = PlanDocument.person
    monkeypatch.setattr(PlanDocument, "person",
                        lambda self, pid: searches.append(pid) or search(self, pid))
    blocks = plan_blocks(doc, forms)
    assert len(searches) < 10
    assert sum("Person number 299" in block.text for block in blocks) >= 1


def test_page_breaks_are_set_where_the_plan_is_still_being_written(
        forms: dict[str, Form], monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    """Every change to the document is within the last piece written: a page break set early
    in a plan already laid out made Qt lay all the rest out again in one call that keeps
    Python's lock (1,000 people: 87 ms in which the quick exit could not act)."""
    tails: list[int] = []
    made = plan_layout.new_page_document

    def watched(*args: object) -> tuple[QTextDocument, object, object]:
        document, body, device = made(*args)  # type: ignore[arg-type]
        document.contentsChange.connect(
            lambda position, _removed, _added: tails.append(document.characterCount() - position))
        return document, body, device

    monkeypatch.setattr(plan_layout, "new_page_document", watched)
    doc = _doc(forms, 1000)
    for person in doc.people:
        person.roles = ["bond_person", "emergency_contact"]
    render_plan_pdf(doc, forms, ExportOptions("en"))
    # A piece of paragraphs and a table of TABLE_PIECE_ROWS, out of about 120,000 characters.
    assert max(tails) <= plan_layout.PIECE_CHARACTERS + 5_000


def test_a_worker_making_a_plan_steps_aside_for_the_gui_thread(
        forms: dict[str, Form], monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    """Qt's layout and painting calls let go of Python's lock and take it back at once, again
    and again, so Python never handed it to the waiting GUI thread (its timers waited 100–200 ms
    at a time while a long PDF was made). A worker steps aside for a moment at least every
    GIVE_WAY_EVERY while it lays out and paints."""
    import threading
    import time

    from saferplan.export import targets

    real_sleep = time.sleep
    steps: list[float] = []

    def noting_sleep(seconds: float) -> None:
        if threading.current_thread() is not threading.main_thread():
            steps.append(time.perf_counter())
        real_sleep(seconds)

    monkeypatch.setattr(targets.time, "sleep", noting_sleep)
    doc = _doc(forms, 1000)
    took: list[float] = []

    def make() -> None:
        start = time.perf_counter()
        render_plan_pdf(doc, forms, ExportOptions("en"))
        took.append(time.perf_counter() - start)

    worker = threading.Thread(target=make)
    worker.start()
    worker.join()
    assert len(steps) >= max(5, took[0] / (4 * targets.GIVE_WAY_EVERY)), (len(steps), took)
