"""Peak memory of reading, parsing and unlocking a plan file near the 265 MiB size limit.

Run:  python benchmarks/parse_memory.py
Makes a plan of about 265 MiB (ten 20 MiB attachments, the model's limit of 200 MiB, and
about 63 MiB of answers in the plan JSON) with the fast test KDF, then measures in a fresh
process each: (a) reading and parsing the file without decrypting it, (b) PlanFile.unlock,
(b') read_plan, which ``saferplan export`` uses, and (c) check_plan, which opens the file and
then its backup (as ``saferplan check`` does).
Each row gives the tracemalloc peak (Python's own allocations) and the process's peak resident
memory (VmHWM, the ru_maxrss of this process alone: interpreter, modules and libraries
included), each also as a ratio to the file size.
Target: (a) peaks at ≤ 1.5 × the file size (no slice copies of the file's bytes).
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

MIB = 1024 * 1024
PASSPHRASE = "benchmark passphrase"
ANSWER_MIB = 63
CHILD = r"""
import sys, tracemalloc
from pathlib import Path
from saferplan.storage import kdf
# The file was made with the fast test KDF: keep unlock from re-keying it at the
# calibrated cost, whose Argon2 memory would hide what this measures.
kdf.kdf_for_new_file = lambda: kdf.TEST_KDF
from saferplan.storage import fileformat
from saferplan.storage.filestate import read_file
from saferplan.storage.plan_bytes import read_plan
from saferplan.storage.planfile import PlanFile
from saferplan.storage.check import check_plan

path, mode = Path(sys.argv[1]), sys.argv[2]
tracemalloc.start()
if mode == "parse":
    data, _ = read_file(path)
    parsed = fileformat.parse(data)
elif mode == "read_plan":
    doc, key = read_plan(path, sys.argv[3])
elif mode == "unlock":
    plan, doc = PlanFile.unlock(path, sys.argv[3])
else:
    result = check_plan(path, sys.argv[3])
    assert result.main_error is None and result.backup_ok, result
_, peak = tracemalloc.get_traced_memory()
# VmHWM, not getrusage's ru_maxrss: on Linux that also counts the parent's memory at fork.
hwm = next(line for line in Path("/proc/self/status").read_text().splitlines()
           if line.startswith("VmHWM:"))
print(peak, int(hwm.split()[1]) * 1024)
"""


def make_plan(folder: Path) -> Path:
    """A plan of about 265 MiB: 200 MiB of random attachments and ~63 MiB of answer text."""
    from saferplan.model import Answer, Plan, PlanDocument
    from saferplan.model.record import MAX_ATTACHMENT_BYTES, add_attachment
    from saferplan.storage import TEST_KDF, PlanFile

    doc = PlanDocument(language="en")
    doc.plans.append(Plan(id="s1", form="safety_plan", answers={}))
    text = os.urandom(MIB // 2).hex()  # 1 MiB of ASCII: the JSON is as long as the text
    for number in range(ANSWER_MIB):
        doc.plans[0].answers[f"q{number}"] = Answer("answered", text)
    for number in range(10):
        add_attachment(doc, f"photo {number}.jpg", "image/jpeg",
                       os.urandom(MAX_ATTACHMENT_BYTES), datetime.date(2026, 11, 2))
    path = folder / "large.dat"
    plan = PlanFile.create(path, PASSPHRASE, doc, TEST_KDF)
    plan.save(doc)  # now with a backup, for check_plan
    plan.close()
    return path


def measure(path: Path, mode: str) -> tuple[int, int]:
    """(tracemalloc peak, peak resident memory) in bytes of one mode, in a fresh process."""
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), mode, PASSPHRASE],
                         check=True, capture_output=True, text=True, cwd=ROOT).stdout
    peak, maxrss = out.split()
    return int(peak), int(maxrss)


def main() -> None:
    """Print the peaks of parsing and unlocking, in MiB and as a ratio to the file size."""
    with tempfile.TemporaryDirectory() as folder:
        path = make_plan(Path(folder))
        size = path.stat().st_size
        print(f"file size: {size / MIB:.1f} MiB")
        print(f"{'step':<34}{'tracemalloc peak':>18}{'ratio':>7}{'peak RSS':>12}{'ratio':>7}")
        for mode, label in (("parse", "(a) read + parse, no decryption"),
                            ("unlock", "(b) PlanFile.unlock"),
                            ("read_plan", "(b') read_plan (CLI export)"),
                            ("check", "(c) check_plan (file and backup)")):
            peak, maxrss = measure(path, mode)
            print(f"{label:<34}{peak / MIB:>14.1f} MiB{peak / size:>7.2f}"
                  f"{maxrss / MIB:>8.1f} MiB{maxrss / size:>7.2f}")
    print("target: (a) tracemalloc peak ≤ 1.50 × file size")


if __name__ == "__main__":
    main()
