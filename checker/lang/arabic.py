"""Arabic normalisation shared by the whole project.

Three tools, following /work/shared/ARABIC.md §6 ("Clitics and normalisation"):

- `normalize(text)`: NFKC, invisibles, tatweel and harakat removed, Persian look-alike letters
  and Eastern digits folded, the hamza forms of alef (أ إ آ ٱ) folded to ا. These steps never
  merge two different words in news text, except the alef fold (أمام / إمام), which is what
  matching names, months and weekdays needs. The folds that do merge different words
  (ى→ي: على/علي; ة→ه: كتابة/كتابه; ؤ→و, ئ→ي) are off by default and can be asked for;
  `fold(text)` turns them all on, for comparing proper names.
  The result is NOT length-preserving (NFKC expands ligatures, marks are removed): keep
  offsets from `tokens()` and normalise the words one by one.
- `strip_clitics(word, known=None)`: the proclitics و ف ب ل ك and the article ال (and their
  combinations وال بال لل وبال ...). Stripping by length alone cuts root letters
  (وزير→زير, واشنطن→اشنطن, بغداد→غداد), so without `known` only the article and the
  article-bearing combinations are removed; with `known` (a set or a predicate over the
  normalised word) the whole word is tried first and a stripped reading is accepted only if
  it is known.
- `tokens(text)`: words with their offsets, `(start, end, word)`, `word == text[start:end]`
  (marks and tatweel inside a word stay part of it).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable, Collection, Iterable

__all__ = [
    "normalize",
    "fold",
    "strip_clitics",
    "clitic_readings",
    "tokens",
    "is_arabic",
    "HARAKAT",
    "TATWEEL",
]

TATWEEL = "\u0640"
# _CACHE_NOTE: the word caches are sized by measurement (3,000 mixed corpus articles in one
# process, name-variant + role-conflict + spelling-variant): 65,536/16,384 entries filled in
# 500 articles and held ~50 MB more for ~10-15% less time than 16,384/4,096; an article's
# own words (a few hundred) always fit, and a cache is an lru, so the news vocabulary that
# recurs across articles stays.
# Harakat, tanwin, shadda, sukun, superscript alef, decomposed hamza marks, Quranic marks.
HARAKAT = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]")
_NONCOMPOSING_HARAKAT = re.compile(r"[\u064B-\u0652]+")  # removed below anyway; they never compose under NFKC (0653-0655 do)
_INVISIBLE = re.compile(r"[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]")
_ARABIC_CHAR = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")

_PERSIAN = str.maketrans({"ی": "ي", "ک": "ك", "ە": "ه", "ہ": "ه", "ۀ": "ه", "ي": "ي"})
_DIGITS = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}})
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
_YEH = str.maketrans({"ى": "ي"})
_TEH_MARBUTA = str.maketrans({"ة": "ه"})
_HAMZA_SEATS = str.maketrans({"ؤ": "و", "ئ": "ي"})


def is_arabic(text: str) -> bool:
    """True when the text contains an Arabic letter."""
    return bool(_ARABIC_CHAR.search(text))


@lru_cache(maxsize=16384)  # names and roles ask for the same few hundred tokens thousands of times (sizes: see _CACHE_NOTE)
def normalize(
    text: str,
    *,
    alef: bool = True,
    yeh: bool = False,
    teh_marbuta: bool = False,
    hamza: bool = False,
    digits: bool = True,
) -> str:
    """Arabic text folded for comparison (see the module docstring for what each step merges).

    Always: NFKC (presentation forms, decomposed hamza), invisible direction marks removed,
    tatweel and harakat removed, Persian look-alikes (ی ک ە ہ) to Arabic letters.
    `alef`: أ إ آ ٱ → ا (default on). `digits`: Arabic-Indic and Persian digits → 0-9
    (default on). `yeh`: ى → ي; `teh_marbuta`: ة → ه; `hamza`: ؤ → و, ئ → ي (default off:
    they merge different words).
    """
    if not text:
        return text
    text = unicodedata.normalize("NFKC", _NONCOMPOSING_HARAKAT.sub("", text))  # marks first: NFKC's reordering of a long run of them is quadratic
    text = _INVISIBLE.sub("", text)
    text = text.replace(TATWEEL, "")
    text = HARAKAT.sub("", text)
    text = text.translate(_PERSIAN)
    if digits:
        text = text.translate(_DIGITS)
    if alef:
        text = text.translate(_ALEF)
    if yeh:
        text = text.translate(_YEH)
    if teh_marbuta:
        text = text.translate(_TEH_MARBUTA)
    if hamza:
        text = text.translate(_HAMZA_SEATS)
    return text


@lru_cache(maxsize=4096)  # names fold every token and every clitic reading of it
def fold(text: str) -> str:
    """Every fold on (alef, ى/ي, ة/ه, hamza seats): for comparing proper names, where
    غزة/غزه and مصطفى/مصطفي are one name. Never use it to decide that two common words
    are the same word (كتابة/كتابه, على/علي)."""
    return normalize(text, alef=True, yeh=True, teh_marbuta=True, hamza=True)


# Proclitic chains, longest first. Those that end in the article are "safe" to strip without a
# lexicon (the article is unambiguous once a word is long enough); single letters are not.
_ARTICLE_CHAINS = ("وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
_LETTER_CHAINS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
_ALL_CHAINS = tuple(sorted(_ARTICLE_CHAINS + _LETTER_CHAINS, key=len, reverse=True))
_CHAIN_INITIALS = frozenset(chain[0] for chain in _ALL_CHAINS)
_ARTICLE_MIN = {"ال": 2}  # the bare article needs two letters after it; longer chains need three


def _min_rest(chain: str) -> int:
    return _ARTICLE_MIN.get(chain, 3)


def _split(word: str, chain: str) -> str | None:
    """The rest of `word` after the proclitic chain (and a tatweel joining it: بـ30), or None."""
    if not word.startswith(chain):
        return None
    rest = word[len(chain):]
    if rest.startswith(TATWEEL):
        rest = rest.lstrip(TATWEEL)
        return rest or None
    letters = len(HARAKAT.sub("", rest))
    if letters < _min_rest(chain):
        return None
    # لل is ل + ال with the alef dropped: what remains follows the article.
    return rest


def clitic_readings(word: str) -> list[str]:
    """The word and every reading of it without a proclitic chain, whole word first, then the
    longest chain stripped first (والأمريكية → [والأمريكية, أمريكية, لأمريكية, ...])."""
    return list(_clitic_readings(word))  # a fresh list: callers may change theirs


@lru_cache(maxsize=4096)  # asked for every token of every Arabic article, many times each
def _clitic_readings(word: str) -> tuple[str, ...]:
    out = [word]
    if word[:1] in _CHAIN_INITIALS:  # no proclitic can start this word: skip the 23 chains
        for chain in _ALL_CHAINS:
            rest = _split(word, chain)
            if rest and rest not in out:
                out.append(rest)
    return tuple(out)


def strip_clitics(word: str, known: Collection[str] | Callable[[str], bool] | None = None) -> str:
    """`word` without its proclitics (و ف ب ل ك and the article ال, alone or combined).

    Without `known`, only a chain ending in the article is removed (والأمريكية → أمريكية,
    للرئيس → رئيس, الف stays, وزير stays), or any chain joined by a tatweel (بـ30 → 30).
    With `known` (a collection of normalised words, or a predicate), the whole word is
    returned when known; otherwise the first stripped reading that is known; otherwise the
    word unchanged (واشنطن stays واشنطن even though اشنطن is five letters).
    """
    if not word:
        return word
    if known is None:
        for chain in _ARTICLE_CHAINS:
            rest = _split(word, chain)
            if rest:
                return rest
        for chain in _LETTER_CHAINS:
            if word.startswith(chain + TATWEEL):
                rest = word[len(chain):].lstrip(TATWEEL)
                if rest:
                    return rest
        return word
    test = known if callable(known) else (lambda w, _k=known: w in _k)
    for reading in clitic_readings(word):
        if test(normalize(reading)):
            return reading
    return word


# A word: a letter, then letters, digits, marks and tatweel; an apostrophe between letters
# stays inside (O'Brien, don't).
_WORD = re.compile(
    r"[^\W\d_][\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*"
    r"(?:['’][^\W\d_][\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*)*"
)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Words of `text` as (start, end, word) with `word == text[start:end]`.

    Arabic and Latin alike; harakat and tatweel inside a word are kept in it (normalise the
    word, not the text, to keep offsets). Digits alone are not words.
    """
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def words(text: str) -> Iterable[str]:
    """Just the words of `text` (a convenience over `tokens`)."""
    return (m.group() for m in _WORD.finditer(text))


# -- data: common words and spelling families -------------------------------------------------

from functools import lru_cache as _lru_cache
from pathlib import Path as _Path

from checker.lang.wordlist import SortedWords

DATA_DIR = _Path(__file__).resolve().parent / "data"


def parse_families(text: str) -> list[tuple[str, list[list[str]]]]:
    """Families from the data-file format: `name: class | class`, a class being
    comma-separated patterns; `#` starts a comment line."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        name, _, body = line.partition(":")
        classes = [[p.strip() for p in cls.split(",") if p.strip()] for cls in body.split("|")]
        classes = [c for c in classes if c]
        if len(classes) >= 2:
            out.append((name.strip(), classes))
    return out


@_lru_cache(maxsize=1)
def spelling_families() -> tuple[tuple[str, list[list[str]]], ...]:
    """The Arabic spelling-variant families (checker/lang/data/ar_families.txt)."""
    return tuple(parse_families((DATA_DIR / "ar_families.txt").read_text("utf-8")))


_COMMON = SortedWords(DATA_DIR / "common_ar.txt")


def common_words() -> frozenset[str]:
    """The ~60,000 most frequent Arabic words (wordfreq, normalised; generated data)."""
    return _COMMON.as_set()


@lru_cache(maxsize=4096)  # names ask about every token of an article, and again for runs
def is_common(word: str) -> bool:
    """True when the word, or the word without its proclitics, is a frequent Arabic word."""
    for reading in _clitic_readings(normalize(word)):
        if reading in _COMMON:
            return True
    return False
