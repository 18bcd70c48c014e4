"""The one passphrase rule (saferplan.storage.passphrase), shared by the app and the CLI."""

from __future__ import annotations

import pytest

from saferplan.storage.passphrase import (
    MIN_PASSPHRASE_LENGTH,
    Hint,
    common_passwords,
    judge_passphrase,
)


@pytest.mark.parametrize(("passphrase", "hint"), [
    ("", Hint.EMPTY),
    ("        ", Hint.BLANK),
    ("\t \u3000 ", Hint.BLANK),
    ("   ab   ", Hint.TOO_SHORT),
    ("a" * (MIN_PASSPHRASE_LENGTH - 1), Hint.TOO_SHORT),
    ("password", Hint.COMMON),
    ("Password123!", Hint.COMMON),
    ("P@ssw0rd", Hint.COMMON),
    ("p a s s w o r d", Hint.COMMON),
    ("sunshine2024", Hint.COMMON),
    ("monkeymonkey", Hint.COMMON),
    ("iloveyou", Hint.COMMON),
    ("abcdefghij", Hint.PATTERN),
    ("98765432", Hint.NUMBERS),
    ("14.07.1989", Hint.NUMBERS),
    ("Sasha2019!", Hint.COMMON),
    ("ёёёёёёёёёё", Hint.PATTERN),
    ("xyxyxyxyxy", Hint.PATTERN),
    ("poiuytrewqa", Hint.PATTERN),
    ("qwertzuiopü", Hint.PATTERN),
    ("wsxedcrfvtgb", Hint.PATTERN),
    ("cdexswzaq", Hint.PATTERN),
    ("hjklhjkl", Hint.PATTERN),
    ("bluecar7", Hint.FAIR),
    ("tiger lily moon", Hint.GOOD),
    ("correct horse battery staple", Hint.STRONG),
    ("មេឃពណ៌ខៀវស្រស់", Hint.FAIR),
])
def test_rule(passphrase, hint):
    assert judge_passphrase(passphrase).hint is hint


def test_only_strength_hints_are_acceptable():
    acceptable = {hint for hint in Hint if hint.acceptable}
    assert acceptable == {Hint.FAIR, Hint.GOOD, Hint.STRONG}
    assert judge_passphrase("tiger lily moon").acceptable
    assert not judge_passphrase("password").acceptable


def test_bundled_list_holds_ten_thousand_lower_case_entries():
    listed = common_passwords()
    assert len(listed) >= 10_000  # the list, and its entries without digits at the end
    assert {"123456", "password", "qwerty", "iloveyou"} <= listed
    assert all(entry == entry.lower() and entry.strip() == entry for entry in listed)


def test_most_of_the_list_is_refused():
    """Every listed password that is long enough is refused, not only the first few."""
    long_enough = [entry for entry in common_passwords() if len(entry) >= MIN_PASSPHRASE_LENGTH]
    assert len(long_enough) > 2_000
    assert all(not judge_passphrase(entry).acceptable for entry in long_enough)
    assert all(not judge_passphrase(entry.upper() + "1!").acceptable for entry in long_enough)
