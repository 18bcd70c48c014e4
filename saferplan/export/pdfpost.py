"""Blank a PDF's metadata (Qt always writes a Producer and XMP) and optionally encrypt it."""

from __future__ import annotations

import io
from itertools import islice
from typing import Final

_BLANK_INFO = {"/Title": "", "/Author": "", "/Creator": "", "/Producer": ""}
# Entries let go of at a time (see _let_go).
_STEP: Final = 256


def finish_pdf(data: bytes, password: str | None = None) -> bytes:
    """Return the PDF with empty Title/Author/Creator/Producer, no XMP; AES-256 with a password."""
    # Loaded here, most often in the worker thread that makes the PDF: loading pypdf takes
    # 70 ms, which the first screen to import the export package (the people, documents and
    # record lists among them) would otherwise hold the window for.
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    try:
        root = writer.root_object
        if "/Metadata" in root:
            del root[NameObject("/Metadata")]
        writer.metadata = None  # drops the dates too: when it was printed is nobody's business
        writer.add_metadata(_BLANK_INFO)
        # The XMP stream is still an object in the file until unreferenced objects are dropped.
        writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
        if password:
            writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    finally:
        _let_go(writer, reader)


def _let_go(*holders: object) -> None:
    """Empty the tables of pypdf's reader and writer a few entries at a time.

    pypdf's objects point back at their reader or writer, so left alone they would be freed
    only by Python's cycle collector, all in one pass that keeps Python's lock: a record of
    10,000 entries left some 89,000 objects, 40–120 ms of every thread, the GUI thread too, at
    a moment Python chooses. Let go of here, they are freed as they go, with Python running,
    and so letting other threads run, between the steps.
    """
    for holder in holders:
        for table in list(vars(holder).values()):
            if isinstance(table, list):
                while table:
                    del table[-_STEP:]
            elif isinstance(table, dict):
                while table:
                    for key in list(islice(table, _STEP)):
                        del table[key]
