"""English number words: "three", "twenty-four", "a dozen", "one hundred and five",
"1.5 million" (the scale word after digits), ordinals ("third", "twenty-first").

`WORD_NUMBER` is a regular expression that matches a run of number words (compiled on first
use); `number_word_spans()` finds the same runs without it, faster; `parse_words` turns such a
run into its value (or None when the run is not one number).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, compress

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
# Scale words after digits ("1.5 million", "3bn", "$820m")
SCALE_ABBREVIATIONS = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "k": 1_000, "tn": 10**12, "trn": 10**12}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000,
}
# Words that stand for a number on their own ("a dozen eggs", "a pair of shoes").
COLLECTIVES = {"dozen": 12, "pair": 2, "couple": 2, "score": 20}
# Approximators: a number after them is not exact.
APPROXIMATORS = (
    "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "more than",
    "less than", "fewer than", "at least", "up to", "as many as", "as much as", "an estimated",
    "estimated", "close to", "upwards of", "under", "below", "above", "ca.", "c.", "circa", "approx.",
    "just over", "just under", "well over", "more", "some",
)
# Vague quantity words that are not numbers.
VAGUE = frozenset({"dozens", "hundreds", "thousands", "millions", "billions", "scores", "several", "few", "many"})

_CARDINAL_WORDS = sorted(list(UNITS) + list(TENS) + list(SCALES), key=len, reverse=True)
_ORDINAL_WORDS = sorted(ORDINALS, key=len, reverse=True)
_ONE = r"(?:%s)" % "|".join(_CARDINAL_WORDS)
_ORD = r"(?:%s)" % "|".join(_ORDINAL_WORDS)
# A run of cardinal words joined by spaces, hyphens or "and" ("one hundred and five").
# The compound ordinal comes first ("twenty-first" is one ordinal, not "twenty" and "first")
_WORD_NUMBER_SOURCE = (
    r"\b(?:(?:%s)-?)?%s\b|\b(?:a\s+)?%s(?:(?:\s+and\s+|[\s-]+)%s)*\b|\ba\s+(?:dozen|couple\s+of|pair\s+of)\b|\bhalf\s+a\s+(?:dozen|million|billion)\b"
    % ("|".join(TENS), _ORD, _ONE, _ONE)
)
_SPLIT = re.compile(r"[\s-]+")


_word_number_pattern: re.Pattern | None = None


def _word_number() -> re.Pattern:
    """WORD_NUMBER, compiled on first use: it takes ~2 ms, and number_word_spans() does its work
    without it (the pattern stays the definition, and the fallback for rare letters)."""
    global _word_number_pattern
    if _word_number_pattern is None:
        _word_number_pattern = re.compile(_WORD_NUMBER_SOURCE, re.IGNORECASE)
    return _word_number_pattern


def __getattr__(name: str):
    if name == "WORD_NUMBER":
        return _word_number()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# -- WORD_NUMBER without the regular expression ----------------------------------------------
# The text is split into words (maximal \w runs) and the gaps between them; every match of
# WORD_NUMBER starts a word and ends a word (each of its words is followed by a separator or \b),
# so it is read word by word with set lookups: faster, and nothing to compile.
_CARDINALS = frozenset(_CARDINAL_WORDS)
_ORDINAL_SET = frozenset(ORDINALS)
# TENS and an ordinal, joined or hyphenated, are one ordinal: "twentyfirst", "twenty-first"
_TENS_ORDINALS = frozenset(t + o for t in TENS for o in ORDINALS)
_FIRST_WORDS = _CARDINALS | _ORDINAL_SET | _TENS_ORDINALS | {"a", "half"}  # the words a match can start with
_WORDS_SPLIT = re.compile(r"(\w+)")
# Letters that IGNORECASE matches to ASCII letters but str.lower() does not map to them (İ ı ſ and
# the Kelvin sign): a text with one of them is left to WORD_NUMBER itself.
_ODD_CASE = ("\u0130", "\u0131", "\u017f", "\u212a")


def number_word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every match of WORD_NUMBER.finditer(text, start, end), the same spans."""
    end = len(text) if end is None else end
    span = text[start:end]
    if any(c in span for c in _ODD_CASE):
        return [m.span() for m in _word_number().finditer(text, start, end)]
    parts = _WORDS_SPLIT.split(span.lower())  # gap, word, gap, word, ..., gap
    words = parts[1::2]
    gaps = parts[0::2]  # gaps[k] is before words[k]; gaps[k + 1] after it
    firsts = list(compress(range(len(words)), map(_FIRST_WORDS.__contains__, words)))
    if not firsts:
        return []
    offsets = list(accumulate(map(len, parts), initial=start))  # words[k] is offsets[2k + 1]:offsets[2k + 2]
    # \b before a word at `start` looks at the character before it, outside the span
    resume = 1 if not gaps[0] and start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_") else 0
    spans = []
    for k in firsts:
        if k < resume:
            continue
        last = _match_end(words, gaps, k)
        if last is not None:
            spans.append((offsets[2 * k + 1], offsets[2 * last + 2]))
            resume = last + 1
    return spans


def _match_end(words: list[str], gaps: list[str], k: int) -> int | None:
    """The index of the last word of the WORD_NUMBER match that starts at words[k], or None."""
    n = len(words)
    # 0. (TENS-?)? ORD first: "twenty-first"
    if words[k] in TENS and k + 1 < n and gaps[k + 1] == "-" and words[k + 1] in _ORDINAL_SET:
        return k + 1
    # 1. (a\s+)? ONE ((\s+and\s+|[\s-]+) ONE)*: the longest chain of cardinals
    i = k
    if words[k] == "a" and k + 1 < n and gaps[k + 1].isspace() and words[k + 1] in _CARDINALS:
        i = k + 1
    if words[i] in _CARDINALS:
        while i + 1 < n:
            if (words[i + 1] == "and" and i + 2 < n and gaps[i + 1].isspace() and gaps[i + 2].isspace()
                    and words[i + 2] in _CARDINALS):
                i += 2
            elif words[i + 1] in _CARDINALS and _is_separator(gaps[i + 1]):
                i += 1
            else:
                break
        return i
    # 2. ORD alone, or TENS and ORD written as one word
    if words[k] in _ORDINAL_SET or words[k] in _TENS_ORDINALS:
        return k
    # 3. a dozen, a couple of, a pair of
    if words[k] == "a" and k + 1 < n and gaps[k + 1].isspace():
        if words[k + 1] == "dozen":
            return k + 1
        if words[k + 1] in ("couple", "pair") and k + 2 < n and gaps[k + 2].isspace() and words[k + 2] == "of":
            return k + 2
    # 4. half a dozen|million|billion
    if (words[k] == "half" and k + 2 < n and gaps[k + 1].isspace() and words[k + 1] == "a" and gaps[k + 2].isspace()
            and words[k + 2] in ("dozen", "million", "billion")):
        return k + 2
    return None


def _is_separator(gap: str) -> bool:
    """The gap is spaces and hyphens only ([\\s-]+)."""
    return bool(gap) and not gap.replace("-", "").strip()


@lru_cache(maxsize=4096)
def is_number_word(word: str) -> bool:
    """WORD_NUMBER.fullmatch(word) for one word without spaces ("three", "twenty-four", "third")."""
    if any(c.isspace() for c in word) or any(c in word for c in _ODD_CASE):
        return _word_number().fullmatch(word) is not None
    parts = _WORDS_SPLIT.split(word.lower())
    words, gaps = parts[1::2], parts[0::2]
    if not words or gaps[0] or gaps[-1]:
        return False
    inner = gaps[1:-1]
    # cardinals joined by hyphens ("twenty-four"), or (TENS-)? ORD ("third", "twentyfirst", "ninety-first")
    if all(w in _CARDINALS for w in words) and all(g and not g.strip("-") for g in inner):
        return True
    if len(words) == 1:
        return words[0] in _ORDINAL_SET or words[0] in _TENS_ORDINALS
    return len(words) == 2 and words[0] in TENS and inner == ["-"] and words[1] in _ORDINAL_SET


@lru_cache(maxsize=4096)
def parse_words(text: str) -> tuple[float, str] | None:
    """(value, kind) of a run of English number words, kind "cardinal" or "ordinal";
    None if the words do not make one number ("one two")."""
    words = [w for w in _SPLIT.split(text.lower().strip()) if w and w != "and"]
    if not words:
        return None
    if words[0] == "half" and len(words) == 3 and words[1] == "a":
        scale = {"dozen": 6, "million": 500_000, "billion": 500_000_000}.get(words[2])
        return (float(scale), "cardinal") if scale else None
    if words[0] == "a":
        words = words[1:]
        if words and words[0] in COLLECTIVES:
            return float(COLLECTIVES[words[0]]), "cardinal"
        if not words or words[0] not in SCALES:
            return None
        words = ["one"] + words
    if words[-1] in ORDINALS:
        last = ORDINALS[words[-1]]
        if len(words) == 1:
            return float(last), "ordinal"
        if len(words) == 2 and words[0] in TENS and last < 10:
            return float(TENS[words[0]] + last), "ordinal"
        return None
    total = 0
    current = 0
    previous = None  # kind of the previous word: unit, teen, ten, scale
    for word in words:
        if word in UNITS:
            value = UNITS[word]
            if previous in ("unit", "teen") or (previous == "ten" and value >= 10):
                return None
            current += value
            previous = "teen" if value >= 10 else "unit"
        elif word in TENS:
            if previous in ("unit", "teen", "ten"):
                return None
            current += TENS[word]
            previous = "ten"
        elif word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            previous = "scale"
        else:
            return None
    return float(total + current), "cardinal"
