"""What the process sets up before Qt loads: Qt's own messages never reach the terminal, in
portable mode the caches that Qt's libraries write (fontconfig's above all) stay in the
portable folder, and PySide does not read the source of every module imported after it.

Qt prints warnings of its own on stderr: the font database's "OpenType support missing",
four lines about the locale when LANG is unset, and others that can quote a widget's text.
The handler below is installed before the first Qt object exists, so none of them is printed;
only a fatal message's category is. Only QtCore is imported here.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

# PySide's answers in the table described below: a module that uses its default API, and a
# module that does not name PySide6 (left out when the API is switched).
DEFAULT_API = 0
NOT_PYSIDE = -1

# The folder inside the portable folder that takes XDG_CACHE_HOME (fontconfig, Mesa...).
PORTABLE_CACHE_NAME = "cache"


def qt_message_handler(mode: Any, context: Any, message: str) -> None:
    """Drop Qt's messages (they can quote text); for a fatal one print its category only."""
    from PySide6.QtCore import QtMsgType

    del message
    if mode == QtMsgType.QtFatalMsg:
        with contextlib.suppress(OSError, ValueError, AttributeError):  # no stderr (windowed)
            sys.stderr.write(f"saferplan: Qt fatal error ({context.category or 'default'})\n")


def quiet_qt() -> None:
    """Install the handler above; call before the first QCoreApplication is made."""
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(qt_message_handler)


def keep_caches_in(portable_dir: Path,
                   environ: MutableMapping[str, str] = os.environ) -> Path:
    """Point XDG_CACHE_HOME at a private folder inside ``portable_dir``; return that folder.

    fontconfig writes its font cache to $XDG_CACHE_HOME/fontconfig (``~/.cache`` by default)
    when the person has fonts of their own: in portable mode nothing may be left at home.
    Call before Qt loads (fontconfig reads the variable once).
    """
    cache = Path(portable_dir).expanduser().absolute() / PORTABLE_CACHE_NAME
    with contextlib.suppress(OSError):  # a read-only stick: fontconfig then writes nothing
        cache.mkdir(mode=0o700, parents=True, exist_ok=True)
    environ["XDG_CACHE_HOME"] = str(cache)
    return cache


def answer_for(name: str) -> int:
    """PySide's answer for module ``name``: SaferPlan's own use PySide's default API; for any
    other, "not switching", as PySide answers for a module whose source does not name PySide6
    (a module that uses ``__feature__`` still sets its own answer when it imports it)."""
    return DEFAULT_API if name == "saferplan" or name.startswith("saferplan.") else NOT_PYSIDE


class _AnswerRecorder:
    """At the front of ``sys.meta_path``: records PySide's answer for each module about to be
    imported (``answer_for``), then lets the usual finders find it."""

    def __init__(self, answers: dict[str, int]) -> None:
        self.answers = answers

    def find_spec(self, fullname: str, path: object, target: object = None) -> None:
        """Record ``fullname``; find nothing."""
        del path, target
        self.answers.setdefault(fullname, answer_for(fullname))


def skip_pyside_source_scan() -> bool:
    """Load PySide6 and spare it reading the source of every module imported afterwards.

    Loading PySide6 replaces Python's import function. From then on, the first time any
    module name is imported, even one already loaded, PySide reads that module's whole source
    (``inspect.getsource``) to see whether it names PySide6: such a module may switch on
    PySide's optional ``from __feature__ import`` API (snake_case names, true properties). It
    keeps each answer in a table by module name and asks only about names not in it. On the
    way to the first window that is some forty modules, about 4 ms of start-up, and every
    source is kept in memory.

    SaferPlan never uses that API (tests/test_qt_env.py checks), so each module is given the
    answer without reading it (``answer_for``): the ones loaded now, and each one imported later
    as it is found. Returns False, changing nothing, if this PySide keeps no such table: its
    scan then simply happens. Call before the modules that use Qt are imported.
    """
    import PySide6  # noqa: F401  (its import function and the table come with it)

    feature = sys.modules.get("shibokensupport.feature")
    answers = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(answers, dict):
        return False
    if not any(isinstance(finder, _AnswerRecorder) for finder in sys.meta_path):
        for name in list(sys.modules):
            answers.setdefault(name, answer_for(name))
        sys.meta_path.insert(0, _AnswerRecorder(answers))
    return True
