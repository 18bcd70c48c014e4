"""The headless commands through saferplan.app.main: every command and every exit code."""

from __future__ import annotations

import getpass
import io
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saferplan.app import main
from saferplan.resources import data_dir
from saferplan.storage import backup_path, read_plan

PASS = "cli pass ☂"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan.storage import kdf

    monkeypatch.setattr(kdf, "kdf_for_new_file", lambda: kdf.TEST_KDF)


@pytest.fixture
def demo_json(tmp_path: Path) -> Path:
    target = tmp_path / "in.json"
    target.write_bytes((data_dir("forms") / "demo" / "plan.json").read_bytes())
    return target


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str,
        *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--passphrase-stdin", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
    assert len(err.strip().splitlines()) <= 1  # one clear line at most
    return code, out, err


@pytest.fixture
def plan(tmp_path: Path, demo_json: Path, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "plan.dat"
    code, _, _ = run(monkeypatch, capsys, f"{PASS}\n", "new", str(path), "--from-json",
                     str(demo_json))
    assert code == 0
    return path


def test_new_creates_a_plan_equal_to_the_json(plan: Path, demo_json: Path) -> None:
    doc, _ = read_plan(plan, PASS)
    from saferplan.model import loads_plan_json

    assert doc == loads_plan_json(demo_json.read_bytes())


def test_new_refuses_an_existing_file(plan: Path, demo_json: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    before = plan.read_bytes()
    code, _, err = run(monkeypatch, capsys, "x\n", "new", str(plan), "--from-json",
                       str(demo_json))
    assert code == 2 and "already exists" in err
    assert plan.read_bytes() == before


@pytest.mark.parametrize(("content", "needle"), [
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe", "UTF-8"),
    (None, "unknown question id"),
    (b'{"saferplan": 1, "people": [{"id": "p1", "name": "A", "roles": ["boss"]}]}',
     "people[0].roles[0]"),
])
def test_new_rejects_invalid_json_with_exit_2(tmp_path: Path, demo_json: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str],
                                              content: bytes | None, needle: str) -> None:
    if content is None:
        raw = json.loads(demo_json.read_text("utf-8"))
        raw["plans"][0]["answers"]["q_no_such_question"] = {"state": "skipped"}
        content = json.dumps(raw).encode()
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "new", str(tmp_path / "p.dat"),
                       "--from-json", str(source))
    assert code == 2 and needle in err
    assert not (tmp_path / "p.dat").exists()


def test_new_refuses_fifty_megabytes_of_junk_with_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "junk.json"
    source.write_bytes(bytes(range(256)) * (50 * 1024 * 1024 // 256))
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "new", str(tmp_path / "p.dat"),
                       "--from-json", str(source))
    assert code == 2 and "UTF-8" in err
    assert not (tmp_path / "p.dat").exists()


def test_new_with_missing_json_is_exit_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "new", str(tmp_path / "p.dat"),
                       "--from-json", str(tmp_path / "none.json"))
    assert code == 3 and "Could not read" in err


@pytest.mark.parametrize(("stdin", "needle"), [("", "ended"), ("\n", "empty")])
def test_new_needs_a_passphrase(tmp_path: Path, demo_json: Path, stdin: str, needle: str,
                                monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(monkeypatch, capsys, stdin, "new", str(tmp_path / "p.dat"),
                       "--from-json", str(demo_json))
    assert code == 2 and needle in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]


def test_new_interactive_asks_twice(tmp_path: Path, demo_json: Path,
                                    monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    answers = iter(["one", "two"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    code = main(["new", str(tmp_path / "p.dat"), "--from-json", str(demo_json)])
    assert code == 2 and "not the same" in capsys.readouterr().err
    answers = iter(["same quiet river"] * 2)
    code = main(["new", str(tmp_path / "p.dat"), "--from-json", str(demo_json)])
    assert code == 0
    assert read_plan(tmp_path / "p.dat", "same quiet river")[0].people


def test_check_reports_main_and_backup(plan: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(monkeypatch, capsys, f"{PASS}\n", "check", str(plan))
    assert code == 0 and "OK" in out and "no backup" in out
    run(monkeypatch, capsys, f"{PASS}\nnew lantern road\n", "passwd", str(plan))
    code, out, _ = run(monkeypatch, capsys, "new lantern road\n", "check", str(plan))
    assert code == 0 and "backup plan.dat.bak opens too" in out


def test_check_says_when_the_file_is_weak(plan: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from saferplan.storage import kdf

    code, out, _ = run(monkeypatch, capsys, f"{PASS}\n", "check", str(plan))
    assert code == 0 and "weaker" in out  # made with the injected TEST_KDF
    monkeypatch.setattr(kdf, "kdf_for_new_file", lambda: kdf.MIN_KDF)
    run(monkeypatch, capsys, f"{PASS}\nnew lantern road\n", "passwd", str(plan))
    code, out, _ = run(monkeypatch, capsys, "new lantern road\n", "check", str(plan))
    assert code == 0 and "OK" in out and "weaker" not in out


def test_check_wrong_passphrase_is_exit_1(plan: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(monkeypatch, capsys, "wrong\n", "check", str(plan))
    assert code == 1 and "Wrong passphrase, or the file is damaged." in err and not out


def test_check_damaged_main_names_the_usable_backup(plan: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    backup_path(plan).write_bytes(plan.read_bytes())
    damaged = bytearray(plan.read_bytes())
    damaged[-5] ^= 0x10
    plan.write_bytes(bytes(damaged))
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "check", str(plan))
    assert code == 1 and "plan.dat.bak opens" in err


def test_check_missing_file_is_exit_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(monkeypatch, capsys, "x\n", "check", str(tmp_path / "none.dat"))
    assert code == 3 and "does not exist" in err


def test_check_not_a_plan_file_is_exit_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "photo.dat"
    other.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    code, _, err = run(monkeypatch, capsys, "x\n", "check", str(other))
    assert code == 1 and "not a plan file" in err


def test_export_json_round_trips_and_warns(plan: Path, demo_json: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out_path = plan.parent / "out.json"
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "export", str(plan), "--json",
                       str(out_path))
    assert code == 0 and "not encrypted" in err
    assert json.loads(out_path.read_text("utf-8")) == json.loads(demo_json.read_text("utf-8"))
    assert oct(out_path.stat().st_mode & 0o777) == "0o600"


def test_export_wrong_passphrase_writes_nothing(plan: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted(p.name for p in plan.parent.iterdir())
    code, _, _ = run(monkeypatch, capsys, "wrong\n", "export", str(plan), "--json",
                     str(plan.parent / "out.json"))
    assert code == 1
    assert sorted(p.name for p in plan.parent.iterdir()) == before


def test_export_to_an_unwritable_place_is_exit_3(plan: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(monkeypatch, capsys, f"{PASS}\n", "export", str(plan), "--json",
                     str(plan.parent / "no" / "out.json"))
    assert code == 3


def test_export_never_overwrites_the_plan(plan: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    before = plan.read_bytes()
    for target in (plan, backup_path(plan)):
        code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "export", str(plan), "--json",
                           str(target))
        assert code == 2 and "must not be the plan file" in err
    assert plan.read_bytes() == before


def test_passwd_changes_the_passphrase(plan: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(monkeypatch, capsys, f"{PASS}\nnew lantern road\n", "passwd", str(plan))
    assert code == 0 and "changed" in out
    assert read_plan(plan, "new lantern road")[0].people
    code, _, _ = run(monkeypatch, capsys, f"{PASS}\nanother\n", "passwd", str(plan))
    assert code == 1


def test_passwd_on_a_plan_open_elsewhere_is_exit_3(plan: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from saferplan.storage import PlanFile

    holder, _ = PlanFile.unlock(plan, PASS)
    try:
        code, _, err = run(monkeypatch, capsys, f"{PASS}\nnew\n", "passwd", str(plan))
    finally:
        holder.close()
    assert code == 3 and "open in another window" in err


def test_unexpected_error_is_one_calm_line_without_data(
        plan: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from saferplan import cli

    def explode(*args: object) -> None:
        raise RuntimeError("CANARY secret answer")

    monkeypatch.setattr(cli, "read_plan", explode)
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "export", str(plan), "--json",
                       str(plan.parent / "o.json"))
    assert code == 3 and "CANARY" not in err and err.startswith("saferplan: ")


def test_usage_error_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["export", "f.dat"])
    assert exc.value.code == 2


def _export_available() -> bool:
    try:
        from saferplan import export
    except ImportError:
        return False
    return hasattr(export, "render_plan_pdf")


# The command line makes a QGuiApplication when none exists; in this shared test process a
# QApplication (pytest-qt's qapp) must exist first, or later widget tests abort.
@pytest.mark.skipif(not _export_available(), reason="saferplan.export is not ready")
@pytest.mark.parametrize("extra", [[], ["--card"], ["--discreet", "--paper", "letter"]])
@pytest.mark.usefixtures("qapp")
def test_export_pdf(plan: Path, monkeypatch: pytest.MonkeyPatch,
                    capsys: pytest.CaptureFixture[str], extra: list[str]) -> None:
    out_path = plan.parent / "out.pdf"
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "export", str(plan), "--pdf",
                       str(out_path), *extra)
    assert code == 0, err
    assert out_path.read_bytes().startswith(b"%PDF")
    assert not [p for p in os.listdir(plan.parent) if p.endswith(".tmp")]


@pytest.mark.skipif(not _export_available(), reason="saferplan.export is not ready")
@pytest.mark.usefixtures("qapp")
def test_export_pdf_with_password_and_unknown_language(
        plan: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    out_path = plan.parent / "out.pdf"
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "export", str(plan), "--pdf",
                       str(out_path), "--language", "xx")
    assert code == 2 and "xx" in err and not out_path.exists()
    code, _, err = run(monkeypatch, capsys, f"{PASS}\npdf pw\n", "export", str(plan), "--pdf",
                       str(out_path), "--pdf-password")
    assert code == 0, err
    import pypdf

    reader = pypdf.PdfReader(out_path)
    assert reader.is_encrypted and reader.decrypt("pdf pw")


# -- error lines never echo input values; Ctrl-D; export failures; passwd wording --------------
@pytest.mark.parametrize(("change", "needle"), [
    ("role", "people[0].roles[0]: unknown role '…'"),
    ("field", "people[0].…: unknown field"),
    ("question", "plans[0].answers.…: unknown question id '…' in 'release_plan'"),
])
def test_invalid_json_errors_do_not_echo_values(tmp_path: Path, demo_json: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str],
                                                change: str, needle: str) -> None:
    raw = json.loads(demo_json.read_text("utf-8"))
    person = raw["people"][0]
    if change == "role":
        person["roles"] = ["CANARY Lan's boss"]
    elif change == "field":
        person["CANARY Lan 416 555"] = "x"
    else:
        raw["plans"][0]["answers"]["CANARY Lan"] = {"state": "skipped"}
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(raw), "utf-8")
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "new", str(tmp_path / "p.dat"),
                       "--from-json", str(source))
    assert code == 2 and needle in err, err
    assert "CANARY" not in err and "Lan" not in err


@pytest.mark.parametrize(("change", "needle"), [
    ("question", "plans[0].answers.r_bond_persn: unknown question id 'r_bond_persn' in "
                 "'release_plan'"),
    ("duplicate", "people[1].id: the id 'p_twice' is used twice"),
    ("role", "people[0].roles[0]: unknown role 'bond_persn'"),
])
def test_invalid_json_errors_name_ids_that_follow_the_id_grammar(
        tmp_path: Path, demo_json: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], change: str, needle: str) -> None:
    raw = json.loads(demo_json.read_text("utf-8"))
    if change == "question":
        raw["plans"][0]["answers"]["r_bond_persn"] = {"state": "skipped"}
    elif change == "role":
        raw["people"][0]["roles"] = ["bond_persn"]
    else:
        raw["people"].append(dict(raw["people"][0], name="B"))
        raw["people"][0]["id"] = raw["people"][1]["id"] = "p_twice"
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(raw), "utf-8")
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "new", str(tmp_path / "p.dat"),
                       "--from-json", str(source))
    assert code == 2 and needle in err, err


@pytest.mark.parametrize(("key", "field"), [("log", "log[0].id"), ("people", "people[0].id"),
                                            ("language", "language")])
def test_new_refuses_an_id_with_a_trailing_line_break(
        tmp_path: Path, demo_json: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], key: str, field: str) -> None:
    raw = json.loads(demo_json.read_text("utf-8"))
    if key == "language":
        raw["language"] += "\n"
    else:
        raw[key][0]["id"] += "\n"
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(raw), "utf-8")
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "new", str(tmp_path / "p.dat"),
                       "--from-json", str(source))
    assert code == 2 and f"bad.json: {field}: must be " in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "in.json"]


@pytest.mark.parametrize(("text", "reason"), [
    ('{"saferplan": ' + "1" * 5000 + "}", "too many digits"),
    ('{"saferplan": NaN}', "NaN is not a JSON value"),
    ('{"saferplan": 1, "saferplan": 1}', "a key is given twice"),
])
def test_invalid_json_values_are_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str], text: str,
                                        reason: str) -> None:
    source = tmp_path / "bad.json"
    source.write_text(text, "utf-8")
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "new", str(tmp_path / "p.dat"),
                       "--from-json", str(source))
    assert code == 2 and reason in err and "went wrong inside" not in err, err


@pytest.mark.parametrize("argv", [["check"], ["passwd"], ["export", "--json", "o.json"]])
def test_ctrl_d_at_a_passphrase_prompt_is_exit_2(plan: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str],
                                                 argv: list[str]) -> None:
    def eof(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(getpass, "getpass", eof)
    monkeypatch.chdir(plan.parent)
    before = sorted(p.name for p in plan.parent.iterdir())
    code = main([argv[0], str(plan), *argv[1:]])
    err = capsys.readouterr().err
    assert code == 2 and "No passphrase was given." in err and "wrong" not in err
    assert sorted(p.name for p in plan.parent.iterdir()) == before


def test_ctrl_d_at_the_new_passphrase_prompt(plan: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    answers = iter([PASS])

    def first_then_eof(prompt: str = "") -> str:
        try:
            return next(answers)
        except StopIteration:
            raise EOFError from None

    monkeypatch.setattr(getpass, "getpass", first_then_eof)
    before = plan.read_bytes()
    assert main(["passwd", str(plan)]) == 2
    assert "No passphrase was given." in capsys.readouterr().err
    assert plan.read_bytes() == before


@pytest.mark.parametrize("failure", ["missing folder", "disk full"])
def test_a_failed_export_says_nothing_was_written(plan: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str],
                                                  failure: str) -> None:
    import errno

    out = plan.parent / "out.json"
    if failure == "missing folder":
        out = plan.parent / "no" / "out.json"
    else:
        def full(fd: int, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "write", full)
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "export", str(plan), "--json", str(out))
    assert code == 3 and "Nothing was written." in err
    assert "previous version" not in err and not out.exists()
    assert not [p for p in os.listdir(plan.parent) if p.endswith(".tmp")]


@pytest.mark.parametrize("with_code", [False, True])
def test_passwd_says_what_no_longer_works(plan: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str],
                                          with_code: bool) -> None:
    from saferplan.storage import PlanFile

    if with_code:
        opened, _ = PlanFile.unlock(plan, PASS)
        opened.create_recovery_code()
        opened.close()
    code, out, _ = run(monkeypatch, capsys, f"{PASS}\nnew lantern road\n", "passwd", str(plan))
    assert code == 0
    assert "The old passphrase no longer opens this file." in out
    assert ("Copies of the file made before (for example on a USB stick) still open with the "
            "old passphrase.") in out
    assert ("Your recovery code no longer works. To make a new one, open the plan in the app "
            "and choose Settings, then \"Make a new recovery code\"." in out) is with_code
    assert read_plan(plan, "new lantern road")[0].people


def test_new_refuses_a_spoofed_number_with_the_field_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "hostile.json"
    source.write_text(json.dumps({"saferplan": 1, "people": [
        {"id": "p1", "name": "Lan", "phone": "+1 416 555 \u202e0101\u202c", "roles": []}]}),
        encoding="utf-8")
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "new", str(tmp_path / "p.dat"),
                       "--from-json", str(source))
    assert code == 2
    assert "people[0].phone" in err and "U+202E" in err
    assert not (tmp_path / "p.dat").exists()


@pytest.mark.parametrize(("weak", "needle"), [
    ("password1", "most common passwords"),
    ("qwertyuiop", "most common passwords"),
    ("zxcvbnmlkjh", "keyboard or letter pattern"),
    ("14.07.1989", "numbers alone"),
    ("short", "too short"),
    ("          ", "only spaces"),
])
def test_new_and_passwd_refuse_a_weak_passphrase(tmp_path: Path, demo_json: Path, plan: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str],
                                                 weak: str, needle: str) -> None:
    target = tmp_path / "weak.dat"
    code, _, err = run(monkeypatch, capsys, f"{weak}\n", "new", str(target),
                       "--from-json", str(demo_json))
    assert code == 2 and needle in err.lower() and "Nothing was changed" in err
    assert not target.exists() and not backup_path(target).exists()
    before = plan.read_bytes()
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n{weak}\n", "passwd", str(plan))
    assert code == 2 and needle in err.lower()
    assert plan.read_bytes() == before
    assert read_plan(plan, PASS)[0].people


def test_non_utf8_passphrase_on_stdin_is_exit_2(tmp_path: Path, demo_json: Path, plan: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"caf\xe9 au lait\n")))
    code = main(["--passphrase-stdin", "new", str(tmp_path / "p.dat"), "--from-json",
                 str(demo_json)])
    err = capsys.readouterr().err
    assert code == 2 and "not valid UTF-8" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "p.dat").exists()
    # A locale that is not UTF-8 keeps a stray byte as a surrogate: refused the same way.
    code, _, err = run(monkeypatch, capsys, f"{PASS}\ncaf\udce9 au lait\n", "passwd", str(plan))
    assert code == 2 and "not valid UTF-8" in err
    assert read_plan(plan, PASS)[0].people


def test_non_utf8_passphrase_at_the_prompt_is_exit_2(tmp_path: Path, demo_json: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    def undecodable(prompt: str = "") -> str:
        raise UnicodeDecodeError("utf-8", b"\xe9", 0, 1, "invalid continuation byte")

    monkeypatch.setattr(getpass, "getpass", undecodable)
    code = main(["new", str(tmp_path / "p.dat"), "--from-json", str(demo_json)])
    assert code == 2 and "not valid UTF-8" in capsys.readouterr().err


def test_check_names_the_version_that_last_saved(plan: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from saferplan import __version__

    code, out, _ = run(monkeypatch, capsys, f"{PASS}\n", "check", str(plan))
    assert code == 0 and f"Last saved by SaferPlan {__version__}." in out


def test_check_reports_generations_and_says_before_a_second_kdf(
        plan: Path, tmp_path: Path, demo_json: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(monkeypatch, capsys, f"{PASS}\n", "check", str(plan))
    assert code == 0 and "Plan file: save 1." in out
    other = tmp_path / "other.dat"
    run(monkeypatch, capsys, f"{PASS}\n", "new", str(other), "--from-json", str(demo_json))
    backup_path(plan).write_bytes(other.read_bytes())  # a backup with its own key slot
    code, out, _ = run(monkeypatch, capsys, f"{PASS}\n", "check", str(plan))
    assert code == 0
    assert "runs the key derivation a second time" in out
    assert "Plan file: save 1. Backup plan.dat.bak: save 1." in out


@pytest.mark.parametrize("target", ["sub/../plan.dat.bak", "sub/../plan.dat", "./sub/../x/.."
                                    "/plan.dat.bak"])
def test_export_json_resolves_paths_before_refusing_the_plan(
        plan: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        target: str) -> None:
    for folder in ("sub", "x"):
        (plan.parent / folder).mkdir()
    monkeypatch.chdir(plan.parent)
    before = plan.read_bytes()
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "export", str(plan), "--json", target)
    assert code == 2 and "must not be the plan file" in err
    assert plan.read_bytes() == before and not backup_path(plan).exists()


def test_new_never_speaks_of_a_previous_version(tmp_path: Path, demo_json: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    import errno

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    code, _, err = run(monkeypatch, capsys, f"{PASS}\n", "new", str(tmp_path / "p.dat"),
                       "--from-json", str(demo_json))
    assert code == 3 and "disk is full" in err
    assert "previous version" not in err and "No plan file was made." in err
    assert not (tmp_path / "p.dat").exists()


@pytest.mark.parametrize("command", ["check", "export", "passwd"])
def test_every_command_that_opens_the_plan_removes_a_crash_leftover(
        plan: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        command: str) -> None:
    leftover = plan.parent / f".{'ab' * 16}.tmp"
    leftover.write_bytes(b"ciphertext of a save cut short")
    os.utime(leftover, (time.time() - 30, time.time() - 30))  # a crash half a minute ago
    argv = {"check": ["check", str(plan)], "passwd": ["passwd", str(plan)],
            "export": ["export", str(plan), "--json", str(plan.parent / "o.json")]}[command]
    code, _, err = run(monkeypatch, capsys, f"{PASS}\nnew lantern road\n", *argv)
    assert code == 0, err
    assert not leftover.exists()


def test_passwd_marks_older_copies_on_this_computer(plan: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from saferplan.storage.paths import app_dirs

    app_dirs().settings_dir.mkdir(parents=True)  # the app was used on this computer
    old = tmp_path / "kept.bin"
    old.write_bytes(plan.read_bytes())  # someone keeps a copy
    code, out, _ = run(monkeypatch, capsys, f"{PASS}\nnew lantern road\n", "passwd", str(plan))
    assert code == 0 and "older" not in out
    plan.write_bytes(old.read_bytes())  # ... and puts it back; it opens with the old passphrase
    before = {p.name: p.read_bytes() for p in plan.parent.iterdir() if p.is_file()}
    code, _, err = run(monkeypatch, capsys, f"{PASS}\nother lantern path\n", "passwd", str(plan))
    assert code == 1 and "older than the last one saved on this computer" in err
    assert "Nothing was changed." in err
    assert {p.name: p.read_bytes() for p in plan.parent.iterdir() if p.is_file()} == before


def test_passwd_with_the_recovery_code_sets_a_new_passphrase(
        plan: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from saferplan.storage import PlanFile

    opened, _ = PlanFile.unlock(plan, PASS)
    recovery = opened.create_recovery_code()
    opened.close()
    code, _, err = run(monkeypatch, capsys, f"{PASS}\nnew lantern road\n", "passwd", str(plan),
                       "--recovery-code")
    assert code == 1 and "recovery code" in err  # the passphrase is not the code
    code, out, _ = run(monkeypatch, capsys, f"{recovery}\nnew lantern road\n", "passwd",
                       str(plan), "--recovery-code")
    assert code == 0 and "Your recovery code no longer works" in out
    assert read_plan(plan, "new lantern road")[0].people


@pytest.mark.parametrize("kind", ["--json", "--pdf"])
@pytest.mark.usefixtures("qapp")
def test_export_refuses_to_overwrite_another_plan_file(
        plan: Path, tmp_path: Path, demo_json: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], kind: str) -> None:
    other = tmp_path / "other.dat"
    code, _, _ = run(monkeypatch, capsys, f"{PASS}\n", "new", str(other), "--from-json",
                     str(demo_json))
    assert code == 0
    backup = tmp_path / "renamed.bak"
    backup.write_bytes(other.read_bytes())
    for target in (other, backup):
        before = target.read_bytes()
        code, out, err = run(monkeypatch, capsys, f"{PASS}\n", "export", str(plan), kind,
                             str(target))
        assert code == 2 and "is an encrypted plan file or a backup" in err
        assert target.read_bytes() == before and not out
    # Any other existing file is overwritten, as documented.
    text = tmp_path / "old-export.json"
    text.write_text("{}")
    code, _, _ = run(monkeypatch, capsys, f"{PASS}\n", "export", str(plan), "--json", str(text))
    assert code == 0 and text.read_bytes() != b"{}"


@pytest.fixture
def collector_restored() -> Iterator[None]:
    import gc

    was = gc.isenabled()
    yield None
    (gc.enable if was else gc.disable)()


def test_the_cycle_collector_waits_for_the_window_and_runs_for_commands(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector_restored: None) -> None:
    """Start-up makes many objects and frees almost none: no collector pass until the first
    window is drawn (the window turns it on); a command runs with it on."""
    import gc
    import types

    from saferplan import app, cli

    seen: dict[str, bool] = {}

    def run_gui(args: object) -> int:
        seen["window"] = gc.isenabled()
        return 0

    def run_command(args: object) -> int:
        seen["command"] = gc.isenabled()
        return 0

    monkeypatch.setattr(app, "load_gui", lambda: types.SimpleNamespace(run_gui=run_gui))
    monkeypatch.setattr(cli, "run_command", run_command)
    gc.enable()
    assert main(["--portable", str(tmp_path)]) == 0
    gc.enable()               # the window turns it on after its first frame; the stub does not
    assert main(["check", str(tmp_path / "p.dat")]) == 0
    assert seen == {"window": False, "command": True}
    gc.disable()              # a caller's own setting is kept for the command
    assert main(["check", str(tmp_path / "p.dat")]) == 0
    assert seen["command"] is False


WORDS = ["--demo", "--portable", "--language", "--portable=a b", "--language=km", "--demo=1",
         "--passphrase-stdin", "--port", "-h", "--version", "--", "a", "km", "-x", "check", "x=y",
         ""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=6))
def test_the_window_options_are_read_as_the_parser_reads_them(argv: list[str]) -> None:
    """Whenever the quick reading of the window's options answers, the full parser accepts the
    same command line and gives the same answer."""
    from saferplan.app import build_parser, window_arguments

    quick = window_arguments(argv)
    if quick is not None:
        assert vars(quick) == vars(build_parser().parse_args(argv))


def test_the_usual_starts_are_read_without_the_parser() -> None:
    from saferplan.app import window_arguments

    for argv in ([], ["--demo"], ["--portable", "/media/USB/notes"], ["--language=km"],
                 ["--language", "ar", "--portable=/tmp/p", "--demo"]):
        assert window_arguments(argv) is not None, argv
    for argv in (["check", "p.dat"], ["--help"], ["--portable"], ["--demo", "--demo"]):
        assert window_arguments(argv) is None, argv


@pytest.mark.parametrize("was_on", [True, False], ids=["on", "off"])
def test_an_early_stop_leaves_the_cycle_collector_as_it_was(
        was_on: bool, capsys: pytest.CaptureFixture[str], collector_restored: None) -> None:
    """--version, --help and a usage error stop main before the window or a command; tests call
    main in their own process, whose collector must be as they left it."""
    import gc

    for argv in (["--version"], ["--help"], ["--no-such-option"]):
        (gc.enable if was_on else gc.disable)()
        with pytest.raises(SystemExit):
            main(argv)
        assert gc.isenabled() == was_on, argv
    capsys.readouterr()
