"""The private record: entries, attachments, limits, search and file kinds (model/record.py)."""

from __future__ import annotations

from datetime import date

import pytest

from saferplan.model import (
    MAX_ATTACHMENT_BYTES,
    MAX_TOTAL_ATTACHMENT_BYTES,
    Attachment,
    AttachmentTooLargeError,
    LogEntry,
    PlanDocument,
    add_attachment,
    add_entry,
    attachment_bytes_total,
    entries_newest_first,
    is_valid_when,
    media_type_for,
    remove_attachment,
    remove_entry,
    search_entries,
)

TODAY = date(2026, 11, 5)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))


def doc_with_people() -> PlanDocument:
    doc = PlanDocument()
    doc.add_person("Lan Nguyễn")
    doc.add_person("陈美玲")
    return doc


# -- entries and attachments -------------------------------------------------------------------
def test_entries_and_attachments_get_new_ids_that_no_other_item_uses() -> None:
    doc = doc_with_people()
    first = add_entry(doc, "2026-11-01T21:30", "Toronto", "note")
    photo = add_attachment(doc, "photo.png", "image/png", PNG, TODAY)
    second = add_entry(doc, "2026-11-02", attachments=[photo.id])
    assert [first.id, second.id] == ["e1", "e2"]
    assert photo.id == "a1" and photo.added == "2026-11-05" and photo.data == PNG
    assert doc.attachments == {"a1": photo}
    assert doc.log == [first, second]
    assert doc.new_id("e") == "e3" and doc.new_id("a") == "a2"


def test_add_entry_keeps_people_and_attachments_once_in_order() -> None:
    doc = doc_with_people()
    a1 = add_attachment(doc, "a", "image/png", PNG, TODAY)
    a2 = add_attachment(doc, "b", "text/plain", b"hi", TODAY)
    entry = add_entry(doc, "2026-11-01", people=["p2", "p1", "p2"],
                      attachments=(a2.id, a1.id, a2.id))
    assert entry.people == ["p2", "p1"]
    assert entry.attachments == ["a2", "a1"]


def test_add_entry_refuses_unknown_ids_and_bad_dates() -> None:
    doc = doc_with_people()
    with pytest.raises(KeyError):
        add_entry(doc, "2026-11-01", people=["p9"])
    with pytest.raises(KeyError):
        add_entry(doc, "2026-11-01", attachments=["a1"])
    for when in ("yesterday", "2026-13-01", "2026-11-01 21:30", "2026-11-01T25:00"):
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            add_entry(doc, when)
    assert doc.log == []


@pytest.mark.parametrize(("when", "ok"), [
    ("", True), ("2026-02-28", True), ("2026-02-28T23:59", True), ("2026-02-30", False),
    ("2026-2-28", False), ("2026-02-28T23:59:00", False), ("28/02/2026", False),
    ("2026-02-28\n", False), ("2026-02-28T23:59\n", False)])
def test_is_valid_when(when: str, ok: bool) -> None:
    assert is_valid_when(when) is ok


def test_remove_attachment_drops_it_from_every_entry() -> None:
    doc = doc_with_people()
    a1 = add_attachment(doc, "a", "image/png", PNG, TODAY)
    a2 = add_attachment(doc, "b", "image/png", PNG, TODAY)
    e1 = add_entry(doc, "2026-11-01", attachments=[a1.id, a2.id])
    e2 = add_entry(doc, "2026-11-02", attachments=[a1.id])
    remove_attachment(doc, a1.id)
    assert list(doc.attachments) == ["a2"]
    assert e1.attachments == ["a2"] and e2.attachments == []
    with pytest.raises(KeyError):
        remove_attachment(doc, a1.id)


def test_remove_entry_removes_only_files_no_other_entry_uses() -> None:
    doc = doc_with_people()
    shared = add_attachment(doc, "shared", "image/png", PNG, TODAY)
    own = add_attachment(doc, "own", "application/pdf", b"%PDF-1.7", TODAY)
    loose = add_attachment(doc, "loose", "text/plain", b"x", TODAY)
    e1 = add_entry(doc, "2026-11-01", attachments=[shared.id, own.id])
    e2 = add_entry(doc, "2026-11-02", attachments=[shared.id])
    remove_entry(doc, e1.id)
    assert doc.log == [e2]
    assert list(doc.attachments) == [shared.id, loose.id]
    remove_entry(doc, e2.id)
    assert list(doc.attachments) == [loose.id]
    with pytest.raises(KeyError):
        remove_entry(doc, e2.id)


def test_remove_entry_given_the_entry_removes_that_very_one_even_among_repeated_ids() -> None:
    doc = doc_with_people()
    photo = add_attachment(doc, "door.png", "image/png", PNG, TODAY)
    first = add_entry(doc, "2026-11-01", "first")
    second = add_entry(doc, "2026-11-02", "second", attachments=[photo.id])
    second.id = first.id  # as an old file may have it
    remove_entry(doc, second)
    assert doc.log == [first] and doc.log[0] is first
    assert photo.id not in doc.attachments  # its file went with it
    with pytest.raises(KeyError):
        remove_entry(doc, second)  # not in the record any more
    twin = LogEntry(first.when, first.where, first.what, id=first.id)
    assert twin == first
    with pytest.raises(KeyError):
        remove_entry(doc, twin)  # equal, but not an entry of this record
    assert doc.log == [first]


def test_remove_entry_reads_no_field_of_each_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = PlanDocument()
    photo = add_attachment(doc, "door.png", "image/png", PNG, TODAY)
    for n in range(100):
        add_entry(doc, "2026-11-01", f"Place {n}", attachments=[photo.id] if n % 2 else [])
    reads: list[str] = []
    for name in ("id", "attachments"):
        field = vars(LogEntry)[name]
        monkeypatch.setattr(LogEntry, name, property(
            lambda entry, field=field, name=name: reads.append(name) or field.__get__(entry),
            getattr(field, "fset", None) or field.__set__))
    remove_entry(doc, "e52")  # the 51st entry, with the file: the other entries keep it
    assert len(doc.log) == 99 and photo.id in doc.attachments
    assert len(reads) <= 2  # the entry removed only, not a Python call for each entry
    reads.clear()
    remove_entry(doc, doc.log[60])  # the entry itself
    assert len(doc.log) == 98 and photo.id in doc.attachments
    assert len(reads) <= 2


def test_remove_person_drops_them_from_entries() -> None:
    doc = doc_with_people()
    entry = add_entry(doc, "2026-11-01", people=["p1", "p2"])
    doc.remove_person("p1")
    assert entry.people == ["p2"]
    assert [p.id for p in doc.people] == ["p2"]


def test_attachment_repr_never_shows_the_bytes() -> None:
    attachment = Attachment("a1", "n", "text/plain", "2026-11-05", b"secret words")
    assert "secret" not in repr(attachment)


def test_add_attachment_refuses_kinds_the_record_does_not_keep() -> None:
    doc = PlanDocument()
    with pytest.raises(ValueError, match="kind of file"):
        add_attachment(doc, "x.exe", "application/octet-stream", b"MZ", TODAY)
    assert doc.attachments == {}


# -- limits ----------------------------------------------------------------------------------
def test_a_file_exactly_at_the_limit_is_kept() -> None:
    doc = PlanDocument()
    attachment = add_attachment(doc, "big.pdf", "application/pdf",
                                b"%PDF-" + bytes(MAX_ATTACHMENT_BYTES - 5), TODAY)
    assert len(attachment.data) == MAX_ATTACHMENT_BYTES


def test_one_byte_over_the_limit_is_refused_calmly() -> None:
    doc = PlanDocument()
    with pytest.raises(AttachmentTooLargeError) as caught:
        add_attachment(doc, "my secret name.pdf", "application/pdf",
                       bytes(MAX_ATTACHMENT_BYTES + 1), TODAY)
    message = str(caught.value)
    assert "20 MB" in message and "smaller copy" in message
    assert "secret" not in message  # the file's name is never in the message
    assert caught.value.limit == MAX_ATTACHMENT_BYTES and not caught.value.whole_plan
    assert isinstance(caught.value, ValueError)
    assert doc.attachments == {}


def test_the_plan_total_is_limited() -> None:
    doc = PlanDocument()
    block = bytes(MAX_ATTACHMENT_BYTES)  # one object shared by all, so the test stays light
    count = MAX_TOTAL_ATTACHMENT_BYTES // MAX_ATTACHMENT_BYTES
    for _ in range(count):
        add_attachment(doc, "f", "text/plain", block, TODAY)
    assert attachment_bytes_total(doc) == MAX_TOTAL_ATTACHMENT_BYTES  # exactly at the limit
    with pytest.raises(AttachmentTooLargeError) as caught:
        add_attachment(doc, "one more", "text/plain", b"x", TODAY)
    assert caught.value.whole_plan and caught.value.limit == MAX_TOTAL_ATTACHMENT_BYTES
    assert "200 MB" in str(caught.value) and "remove" in str(caught.value)
    assert len(doc.attachments) == count
    remove_attachment(doc, "a1")
    add_attachment(doc, "fits again", "text/plain", b"x", TODAY)


# -- order and search ------------------------------------------------------------------------
def test_entries_newest_first_orders_by_date_then_added_order() -> None:
    doc = PlanDocument()
    old = add_entry(doc, "2025-01-31")
    same_day = add_entry(doc, "2026-11-01")
    timed = add_entry(doc, "2026-11-01T08:00")
    newest = add_entry(doc, "2026-11-02T00:00")
    undated = add_entry(doc, "")
    same_day_later_added = add_entry(doc, "2026-11-01")
    assert entries_newest_first(doc) == [newest, timed, same_day_later_added, same_day, old,
                                         undated]


def test_free_text_dates_from_old_files_come_last() -> None:
    doc = PlanDocument()
    add_entry(doc, "2026-11-01")
    doc.log[0].when = "last spring"
    dated = add_entry(doc, "2020-01-01")
    assert entries_newest_first(doc)[0] is dated


def record_for_search() -> PlanDocument:
    doc = doc_with_people()
    photo = add_attachment(doc, "Ảnh CHỤP cửa", "image/png", PNG, TODAY)
    add_entry(doc, "2026-10-01", "Straße 5", "Er kam ZURÜCK")
    add_entry(doc, "2026-11-01T21:30", "Toronto", "gọi cảnh sát", people=["p2"])
    add_entry(doc, "2026-11-03", "", "", attachments=[photo.id])
    add_entry(doc, "2026-09-09", "Toronto", "nothing", people=["p1"])
    return doc


@pytest.mark.parametrize(("text", "expected"), [
    ("toronto", ["e2", "e4"]),           # case-insensitive, newest first
    ("GỌI CẢNH", ["e2"]),                # non-ASCII upper case
    ("strasse", ["e1"]),                 # full case folding (ß)
    ("zurück", ["e1"]),
    ("美玲", ["e2"]),                     # a person's name
    ("lan nguyễn", ["e4"]),
    ("chụp", ["e3"]),                    # an attachment's name
    ("2026-11", ["e3", "e2"]),           # the date
    ("ca\u0309nh", ["e2"]),              # decomposed accents match composed text
    ("nowhere", []),
    ("  ", ["e3", "e2", "e1", "e4"]),    # empty search: everything, newest first
])
def test_search_entries(text: str, expected: list[str]) -> None:
    assert [e.id for e in search_entries(record_for_search(), text)] == expected


# -- file kinds ------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "data", "expected"), [
    ("photo.png", PNG, "image/png"),
    ("renamed.txt", PNG, "image/png"),                 # the bytes win over the name
    ("p.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
    ("g", b"GIF87a....", "image/gif"),
    ("g.gif", b"GIF89a....", "image/gif"),
    ("w.webp", b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
    ("doc", b"%PDF-1.4\n", "application/pdf"),
    ("notes.txt", "ghi chú 🌸".encode(), "text/plain"),
    ("NOTES.TXT", b"", "text/plain"),
    ("notes.txt", b"\xff\xfeh\x00i\x00", None),         # not UTF-8
    ("notes.md", b"plain words", None),                  # text, but not a .txt
    ("a.png", b"\x89PNG", None),                         # too short to be a PNG
    ("w.webp", b"RIFF\x10\x00\x00\x00WAVEfmt ", None),   # RIFF, but sound
    ("x.exe", b"MZ\x90\x00", None),
    ("x.pdf", b" %PDF-1.4", None),
])
def test_media_type_for(name: str, data: bytes, expected: str | None) -> None:
    assert media_type_for(name, data) == expected
