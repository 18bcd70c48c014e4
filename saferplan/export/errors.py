"""Errors the person can meet when printing; each message is one calm sentence with no plan data."""

from __future__ import annotations


class ExportError(Exception):
    """Printing or exporting could not be done; ``str(exc)`` says what to do, calmly."""


class MissingFontError(ExportError):
    """Some text needs a font that is not installed; the message names the script and a font."""

    def __init__(self, message: str, script: str) -> None:
        super().__init__(message)
        self.script = script


class CardOverflowError(ExportError):
    """The chosen content does not fit on the wallet card; the message says what to remove."""
