"""Blank a PDF's metadata (Qt always writes a Producer and XMP) and optionally encrypt it."""

from __future__ import annotations

import io
from collections.abc import Mapping
from itertools import islice
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from pypdf import PdfWriter

    from saferplan.export.pdf_pictures import Jpeg

_BLANK_INFO = {"/Title": "", "/Author": "", "/Creator": "", "/Producer": ""}
# Entries let go of at a time (see _let_go).
_STEP: Final = 256


def finish_pdf(data: bytes, password: str | None = None,
               pictures: Mapping[tuple[int, int], Jpeg] | None = None) -> bytes:
    """Return the PDF with empty Title/Author/Creator/Producer, no XMP; AES-256 with a password.

    ``pictures``: the JPEG to put in place of each placeholder image, by the placeholder's
    (width, height) (export/pdf_pictures.py).
    """
    # Loaded here, most often in the worker thread that makes the PDF: loading pypdf takes
    # 70 ms, which the first screen to import the export package (the people, documents and
    # record lists among them) would otherwise hold the window for.
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    try:
        if pictures:
            _put_pictures(writer, pictures)
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


def _put_pictures(writer: PdfWriter, pictures: Mapping[tuple[int, int], Jpeg]) -> None:
    """Put each picture's JPEG in the place of its placeholder (left unused, then dropped)."""
    from pypdf.generic import DecodedStreamObject, NameObject, NumberObject

    from saferplan.export.pdf_pictures import picture_failed

    placed: dict[tuple[int, int], object] = {}  # placeholder size: the picture put there
    ours: set[int] = set()
    for page in writer.pages:
        resources = page.get("/Resources")
        images = resources.get_object().get("/XObject") if resources is not None else None
        if images is None:
            continue
        images = images.get_object()
        for name in list(images):
            image = images[name].get_object()
            if image.get("/Subtype") != "/Image" or id(image) in ours:
                continue
            size = (int(image["/Width"]), int(image["/Height"]))
            picture = pictures.get(size)
            if picture is None:
                continue
            if size not in placed:
                stream = DecodedStreamObject()
                stream.set_data(picture.data)
                stream.update({
                    NameObject("/Type"): NameObject("/XObject"),
                    NameObject("/Subtype"): NameObject("/Image"),
                    NameObject("/Width"): NumberObject(picture.width),
                    NameObject("/Height"): NumberObject(picture.height),
                    NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
                    NameObject("/BitsPerComponent"): NumberObject(8),
                    NameObject("/Filter"): NameObject("/DCTDecode")})
                placed[size] = writer._add_object(stream)  # pypdf has no public way
                ours.add(id(stream))
            images[NameObject(name)] = placed[size]
    if set(placed) != set(pictures):
        raise picture_failed()


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
