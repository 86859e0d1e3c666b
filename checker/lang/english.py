"""English language knowledge: common words, British/American spelling pairs, compound
families (all data under checker/lang/data/, generated where a maintained source exists).

Loading is kept cheap because `check` starts thousands of times in CI hooks: the common-word
list is searched in place (it is sorted) instead of being turned into a 40,000-word set, and
the spelling pairs file already holds each word's family key (scripts/gen_wordlists.py)."""
from __future__ import annotations

from functools import lru_cache

from checker.lang.arabic import DATA_DIR, parse_families

__all__ = ["common_words", "is_common", "br_am_pairs", "variant_key", "compound_families"]


def _without_header(text):
    """The data file without its leading `#` comment lines (str or bytes)."""
    hash_, newline = ("#", "\n") if isinstance(text, str) else (b"#", b"\n")
    while text.startswith(hash_):
        text = text[text.index(newline) + 1:]
    return text


@lru_cache(maxsize=1)
def _common_blob() -> bytes:
    """common_en.txt as UTF-8 bytes without its header: one word a line, sorted, newline ended."""
    data = _without_header((DATA_DIR / "common_en.txt").read_bytes())
    return data if data.endswith(b"\n") else data + b"\n"


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The 40,000 most frequent English words, lower case (wordfreq; generated data)."""
    return frozenset(_common_blob().decode("utf-8").split("\n")) - {""}


def _listed(word: str) -> bool:
    """`word` is a line of the sorted word list: a binary search over the file's bytes (UTF-8
    keeps code-point order), ~17 steps, instead of a 10 ms set built at first use."""
    if not word or word.startswith("#"):
        return False
    blob, target = _common_blob(), word.encode("utf-8")
    lo, hi = 0, len(blob)  # lo and hi are line starts; the word's line, if any, starts in [lo, hi)
    while lo < hi:
        start = blob.rfind(b"\n", lo, (lo + hi) // 2) + 1 or lo
        end = blob.index(b"\n", start)
        line = blob[start:end]
        if line == target:
            return True
        if line < target:
            lo = end + 1
        else:
            hi = start
    return False


def is_common(word: str) -> bool:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return _listed(w)


@lru_cache(maxsize=1)
def br_am_pairs() -> dict[str, tuple[str, str]]:
    """word -> ("british" | "american", family key) for every word of the British/American
    pairs (breame): en_br_am.tsv lists each word once with its side and key, precomputed."""
    cols = _without_header((DATA_DIR / "en_br_am.tsv").read_text("utf-8")).split()
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
