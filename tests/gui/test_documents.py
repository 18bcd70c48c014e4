"""The documents screen: what, where, who has a copy, notes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from saferplan.gui import dialogs
from saferplan.gui.documents import DocumentsWidget
from saferplan.gui.session import Session
from saferplan.model import Answer, Plan, PlanDocument, document_locations


def type_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    widget.setFocus()
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, ch))


def test_add_a_document_with_where_and_copy(qtbot: QtBot) -> None:
    doc = PlanDocument(plans=[Plan("p1", "safety_plan")])
    lan = doc.add_person("Lan")
    session = Session(doc, guest=True)
    widget = DocumentsWidget(session)
    qtbot.addWidget(widget)
    assert widget.empty_state.isVisibleTo(widget)
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    editor = widget.editor
    assert editor.what.count() >= 6  # suggestions
    editor.what.setCurrentIndex(editor.what.findText("Passport"))
    line = editor.what.lineEdit()
    assert line is not None
    type_text(line, " (hộ chiếu)")
    type_text(editor.where, "the blue box")
    editor.copy_with.setCurrentIndex(editor.copy_with.findData(lan.id))
    type_text(editor.notes, "文件")
    [document] = document_locations(doc)
    assert (document.what, document.where, document.copy_with, document.notes) == (
        "Passport (hộ chiếu)", "the blue box", lan.id, "文件")
    assert widget.list.item(0).text() == "Passport (hộ chiếu)\nthe blue box"
    assert session.dirty
    hints = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
    for field in (line, editor.where, editor.notes):
        assert field.inputMethodHints() & hints == hints


def test_remove_a_document_after_confirming(qtbot: QtBot) -> None:
    doc = PlanDocument(plans=[Plan("p1", "safety_plan")])
    session = Session(doc, guest=True)
    widget = DocumentsWidget(session)
    qtbot.addWidget(widget)
    widget.add_document()
    doc_id = doc.documents[0].id
    doc.plans[0].answers["s_docs"] = Answer("answered", [doc_id])
    with dialogs.preanswer([True]) as shown:
        widget.remove_current()
    assert doc.documents == [] and shown[0].kind == "confirm"
    assert doc.plans[0].answers["s_docs"].value == []


def test_a_kind_from_the_list_is_stored_as_a_kind(qtbot: QtBot) -> None:
    doc = PlanDocument(plans=[Plan("p1", "safety_plan")])
    session = Session(doc, guest=True)
    widget = DocumentsWidget(session)
    qtbot.addWidget(widget)
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    editor = widget.editor
    editor.what.setCurrentIndex(editor.what.findText("Passport"))
    [document] = document_locations(doc)
    assert (document.kind, document.what) == ("passport", "")
    assert widget.list.item(0).text() == "Passport"
    line = editor.what.lineEdit()
    assert line is not None
    type_text(line, " copy")  # the person's own words are not a kind
    assert (document.kind, document.what) == ("", "Passport copy")
