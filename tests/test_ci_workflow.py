"""The CI workflow kept for a public forge (.github/workflows/ci.yml): a schema check here,
since it cannot run on these machines."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"
STEP_KEYS = {"name", "uses", "run", "with", "if", "env", "shell", "working-directory", "id",
             "continue-on-error", "timeout-minutes"}
JOB_KEYS = {"runs-on", "steps", "needs", "strategy", "defaults", "env", "if", "permissions",
            "timeout-minutes", "name", "outputs"}


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _jobs(workflow: dict[Any, Any]) -> dict[str, dict[str, Any]]:
    jobs = workflow["jobs"]
    assert isinstance(jobs, dict) and jobs
    return jobs


def _runners(job: dict[str, Any]) -> list[str]:
    runs_on = job["runs-on"]
    if isinstance(runs_on, str) and runs_on.startswith("${{ matrix."):
        key = runs_on.removeprefix("${{ matrix.").removesuffix(" }}")
        return list(job["strategy"]["matrix"][key])
    return [runs_on]


def test_top_level_keys(workflow: dict[Any, Any]) -> None:
    # YAML 1.1 reads the key `on` as True: accept both spellings.
    triggers = workflow.get("on", workflow.get(True))
    assert workflow["name"] and triggers and "pull_request" in triggers
    assert workflow["permissions"] == {"contents": "read"}


def test_jobs_and_steps_have_the_required_keys(workflow: dict[Any, Any]) -> None:
    jobs = _jobs(workflow)
    for name, job in jobs.items():
        assert set(job) <= JOB_KEYS, f"{name}: unknown keys {set(job) - JOB_KEYS}"
        assert job["runs-on"] and job["steps"], name
        needs = job.get("needs", [])
        for needed in [needs] if isinstance(needs, str) else needs:
            assert needed in jobs, f"{name} needs a job that does not exist: {needed}"
        for index, step in enumerate(job["steps"]):
            assert set(step) <= STEP_KEYS, f"{name} step {index}: {set(step) - STEP_KEYS}"
            assert ("uses" in step) != ("run" in step), f"{name} step {index}: uses XOR run"
            if "uses" in step:
                assert re.fullmatch(r"actions/[a-z-]+@v[0-9]+", step["uses"]), step["uses"]


def test_windows_macos_and_an_older_ubuntu_are_covered(workflow: dict[Any, Any]) -> None:
    runners = [r for job in _jobs(workflow).values() for r in _runners(job)]
    assert any(r.startswith("windows") for r in runners)
    assert any(r.startswith("macos") for r in runners)
    assert "ubuntu-22.04" in runners   # glibc 2.35: the floor the Linux folder is built for
    versions = {step["with"]["python-version"] for job in _jobs(workflow).values()
                for step in job["steps"] if step.get("uses", "").startswith("actions/setup-python")}
    assert versions == {"3.11"}


def test_windows_steps_run_in_bash_with_native_paths(workflow: dict[Any, Any]) -> None:
    for name, job in _jobs(workflow).items():
        if not any(r.startswith("windows") for r in _runners(job)):
            continue
        assert job.get("defaults", {}).get("run", {}).get("shell") == "bash", name
        for key, value in job.get("env", {}).items():
            if key.endswith("_DIR"):   # a path handed to Python must be native
                assert value.startswith("${{ github.workspace }}"), key


def test_the_scripts_it_calls_exist(workflow: dict[Any, Any]) -> None:
    scripts = set()
    for job in _jobs(workflow).values():
        for step in job["steps"]:
            scripts |= set(re.findall(r"((?:tools|\.ci|packaging)/[\w./-]+)", step.get("run", "")))
    assert {"tools/build_app.py", "tools/release.py", ".ci/run"} <= scripts
    for script in scripts:
        assert (ROOT / script).exists(), script
