"""Fuzzing (a short profile; the long one is bench/fuzz.py): every rule, preview tier included,
fed random and adversarial text must raise nothing and stay within a time per KB.

The bound is generous on purpose (three times bench/fuzz.py's 2 s + 0.1 s per KB for the whole
input, which is itself about 20 times what a linear rule set takes): it catches quadratic
behaviour, which blows through any constant, not a slow or loaded machine. An input that exceeds it is stopped there
(SIGALRM), so a regression fails fast instead of hanging the suite.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import fuzz  # noqa: E402  (bench/fuzz.py: the generator and the runner)

sys.path.pop(0)

PIECES = fuzz.LATIN_WORDS + fuzz.ARABIC_WORDS + fuzz.MONTHS + fuzz.WEEKDAYS + fuzz.PUNCT + fuzz.BIDI + fuzz.MARKS + fuzz.ODD
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "", "\n \n"]
ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))  # any character a UTF-8 file can hold

token = st.one_of(
    st.sampled_from(PIECES),
    st.integers(0, 10**12).map(str),
    st.integers(0, 10**6).map(lambda n: str(n).translate(str.maketrans("0123456789", fuzz.ARABIC_DIGITS))),
    st.builds(lambda r: fuzz.date_phrase(random.Random(r)), st.integers(0, 10**6)),
    st.builds(lambda r: fuzz.number(random.Random(r)), st.integers(0, 10**6)),
    st.text(ALPHABET, max_size=6),
)
article = st.lists(st.tuples(token, st.sampled_from(SEPARATORS)), max_size=120).map(lambda parts: "".join(a + b for a, b in parts))
LANGS = st.sampled_from(["en", "ar", None])


SLACK = 3  # the test's bound is three times bench/fuzz.py's: a loaded CI machine must never trip it


def run(text: str, lang: str | None) -> None:
    fuzz.check_every_rule(text, lang, limit=SLACK * fuzz.bound(len(text)))


@settings(max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=article, lang=LANGS)
def test_random_article_like_text_raises_nothing_in_any_rule(text, lang):
    run(text, lang)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(ALPHABET, max_size=400), lang=LANGS)
def test_arbitrary_unicode_raises_nothing_in_any_rule(text, lang):
    run(text, lang)


# The adversarial shapes of the issue, each at a size that shows quadratic work: 10^5 combining
# marks, a 10^5-digit run, one 50 KB line, 20,000 empty paragraphs, bracket and quote storms,
# thousands of weekday/date pairs, bidi controls.
SHAPES = [
    ("marks", 100_000),
    ("digits", 100_000),
    ("huge-line", 50_000),
    ("empty-paragraphs", 100_000),
    ("brackets", 30_000),
    ("quotes", 30_000),
    ("weekday-dates", 30_000),
    ("bidi", 20_000),
    ("numbers", 20_000),
    ("one-char-lines", 20_000),
]


@pytest.mark.parametrize("kind,size", SHAPES, ids=[k for k, _ in SHAPES])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_adversarial_text_raises_nothing_and_stays_within_the_time_per_kb(kind, size, lang):
    run(fuzz.adversarial(kind, size, random.Random(size)), lang)
