"""Blank a PDF's metadata (Qt always writes a Producer and XMP) and optionally encrypt it."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

_BLANK_INFO = {"/Title": "", "/Author": "", "/Creator": "", "/Producer": ""}


def finish_pdf(data: bytes, password: str | None = None) -> bytes:
    """Return the PDF with empty Title/Author/Creator/Producer, no XMP; AES-256 with a password."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
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
