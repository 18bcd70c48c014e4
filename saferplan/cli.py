"""The headless commands: new, check, export and passwd (docs/architecture.md, "Command line").

Exit codes: 0 done; 1 wrong passphrase or damaged file; 2 usage error or invalid input (bad
JSON, unknown language or question id, a ``new`` FILE that already exists, an export OUT that
is a plan file or backup); 3 could not read or write a file. Errors are one calm line on
stderr, never a traceback and never plan data.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from saferplan.model import PlanDocument, PlanJsonError, dumps_plan_json, loads_plan_json
from saferplan.model.plan_json import MAX_JSON_WITH_FILES_BYTES, QuestionCatalog
from saferplan.storage import (
    FileChangedError,
    KdfParams,
    PlanCheck,
    PlanExistsError,
    PlanFile,
    PlanInUseError,
    ReadError,
    SeenSaves,
    StorageError,
    UnsupportedFileError,
    WriteError,
    WrongPassphraseError,
    backup_path,
    check_plan,
    read_plan,
    write_file_atomically,
)
from saferplan.storage.passphrase import MIN_PASSPHRASE_LENGTH, Hint, judge_passphrase
from saferplan.storage.payload_info import PayloadInfo

EXIT_OK = 0
EXIT_PASSPHRASE = 1
EXIT_USAGE = 2
EXIT_FILE = 3

# Plan JSON given to ``new`` is refused above this size before it is read.
_MAX_INPUT_BYTES = MAX_JSON_WITH_FILES_BYTES


class _Stop(Exception):
    """Ends a command with an exit code and one line for stderr."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


def run_command(args: argparse.Namespace) -> int:
    """Run the headless command named by ``args.command``; return the exit code."""
    try:
        return _COMMANDS[args.command](args, _Secrets(bool(args.passphrase_stdin)))
    except _Stop as stop:
        _say(str(stop))
        return stop.code
    except StorageError as exc:
        _say(str(exc))
        return _storage_exit_code(exc)
    except KeyboardInterrupt:
        _say("Stopped. Nothing was changed.")
        return EXIT_USAGE
    except Exception:  # never a traceback: it could show plan data
        _say("Something went wrong inside the app, so the command stopped. "
             "No plan file was changed.")
        return EXIT_FILE


def _storage_exit_code(exc: StorageError) -> int:
    if isinstance(exc, WrongPassphraseError | UnsupportedFileError):
        return EXIT_PASSPHRASE
    if isinstance(exc, PlanExistsError):
        return EXIT_USAGE
    if isinstance(exc, ReadError | WriteError | FileChangedError | PlanInUseError):
        return EXIT_FILE
    return EXIT_FILE


def _say(line: str) -> None:
    sys.stderr.write(f"saferplan: {line}\n")
    sys.stderr.flush()


class _Secrets:
    """Asks for passphrases on the terminal (no echo), or reads them line by line from stdin."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def ask(self, prompt: str, *, confirm: bool = False, what: str = "passphrase",
            new: bool = False) -> str:
        """Return one secret; refuse an empty one, and a weak one when it is a ``new`` one."""
        secret = self._read_line(what) if self.from_stdin else self._prompt(prompt, confirm, what)
        try:
            secret.encode("utf-8")
        except UnicodeError:  # a stray byte kept as a surrogate by a non-UTF-8 locale
            raise _Stop(EXIT_USAGE, _NOT_UTF8.format(what=what)) from None
        if not secret:
            raise _Stop(EXIT_USAGE, f"The {what} cannot be empty. Nothing was changed.")
        if new:
            refusal = _REFUSALS.get(judge_passphrase(secret).hint)
            if refusal:
                raise _Stop(EXIT_USAGE, refusal)
        return secret

    @staticmethod
    def _read_line(what: str) -> str:
        """One line of standard input, decoded as strict UTF-8."""
        buffer = getattr(sys.stdin, "buffer", None)
        raw = buffer.readline() if buffer is not None else sys.stdin.readline()
        if not raw:
            raise _Stop(EXIT_USAGE, f"Standard input ended before the {what}.")
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError:
            raise _Stop(EXIT_USAGE, _NOT_UTF8.format(what=what)) from None
        return line.rstrip("\r\n")

    @staticmethod
    def _prompt(prompt: str, confirm: bool, what: str) -> str:
        try:
            secret = getpass.getpass(prompt)
            if confirm and getpass.getpass("Type it again: ") != secret:
                raise _Stop(EXIT_USAGE, f"The two {what}s are not the same. Nothing was changed.")
        except EOFError:  # Ctrl-D at the prompt
            raise _Stop(EXIT_USAGE, f"No {what} was given. Nothing was changed.") from None
        except UnicodeError:
            raise _Stop(EXIT_USAGE, _NOT_UTF8.format(what=what)) from None
        return secret


_NOT_UTF8 = "The {what} is not valid UTF-8 text. Nothing was changed."
# The passphrase rule's refusals (saferplan.storage.passphrase), in the CLI's English.
_REFUSALS = {
    Hint.BLANK: "The passphrase cannot be only spaces. Nothing was changed.",
    Hint.TOO_SHORT: f"The passphrase is too short: use at least {MIN_PASSPHRASE_LENGTH} "
                    "characters. Nothing was changed.",
    Hint.COMMON: "That passphrase is one of the most common passwords, so it is easy to guess. "
                 "Please choose another. Nothing was changed.",
    Hint.PATTERN: "That passphrase is a keyboard or letter pattern, so it is easy to guess. "
                  "Please choose another. Nothing was changed.",
    Hint.NUMBERS: "A passphrase of numbers alone, such as a date, is easy to guess. Please add "
                  "some words. Nothing was changed.",
}


# -- new --------------------------------------------------------------------------------------
def _new(args: argparse.Namespace, secrets: _Secrets) -> int:
    path = Path(args.file)
    if path.exists() or backup_path(path).exists():
        raise _Stop(EXIT_USAGE, f"{args.file} already exists. Choose another name; "
                                "nothing was changed.")
    doc = _read_plan_json(Path(args.from_json))
    passphrase = secrets.ask("New passphrase: ", confirm=True, new=True)
    PlanFile.create(path, passphrase, doc).close()  # at the cost calibrated here
    print(f"Created the encrypted plan file {args.file}.")
    return EXIT_OK


def _read_plan_json(source: Path) -> PlanDocument:
    from saferplan.forms import load_all_forms, question_catalog

    try:
        if source.stat().st_size > _MAX_INPUT_BYTES:
            raise _Stop(EXIT_USAGE, f"{source} is too large to be plan JSON.")
        data = source.read_bytes()
    except OSError:
        raise _Stop(EXIT_FILE, f"Could not read {source}.") from None
    catalog = question_catalog(load_all_forms())
    try:
        return loads_plan_json(data, catalog)
    except PlanJsonError as exc:
        raise _Stop(EXIT_USAGE, f"{source}: {_without_values(exc, catalog)}") from None


# The field names of plan JSON (docs/plan-json.md): a path made of these, indexes and known
# question ids can be shown. Anything else in a path came from the input and is hidden.
_SCHEMA_FIELDS = frozenset({
    "saferplan", "language", "people", "documents", "plans", "log", "practice", "attachments",
    "id", "name", "phone", "roles", "memorize", "notes", "what", "where", "when", "copy_with",
    "form", "title", "answers", "state", "value", "box", "due", "correct_days", "media_type",
    "added", "size", "sha256", "data",
})
_QUOTED = re.compile(r"'([^']*)'")
_INDEX = re.compile(r"([^\[]*)((?:\[\d+\])*)")
# The id grammar (docs/plan-json.md): question ids, roles, person ids and forms follow it.
_ID_LIKE = re.compile(r"[A-Za-z0-9_.-]{1,64}")


def _without_values(exc: PlanJsonError, catalog: QuestionCatalog) -> str:
    """The error's field path and reason, with free text from the input replaced by '…'.

    The model quotes what it found ("unknown question id 'r_bond_persn'"), and a path can hold
    a key from the input. What follows the id grammar (an id, a role, a question id) is not a
    secret and tells the author what to fix, so it is shown; anything else (it could be a
    name or an answer) is hidden.
    """
    known = _SCHEMA_FIELDS | set(catalog) | {qid for form in catalog.values() for qid in form}
    reason = _QUOTED.sub(lambda m: m.group(0) if _ID_LIKE.fullmatch(m.group(1)) else "'…'",
                         exc.message)
    if not exc.path:
        return reason
    return f"{'.'.join(_safe_segment(part, known) for part in exc.path.split('.'))}: {reason}"


def _safe_segment(segment: str, known: frozenset[str] | set[str]) -> str:
    match = _INDEX.fullmatch(segment)
    if match is None or not (match.group(1) in known or _ID_LIKE.fullmatch(match.group(1))):
        return "…"
    return segment


# -- check ------------------------------------------------------------------------------------
def _check(args: argparse.Namespace, secrets: _Secrets) -> int:
    path = Path(args.file)
    backup = backup_path(path).name

    def say_second_kdf(kdf: KdfParams) -> None:
        print(f"The backup {backup} has its own key settings, so checking it runs the key "
              f"derivation a second time ({kdf.memory_kib // 1024} MiB, {kdf.iterations} "
              "passes). This can take a while.", flush=True)

    result = check_plan(path, secrets.ask("Passphrase: "), say_second_kdf)
    if result.main_error is None:
        if not result.backup_exists:
            note = "There is no backup yet."
        elif result.backup_ok:
            note = f"The backup {backup} opens too."
        else:
            note = f"The backup {backup} does not open with this passphrase, or it is damaged."
        print(f"OK: the plan file opens and is intact. {note}")
        print(_generations(result, backup))
        if result.weak_kdf:
            print("Note: this file's passphrase protection is weaker than the app makes today "
                  "(a quick key derivation). The app makes it stronger the next time it saves "
                  "the plan after you open it.")
        print(_writer_line(result.main_info))
        return EXIT_OK
    message = str(result.main_error)
    if result.backup_ok:
        message += f" The backup {backup} opens with this passphrase; the app can restore it."
    elif result.backup_exists:
        message += f" The backup {backup} does not open either."
    code = EXIT_FILE if isinstance(result.main_error, ReadError) else EXIT_PASSPHRASE
    raise _Stop(code, message)


def _writer_line(info: PayloadInfo | None) -> str:
    """Which version of the app last saved the plan (and whether this one may change it)."""
    if info is None or info.written_by is None:
        line = "Last saved by a version of SaferPlan that did not record its number."
    else:
        line = f"Last saved by SaferPlan {info.written_by}."
    if info is not None and info.newer:
        line += " That version is newer than this one: this one can read the plan, not change it."
    return line


def _generations(result: PlanCheck, backup: str) -> str:
    """One line with the save generations (format v3) of the plan file and its backup."""
    def said(generation: int | None) -> str:
        return "made before save counts" if generation is None else f"save {generation}"

    line = f"Plan file: {said(result.main_generation)}."
    if result.backup_ok:
        line += f" Backup {backup}: {said(result.backup_generation)}."
        if (result.main_generation is not None and result.backup_generation is not None
                and result.backup_generation > result.main_generation):
            line += (" The backup is newer than the plan file: an older copy may have been "
                     "put back.")
    return line


# -- export -----------------------------------------------------------------------------------
def _export(args: argparse.Namespace, secrets: _Secrets) -> int:
    path, out = Path(args.file), Path(args.json or args.pdf)
    _refuse_overwriting_plan(path, out)
    _refuse_overwriting_any_plan(out)
    passphrase = secrets.ask("Passphrase: ")
    pdf_password = None
    if args.pdf and args.pdf_password:
        pdf_password = secrets.ask("PDF password: ", confirm=True, what="PDF password")
    doc, _ = read_plan(path, passphrase)
    if args.json:
        _write_export(out, (dumps_plan_json(doc) + "\n").encode("utf-8"))
        _say(f"Note: {out} is not encrypted. Anyone who opens it can read the plan.")
        return EXIT_OK
    _write_export(out, _render_pdf(doc, args, pdf_password))
    print(f"Wrote {out}.")
    return EXIT_OK


def _write_export(out: Path, data: bytes) -> None:
    """Write an export atomically; on failure say that nothing was written (it is so)."""
    try:
        write_file_atomically(out, data)
    except WriteError as exc:
        message = str(exc)
        if "Nothing was written" not in message:  # never "the previous version is unchanged"
            message = "The file could not be written. Nothing was written."
        raise _Stop(EXIT_FILE, message) from None


def _real(path: Path) -> str:
    """The path with links and ``..`` resolved (``sub/../p.dat`` is ``p.dat``), as the OS
    compares names here."""
    return os.path.normcase(os.path.realpath(path))


def _refuse_overwriting_plan(plan: Path, out: Path) -> None:
    """An export must never replace the plan file or its backup with plaintext."""
    guarded = (plan, backup_path(plan))
    same = _real(out) in {_real(p) for p in guarded}
    with contextlib.suppress(OSError):  # a hard link to the plan is the plan too
        same = same or any(p.exists() and out.exists() and os.path.samefile(out, p)
                           for p in guarded)
    if same:
        raise _Stop(EXIT_USAGE, "The output must not be the plan file itself. Nothing was changed.")


def _refuse_overwriting_any_plan(out: Path) -> None:
    """An export must never replace another plan file or backup (they start with the magic)."""
    from saferplan.storage.fileformat import MAGIC

    if not out.is_file():  # not a FIFO or a device: reading those could block
        return
    try:
        with out.open("rb") as existing:
            head = existing.read(len(MAGIC))
    except OSError:
        return  # writing will say what is wrong
    if head == MAGIC:
        raise _Stop(EXIT_USAGE, f"{out} is an encrypted plan file or a backup. Choose another "
                                "name for the export; nothing was changed.")


def _render_pdf(doc: PlanDocument, args: argparse.Namespace, password: str | None) -> bytes:
    # Qt is only needed here; offscreen needs no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtGui import QGuiApplication

        from saferplan import export
        from saferplan.form_text import translate_forms
        from saferplan.forms import load_all_forms
        from saferplan.i18n import is_known_language, set_language
        from saferplan.qt_env import quiet_qt
    except ImportError:
        raise _Stop(EXIT_FILE, "PDF export is not available in this installation.") from None
    language = getattr(args, "export_language", None) or doc.language
    if not is_known_language(language):
        raise _Stop(EXIT_USAGE, f"Unknown language '{language}'.")
    quiet_qt()  # Qt's font and locale warnings must not reach the terminal
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "app"])
    set_language(language)  # the card's and the plan's labels, and the questions
    options = export.ExportOptions(language=language, paper=args.paper or export.default_paper(),
                                   discreet=bool(args.discreet), password=password)
    try:
        if args.card:
            return bytes(export.render_card_pdf(doc, options))
        return bytes(export.render_plan_pdf(doc, translate_forms(load_all_forms()), options))
    except export.MissingFontError as exc:
        raise _Stop(EXIT_FILE, str(exc)) from None
    except export.ExportError as exc:
        raise _Stop(EXIT_USAGE, str(exc)) from None


# -- passwd -----------------------------------------------------------------------------------
def _seen_saves(args: argparse.Namespace) -> SeenSaves | None:
    """This computer's record of each plan's newest save, if the app was used here (the
    commands create no folder of the app's on their own)."""
    from saferplan.storage.paths import app_dirs

    folder = app_dirs(getattr(args, "portable", None)).settings_dir
    return SeenSaves(folder) if folder.is_dir() else None


def _passwd(args: argparse.Namespace, secrets: _Secrets) -> int:
    path, seen = Path(args.file), _seen_saves(args)
    if getattr(args, "recovery_code", False):  # the passphrase is forgotten: the code opens it
        code = secrets.ask("Recovery code: ", what="recovery code")
        plan, _ = PlanFile.unlock_with_recovery_code(path, code, seen)
    else:
        plan, _ = PlanFile.unlock(path, secrets.ask("Current passphrase: "), seen)
    if plan.older_copy is not None:  # re-keying would also replace its (maybe newer) backup
        plan.close()
        raise _Stop(EXIT_PASSPHRASE, "This file is older than the last one saved on this "
                    "computer. Someone may have put back an old copy; your newer plan may be in "
                    "its backup or another file. Open it in the app first. Nothing was changed.")
    try:
        had_code = plan.change_passphrase(secrets.ask("New passphrase: ", confirm=True, new=True))
    finally:
        plan.close()
    print("The passphrase is changed. The old passphrase no longer opens this file. Copies of "
          "the file made before (for example on a USB stick) still open with the old "
          "passphrase.")
    if had_code:
        print("Your recovery code no longer works. To make a new one, open the plan in the app "
              "and choose Settings, then \"Make a new recovery code\".")
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace, _Secrets], int]] = {
    "new": _new,
    "check": _check,
    "export": _export,
    "passwd": _passwd,
}
