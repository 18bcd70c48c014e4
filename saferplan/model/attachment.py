"""A file kept in the private record, whose bytes may stay encrypted until they are needed.

No Qt, no storage. An attachment holds either its bytes (a file just added, or read from
plan JSON) or a ``StoredContent``: a handle that storage gives for a file kept encrypted in
the plan file, which decrypts the bytes each time they are asked for and keeps nothing. So a
plan with 100 MB of photos does not hold 100 MB in memory while it is open
(docs/architecture.md, "Attachments stay encrypted until needed").
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Protocol


class ContentUnavailableError(Exception):
    """A kept file's bytes cannot be read now (the plan was locked, or its file was damaged).

    ``str()`` is a calm message for the person; it never names the file.
    """

    def __init__(self, message: str = "This file cannot be read now. "
                                      "Open the plan again and try once more.") -> None:
        super().__init__(message)


class StoredContent(Protocol):
    """The bytes of a kept file, kept elsewhere (encrypted): read on demand."""

    @property
    def size(self) -> int:
        """How many bytes the file has."""
        ...

    @property
    def sha256(self) -> str:
        """The SHA-256 of the file's bytes, in lowercase hex (checked when it was stored)."""
        ...

    def read(self) -> bytes:
        """Return the file's bytes; ContentUnavailableError if they cannot be read now."""
        ...


# Each attachment's bytes by id, when plan JSON leaves them out: in memory, or stored (encrypted).
Files = Mapping[str, "bytes | memoryview | StoredContent"]


class Attachment:
    """A file kept in the private record (a photo, a PDF, a text); model/record.py manages them.

    ``data`` gives the bytes: held in memory, or read from ``stored`` each time (decrypted
    then, and not kept). ``size`` and ``sha256()`` never need the bytes of a stored file.
    Two attachments are equal when their details and their bytes' digest are.
    """

    __slots__ = ("_bytes", "_digest", "added", "id", "media_type", "name", "stored")

    def __init__(self, id: str, name: str, media_type: str, added: str,
                 data: bytes | StoredContent) -> None:
        self.id = id
        self.name = name
        self.media_type = media_type
        self.added = added
        self._bytes: bytes | None = None
        self._digest: str | None = None
        self.stored: StoredContent | None = None
        if isinstance(data, bytes | bytearray | memoryview):
            self._bytes = bytes(data)
        else:
            self.stored = data

    @property
    def data(self) -> bytes:
        """The file's bytes (for a stored file: decrypted now; ContentUnavailableError)."""
        held, stored = self._bytes, self.stored  # once each: keep_stored may run meanwhile
        if held is not None:
            return held
        assert stored is not None
        return stored.read()

    @data.setter
    def data(self, value: bytes) -> None:
        self._bytes, self._digest, self.stored = bytes(value), None, None

    @property
    def size(self) -> int:
        """How many bytes the file has."""
        held = self._bytes
        return len(held) if held is not None else self._stored().size

    def sha256(self) -> str:
        """Return the SHA-256 of the file's bytes in hex (computed once for bytes in memory)."""
        if self.stored is not None:
            return self.stored.sha256
        if self._digest is None:
            self._digest = hashlib.sha256(self.data).hexdigest()
        return self._digest

    def keep_stored(self, stored: StoredContent) -> None:
        """Let go of the bytes in memory: from now on they are read from ``stored``.

        Storage calls this once the same bytes are safely in the plan file. A ``stored``
        with another size or digest is refused (ValueError): the bytes would change.
        """
        if stored.size != self.size or stored.sha256 != self.sha256():
            raise ValueError("the stored file is not this attachment's")
        self.stored, self._bytes, self._digest = stored, None, None

    def _stored(self) -> StoredContent:
        assert self.stored is not None
        return self.stored

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Attachment):
            return NotImplemented
        return ((self.id, self.name, self.media_type, self.added, self.size)
                == (other.id, other.name, other.media_type, other.added, other.size)
                and self.sha256() == other.sha256())

    __hash__ = None  # type: ignore[assignment]  # mutable, like the other model classes

    def __repr__(self) -> str:
        # Never the bytes: they must not reach a log or a traceback.
        return (f"Attachment(id={self.id!r}, name={self.name!r}, media_type={self.media_type!r},"
                f" added={self.added!r}, size={self.size})")
