"""checker/lang/arabic.py: normalisation, clitics, tokens, and one test per spelling family
of checker/lang/data/ar_families.txt (its two first spellings in one article are reported)."""
from __future__ import annotations

import pytest

from checker.lang.arabic import (
    clitic_readings,
    common_words,
    fold,
    is_common,
    normalize,
    spelling_families,
    strip_clitics,
    tokens,
)
from conftest import run_check


def test_normalize_removes_harakat_tatweel_and_invisibles_and_folds_alef():
    assert normalize("غداً أُعلِنَ") == "غدا اعلن"
    assert normalize("إسرائيلـــ") == "اسرائيل"
    assert normalize("\u200fمصر\u200e") == "مصر"


def test_normalize_folds_persian_letters_and_eastern_digits():
    assert normalize("کی ٢٠٢٤ ۱۵") == "كي 2024 15"


def test_normalize_keeps_the_folds_that_merge_words_off_by_default():
    assert normalize("على") != normalize("علي")
    assert normalize("كتابة") != normalize("كتابه")
    assert normalize("أمريكي", alef=False) == "أمريكي"


def test_fold_merges_name_spellings():
    assert fold("غزة") == fold("غزه")
    assert fold("مصطفى") == fold("مصطفي")
    assert fold("أحمد") == fold("احمد")


def test_strip_clitics_removes_the_article_and_its_chains():
    assert strip_clitics("والأمريكية") == "أمريكية"
    assert strip_clitics("للرئيس") == "رئيس"
    assert strip_clitics("بـ30") == "30"


def test_strip_clitics_does_not_cut_root_letters():
    for word in ("وزير", "واشنطن", "بغداد", "لبنان", "الف", "الى", "والدة"):
        assert strip_clitics(word) == word


def test_strip_clitics_with_a_lexicon_tries_the_whole_word_first():
    assert strip_clitics("وإسرائيل", {"اسرائيل"}) == "إسرائيل"
    assert strip_clitics("واشنطن", {"واشنطن", "اشنطن"}) == "واشنطن"


def test_clitic_readings_start_with_the_word_itself():
    assert clitic_readings("والأمريكية")[0] == "والأمريكية"
    assert "أمريكية" in clitic_readings("والأمريكية")


def test_tokens_keep_offsets_into_the_text():
    text = "قال O'Brien: بـ30 والأمريكيةُ"
    for start, end, word in tokens(text):
        assert text[start:end] == word
    assert [w for _, _, w in tokens(text)] == ["قال", "O'Brien", "بـ30", "والأمريكيةُ"]


def test_common_words_list_knows_frequent_words_and_not_rare_names():
    assert common_words()
    assert is_common("والحكومة")
    assert not is_common("ماكغوبا")


FAMILIES = spelling_families()


def _word(pattern: str) -> str:
    pattern = pattern.lstrip("=")  # the standard class's mark
    return pattern.strip("*") if pattern.endswith("*") else pattern.lstrip("*")


@pytest.mark.parametrize("name,classes", FAMILIES, ids=[n for n, _ in FAMILIES])
def test_family_two_spellings_in_one_article_are_reported(name, classes):
    usual, odd = _word(classes[0][0]), _word(classes[1][0])
    if classes[0][0].lstrip("=").startswith("*"):  # a suffix pattern: a whole word ending in it
        usual, odd = "ثلاث" + usual, "ثلاث" + odd
    text = f"ذكر التقرير {usual} في البداية.\nثم عاد إلى {usual} مرة أخرى.\nوفي الختام كتب {odd} بشكل مختلف."
    findings = run_check(text, lang="ar", select=["spelling-variant"])
    assert [f.text for f in findings] == [odd], (name, [(f.text, f.message) for f in findings])
    assert usual in findings[0].message


@pytest.mark.parametrize("name,classes", FAMILIES, ids=[n for n, _ in FAMILIES])
def test_family_one_spelling_throughout_is_clean(name, classes):
    usual = _word(classes[0][0])
    text = f"ذكر التقرير {usual} في البداية.\nثم عاد إلى {usual} مرة أخرى."
    assert run_check(text, lang="ar", select=["spelling-variant"]) == []
