"""The fast paths of document preparation give what the plain definitions give.

script_language counts letter runs and stops early, line starts come from a split, spans are
trimmed with str.strip, the language detector reads ASCII words from translated bytes: each
is checked here against the one-line definition it replaces (no timing: a test never fails on
a slow machine)."""
from __future__ import annotations

import random
import re

import pytest

from checker.document import Document, script_language
from checker.lang.detect import _ascii_words

_ARABIC = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


def _script_by_definition(text: str) -> str | None:
    arabic, latin = len(_ARABIC.findall(text)), len(_LATIN.findall(text))
    if arabic == 0 and latin == 0:
        return None
    return "ar" if arabic >= latin else "latin"


def _texts(seed: int, alphabet: list[str], count: int = 3000) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(count)]


@pytest.mark.parametrize(
    "text",
    ["", "123 ...", "abc", "نعم", "ab نعم", "نعم ab", "ab نع", "نع ab", "a ن", "ن a", "é ü ß", "×÷", "ۿ ɏ", "AFP - قال الوزير", "قال CNN و BBC"],
)
def test_script_language_is_the_letter_count_comparison(text):
    assert script_language(text) == _script_by_definition(text)


def test_script_language_on_mixed_texts():
    alphabet = list("ab Zé×ɏ نعمٱۿ0.\n") + ["\u0620", "\u064B", "\u0670"]
    for text in _texts(1, alphabet):
        assert script_language(text) == _script_by_definition(text), text


def test_ascii_words_are_the_lowered_runs_of_ascii_letters():
    alphabet = list("aZ qT-'’.\n0éİſ") + ["\u212a", "نعم", "the ", "The "]
    for text in _texts(2, alphabet):
        assert _ascii_words(text) == [w.lower().encode() for w in re.findall(r"[A-Za-z]+", text)], text


def test_line_starts_with_and_without_carriage_returns():
    for text in _texts(3, list("ab\n\r ")):
        expected = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
        assert Document("t.txt", text).line_starts == expected, text


def test_paragraphs_and_sentences_are_trimmed_of_white_space_only():
    alphabet = list("a. \n\t") + ["\u00a0", "\u2028", "\x1c", "\u3000", "؟ ", "… b", "Dr. ", "\n\n"]
    for text in _texts(4, alphabet):
        doc = Document("t.txt", text)
        for span in doc.paragraphs + doc.sentences:
            chunk = text[span.start: span.end]
            assert chunk and chunk == chunk.strip(), (text, span)
        # nothing but white space is left out
        covered = set()
        for span in doc.sentences:
            covered.update(range(span.start, span.end))
        assert all(text[i].isspace() or i in covered for i in range(len(text))), text
