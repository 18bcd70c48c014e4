"""Hatch build hook: compile translations/*.ts into .qm files inside the wheel (never committed),
and put LICENSE and THIRD-PARTY-NOTICES.txt (made by packaging/notices.py) in saferplan/_data."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Runs pyside6-lrelease for each translation source when a wheel is built."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Add the compiled .qm files to the wheel under saferplan/_data/translations."""
        if self.target_name != "wheel":
            return
        if version != "editable":
            self._add_legal_files(build_data)
        sources = sorted(Path(self.root, "translations").glob("saferplan_*.ts"))
        if not sources:
            return
        lrelease = _find_lrelease()
        # An editable install reads translations/ in the checkout (gitignored .qm files there).
        editable = version == "editable"
        out = Path(self.root, "translations") if editable else Path(tempfile.mkdtemp())
        for ts in sources:
            qm = out / ts.with_suffix(".qm").name
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
            if not editable:
                build_data["force_include"][str(qm)] = f"saferplan/_data/translations/{qm.name}"

    def _add_legal_files(self, build_data: dict[str, Any]) -> None:
        """LICENSE and the notices, also under saferplan/_data where the app can find them."""
        spec = importlib.util.spec_from_file_location(
            "saferplan_notices", Path(self.root, "packaging", "notices.py"))
        assert spec is not None and spec.loader is not None
        notices = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = notices  # dataclasses look their module up there
        spec.loader.exec_module(notices)
        out = Path(tempfile.mkdtemp())
        written = notices.write_notices(out, standalone=False, assets=Path(self.root, "assets"))
        build_data["force_include"][str(written)] = f"saferplan/_data/{written.name}"
        build_data["force_include"][str(Path(self.root, "LICENSE"))] = "saferplan/_data/LICENSE"


def _find_lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise RuntimeError("pyside6-lrelease is needed to build the translations")
    return found
