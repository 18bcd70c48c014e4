"""What a hostile plan file can cost the reader: the KDF at the limits the reader accepts here.

Run from the checkout:  python benchmarks/hostile_kdf.py [--max-mib 512]

The reader refuses, before any KDF, memory above min(2 GiB, a quarter of RAM), more than 20
passes, more than 16 lanes, or more than READER_MAX_WORK (memory x passes, four times the
costliest file the app makes) (storage/kdf.py). Argon2id time grows linearly with memory x
passes, so the table measures a few points up to ``--max-mib`` (to spare a shared machine)
and extrapolates the worst file this computer accepts from the measured rate.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from saferplan.storage.kdf import (  # noqa: E402  (needs the checkout on sys.path first)
    READER_MAX_ITERATIONS,
    READER_MAX_LANES,
    READER_MAX_WORK,
    KdfParams,
    derive_key,
    physical_memory_bytes,
    reader_memory_limit_kib,
)


def seconds(params: KdfParams) -> float:
    """Time one key derivation."""
    start = time.perf_counter()
    derive_key(b"hostile", bytes(16), params)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max-mib", type=int, default=512)
    args = parser.parse_args()
    ram = physical_memory_bytes()
    limit_kib = reader_memory_limit_kib()
    print(f"RAM {ram // 2**20 if ram else '?'} MiB; the reader's memory limit here: "
          f"{limit_kib // 1024} MiB, at most {READER_MAX_ITERATIONS} passes, "
          f"{READER_MAX_LANES} lanes")
    print("| memory | passes | lanes | seconds |\n|---|---|---|---|")
    rates = []
    for mib in sorted({64, 256, args.max_mib}):
        for passes in (3, READER_MAX_ITERATIONS):
            if mib > args.max_mib:
                continue
            took = seconds(KdfParams(mib * 1024, passes, READER_MAX_LANES))
            rates.append(took / (mib * passes))
            print(f"| {mib} MiB | {passes} | {READER_MAX_LANES} | {took:.2f} |")
    work_mib = min(READER_MAX_WORK, limit_kib * READER_MAX_ITERATIONS) // 1024
    worst = max(rates) * work_mib
    print(f"| worst accepted here: {work_mib} MiB x passes in all (e.g. {limit_kib // 1024} "
          f"MiB x {work_mib * 1024 // limit_kib}) | | {READER_MAX_LANES} | about {worst:.0f} "
          "(extrapolated) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
