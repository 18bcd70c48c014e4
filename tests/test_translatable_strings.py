"""Every translated string is one that lupdate can find.

lupdate reads only literal ``translate("Context", "text")`` / ``self.tr("text")`` calls and
``QT_TRANSLATE_NOOP`` tables. A wrapper such as ``def _tr(text): return translate("Ctx", text)``
hides every string passed to it, so those words stay English in every language (this happened
to the card-risk dialog, the recovery-code page, the older-copy dialog and the Saved line).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "saferplan"
# Modules that translate a variable on purpose, and where its words are declared instead.
DECLARED_ELSEWHERE = {
    "form_text.py": "the question sets and directory, extracted by tools/translations.py",
    "gui/practice.py": "card labels declared with QT_TRANSLATE_NOOP in export/labels.py",
}


def _translated_variables(path: Path) -> list[int]:
    """Lines where a translate()/tr() call's text is not a string literal."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name)):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
        index = {"translate": 1, "tr": 0}.get(name)
        if index is None or len(node.args) <= index:
            continue
        if isinstance(node.func, ast.Attribute) and name == "translate" and not (
                isinstance(node.func.value, ast.Name) and node.func.value.id == "QCoreApplication"):
            continue  # str.translate, QPainter.translate …
        text = node.args[index]
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            found.append(node.lineno)
    return found


def test_translated_variables_have_their_words_declared_for_lupdate() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        lines = _translated_variables(path)
        declared = "QT_TRANSLATE_NOOP" in path.read_text(encoding="utf-8")
        if lines and not declared and name not in DECLARED_ELSEWHERE:
            problems.append(f"{name}: lines {lines}")
    assert not problems, problems


def test_the_check_finds_a_wrapper(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('from PySide6.QtCore import QCoreApplication\n\n'
                      'def _tr(text):\n    return QCoreApplication.translate("Ctx", text)\n',
                      encoding="utf-8")
    assert _translated_variables(module) == [4]
