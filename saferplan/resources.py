"""Find the data shipped with SaferPlan (question sets, assets) wherever it is installed."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


class ResourceMissingError(RuntimeError):
    """A data folder SaferPlan needs is not installed."""


def data_dir(name: str) -> Traversable:
    """Return the data folder ``name`` (``forms``, ``assets``), installed or in a checkout."""
    packaged = files("saferplan") / "_data" / name
    if packaged.is_dir():
        return packaged
    # An editable install or a source checkout: the folder sits beside the package.
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout
    raise ResourceMissingError(f"SaferPlan's '{name}' data folder is missing; reinstall SaferPlan.")
