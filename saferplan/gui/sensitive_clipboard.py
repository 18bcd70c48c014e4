"""Mark what SaferPlan copies as sensitive, so clipboard managers and history leave it out.

KDE's Klipper and other managers honour ``x-kde-passwordManagerHint: secret``; Windows'
clipboard history, cloud clipboard and monitors honour three registered formats. The copy
itself is unchanged: only these markers are added to it.
"""

from __future__ import annotations

import struct
import sys

from PySide6.QtGui import QClipboard

_NO = struct.pack("<I", 0)   # a DWORD 0: "no"
_HINT = "x-kde-passwordManagerHint"
_WINDOWS = 'application/x-qt-windows-mime;value="{}"'
WINDOWS_MARKERS: dict[str, bytes] = {
    _WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"): _NO,
    _WINDOWS.format("CanIncludeInClipboardHistory"): _NO,
    _WINDOWS.format("CanUploadToCloudClipboard"): _NO,
}


def markers(platform: str = sys.platform) -> dict[str, bytes]:
    """The formats to add on this system (Windows' own only on Windows)."""
    found = {_HINT: b"secret"}
    if platform == "win32":
        found.update(WINDOWS_MARKERS)
    return found


def mark_sensitive(clipboard: QClipboard, platform: str = sys.platform) -> bool:
    """Put the clipboard's data back with the markers added; False if already marked or empty.

    Call only when SaferPlan owns the clipboard (its own copy).
    """
    data = clipboard.mimeData(QClipboard.Mode.Clipboard)
    if data is None or not data.formats() or data.hasFormat(_HINT):
        return False
    from PySide6.QtCore import QMimeData  # only when copying: the first window needs none

    marked = QMimeData()
    for name in data.formats():
        marked.setData(name, data.data(name))
    for name, value in markers(platform).items():
        marked.setData(name, value)
    clipboard.setMimeData(marked, QClipboard.Mode.Clipboard)
    return True
