"""The document's words as (start, end, word), tokenised once and shared through
`doc.analysis(word_tokens)` (the names analysis and spelling-variant each take their script's)."""
from __future__ import annotations

from checker.lang.arabic import tokens


def word_tokens(doc) -> list[tuple[int, int, str]]:
    return tokens(doc.text)
