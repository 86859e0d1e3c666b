"""The shortcuts taken to make name analysis fast give the answers of the slow ways they
replace: the word-list loader equals the plain one, and the memoised Arabic helpers hand out
fresh results."""
from __future__ import annotations

import random


from checker.lang.arabic import clitic_readings, common_words
from checker.lang.wordlist import in_sorted_lines


def test_common_words_file_loads_like_a_plain_filter():
    from checker.lang.arabic import DATA_DIR

    text = (DATA_DIR / "common_ar.txt").read_text("utf-8")
    assert common_words() == frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def test_clitic_readings_hands_out_a_fresh_list_each_time():
    first = clitic_readings("والأمريكية")
    first.append("changed")
    assert "changed" not in clitic_readings("والأمريكية")
    assert clitic_readings("سلام") == ["سلام"]  # no proclitic can start it


def test_common_ar_is_sorted_so_that_it_can_be_searched_in_place():
    from checker.lang.arabic import _COMMON

    lines = _COMMON.blob().decode("utf-8").split("\n")
    assert lines[-1] == ""  # newline-terminated
    words = lines[:-1]
    assert words == sorted(set(words)) and all(w and not w.startswith("#") for w in words)


def test_searching_the_common_words_in_place_answers_as_the_set_does():
    from checker.lang.arabic import _COMMON

    blob, common = _COMMON.blob(), common_words()
    rng = random.Random(8)
    words = rng.sample(sorted(common), 3000) + [min(common), max(common)]
    for w in words:
        assert in_sorted_lines(blob, w.encode("utf-8"))
        for other in (w + "ا", w[:-1], "و" + w, w + "\u0600"):
            assert in_sorted_lines(blob, other.encode("utf-8")) == (other in common)
    for other in ("", "#", "zzzz", "\u0600", "\uffff"):
        assert in_sorted_lines(blob, other.encode("utf-8")) == (other in common)
