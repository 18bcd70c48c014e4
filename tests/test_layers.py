"""Layers of architecture.md: a lower layer never imports a higher one or the wrong Qt module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "saferplan"
ORDER = ["model", "forms", "storage", "export", "gui"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _layer_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", ["model", "forms", "storage"])
def test_core_layers_do_not_import_qt(layer: str) -> None:
    for path in _layer_files(layer):
        bad = {n for n in _imports(path) if n.split(".")[0] in {"PySide6", "shiboken6"}}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}"


def test_export_does_not_import_qtwidgets() -> None:
    for path in _layer_files("export"):
        bad = {n for n in _imports(path) if n.startswith("PySide6.QtWidgets")}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}"


@pytest.mark.parametrize("layer", ORDER)
def test_lower_layers_never_import_higher(layer: str) -> None:
    higher = ORDER[ORDER.index(layer) + 1:]
    for path in _layer_files(layer):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "saferplan" and len(parts) > 1:
                assert parts[1] not in higher, f"{path.relative_to(PACKAGE)} imports {name}"


def test_no_module_imports_network_code() -> None:
    forbidden = {"socket", "urllib", "http", "ssl", "ftplib", "smtplib", "requests",
                 "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "asyncio"}
    for path in sorted(PACKAGE.rglob("*.py")):
        for name in _imports(path):
            top = {name, name.split(".")[0]}
            assert not top & forbidden, f"{path.relative_to(PACKAGE)} imports {name}"


def test_the_checker_sees_a_bad_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport socket\n", encoding="utf-8")
    assert {"PySide6.QtWidgets", "socket"} <= _imports(bad)
