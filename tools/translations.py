"""Translation pipeline: extract strings into translations/*.ts, compile them to .qm.

    python tools/translations.py update   # code + question sets + directory -> translations/*.ts
    python tools/translations.py build    # translations/*.ts -> translations/*.qm (not committed)
    python tools/translations.py pending --language vi > vi.json   # unfinished messages as JSON
    python tools/translations.py apply vi.json --language vi        # put translated JSON back

Code strings are found by pyside6-lupdate. The question sets and the directory are TOML, which
lupdate cannot read, so they are first written as translate() calls into a generated Python file
(build/i18n/form_strings.py) that lupdate reads with the package sources.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LANGUAGES = ("zh_Hans", "zh_Hant", "vi", "th", "km", "lo", "ko", "tl", "es", "pt_BR", "fr", "ar")
TS_DIR = ROOT / "translations"
GENERATED = ROOT / "build" / "i18n" / "form_strings.py"


def tool(name: str) -> str:
    """Return the path of a PySide6 tool next to this Python, or on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6-Essentials")
    return found


def data_strings() -> list[tuple[str, str, str]]:
    """Every translatable (context, text, key) of the question sets and the directory."""
    from saferplan.form_text import translate_directory, translate_forms
    from saferplan.forms import load_all_forms
    from saferplan.forms.directory import load_directory

    found: list[tuple[str, str, str]] = []

    def record(context: str, text: str, key: str) -> str:
        if text:
            found.append((context, text, key))
        return text

    translate_forms(load_all_forms(), record)
    translate_directory(load_directory(), record)
    return found


def write_generated(strings: list[tuple[str, str, str]]) -> Path:
    """Write the strings as translate() calls that lupdate understands."""
    GENERATED.parent.mkdir(parents=True, exist_ok=True)
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    lines += [f"QCoreApplication.translate({c!r}, {t!r}, {k!r})" for c, t, k in strings]
    GENERATED.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return GENERATED


def update(languages: tuple[str, ...], ts_dir: Path = TS_DIR) -> None:
    """Refresh <ts_dir>/saferplan_<lang>.ts from the code and the data files."""
    generated = write_generated(data_strings())
    sources = [*sorted(str(p) for p in (ROOT / "saferplan").rglob("*.py")), str(generated)]
    ts_dir.mkdir(exist_ok=True)
    for lang in languages:
        ts = ts_dir / f"saferplan_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources, "-locations", "none", "-no-obsolete",
                        "-source-language", "en", "-target-language", lang, "-ts", str(ts)],
                       check=True, capture_output=True)
        print(f"updated {ts}")


def build(out_dir: Path) -> list[Path]:
    """Compile every .ts into a .qm in out_dir; return the .qm paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(TS_DIR.glob("saferplan_*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)
        built.append(qm)
    return built


def _message_key(context: ET.Element, message: ET.Element) -> tuple[str, str, str]:
    return (context.findtext("name") or "", message.findtext("source") or "",
            message.findtext("comment") or "")


def pending(lang: str) -> list[dict[str, object]]:
    """Every unfinished message of one language: context, source, comment and how many forms."""
    root = ET.parse(TS_DIR / f"saferplan_{lang}.ts").getroot()
    found: list[dict[str, object]] = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            name, source, comment = _message_key(context, message)
            forms = len(translation.findall("numerusform"))
            found.append({"context": name, "source": source, "comment": comment,
                          "forms": forms, "translation": [""] * forms if forms else ""})
    return found


def apply(lang: str, entries: list[dict[str, object]]) -> int:
    """Write translated entries into one language's .ts file; return how many were applied."""
    ts = TS_DIR / f"saferplan_{lang}.ts"
    tree = ET.parse(ts)
    wanted = {(str(e["context"]), str(e["source"]), str(e.get("comment", ""))): e["translation"]
              for e in entries}
    applied = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            text = wanted.get(_message_key(context, message))
            translation = message.find("translation")
            if not text or translation is None:
                continue
            for form in list(translation):
                translation.remove(form)
            if isinstance(text, list):
                translation.text = None
                for item in text:
                    ET.SubElement(translation, "numerusform").text = str(item)
            else:
                translation.text = str(text)
            translation.attrib.pop("type", None)
            applied += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return applied


def main() -> None:
    """Run the command named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "build", "pending", "apply"))
    parser.add_argument("file", nargs="?", type=Path, help="with apply: the translated JSON")
    parser.add_argument("--language", action="append", help="only this language (repeatable)")
    parser.add_argument("--out", type=Path, default=TS_DIR, help="where build writes .qm files")
    parser.add_argument("--ts-dir", type=Path, default=TS_DIR, help="where update writes .ts files")
    args = parser.parse_args()
    if args.command == "update":
        update(tuple(args.language or LANGUAGES), args.ts_dir)
    elif args.command == "pending":
        for lang in args.language or LANGUAGES:
            json.dump(pending(lang), sys.stdout, ensure_ascii=False, indent=1)
            print()
    elif args.command == "apply":
        if not args.file or not args.language or len(args.language) != 1:
            parser.error("apply takes one JSON file and one --language")
        lang = args.language[0]
        count = apply(lang, json.loads(args.file.read_text(encoding="utf-8")))
        update((lang,))  # lupdate rewrites the file in its own layout
        print(f"applied {count} translations to {lang}")
    else:
        for qm in build(args.out):
            print(f"built {qm}")


if __name__ == "__main__":
    main()
