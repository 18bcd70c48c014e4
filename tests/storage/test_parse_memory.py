"""Reading and parsing a large plan file copies none of its bytes (issue 17, item 6)."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest
from storage_support import PASS

from saferplan.model import Answer, Plan, PlanDocument
from saferplan.storage import TEST_KDF, PlanFile, check_plan, read_plan
from saferplan.storage import fileformat as ff
from saferplan.storage.filestate import Layout, fingerprint, read_file, read_fingerprint
from saferplan.storage.kdf import secret_bytes
from saferplan.storage.plan_bytes import load_contents

MIB = 1024 * 1024


@pytest.fixture(scope="module")
def large_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plan file of about 24 MiB, nearly all of it payload (answer text in the plan JSON),
    with its backup."""
    doc = PlanDocument(language="en")
    doc.plans.append(Plan(id="s1", form="safety_plan", answers={}))
    text = os.urandom(MIB // 2).hex()
    for number in range(24):
        doc.plans[0].answers[f"q{number}"] = Answer("answered", text)
    path = tmp_path_factory.mktemp("large") / "notes.dat"
    plan = PlanFile.create(path, PASS, doc, TEST_KDF)
    plan.save(doc)  # and a backup
    plan.close()
    return path


def _peak(step: object) -> int:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        result = step()  # type: ignore[operator]
        peak = tracemalloc.get_traced_memory()[1]
        del result
    finally:
        tracemalloc.stop()
    return peak


def test_reading_and_parsing_peaks_at_most_one_and_a_half_times_the_file(
        large_plan: Path) -> None:
    size = large_plan.stat().st_size
    assert size > 20 * MIB

    def read_and_parse() -> ff.ParsedFile:
        data, _ = read_file(large_plan)
        return ff.parse(data)

    assert _peak(read_and_parse) <= 1.5 * size


def test_the_parsed_payload_is_a_view_of_the_file_bytes(large_plan: Path) -> None:
    data, _ = read_file(large_plan)
    parsed = ff.parse(data)
    assert parsed.payload.obj is data and parsed.chunk_area.obj is data
    assert len(parsed.payload) > 20 * MIB


def test_fingerprinting_the_file_read_copies_none_of_it(large_plan: Path) -> None:
    data, stat = read_file(large_plan)
    layout = Layout(len(data) - len(ff.parse(data).chunk_area))
    assert _peak(lambda: fingerprint(data, stat, layout)) < MIB
    assert fingerprint(data, stat, layout) == read_fingerprint(large_plan, layout)


def test_checking_file_and_backup_peaks_no_higher_than_opening_one(large_plan: Path) -> None:
    def open_one() -> object:
        data, _ = read_file(large_plan)
        return load_contents(ff.decrypt_with_passphrase(data, secret_bytes(PASS))[2])

    one = _peak(open_one)
    both = _peak(lambda: check_plan(large_plan, PASS))
    assert both <= 1.1 * one


def test_read_plan_frees_the_file_bytes_before_reading_the_plan(large_plan: Path) -> None:
    def open_one() -> object:
        data, _ = read_file(large_plan)
        return load_contents(ff.decrypt_with_passphrase(data, secret_bytes(PASS))[2])

    one, size = _peak(open_one), large_plan.stat().st_size
    assert _peak(lambda: read_plan(large_plan, PASS)) <= one - size / 2
