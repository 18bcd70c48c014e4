"""Walking through a plan: one question per page, a section sidebar, summaries.

The walk's modules load on first use of these names: the list screens (people, documents, the
record) need only ``walk.common``, and loading the whole walk (with the export package it
uses) the first time one of them opens held the window for some 40 ms.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from saferplan.gui.walk.adapters import ADAPTERS, adapter_for
    from saferplan.gui.walk.base import AnswerAdapter
    from saferplan.gui.walk.widget import PlanWalkWidget, outline_of

__all__ = ["ADAPTERS", "AnswerAdapter", "PlanWalkWidget", "adapter_for", "outline_of"]

_MODULE_OF = {"ADAPTERS": "adapters", "adapter_for": "adapters", "AnswerAdapter": "base",
              "PlanWalkWidget": "widget", "outline_of": "widget"}


def __getattr__(name: str) -> Any:
    """One of the walk's names, its module loaded now."""
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
