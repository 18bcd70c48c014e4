"""pytest-qt's waitExposed and waitActive are context managers: called bare, they do not wait."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
WAITS_IN_A_WITH_ONLY = {"waitExposed", "waitActive"}


def _bare_waits(tree: ast.AST) -> list[int]:
    in_with = {id(item.context_expr) for node in ast.walk(tree)
               if isinstance(node, ast.With | ast.AsyncWith) for item in node.items}
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in WAITS_IN_A_WITH_ONLY and id(node) not in in_with]


def test_window_waits_are_used_as_with_blocks() -> None:
    found = [f"{path.relative_to(TESTS)}:{line}" for path in sorted(TESTS.rglob("*.py"))
             for line in _bare_waits(ast.parse(path.read_text("utf-8")))]
    assert found == [], "write 'with qtbot.waitExposed(w): w.show()'"


def test_the_check_finds_a_bare_wait() -> None:
    assert _bare_waits(ast.parse("w.show()\nqtbot.waitExposed(w)\n")) == [2]
    assert _bare_waits(ast.parse("with qtbot.waitExposed(w):\n    w.show()\n")) == []
