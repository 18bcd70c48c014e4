"""The private record screen (incident log) and its PDF for a lawyer or advocate."""

from saferplan.gui.record.screen import RecordWidget

__all__ = ["RecordWidget"]
