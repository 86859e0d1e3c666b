"""Arabic number words (from the checked reference, shared/ARABIC.md §5).

Cardinals in both genders and every case (ثلاث / ثلاثة / ثلاثةً، عشرون / عشرين، اثنان / اثنين),
with the clitics و ب ل ف ك and the article (الثلاث، والعشرين), compounds read units first
(خمسة وعشرون = 25؛ ألف وتسعمئة وخمسة وأربعون = 1945), hundreds in old and reformed spelling
(مئة / مائة، ثلاثمئة / ثلاث مائة)، thousands and millions with their dual and plural
(ألفان، ثلاثة آلاف، مليون ونصف)، and dual nouns of the nouns news counts (قاعدتان / قاعدتين = 2).

`parse_number(tokens)` reads the longest number at the start of a token list and returns
(value, tokens consumed, info) or None. Vague quantities (عشرات، آلاف alone، بضعة) are not numbers.
"""
from __future__ import annotations

from functools import lru_cache

# fold() as one str.translate: harakat, superscript alef and tatweel dropped; alef forms, ى,
# Persian ی ک and ة mapped (a translate table is built in microseconds; a regex costs a compile).
_FOLD_TABLE = {cp: None for cp in (*range(0x064B, 0x0660), 0x0670, 0x0640)} | str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك", "ة": "ه"}
)
# Per-word caches: these are pure functions of one word, called for most words of an Arabic
# article. Bounded, so that memory stays flat over an archive of millions of articles.
_WORD_CACHE = 1 << 14


@lru_cache(maxsize=_WORD_CACHE)
def fold(word: str) -> str:
    """A spelling-insensitive key: no harakat or tatweel, alef forms to ا, ى to ي, ة to ه,
    Persian ی ک to Arabic."""
    return word.translate(_FOLD_TABLE)


def fold_text(text: str) -> str:
    """fold() for a phrase or a passage: not cached (each one is new)."""
    return text.translate(_FOLD_TABLE)


# (the tables below fold with fold_text: the same keys, without filling the word cache)
# value -> forms (masculine-noun form first, i.e. the one ending in ة for 3-10)
_UNITS: dict[int, tuple[str, ...]] = {
    1: ("واحد", "واحدة", "واحدا"),
    2: ("اثنان", "اثنين", "اثنتان", "اثنتين", "ثنتان", "ثنتين", "إثنان", "إثنين", "أثنين"),
    3: ("ثلاثة", "ثلاث", "ثلاثا"),
    4: ("أربعة", "أربع", "أربعا"),
    5: ("خمسة", "خمس", "خمسا"),
    6: ("ستة", "ست", "ستا"),
    7: ("سبعة", "سبع", "سبعا"),
    8: ("ثمانية", "ثماني", "ثمان", "ثمانيا"),
    9: ("تسعة", "تسع", "تسعا"),
    10: ("عشرة", "عشر", "عشرا"),
}
_TENS: dict[int, tuple[str, ...]] = {
    20: ("عشرون", "عشرين"), 30: ("ثلاثون", "ثلاثين"), 40: ("أربعون", "أربعين"),
    50: ("خمسون", "خمسين"), 60: ("ستون", "ستين"), 70: ("سبعون", "سبعين"),
    80: ("ثمانون", "ثمانين"), 90: ("تسعون", "تسعين"),
}
# "one" and "two" inside 11 and 12
_TEEN_HEADS: dict[int, tuple[str, ...]] = {
    1: ("أحد", "إحدى", "احدى", "حادي"),
    2: ("اثنا", "اثني", "اثنتا", "اثنتي"),
}
_HUNDREDS: dict[int, tuple[str, ...]] = {
    100: ("مئة", "مائة", "مئه", "مائه"),
    200: ("مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مئتي", "مائتا", "مائتي"),
}
for _n, _stem in ((3, "ثلاث"), (4, "أربع"), (5, "خمس"), (6, "ست"), (7, "سبع"), (8, "ثمان"), (9, "تسع")):
    _HUNDREDS[_n * 100] = (_stem + "مئة", _stem + "مائة") + ((("ثمانيمئة", "ثمانيمائة")) if _n == 8 else ())
# scale words: (value, form) with form "one" (ألف), "dual" (ألفان), "plural" (آلاف)
_SCALES: dict[str, tuple[int, str]] = {}
for _value, _one, _dual, _plural in (
    (1_000, ("ألف", "ألفا"), ("ألفان", "ألفين", "ألفا"), ("آلاف", "ألوف")),
    (1_000_000, ("مليون", "مليونا"), ("مليونان", "مليونين", "مليونا"), ("ملايين",)),
    (1_000_000_000, ("مليار", "مليارا", "بليون", "بليونا"), ("ملياران", "مليارين", "بليونان", "بليونين"), ("مليارات", "بلايين")),
    (10**12, ("تريليون", "ترليون", "تريليونا"), ("تريليونان", "تريليونين"), ("تريليونات",)),
):
    for _f in _one:
        _SCALES.setdefault(fold_text(_f), (_value, "one"))
    for _f in _dual:
        _SCALES.setdefault(fold_text(_f), (_value, "dual"))
    for _f in _plural:
        _SCALES[fold_text(_f)] = (_value, "plural")
_FRACTIONS = {fold_text("نصف"): 0.5, fold_text("ربع"): 0.25}

_WORDS: dict[str, tuple[str, int]] = {}
for _v, _forms in _UNITS.items():
    for _f in _forms:
        _WORDS[fold_text(_f)] = ("unit", _v)
for _v, _forms in _TENS.items():
    for _f in _forms:
        _WORDS[fold_text(_f)] = ("ten", _v)
for _v, _forms in _HUNDREDS.items():
    for _f in _forms:
        _WORDS[fold_text(_f)] = ("hundred", _v)
_TEEN_HEAD_WORDS = {fold_text(f): v for v, forms in _TEEN_HEADS.items() for f in forms}
_TEN_WORDS = {fold_text("عشر"), fold_text("عشرة")}
_WEEKDAY_LOOKALIKES = {fold_text(w) for w in ("الاثنين", "الإثنين", "والاثنين", "بالاثنين", "للاثنين", "الأحد", "والأحد")}

# Approximators: a number after them is not exact (ARABIC.md §5).
APPROXIMATORS = tuple(fold_text(w) for w in (
    "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "ما يناهز", "أكثر من", "ما يزيد على", "ما يزيد عن",
    "ما يربو على", "أزيد من", "أقل من", "ما لا يقل عن", "على الأقل", "أكثر", "يقارب", "يناهز", "تقريبا",
))
VAGUE = frozenset(fold_text(w) for w in ("بضع", "بضعة", "نيف", "عدة", "عشرات", "مئات", "آلاف", "ملايين", "مليارات"))

# Feminine/masculine nouns news counts, for dual forms (= 2).
_DUAL_SINGULARS = (
    "يوم", "عام", "شهر", "أسبوع", "شخص", "قتيل", "جريح", "طفل", "رجل", "مقعد", "حزب", "بلد", "فريق",
    "هدف", "وزير", "صاروخ", "سنة", "ساعة", "مرة", "قاعدة", "دولة", "مدينة", "قرية",
    "امرأة", "سيدة", "طائرة", "دقيقة", "مرحلة", "جولة", "ولاية", "محافظة", "نقطة", "شركة", "سفينة", "ميدالية",
)


def _dual_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for singular in _DUAL_SINGULARS:
        key = fold_text(singular)
        stem = key[:-1] + "ت" if key.endswith("ه") else key
        if singular == "امرأة":
            stem = "امرات"
        for ending in ("ان", "ين"):
            forms[stem + ending] = key
    return forms


DUALS = _dual_forms()

_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك")


@lru_cache(maxsize=_WORD_CACHE)
def prefix_readings(key: str) -> tuple[str, ...]:
    """The folded word and its readings without proclitics (whole word first), as a tuple
    (cached: shared between callers, never to be changed)."""
    return (key, *(key[len(p):] for p in _PROCLITICS if key.startswith(p) and len(key) - len(p) >= 2))


# every key lookup() or dual_value() can find
_KEYS = frozenset(_WORDS) | frozenset(_TEEN_HEAD_WORDS) | frozenset(_SCALES) | frozenset(_FRACTIONS) | frozenset(DUALS)


def number_or_dual(word: str) -> bool:
    """Whether lookup(word) or dual_value(word) finds something: a quick test for any word of a
    text (most are neither), with no cache filled."""
    key = fold_text(word)
    return key in _KEYS or any(
        key.startswith(p) and len(key) - len(p) >= 2 and key[len(p):] in _KEYS for p in _PROCLITICS
    )


def strip_prefixes(key: str) -> list[str]:
    """The folded word and its readings without proclitics (whole word first)."""
    return list(prefix_readings(key))


@lru_cache(maxsize=_WORD_CACHE)
def lookup(word: str) -> tuple[str, float] | None:
    """(category, value) of one number word with any proclitic: unit, ten, hundred, teenhead,
    tenword, scale:one|dual|plural, fraction; None if it is not one."""
    for key in prefix_readings(fold(word)):
        if key in _WORDS:
            return _WORDS[key][0], float(_WORDS[key][1])
        if key in _TEEN_HEAD_WORDS:
            return "teenhead", float(_TEEN_HEAD_WORDS[key])
        if key in _SCALES:
            value, form = _SCALES[key]
            return "scale:" + form, float(value)
        if key in _FRACTIONS:
            return "fraction", _FRACTIONS[key]
    return None


@lru_cache(maxsize=_WORD_CACHE)
def gender_of_count(word: str) -> str | None:
    """For 3-10: 'm' when the word is the form in ة (it counts a masculine noun), 'f' otherwise."""
    key = prefix_readings(fold(word))[-1] if fold(word) not in _WORDS else fold(word)
    hit = _WORDS.get(key)
    if not hit or hit[0] != "unit" or not 3 <= hit[1] <= 10:
        return None
    return "m" if key.endswith("ه") else "f"


def _conj(word: str) -> str | None:
    """The word without a leading و (the conjunction joining parts of a compound)."""
    key = fold(word)
    return word[1:] if key.startswith("و") and len(key) > 2 else None


def parse_number(tokens: list[str]) -> tuple[float, int, dict] | None:
    """Read a number written in words at the start of `tokens`.

    Returns (value, number of tokens consumed, info) where info has `gender` (of the counted
    noun, for 3-10) and `definite` (written with the article: الثلاث); None when the first
    token does not start a number, or the words are a vague quantity (آلاف alone)."""
    if not tokens:
        return None
    first = lookup(tokens[0])
    if first is None:
        return None
    if fold(tokens[0]) in _WEEKDAY_LOOKALIKES:
        return None  # الاثنين is Monday; الأحد Sunday
    key0 = fold(tokens[0])
    direct = key0 in _WORDS or key0 in _SCALES or key0 in _TEEN_HEAD_WORDS
    info = {"gender": gender_of_count(tokens[0]), "definite": not direct and key0.startswith(("ال", "وال", "بال", "لل"))}
    total = 0.0
    current = 0.0
    last_scale = 0.0
    consumed = 0
    prev = None
    for i, token in enumerate(tokens):
        if i == 0:
            hit, joined = first, False
        else:
            hit = lookup(token)
            joined = fold(token).startswith("و")
            if hit is None:
                break
        cat, value = hit
        if cat == "unit":
            if i > 0 and not joined:
                break
            if prev in ("unit", "ten", "teen"):
                break
            current += value
        elif cat == "teenhead":
            if i > 0:
                break
            if len(tokens) < 2 or fold(tokens[1]) not in _TEN_WORDS:
                return None
            current += value
        elif cat == "ten":
            if i > 0 and not joined:
                break
            if prev == "ten":
                break
            current += value
        elif cat == "hundred":
            if i > 0 and not joined and prev != "unit":
                break
            if prev == "unit" and not joined and value == 100:
                current *= 100  # ثلاث مئة
            else:
                current += value
        elif cat.startswith("scale"):
            form = cat.split(":")[1]
            if i > 0 and joined:
                break
            if form == "plural":
                if not 3 <= current <= 10:
                    if i == 0:
                        return None  # آلاف alone: "thousands"
                    break
                total += current * value
            elif form == "dual":
                if current:
                    break
                total += 2 * value
            else:
                total += (current or 1) * value
            current = 0.0
            last_scale = value
        elif cat == "fraction":
            if i == 0:
                # نصف مليون / ربع مليون
                if len(tokens) > 1 and (nxt := lookup(tokens[1])) and nxt[0].startswith("scale:one"):
                    return value * nxt[1], 2, info
                return None
            if not joined or not last_scale or current:
                break
            total += value * last_scale
        # عشر / عشرة after a unit without و: a teen (ثلاثة عشر، إحدى عشرة)
        if cat in ("unit", "teenhead") and i + 1 < len(tokens) and fold(tokens[i + 1]) in _TEN_WORDS and current < 10:
            current += 10
            consumed = i + 2
            prev = "teen"
            return _continue_after_teen(tokens, i + 2, total, current, info)
        prev = "teen" if cat == "teenhead" else cat.split(":")[0]
        consumed = i + 1
    value = total + current
    if value == 0 and first[0] != "unit":
        return None
    return value, consumed, info


def _continue_after_teen(tokens: list[str], start: int, total: float, current: float, info: dict):
    """After 11-19: a scale word may follow (خمسة عشر ألفا)."""
    if start < len(tokens):
        hit = lookup(tokens[start])
        if hit and hit[0] == "scale:one" and not fold(tokens[start]).startswith("و"):
            return total + current * hit[1], start + 1, info
    return total + current, start, info


@lru_cache(maxsize=_WORD_CACHE)
def dual_value(word: str) -> str | None:
    """The singular (folded) of a dual noun the lexicon knows (قاعدتين -> قاعده), else None."""
    for key in prefix_readings(fold(word)):
        if key in DUALS:
            return DUALS[key]
    return None
