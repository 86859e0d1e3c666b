"""English language knowledge: common words, British/American spelling pairs, compound
families (all data under checker/lang/data/, generated where a maintained source exists).

Loading is kept cheap because `check` starts thousands of times in CI hooks: the common-word
list is searched in place (it is sorted) instead of being turned into a 40,000-word set, and
the spelling pairs file already holds each word's family key (scripts/gen_wordlists.py)."""
from __future__ import annotations

from functools import lru_cache

from checker.lang.arabic import DATA_DIR, parse_families
from checker.lang.wordlist import SortedWords, without_header

__all__ = ["common_words", "is_common", "br_am_pairs", "variant_key", "compound_families"]


_COMMON = SortedWords(DATA_DIR / "common_en.txt")


def common_words() -> frozenset[str]:
    """The 40,000 most frequent English words, lower case (wordfreq; generated data)."""
    return _COMMON.as_set()


def is_common(word: str) -> bool:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w in _COMMON


@lru_cache(maxsize=1)
def br_am_pairs() -> dict[str, tuple[str, str]]:
    """word -> ("british" | "american", family key) for every word of the British/American
    pairs (breame): en_br_am.tsv lists each word once with its side and key, precomputed."""
    cols = without_header((DATA_DIR / "en_br_am.tsv").read_text("utf-8")).split()
    return dict(zip(cols[0::3], zip(cols[1::3], cols[2::3])))


def variant_key(a: str, b: str) -> str:
    """One key for all inflections of a spelling pair: the shared prefix and the two differing
    middles (organise/organize and organised/organized -> 'organi:s/z')."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    mid_a, mid_b = a[i: len(a) - j], b[i: len(b) - j]
    return f"{a[:i]}:{mid_a}/{mid_b}"


@lru_cache(maxsize=1)
def compound_families() -> tuple[tuple[str, list[list[str]]], ...]:
    """Hyphenation, closed/open compound and spelling-out families (en_compounds.txt)."""
    return tuple(parse_families((DATA_DIR / "en_compounds.txt").read_text("utf-8")))
