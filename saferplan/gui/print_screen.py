"""The print screen (what the shell opens for "Print or save a copy"); it lives in gui/printing."""

from saferplan.gui.printing import PrintScreen, PrintWidget

__all__ = ["PrintScreen", "PrintWidget"]
