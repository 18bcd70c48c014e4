"""Does anything read a row while removeRows runs (the model's _entries still the old list)?
With QAccessible active (a screen reader running), the list's accessible table is told too."""
from __future__ import annotations

from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot
from test_record_screen import _long_record, make

from saferplan.gui import dialogs


def test_rows_read_during_remove_rows(qtbot: QtBot, monkeypatch) -> None:
    QAccessible.setActive(True)
    try:
        widget, session = make(qtbot, _long_record(20))
        widget.show()
        qtbot.waitExposed(widget)
        # an accessibility client looks at the rows (their interfaces are made and kept)
        iface = QAccessible.queryAccessibleInterface(widget.list)
        print("iface", iface, iface and iface.childCount())
        model = widget.list.entries
        reads: list[tuple[int, int]] = []
        inside = [False]
        remove_rows = model.removeRows
        orig_data = type(model).data

        def data(self, index, role=0):
            if inside[0]:
                reads.append((index.row(), int(role)))
            return orig_data(self, index, role)

        monkeypatch.setattr(type(model), "data", data)

        def spying(row, count, parent=None):
            inside[0] = True
            try:
                return remove_rows(row, count)
            finally:
                inside[0] = False

        monkeypatch.setattr(model, "removeRows", spying)
        widget.list.setCurrentRow(3)
        with dialogs.preanswer([True]):
            widget.remove_button.click()
        print("reads during removeRows:", reads)
    finally:
        QAccessible.setActive(False)
