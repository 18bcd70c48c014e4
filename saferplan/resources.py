"""Find the data shipped with SaferPlan (question sets, assets) wherever it is installed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


class ResourceMissingError(RuntimeError):
    """A data folder SaferPlan needs is not installed."""


# Found once: the start screen asks for the icons' folder ten times.
_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Traversable:
    """Return the data folder ``name`` (``forms``, ``assets``), installed or in a checkout."""
    package = _PACKAGE
    # Installed (a wheel, the standalone build): the package's own folder, as files() gives it
    # for a package on disk. Found without importlib.resources, which the start screen does
    # not otherwise need (a few ms at start-up).
    installed = package / "_data" / name
    if installed.is_dir():
        return installed
    # An editable install or a source checkout: the folder sits beside the package.
    checkout = package.parent / name
    if checkout.is_dir():
        return checkout
    from importlib.resources import files  # a package that is not on disk (a zip archive)

    packaged = files("saferplan") / "_data" / name
    if packaged.is_dir():
        return packaged
    raise ResourceMissingError(f"SaferPlan's '{name}' data folder is missing; reinstall SaferPlan.")
