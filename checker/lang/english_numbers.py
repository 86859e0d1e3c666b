"""English number words: "three", "twenty-four", "a dozen", "one hundred and five",
"1.5 million" (the scale word after digits), ordinals ("third", "twenty-first").

`WORD_NUMBER` is a regular expression that matches a run of number words; `parse_words`
turns such a run into its value (or None when the run is not one number).
"""
from __future__ import annotations

import re

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
WORD_NUMBER = re.compile(
    r"\b(?:a\s+)?%s(?:(?:\s+and\s+|[\s-]+)%s)*\b|\b(?:%s-)?%s\b|\ba\s+(?:dozen|couple\s+of|pair\s+of)\b|\bhalf\s+a\s+(?:dozen|million|billion)\b"
    % (_ONE, _ONE, "|".join(TENS), _ORD),
    re.IGNORECASE,
)


def parse_words(text: str) -> tuple[float, str] | None:
    """(value, kind) of a run of English number words, kind "cardinal" or "ordinal";
    None if the words do not make one number ("one two")."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w and w != "and"]
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
