"""The installed package finds its data (forms, assets) through importlib.resources."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CHECK = """
import saferplan, saferplan.resources as r
from saferplan.forms import load_all_forms, load_demo_plan
forms = load_all_forms()
assert "site-packages" in saferplan.__file__, saferplan.__file__
assert "_data" in str(r.data_dir("forms")), r.data_dir("forms")
assert set(forms) == {"safety_plan", "release_plan"}
print(len(load_demo_plan().people), sum(len(f.questions()) for f in forms.values()))
"""


@pytest.mark.slow
def test_wheel_installs_with_its_data(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps",
                    "--no-build-isolation", "-q", "-w", str(dist)], check=True)
    wheel = next(dist.glob("saferplan-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True)
    # Run from an empty folder so the checkout is not on sys.path.
    out = subprocess.run([str(python), "-c", CHECK], cwd=tmp_path, check=True,
                         capture_output=True, text=True)
    people, questions = (int(n) for n in out.stdout.split())
    assert people > 0
    assert questions > 30
