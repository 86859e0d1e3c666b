"""english_numbers.number_word_spans() and is_number_word() give exactly what WORD_NUMBER gives
(finditer and fullmatch): they replace the regular expression on the hot path."""
from __future__ import annotations

import random
import re

from checker.lang import english_numbers as enn

VOCAB = list(enn.UNITS) + list(enn.TENS) + list(enn.SCALES) + list(enn.ORDINALS) + [
    "a", "A", "half", "and", "AND", "dozen", "couple", "pair", "of", "One", "TWENTY", "Hundred", "x", "the",
    "someone", "5", "2nd", "ſix", "İ", "ı", "\u212a", "é", "_", "twentyfirst", "Ninety-First", "twoé",
]
SEPARATORS = [" ", "  ", "-", " - ", "--", "\n", "\t", ", ", ". ", "\u00a0", "’", "'", "", " and ", "-and-", "\u00ad", "_"]


def test_number_word_spans_and_is_number_word_match_the_pattern():
    rng = random.Random(8)
    for _ in range(20000):
        text = "".join(rng.choice(VOCAB) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 8)))
        if rng.random() < 0.3:
            text = text.upper() if rng.random() < 0.5 else text.title()
        start = rng.randint(0, len(text)) if rng.random() < 0.5 else 0
        end = rng.randint(start, len(text))
        assert enn.number_word_spans(text, start, end) == [m.span() for m in enn.WORD_NUMBER.finditer(text, start, end)], text
        for m in re.finditer(r"[A-Za-z][A-Za-z'’-]*", text):
            assert enn.is_number_word(m.group()) == bool(enn.WORD_NUMBER.fullmatch(m.group())), m.group()
