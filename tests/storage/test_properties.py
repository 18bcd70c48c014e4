"""Property tests: any plan survives the file unchanged; the parser only raises typed errors."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saferplan.model import (
    ANSWER_STATES,
    ROLES,
    Answer,
    Attachment,
    Document,
    LogEntry,
    Person,
    Plan,
    PlanDocument,
    dump_plan_json,
    dumps_plan_json,
)
from saferplan.model.document import MAX_PRACTICE_BOX, PracticeProgress
from saferplan.model.record import ACCEPTED_MEDIA_TYPES as MEDIA_TYPES
from saferplan.storage import TEST_KDF, PlanFile, StorageError, payload_info
from saferplan.storage import fileformat as ff
from saferplan.storage.kdf import secret_bytes
from saferplan.storage.plan_bytes import build_file_bytes

ids = st.from_regex(r"[A-Za-z0-9_.-]{1,12}", fullmatch=True)
text = st.text(max_size=40)  # any Unicode except lone surrogates


@st.composite
def plans(draw: st.DrawFn) -> PlanDocument:
    people_ids = draw(st.lists(ids, max_size=4, unique=True))
    people = [Person(id=i, name=draw(text), phone=draw(text),
                     roles=draw(st.lists(st.sampled_from(ROLES), max_size=3, unique=True)),
                     memorize=draw(st.booleans()), notes=draw(text)) for i in people_ids]
    doc_ids = draw(st.lists(ids.filter(lambda i: i not in people_ids), max_size=3, unique=True))
    documents = [Document(id=i, what=draw(text), where=draw(text),
                          copy_with=draw(st.sampled_from(["", *people_ids])), notes=draw(text))
                 for i in doc_ids]
    plan_ids = draw(st.lists(ids.filter(lambda i: i not in people_ids + doc_ids),
                             max_size=2, unique=True))
    plan_list = []
    for plan_id in plan_ids:
        answers = {}
        for qid in draw(st.lists(ids, max_size=4, unique=True)):
            state = draw(st.sampled_from(ANSWER_STATES))
            value = draw(st.one_of(text, st.lists(text, max_size=3))) \
                if state == "answered" else None
            answers[qid] = Answer(state, value)
        plan_list.append(Plan(id=plan_id, form=draw(st.sampled_from(["safety_plan",
                                                                      "release_plan"])),
                              title=draw(text), answers=answers))
    practice = {pid: PracticeProgress(
        box=draw(st.integers(0, MAX_PRACTICE_BOX)), due=draw(st.dates()),
        correct_days=draw(st.lists(st.dates(), max_size=3, unique=True)))
        for pid in draw(st.lists(st.sampled_from(people_ids), unique=True)
                        if people_ids else st.just([]))}
    files = {f"a{n}": Attachment(f"a{n}", draw(text), draw(st.sampled_from(MEDIA_TYPES)),
                                 draw(st.dates()).isoformat(), draw(st.binary(max_size=3000)))
             for n in range(1, 1 + draw(st.integers(0, 3)))}
    log = [LogEntry(when=draw(text), where=draw(text), what=draw(text), id=f"e{n}",
                    people=draw(st.lists(st.sampled_from(people_ids), unique=True))
                    if people_ids else [],
                    attachments=draw(st.lists(st.sampled_from(sorted(files)), unique=True))
                    if files else [])
           for n in range(1, 1 + draw(st.integers(0, 3)))]
    return PlanDocument(language=draw(st.sampled_from(["en", "vi", "zh_Hant", "km", "ar"])),
                        people=people, documents=documents, plans=plan_list, log=log,
                        practice=practice, attachments=files)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=plans(), later=plans(), passphrase=st.text(min_size=1, max_size=20))
def test_any_plan_round_trips_through_the_file(doc: PlanDocument, later: PlanDocument,
                                               passphrase: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.dat"
        PlanFile.create(path, passphrase, PlanDocument(), TEST_KDF).close()
        plan, _ = PlanFile.unlock(path, passphrase)
        plan.save(later)  # its chunks are cached, then reused or replaced by the next save
        plan.save(doc)
        plan.close()
        plan, loaded = PlanFile.unlock(path, passphrase)
        with plan:  # its files are read from the open file
            assert loaded == doc
            assert dumps_plan_json(loaded) == dumps_plan_json(doc)


_FILES = PlanDocument(attachments={"a1": Attachment("a1", "x", "text/plain", "2026-01-02",
                                                     b"some bytes" * 5)})
_VALID = build_file_bytes("fuzz", _FILES, TEST_KDF, with_recovery_code=True)[0]


def _decrypt(data: bytes) -> None:
    try:
        ff.decrypt_with_passphrase(data, secret_bytes("fuzz"))
    except StorageError:
        return
    raise AssertionError("a changed file opened")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=6000))
def test_random_bytes_raise_only_storage_errors(data: bytes) -> None:
    _decrypt(data)
    _decrypt(ff.MAGIC + data)
    _decrypt(_VALID[:12] + data)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(_VALID) - 1), st.integers(1, 255)),
                min_size=1, max_size=8),
       st.sampled_from(["flip", "cut", "insert"]))
def test_mutated_valid_files_raise_only_storage_errors(
        edits: list[tuple[int, int]], how: str) -> None:
    data = bytearray(_VALID)
    if how == "flip":
        for position, mask in edits:
            data[position] ^= mask
    elif how == "cut":
        position = edits[0][0]
        del data[position:position + edits[0][1]]
    else:
        data[edits[0][0]:edits[0][0]] = bytes(m for _, m in edits)
    if bytes(data) == _VALID:
        return
    _decrypt(bytes(data))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=plans())
def test_export_json_is_exactly_what_the_standard_library_writes(doc: PlanDocument) -> None:
    # export --json uses orjson for speed; its text must not change (a public contract).
    expected = json.dumps(dump_plan_json(doc), ensure_ascii=False, indent=2)
    assert dumps_plan_json(doc) == expected
    assert payload_info.split(json.loads(payload_info.stamp(dump_plan_json(doc))))[0] == \
        json.loads(expected)
