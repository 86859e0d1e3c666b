"""Which language a text is in.

Arabic is told by its script, English by its function words: both without loading anything.
Only other text (or Latin text that does not read as English) goes to py3langid, a
maintained offline identifier, imported on that first use; English is the fallback.
"""
from __future__ import annotations

import re

from checker.document import script_language

_WORD = re.compile(r"[A-Za-z]+")
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is was for on that with as by at from said it his her has have had be were are "
    "an this which who will not but or its their they he she after over more than".split()
)


def detect_language(text: str) -> str:
    sample = text[:20000]
    script = script_language(sample)
    if script == "ar":
        return "ar"
    if script is None:
        return "en"
    words = _WORD.findall(sample)[:3000]
    # lowered and looked up by map (in C), not a comprehension and a generator a word
    if words and sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, map(str.lower, words))) / len(words) >= 0.15:
        return "en"
    if len(words) < 40 and sample.isascii():
        return "en"  # too short for an identifier to beat the documented fallback
    try:
        import py3langid

        code, _score = py3langid.classify(sample)
    except Exception:  # no identifier available: English is the documented fallback
        return "en"
    return code or "en"
