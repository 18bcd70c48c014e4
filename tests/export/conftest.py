"""Printing test fixtures; the helpers live in export_support (a unique name, unlike 'conftest')."""

from export_support import forms, translated  # noqa: F401  (fixtures)
