"""The print screen, in parts: choices, page preview, saving and printing."""

from saferplan.gui.printing.screen import PrintScreen, PrintWidget

__all__ = ["PrintScreen", "PrintWidget"]
