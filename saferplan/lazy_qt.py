"""Qt's namespace ``Qt``, built on first use, and the few Qt values the first window sets
without it (QtCore only).

The first time anything names ``PySide6.QtCore.Qt`` (even ``from PySide6.QtCore import Qt``),
PySide builds a Python enum class for each of its 93 enums: 12–16 ms, about a fifth of what the
app adds to a bare PySide6 window's start-up (benchmarks/startup.py). The first window is drawn
without it:

- the modules it loads import ``Qt`` from here: a stand-in that builds the real namespace the
  first time one of its names is used, then keeps each name it handed out;
- the enum-typed settings it needs are Qt properties, set with ``set_enum_property`` and the
  plain values below (Qt converts them itself; PySide would want its enum classes);
- what needs ``Qt`` only later is done once the first frame is drawn
  (``MainWindow.after_first_frame``).

``tests/gui/test_startup_cost.py`` starts the app and checks that ``Qt`` is still unbuilt
when the first frame is drawn.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtCore import Qt as Qt  # what mypy checks against
else:
    class _LazyQt:
        """Stands in for ``PySide6.QtCore.Qt``; its first attribute builds the real one."""

        def __getattr__(self, name: str) -> Any:
            if name.startswith("__"):   # copy, inspect and mock ask; Qt's namespace has none
                raise AttributeError(name)
            from PySide6.QtCore import Qt as real

            value = getattr(real, name)
            setattr(self, name, value)    # looked up directly from then on
            return value

        def __repr__(self) -> str:
            return "<Qt's namespace, built on first use (saferplan.lazy_qt)>"

    Qt = _LazyQt()

# Values of Qt's enums, for set_enum_property (tests/test_lazy_qt.py compares them with Qt's).
PLAIN_TEXT = 0               # Qt.TextFormat.PlainText
STRONG_FOCUS = 11            # Qt.FocusPolicy.StrongFocus: Tab and click
SCROLL_BAR_ALWAYS_OFF = 1    # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
LEFT_TO_RIGHT = 0            # Qt.LayoutDirection.LeftToRight
RIGHT_TO_LEFT = 1            # Qt.LayoutDirection.RightToLeft
TEXT_SHOW_MNEMONIC = 0x0800  # Qt.TextFlag.TextShowMnemonic (QFontMetrics.size takes an int)


def set_enum_property(obj: QObject, name: str, value: int) -> None:
    """Set ``obj``'s Qt property ``name`` (an enum) to ``value``, as its setter would.

    Raises ValueError if ``obj`` has no such property or Qt refused the value: QObject's
    setProperty would otherwise quietly add a dynamic property of that name.
    """
    if not obj.setProperty(name, value):
        raise ValueError(f"{type(obj).__name__} has no enum property {name!r} taking {value}")


def build_namespace() -> None:
    """Build Qt's namespace now: PySide cannot hand a Qt enum (a signal's argument, say) to
    Python while it is unbuilt."""
    from PySide6.QtCore import Qt as real  # noqa: F401  (naming it builds it)


def qt_is_built() -> bool:
    """Tell whether PySide has built ``Qt`` yet (through this module or any other way)."""
    core = sys.modules.get("PySide6.QtCore")
    return core is not None and vars(core).get("Qt") is not None
