"""Font lists, script names, discreet wording, paper default and neutral file names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from saferplan.export import MissingFontError, default_paper, neutral_file_name
from saferplan.export.fonts import check_coverage, families_for, install_advice, script_name
from saferplan.export.labels import discreet_text, has_sensitive_words


def test_cjk_family_first_for_chinese() -> None:
    assert families_for("zh_Hans")[0] == "Noto Sans CJK SC"
    assert families_for("zh_Hant")[0] == "Noto Sans CJK TC"
    assert families_for("ko")[0] == "Noto Sans CJK KR"
    for language, family in (("th", "Noto Sans Thai"), ("km", "Noto Sans Khmer"),
                             ("lo", "Noto Sans Lao"), ("ar", "Noto Sans Arabic")):
        assert families_for(language)[0] == family
    for language in ("en", "vi", "tl", "es", "pt_BR", "fr"):
        assert families_for(language)[:2] == ["Noto Sans", "DejaVu Sans"]
    assert families_for("xx") == families_for("en")


@pytest.mark.parametrize(("char", "script"), [("ក", "Khmer"), ("ก", "Thai"), ("中", "Chinese"),
                                              ("한", "Korean"), ("ລ", "Lao"), ("ع", "Arabic"),
                                              ("ễ", "Latin")])
def test_script_names(char: str, script: str) -> None:
    assert script_name(char) == script


def test_coverage_names_the_missing_script(qapp: object) -> None:
    check_coverage(["Nguyễn", "ខ្មែរ", "中文", "한국어", "مرحبا", "\u2066+1\u2069"],
                   families_for("en"))
    with pytest.raises(MissingFontError) as caught:
        check_coverage(["Lan", "ខ្មែរ"], ["DejaVu Sans"])
    assert caught.value.script == "Khmer"
    assert "Noto Sans Khmer" in str(caught.value)
    assert "fonts-noto-cjk" in install_advice("Chinese")


def test_discreet_text() -> None:
    assert discreet_text("Legal Aid Ontario") == "L. Aid Ontario"
    assert discreet_text("Migrant Sex Workers Project") == "Migrant S. W. Project"
    assert discreet_text("Bailey and Bondarenko") == "Bailey and Bondarenko"
    assert not has_sensitive_words(discreet_text("Immigration detention lawyer, bail"))


def test_paper_default_and_file_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_CA")))
    assert default_paper() == "letter"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("vi_VN")))
    assert default_paper() == "a4"
    assert neutral_file_name(True) == "contacts.pdf"
    assert neutral_file_name(False) == "notes.pdf"


def test_the_font_check_works_in_worker_threads_after_others_ended(qapp: object) -> None:
    """Qt frees the fonts a thread loaded when that thread ends: fonts kept from an ended
    worker had no glyphs left, and the next export from another worker said a font for
    Vietnamese or Latin must be installed."""
    import gc
    import threading

    from PySide6.QtGui import QFont, QTextLayout

    from saferplan.export import fonts

    fonts._has_glyph.cache_clear()  # answers found by the workers below, not by earlier tests
    failures: list[str] = []

    def export_like(index: int) -> None:
        try:  # a character not checked before, as each new export brings
            check_coverage([f"Nguyễn Thị Lan {chr(0x1EA0 + index)}"],
                           families_for("vi"))
        except MissingFontError as exc:
            failures.append(f"{index}: {exc}")
        layout = QTextLayout("Nguyễn Thị Lan", QFont("Noto Sans"))  # text laid out there too
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()

    for index in range(8):
        worker = threading.Thread(target=export_like, args=(index,))
        worker.start()
        worker.join()
        gc.collect()
    assert failures == []
