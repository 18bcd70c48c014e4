"""Translation pipeline: extract strings into translations/*.ts, compile them to .qm.

    python tools/translations.py update   # code + question sets + directory -> translations/*.ts
    python tools/translations.py build    # translations/*.ts -> translations/*.qm (not committed)

Code strings are found by pyside6-lupdate. The question sets and the directory are TOML, which
lupdate cannot read, so they are first written as translate() calls into a generated Python file
(build/i18n/form_strings.py) that lupdate reads with the package sources.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
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


def main() -> None:
    """Run the command named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "build"))
    parser.add_argument("--language", action="append", help="only this language (repeatable)")
    parser.add_argument("--out", type=Path, default=TS_DIR, help="where build writes .qm files")
    parser.add_argument("--ts-dir", type=Path, default=TS_DIR, help="where update writes .ts files")
    args = parser.parse_args()
    if args.command == "update":
        update(tuple(args.language or LANGUAGES), args.ts_dir)
    else:
        for qm in build(args.out):
            print(f"built {qm}")


if __name__ == "__main__":
    main()
