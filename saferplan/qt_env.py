"""What the process sets up before Qt loads: Qt's own messages never reach the terminal, and
in portable mode the caches that Qt's libraries write (fontconfig's above all) stay in the
portable folder.

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
