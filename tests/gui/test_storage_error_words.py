"""Storage errors reach the person in their language: the app maps each kind to its words."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import saferplan.storage as storage
from saferplan.gui.storage_errors import storage_error_text
from saferplan.gui.unlock import UnlockScreen
from saferplan.storage.errors import ErrorKind, ReadOnlyPlanError, StorageError

STORAGE = Path(storage.__file__).parent


class _Marking(QTranslator):
    """Marks every StorageErrors sentence, as a real translation would change it."""

    def translate(self, context: str, source: str, disambiguation: Any = None,
                  n: int = -1) -> str:
        return f"[km] {source}" if context == "StorageErrors" else ""


@pytest.fixture
def marked(qapp: Any) -> Any:
    translator = _Marking()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_every_kind_has_its_own_words() -> None:
    generic = storage_error_text(StorageError())
    texts = {kind: storage_error_text(StorageError(kind=kind)) for kind in ErrorKind}
    assert all(texts[kind] != generic for kind in ErrorKind if kind is not ErrorKind.GENERIC)
    assert len(set(texts.values())) == len(ErrorKind)


@pytest.mark.parametrize("error", [storage.WrongPassphraseError, storage.UnsupportedFileError,
                                   storage.FileChangedError, storage.PlanInUseError,
                                   storage.WriteError, storage.PlanExistsError,
                                   storage.ReadError, StorageError, ReadOnlyPlanError])
def test_default_sentences_match_the_english(error: type[StorageError]) -> None:
    assert storage_error_text(error()) == str(error())


def test_every_raise_with_its_own_sentence_names_its_kind() -> None:
    """A storage error raised with a sentence of its own must say its kind, or the app would
    show the class's general words instead of the right ones."""
    missing = []
    for source in sorted(STORAGE.glob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id.endswith("Error") and node.args
                    and node.func.id not in {"ValueError", "OSError", "AttributeError",
                                             "NotRegularFileError"}
                    and not any(k.arg == "kind" for k in node.keywords)):
                missing.append(f"{source.name}:{node.lineno}")
    assert missing == []


def test_the_unlock_screen_shows_the_translated_sentence(qtbot: Any, marked: Any,
                                                         tmp_path: Path) -> None:
    screen = UnlockScreen(tmp_path / "plan.dat")
    qtbot.addWidget(screen)
    screen._failed(storage.UnsupportedFileError("This file is not a plan file.",
                                                kind=ErrorKind.NOT_A_PLAN_FILE))
    assert screen.problem.label.text() == "[km] This file is not a plan file."


def test_a_failed_save_is_told_in_the_language(qtbot: Any, marked: Any) -> None:
    from saferplan.gui.session import Session
    from saferplan.model import PlanDocument

    def full_disk(_doc: Any) -> None:
        raise storage.WriteError("The disk is full, so the file was not saved. The previous "
                                 "version is unchanged.", kind=ErrorKind.DISK_FULL)

    session = Session(PlanDocument(language="km"), saver=full_disk)
    told: list[str] = []
    session.save_failed.connect(told.append)
    session.changed()
    assert not session.save_now()
    assert told == ["[km] The disk is full, so the file was not saved. The previous version "
                    "is unchanged."]


def test_a_failed_first_save_never_speaks_of_a_previous_version(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new plan that could not be written had no previous version: the app's sentence
    (chosen by kind) must say nothing was written, like the English one."""
    import errno
    import os

    from saferplan.model import PlanDocument

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(storage.WriteError) as caught:
        storage.PlanFile.create(tmp_path / "p.dat", "lantern orchard pebble",
                                PlanDocument(language="en"), storage.TEST_KDF)
    assert caught.value.kind is ErrorKind.NEW_FILE_DISK_FULL
    words = storage_error_text(caught.value)
    assert "previous version" not in words and "Nothing was written" in words
