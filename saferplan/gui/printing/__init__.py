"""The print screen, in parts: choices, page preview, saving and printing."""

from saferplan.gui.printing.screen import PrintScreen

__all__ = ["PrintScreen"]
