"""Key changes in two steps (saferplan.storage.keychange): prepare (KDF) then apply (write)."""

from __future__ import annotations

from pathlib import Path

import pytest
from storage_support import PASS, make_doc, snapshot

from saferplan.storage import (
    PlanFile,
    StorageError,
    WrongPassphraseError,
    backup_path,
    read_plan,
)
from saferplan.storage.keychange import (
    prepare_new_recovery_code,
    prepare_passphrase_change,
    prepare_recovery_removal,
)

NEW = "lantern river seven"


def test_passphrase_change_rotates_the_data_key_and_drops_the_code(plan_path: Path) -> None:
    plan, doc = PlanFile.unlock(plan_path, PASS)
    code = plan.create_recovery_code()
    old_copy = plan_path.read_bytes()
    old_key, _ = plan.key_snapshot()
    change = prepare_passphrase_change(plan, PASS, NEW)
    assert change.removed_code and change.code is None
    plan.apply_key_change(change)
    new_key, _ = plan.key_snapshot()
    plan.close()
    assert new_key != old_key
    assert read_plan(plan_path, NEW)[0] == doc
    assert read_plan(backup_path(plan_path), NEW)[0] == doc
    with pytest.raises(WrongPassphraseError):
        read_plan(plan_path, PASS)
    with pytest.raises(WrongPassphraseError):
        PlanFile.unlock_with_recovery_code(plan_path, code)
    assert plan_path.read_bytes() != old_copy


def test_wrong_current_passphrase_writes_nothing(plan_path: Path) -> None:
    plan, _ = PlanFile.unlock(plan_path, PASS)
    before = snapshot(plan_path.parent)
    for prepare in (lambda: prepare_passphrase_change(plan, "not it at all", NEW),
                    lambda: prepare_new_recovery_code(plan, "not it at all"),
                    lambda: prepare_recovery_removal(plan, "not it at all")):
        with pytest.raises(WrongPassphraseError):
            prepare()
    assert snapshot(plan_path.parent) == before
    plan.close()


def test_preparing_writes_nothing_and_a_stale_change_is_refused(plan_path: Path) -> None:
    plan, _ = PlanFile.unlock(plan_path, PASS)
    before = snapshot(plan_path.parent)
    first = prepare_passphrase_change(plan, PASS, NEW)
    second = prepare_passphrase_change(plan, PASS, "another river song")
    assert snapshot(plan_path.parent) == before
    plan.apply_key_change(first)
    after = snapshot(plan_path.parent)
    with pytest.raises(StorageError, match="changed meanwhile"):
        plan.apply_key_change(second)
    assert snapshot(plan_path.parent) == after
    plan.close()
    assert read_plan(plan_path, NEW)[0].people


def test_new_recovery_code_opens_the_plan_and_replaces_the_old(plan_path: Path) -> None:
    plan, doc = PlanFile.unlock(plan_path, PASS)
    old_code = plan.create_recovery_code()
    change = prepare_new_recovery_code(plan, PASS)
    assert change.code and change.removed_code
    plan.apply_key_change(change)
    assert plan.has_recovery_code
    plan.close()
    opened, same = PlanFile.unlock_with_recovery_code(plan_path, change.code)
    opened.close()
    assert same == doc
    with pytest.raises(WrongPassphraseError):
        PlanFile.unlock_with_recovery_code(plan_path, old_code)
    assert read_plan(plan_path, PASS)[0] == doc


def test_removing_the_code_rotates_the_key_and_keeps_the_passphrase(plan_path: Path) -> None:
    plan, doc = PlanFile.unlock(plan_path, PASS)
    code = plan.create_recovery_code()
    old_key, _ = plan.key_snapshot()
    plan.apply_key_change(prepare_recovery_removal(plan, PASS))
    assert not plan.has_recovery_code
    assert plan.key_snapshot()[0] != old_key
    plan.save(make_doc(5))
    plan.close()
    assert read_plan(plan_path, PASS)[0] == make_doc(5)
    with pytest.raises(WrongPassphraseError):
        PlanFile.unlock_with_recovery_code(plan_path, code)
    assert doc != make_doc(5)


def test_key_material_is_not_in_the_repr(plan_path: Path) -> None:
    plan, _ = PlanFile.unlock(plan_path, PASS)
    change = prepare_new_recovery_code(plan, PASS)
    plan.close()
    assert change.code is not None and change.code not in repr(change)
    assert change.data_key.hex() not in repr(change)


def test_after_a_recovery_code_unlock_the_code_confirms_a_new_passphrase(
        plan_path: Path) -> None:
    plan, doc = PlanFile.unlock(plan_path, PASS)
    code = plan.create_recovery_code()
    plan.close()
    plan, _ = PlanFile.unlock_with_recovery_code(plan_path, code)
    assert plan.opened_with_code
    before = snapshot(plan_path.parent)
    with pytest.raises(WrongPassphraseError):  # neither the passphrase nor another code
        prepare_passphrase_change(plan, PASS, NEW)
    with pytest.raises(WrongPassphraseError):
        prepare_passphrase_change(plan, "2222-3333-4444-5555-6666-7777", NEW)
    assert snapshot(plan_path.parent) == before
    new_code = prepare_new_recovery_code(plan, code.lower().replace("-", " "))
    plan.apply_key_change(new_code)
    assert new_code.code is not None
    plan.apply_key_change(prepare_passphrase_change(plan, new_code.code, NEW))
    assert not plan.opened_with_code  # from now on the new passphrase confirms changes
    with pytest.raises(WrongPassphraseError):
        prepare_new_recovery_code(plan, new_code.code)
    plan.close()
    assert read_plan(plan_path, NEW)[0] == doc
    assert read_plan(backup_path(plan_path), NEW)[0] == doc


def test_removing_the_code_still_needs_the_passphrase(plan_path: Path) -> None:
    plan, _ = PlanFile.unlock(plan_path, PASS)
    code = plan.create_recovery_code()
    plan.close()
    plan, doc = PlanFile.unlock_with_recovery_code(plan_path, code)
    with pytest.raises(WrongPassphraseError):
        prepare_recovery_removal(plan, code)
    plan.apply_key_change(prepare_recovery_removal(plan, PASS))
    plan.close()
    assert read_plan(plan_path, PASS)[0] == doc
