"""Walking through a plan: one question per page, a section sidebar, summaries."""

from saferplan.gui.walk.adapters import ADAPTERS, adapter_for
from saferplan.gui.walk.base import AnswerAdapter
from saferplan.gui.walk.widget import PlanWalkWidget, outline_of

__all__ = ["ADAPTERS", "AnswerAdapter", "PlanWalkWidget", "adapter_for", "outline_of"]
