"""Layers of docs/architecture.md: a lower layer never imports a higher one or a wrong Qt module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "saferplan"
# platform: one implementation per operating system of the few calls that differ (no Qt).
ORDER = ["platform", "model", "forms", "storage", "export", "gui", "app"]
# Every module directly in saferplan/ belongs to a layer too (a new one must be added here).
TOP_LEVEL = {
    "__init__": "model", "resources": "model", "hardening": "model", "portable": "model",
    "script_fonts": "model",
    "i18n": "export", "bundled_fonts": "export", "form_text": "export", "qt_env": "export",
    "cli": "export",            # the headless commands: never the widgets
    "lazy_qt": "export",
    "app": "app", "__main__": "app",
}
NO_QT = {"platform", "model", "forms", "storage"}


def _absolute(path: Path, node: ast.ImportFrom) -> str:
    """The absolute module an ImportFrom names, relative ones (``from . import x``) too."""
    if node.level == 0:
        return node.module or ""
    package = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    if path.name == "__init__.py":
        package = path.relative_to(PACKAGE.parent).parts[:-1]
    base = list(package[:len(package) - node.level + 1])
    return ".".join([*base, *([node.module] if node.module else [])])


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports; ``from saferplan import x`` counts as saferplan.x."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = _absolute(path, node)
            names.add(module)
            if module == "saferplan":
                names.update(f"saferplan.{alias.name}" for alias in node.names)
    return names


def _layer_of_module(name: str) -> str | None:
    """The layer of a saferplan module name (saferplan.storage.kdf -> storage)."""
    parts = name.split(".")
    if parts[0] != "saferplan" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in ORDER else TOP_LEVEL.get(parts[1])


def _layer_files(layer: str) -> list[Path]:
    files = sorted((PACKAGE / layer).rglob("*.py")) if (PACKAGE / layer).is_dir() else []
    return files + [PACKAGE / f"{name}.py" for name, home in sorted(TOP_LEVEL.items())
                    if home == layer]


def test_every_module_has_a_layer() -> None:
    top = {path.stem for path in PACKAGE.glob("*.py")}
    packages = {path.name for path in PACKAGE.iterdir()
                if path.is_dir() and (path / "__init__.py").exists()}
    assert top == set(TOP_LEVEL), "assign each module in saferplan/ to a layer in TOP_LEVEL"
    assert packages <= set(ORDER), f"unknown packages: {sorted(packages - set(ORDER))}"


@pytest.mark.parametrize("layer", sorted(NO_QT))
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
    higher = set(ORDER[ORDER.index(layer) + 1:])
    for path in _layer_files(layer):
        for name in _imports(path):
            assert _layer_of_module(name) not in higher, \
                f"{path.relative_to(PACKAGE)} imports {name}"


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


def test_the_checker_resolves_relative_imports() -> None:
    """A relative import is checked like an absolute one (a storage module's ``from ..gui``)."""
    path = PACKAGE / "storage" / "kdf.py"
    for source, expected in (("from ..gui import window", "saferplan.gui"),
                             ("from .errors import X", "saferplan.storage.errors"),
                             ("from . import fileformat", "saferplan.storage"),
                             ("from ... import x", "")):
        node = ast.parse(source).body[0]
        assert isinstance(node, ast.ImportFrom)
        assert _absolute(path, node) == expected
    assert _layer_of_module("saferplan.gui.window") == "gui"
    assert _layer_of_module("saferplan.cli") == "export"
    init = PACKAGE / "gui" / "__init__.py"
    node = ast.parse("from .window import MainWindow").body[0]
    assert isinstance(node, ast.ImportFrom) and _absolute(init, node) == "saferplan.gui.window"
