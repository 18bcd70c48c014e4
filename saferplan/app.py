"""Entry point: parse the command line, harden the process, then start the GUI or a command."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Final

from saferplan import __version__


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one calm line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        """Print one line and exit 2 (usage error)."""
        sys.stderr.write(f"saferplan: {message} (see 'saferplan --help')\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of SaferPlan's public command line (docs/architecture.md)."""
    parser = _Parser(
        prog="saferplan",
        description="SaferPlan: a private safety plan and release plan, kept encrypted on "
        "this computer. Nothing is ever sent over a network.",
    )
    parser.add_argument("--version", action="version", version=f"SaferPlan {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open the app on a fictional sample plan held in memory only")
    parser.add_argument("--portable", metavar="DIR",
                        help="keep settings and plan files in DIR; nothing in the home folder")
    parser.add_argument("--language", metavar="LANG", help="language, e.g. vi, zh_Hant, km")
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="read the passphrase (and a PDF password) from standard input")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    new = sub.add_parser("new", help="create an encrypted plan file from a plan JSON file")
    new.add_argument("file", metavar="FILE")
    new.add_argument("--from-json", metavar="JSON", required=True)

    check = sub.add_parser("check", help="check the file opens and is intact")
    check.add_argument("file", metavar="FILE")

    export = sub.add_parser("export", help="write the plan as JSON (not encrypted) or PDF")
    export.add_argument("file", metavar="FILE")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--json", metavar="OUT")
    target.add_argument("--pdf", metavar="OUT")
    export.add_argument("--card", action="store_true", help="the wallet card instead of the plan")
    export.add_argument("--discreet", action="store_true", help="neutral words, names and numbers")
    export.add_argument("--paper", choices=("a4", "letter"))
    export.add_argument("--pdf-password", action="store_true",
                        help="protect the PDF with a password (asked for, or 2nd stdin line)")
    export.add_argument("--language", dest="export_language", metavar="LANG")

    passwd = sub.add_parser("passwd", help="change the passphrase")
    passwd.add_argument("file", metavar="FILE")
    passwd.add_argument("--recovery-code", action="store_true",
                        help="open the file with its recovery code (a forgotten passphrase)")

    for command in (new, check, export, passwd):
        command.add_argument("--passphrase-stdin", action="store_true", dest="passphrase_stdin_sub",
                             help="read the passphrase from standard input")
    return parser


# The window's own options. When the command line holds nothing else (the usual start), they
# are read here: building the whole parser (five parsers, their help texts and gettext's
# look-ups) took about 3 ms of the first window. Anything else (a command, --help, a mistake)
# goes to the parser, which reads these the same way (tests/test_cli.py compares the two).
_WINDOW_FLAGS: Final = {"--demo": "demo"}
_WINDOW_VALUES: Final = {"--portable": "portable", "--language": "language"}


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """Return ``argv`` as the parser reads it if it holds only the window's options, each at
    most once with a plain value; otherwise None."""
    found: dict[str, object] = {"demo": False, "portable": None, "language": None,
                                "passphrase_stdin": False, "command": None}
    seen: set[str] = set()
    tokens = iter(argv)
    for token in tokens:
        name, equals, value = token.partition("=")
        if name in seen:
            return None
        seen.add(name)
        if name in _WINDOW_FLAGS and not equals:
            found[_WINDOW_FLAGS[name]] = True
        elif name in _WINDOW_VALUES:
            if not equals:
                value = next(tokens, "")
            if not value or value.startswith("-"):
                return None
            found[_WINDOW_VALUES[name]] = value
        else:
            return None
    return argparse.Namespace(**found)


def main(argv: Sequence[str] | None = None) -> int:
    """Run SaferPlan; return the process exit code."""
    # Starting up makes many objects and frees almost none: the cycle collector waits until the
    # first window is drawn (gui/window_frame.py) or the command starts (15 needless passes, ~2 ms).
    collecting = gc.isenabled()
    gc.disable()
    try:
        args = _prepare(argv)
    except BaseException:     # --help, --version, a usage error: as it was (tests call main)
        if collecting:
            gc.enable()
        raise
    if args.command is not None:
        from saferplan.cli import run_command

        if collecting:
            gc.enable()
        return run_command(args)
    return int(load_gui().run_gui(args))


def _prepare(argv: Sequence[str] | None) -> argparse.Namespace:
    """Harden the process, read the command line and set up a portable folder's caches."""
    from saferplan.hardening import harden_process

    harden_process()
    given = sys.argv[1:] if argv is None else argv
    args = window_arguments(given) or build_parser().parse_args(given)
    args.passphrase_stdin = args.passphrase_stdin or getattr(args, "passphrase_stdin_sub", False)
    if args.portable is None:
        from saferplan.portable import portable_dir_from_marker

        args.portable = portable_dir_from_marker()
    if args.portable is not None:
        from pathlib import Path

        from saferplan.qt_env import keep_caches_in

        keep_caches_in(Path(args.portable))
    return args


def load_gui() -> ModuleType:
    """Return the GUI's start-up module (saferplan.gui.main), loaded with the cycle collector
    paused until the first window is drawn (gui/window_frame.py turns it back on).

    Loading the GUI makes tens of thousands of objects (modules, classes, PySide's enum
    classes) and frees almost none, so each pass of the collector would search them all again
    for nothing: about 6 ms of the first window's start-up.
    """
    gc.disable()
    from saferplan.qt_env import skip_pyside_source_scan

    skip_pyside_source_scan()
    from saferplan.gui import main as gui_main

    return gui_main
