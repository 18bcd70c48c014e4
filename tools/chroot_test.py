"""Run the built folder in minimal Debian chroots: the window appears; new, check, export.

    sudo python tools/chroot_test.py                          # Debian 12 and 13, dist/SaferPlan
    sudo python tools/chroot_test.py --suite bookworm --keep  # one suite; keep the chroot

Not part of CI: it needs root, downloads about 95 MB of packages per suite from
deb.debian.org (510 MB unpacked) and takes minutes. Each chroot is `debootstrap
--variant=minbase` plus DESKTOP_PACKAGES (libraries a Linux desktop has) plus TEST_TOOLS (to run
the test headless, not needed by the app). The built folder is copied in; nothing else of the
build machine is visible inside. A screenshot of each window is saved beside the chroot as
<suite>-window.png.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIRROR = "http://deb.debian.org/debian"
SUITES = ("bookworm", "trixie")
# What any X11 desktop already has: OpenGL/EGL, xkbcommon, fontconfig and FreeType, D-Bus,
# GLib, Xlib and the xcb libraries Qt's xcb platform plugin loads. Package names per suite.
DESKTOP_PACKAGES = (
    "libgl1", "libegl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1",
    "libfreetype6", "libdbus-1-3", "libx11-6", "libx11-xcb1", "libxcb1", "libxcb-cursor0",
    "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1",
    "libxcb-xfixes0", "libxcb-sync1", "libxcb-shm0", "libxcb-util1", "libxrender1", "libxi6",
    "libsm6", "libice6")
GLIB = {"bookworm": "libglib2.0-0", "trixie": "libglib2.0-0t64"}
TEST_TOOLS = ("xvfb", "x11-utils")  # Xvfb to show the window, xwininfo to find it
PASSPHRASE = "chroot test passphrase"
PLAN_JSON = ('{"saferplan": 1, "language": "vi", "documents": [], "plans": [], "log": [],'
             ' "people": [{"id": "p1", "name": "Lan", "phone": "+1 416 555 0101",'
             ' "roles": ["bond_person"], "memorize": true, "notes": ""}]}')
# Run inside the chroot as an unprivileged-looking fresh user: empty HOME and temp folder.
ROUND_TRIP = f"""set -e
export HOME=/tmp/home TMPDIR=/tmp/run LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
rm -rf /tmp/home /tmp/run /tmp/out && mkdir -p /tmp/home /tmp/run /tmp/out
ldd --version | head -n 1
/opt/app/saferplan --version
printf '%s' '{PLAN_JSON}' > /tmp/out/plan.json
echo '{PASSPHRASE}' | /opt/app/saferplan new /tmp/out/notes.dat --from-json /tmp/out/plan.json \\
    --passphrase-stdin
echo '{PASSPHRASE}' | /opt/app/saferplan check /tmp/out/notes.dat --passphrase-stdin
echo '{PASSPHRASE}' | /opt/app/saferplan export /tmp/out/notes.dat --pdf /tmp/out/card.pdf \\
    --card --language km --passphrase-stdin
echo '{PASSPHRASE}' | /opt/app/saferplan export /tmp/out/notes.dat --json /tmp/out/back.json \\
    --passphrase-stdin
grep -q '+1 416 555 0101' /tmp/out/back.json
head -c 5 /tmp/out/card.pdf
echo
echo ROUND TRIP OK
"""
WINDOW = """export HOME=/tmp/home TMPDIR=/tmp/run LANG=C.UTF-8 DISPLAY=:77
rm -rf /tmp/xvfb && mkdir -p /tmp/xvfb
Xvfb :77 -screen 0 1366x768x24 -nolisten tcp -fbdir /tmp/xvfb >/dev/null 2>&1 &
XVFB=$!
sleep 2
/opt/app/saferplan --language vi > /tmp/out/window.log 2>&1 &
APP=$!
for i in $(seq 1 60); do
  if xwininfo -root -tree | grep -q '"Notes"'; then break; fi
  sleep 1
done
sleep 3
xwininfo -root -tree | grep '"Notes"'
cp /tmp/xvfb/Xvfb_screen0 /tmp/out/screen.xwd
kill $APP; wait $APP; kill $XVFB; wait $XVFB
"""
# A top-level window titled "Notes" (the app's neutral default title) at least this big.
_BIG_WINDOW = re.compile(r'"Notes":.*?\b([0-9]{3,4})x([0-9]{3,4})\+')


def window_is_up(xwininfo_out: str) -> bool:
    """True if xwininfo lists a "Notes" window of at least 300 x 200 pixels."""
    return any(int(w) >= 300 and int(h) >= 200 for w, h in _BIG_WINDOW.findall(xwininfo_out))


def xwd_to_png(xwd: bytes) -> bytes:
    """Convert Xvfb's 24-bit screen dump (XWD, 32 bits per pixel) to a PNG (no ImageMagick)."""
    fields = struct.unpack(">25I", xwd[:100])
    header_size, width, height, byte_order = fields[0], fields[4], fields[5], fields[7]
    bytes_per_line, ncolors = fields[12], fields[19]
    pixels = xwd[header_size + 12 * ncolors:]
    rows = []
    for y in range(height):
        line = pixels[y * bytes_per_line:y * bytes_per_line + 4 * width]
        if byte_order == 0:  # LSB first: B G R X
            rgb = bytes(b for i in range(0, len(line), 4) for b in (line[i + 2], line[i + 1],
                                                                      line[i]))
        else:  # MSB first: X R G B
            rgb = bytes(b for i in range(0, len(line), 4) for b in line[i + 1:i + 4])
        rows.append(b"\0" + rgb)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                                 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b""))


def debootstrap(suite: str, target: Path) -> None:
    """Make a minimal chroot of this Debian suite with the desktop libraries and test tools."""
    packages = [*DESKTOP_PACKAGES, GLIB[suite], *TEST_TOOLS]
    subprocess.run(["debootstrap", "--variant=minbase", f"--include={','.join(packages)}",
                    suite, str(target), MIRROR], check=True, stdout=subprocess.DEVNULL)


def run_in(target: Path, script: str) -> subprocess.CompletedProcess[str]:
    """Run a shell script inside the chroot with /proc and /dev mounted for the time."""
    mounts = [(target / "proc", ["mount", "-t", "proc", "proc"]),
              (target / "dev", ["mount", "--bind", "/dev"])]
    done: list[Path] = []
    try:
        for point, command in mounts:
            subprocess.run([*command, str(point)], check=True)
            done.append(point)
        return subprocess.run(["chroot", str(target), "/bin/sh", "-c", script],
                              capture_output=True, text=True, timeout=600, check=False,
                              env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin"})
    finally:
        for point in reversed(done):
            for _ in range(10):  # the last process inside may take a moment to go
                if subprocess.run(["umount", str(point)], check=False).returncode == 0:
                    break
                time.sleep(1)


def test_suite(suite: str, folder: Path, chroots: Path, keep: bool) -> bool:
    """Debootstrap (unless kept from before), copy the folder in, run both checks; True if OK."""
    target = chroots / suite
    if not (target / "usr" / "bin" / "Xvfb").exists():
        started = time.perf_counter()
        debootstrap(suite, target)
        print(f"{suite}: debootstrap took {time.perf_counter() - started:.0f} s")
    app = target / "opt" / "app"
    shutil.rmtree(app, ignore_errors=True)
    shutil.copytree(folder, app, symlinks=True)
    ok = True
    for name, script in (("round trip", ROUND_TRIP), ("window", WINDOW)):
        result = run_in(target, script)
        passed = ("ROUND TRIP OK" in result.stdout if script is ROUND_TRIP
                  else window_is_up(result.stdout))
        ok = ok and passed
        print(f"--- {suite}: {name}: {'PASS' if passed else 'FAIL'}")
        print(result.stdout.strip())
        if not passed:
            print(result.stderr.strip()[-3000:])
    shot = target / "tmp" / "out" / "screen.xwd"
    if shot.is_file():
        png = chroots / f"{suite}-window.png"
        png.write_bytes(xwd_to_png(shot.read_bytes()))
        print(f"{suite}: screenshot {png}")
    if not keep:
        shutil.rmtree(target)
    return ok


def main() -> None:
    """Test the folder in each suite; exit 1 if any check failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=ROOT / "dist" / "SaferPlan")
    parser.add_argument("--suite", choices=SUITES, action="append")
    parser.add_argument("--chroots", type=Path, default=ROOT / "build" / "chroots")
    parser.add_argument("--keep", action="store_true", help="keep the chroots for a next run")
    args = parser.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("needs root (debootstrap, chroot, mount)")
    if not (args.folder / "saferplan").is_file():
        raise SystemExit(f"no built folder at {args.folder}: run python tools/build_app.py")
    args.chroots.mkdir(parents=True, exist_ok=True)
    results = {suite: test_suite(suite, args.folder, args.chroots, args.keep)
               for suite in args.suite or SUITES}
    print("\n".join(f"{suite}: {'PASS' if ok else 'FAIL'}" for suite, ok in results.items()))
    sys.exit(0 if all(results.values()) else 1)


if __name__ == "__main__":
    main()
