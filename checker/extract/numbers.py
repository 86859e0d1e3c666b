"""Number mentions: every number in a document with its span, value, kind, unit and the noun
it counts — digits in three scripts (Western, Arabic-Indic ٠-٩, Persian ۰-۹) with thousands
separators and decimals, percentages (%, ٪, "per cent", "في المئة"), scale words ("1.5 million",
"57 ألف"), and number words in English ("three", "twenty-four", "a dozen") and Arabic (ثلاث /
ثلاثة / الثلاث، خمسة وعشرون، مليون ونصف، dual nouns قاعدتين = 2).

Computed once per document: `doc.numbers` (find_numbers through doc.analysis).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, compress
from typing import NamedTuple

from checker.lang import arabic_numbers as arn
from checker.lang.units import match_unit
from checker.memo import WordMemo


class NumberMention(NamedTuple):
    """One number. A NamedTuple: immutable like a frozen dataclass, and cheaper to define at start-up
    (~0.1 ms against ~0.9 ms) and to make (one per number)."""

    start: int
    end: int  # end of the number itself (with scale word, percent sign or unit)
    text: str
    value: float
    kind: str  # cardinal | percent | ordinal | year | date | points | dual
    unit: str | None = None  # a units.py key, a currency code ("USD"), "bbl/d"; None for a bare count
    noun: str | None = None  # normalised head noun ("قاعده" for قواعد/قاعدة, "base" for bases)
    noun_span: tuple[int, int] | None = None
    lang: str = "en"
    approx: bool = False  # after "about", "نحو", "more than"...
    definite: bool = False  # a restatement: "the 104 missing", "الضحايا الـ1803", "الثلاث"
    words: bool = False  # written in words
    decimals: int = 0  # digits after the decimal separator (precision of a figure in digits)
    attributive: bool = False  # "a five-year term", "the 380,000-tonne crop"
    gender: str | None = None  # Arabic 3-10: gender of the counted noun ("m" for ثلاثة)


# -- language knowledge used here ------------------------------------------------------------
# Regular expressions are compiled on first use, and only those a document's languages need
# (_compile_common, _compile_en, _compile_ar below): compiling is most of this module's start-up.
# Lean patterns on purpose: a character class with more than two ranges beyond Latin-1 costs
# ~0.1-0.25 ms to compile (a 64K-entry table), an ASCII class ~0.02 ms.
_EASTERN_DIGITS = "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9"
_TO_ASCII_DIGITS = str.maketrans(_EASTERN_DIGITS, "0123456789" * 2)
_NUMBER_SOURCE = (
    # Digits in three scripts (Western, Arabic-Indic, Persian), matched in a copy of the text with
    # the Eastern digits made ASCII, offsets unchanged. The first digit comes first so that the
    # scan skips straight to digits; the lookbehinds then say what may not stand before it.
    r"[0-9](?<![A-Za-z0-9.,/:][0-9])(?<![\u066B\u066C][0-9])"
    r"(?:[0-9]{0,2}(?:(?:,|\u066C|[ \u00a0](?=[0-9]{3}(?![0-9]))|\u202f(?=[0-9]{3}(?![0-9])))[0-9]{3})+(?![0-9])(?:[.\u066B][0-9]+)?"
    r"|[0-9]*(?:[.,][0-9]+|\u066B[0-9]+)?)"
)
_MONTHS_EN = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_MONTHS_AR = {
    arn.fold_text(w)
    for w in (
        "يناير فبراير مارس أبريل ابريل إبريل مايو ماي يونيو يونيه يوليو يوليوز يوليه أغسطس اغسطس غشت سبتمبر شتنبر أكتوبر "
        "اكتوبر نوفمبر نونبر ديسمبر دجنبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين جانفي فيفري أفريل جوان جويلية أوت "
        "محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة"
    ).split()
}
_CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "dirham": "MAD", "dirhams": "MAD",
    "dinar": "DINAR", "dinars": "DINAR", "riyal": "RIYAL", "riyals": "RIYAL", "rupees": "RUPEE", "rupee": "RUPEE",
    "yuan": "CNY", "yen": "JPY", "sterling": "GBP", "dlr": "USD", "dlrs": "USD", "cts": "USD", "cents": "USD", "cent": "USD",
    "stg": "GBP", "pounds": "GBP", "marks": "DEM", "mark": "DEM", "francs": "FRF", "franc": "FRF", "guilders": "NLG", "guilder": "NLG",
    "lire": "ITL", "pesos": "PESO", "peso": "PESO", "sdr": "SDR", "sdrs": "SDR", "rand": "ZAR",
}
_CURRENCY_AR = {
    arn.fold_text(w): code
    for words, code in (
        ("دولار دولارا دولارات", "USD"), ("يورو", "EUR"), ("درهم درهما دراهم", "MAD"), ("دينار دينارا دنانير", "DINAR"),
        ("ريال ريالا ريالات", "RIYAL"), ("جنيه جنيها جنيهات", "POUND"), ("ليرة ليرات", "LIRA"), ("روبية روبيات", "RUPEE"),
    )
    for w in words.split()
}
_SCALE_EN = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12, "k": 1e3, "mln": 1e6, "bln": 1e9, "billions": 1e9}
_HALF = arn.fold_text("ونصف")
_BALIGH = frozenset(arn.fold_text(w) for w in ("البالغة", "البالغ", "البالغين", "البالغون"))
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_CLAUSE_END = frozenset(",;:.!?)—–")

_NUMBER = None  # set by _compile_common()


def _compile_common() -> None:
    """Patterns of the digit scan (every language)."""
    global _NUMBER, _EASTERN_DIGIT, _PERCENT_AFTER, _POINTS_AFTER, _BPD, _LATIN_SUFFIX, _ORDINAL_SUFFIX, _SCALE_AFTER
    global _TWO_WORDS, _CURRENCY_WORD, _PREV_WORD, _NEXT_WORD, _ERA_AFTER
    _EASTERN_DIGIT = re.compile(r"[\u0660-\u0669\u06F0-\u06F9]")
    # (?i:...) around the English words only: Arabic has no case, and IGNORECASE over Arabic
    # letters doubles the compile time for nothing
    _PERCENT_AFTER = re.compile(r"\s?(?:%|٪|(?i:per\s?cent\b|percent\b|pct\b)|في\s+ال(?:مئة|مائة|مئه|مائه)|بال(?:مئة|مائة|مئه|مائه))")
    _POINTS_AFTER = re.compile(r"\s(?:(?i:percentage\s+points?|points?\b)|نقطة\s+مئوية|نقاط\s+مئوية)")
    _BPD = re.compile(r"\s?(?:(?i:bpd|b/d|barrels?\s+(?:a|per)\s+day)|(?:برميل|برميلا)\s+(?:يوميا|في\s+اليوم))\b")
    # a Latin letter glued to the digits is allowed only as an ordinal suffix or a unit/scale symbol
    _LATIN_SUFFIX = re.compile(r"(?:st|nd|rd|th|m|bn|mn|k|km|kg|cm|mm|ha|mph|bpd|C|F)\b")
    _ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
    _SCALE_AFTER = re.compile(r"\s?(thousand|million|billion|trillion|mln|bln|bn|mn|m|tn|k)\b", re.IGNORECASE)
    _TWO_WORDS = re.compile(r"\s+(\S+)(?:\s+(\S+))?")
    _CURRENCY_WORD = re.compile(r"[\s-]?([A-Za-z]+|[\u0621-\u064A]+)")
    _PREV_WORD = re.compile(r"([^\W\d_][\w'’]*)\W{0,3}$")  # (tatweel is a \w)
    _NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
    _ERA_AFTER = re.compile(r"\s*(?:هـ|ه|م)(?![\u0621-\u064A])")  # 1445 هـ, 2023 م
    _NUMBER = re.compile(_NUMBER_SOURCE)  # last: the sign that all the above are ready (threads)


_APPROX_EN = None  # set by _compile_en()
enn = None  # checker.lang.english_numbers, imported by _compile_en(): an Arabic text needs none of it


def _compile_en() -> None:
    """Patterns (and the number words) of English and other Latin-script paragraphs."""
    global _APPROX_EN, _DEFINITE_EN, _SCALE_WORD_AFTER, _EN_NEXT_WORD, enn
    from checker.lang import english_numbers

    enn = english_numbers
    approx = re.compile(
        r"(?:\b(?:about|around|approximately|roughly|nearly|almost|some|over|more\s+than|less\s+than|fewer\s+than|at\s+least|"
        r"up\s+to|as\s+many\s+as|as\s+much\s+as|an\s+estimated|estimated|close\s+to|upwards\s+of|under|below|above|circa|"
        r"approx\.|ca\.|c\.|just\s+over|just\s+under|well\s+over|almost|exceeding|exceeded|topped|surpassed)\s+(?:\$|US\$|€|£)?)$",
        re.IGNORECASE,
    )
    # "the 260 missing", "all 19 victims", "a death toll of 1,300": a figure that refers back
    _DEFINITE_EN = re.compile(
        r"(?:\b(?:the|The|those|Those|these|These)\s+(?:(?:expected|estimated|reported|confirmed|official|total|full)\s+)?|\b(?:all|All)\s+(?:the\s+)?"
        r"|\btoll\s+(?:of|at|stands\s+at|stood\s+at)\s+)(?:\$|US\$|€|£)?$"
    )
    _SCALE_WORD_AFTER = re.compile(r"\s(million|billion|trillion|thousand|mln|bln)\b", re.IGNORECASE)
    # the next word of a noun phrase: letters, apostrophes and hyphens (’ in a branch of its own, so
    # that the class stays ASCII and cheap to compile)
    _EN_NEXT_WORD = re.compile(r"(?:\s+|-)([A-Za-z](?:[A-Za-z'-]+|’)*)")
    _APPROX_EN = approx  # last: the sign that all the above are ready (threads)


# An Arabic word: letters, harakat, tatweel and digits of the Arabic block
_AR_WORD_SOURCE = r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06F0-\u06F9\u0640\u064B-\u065F\u0670]+"
_AR_WORD = None  # set by _compile_ar()


def _compile_ar() -> None:
    """Patterns of Arabic paragraphs."""
    global _AR_WORD, _AR_ARTICLE, _SPACES, _SPACES_TATWEELS
    # one group: it also splits a paragraph into words; the only pattern with this costly class
    word = re.compile("(" + _AR_WORD_SOURCE + ")")
    # الـ1803 / الـ41: the article before digits (a restatement)
    _AR_ARTICLE = re.compile(r"(?:^|[\s(])((?:وال|بال|لال|فال|ال|لل)\u0640?\s?)$")
    _SPACES = re.compile(r"\s*")
    _SPACES_TATWEELS = re.compile(r"[\s\u0640]*")
    _AR_WORD = word  # last: the sign that all the above are ready (threads)


_EN_STOP = frozenset(
    """a an the of in on at to for from by with and or but as than that this these those who whom whose which what when
    where while was were is are be been being has have had will would could should may might can do does did not no
    its their his her our your my it they he she we you according said says say told tells including such among
    more most less least over under about after before into onto per each every all both either neither also only
    just still already yet again so very too here there then now up down out off if because since until unless
    respectively""".split()
)
_EN_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth", "mice": "mouse", "lives": "life"}

# Broken plurals (and a few singulars with irregular stems) of the nouns news counts -> singular key.
_AR_PLURALS = {
    arn.fold_text(p): arn.fold_text(s)
    for p, s in (
        ("قواعد", "قاعدة"), ("دول", "دولة"), ("مدن", "مدينة"), ("قتلى", "قتيل"), ("جرحى", "جريح"), ("ضحايا", "ضحية"),
        ("أشخاص", "شخص"), ("عوامل", "عامل"), ("نقاط", "نقطة"), ("مقاعد", "مقعد"), ("أيام", "يوم"), ("أعوام", "عام"),
        ("أشهر", "شهر"), ("شهور", "شهر"), ("أطفال", "طفل"), ("نساء", "امرأة"), ("رجال", "رجل"), ("منازل", "منزل"),
        ("قرى", "قرية"), ("أقاليم", "إقليم"), ("بلدان", "بلد"), ("أحزاب", "حزب"), ("أعضاء", "عضو"), ("مدارس", "مدرسة"),
        ("جنود", "جندي"), ("مراكز", "مركز"), ("مواقع", "موقع"), ("دوائر", "دائرة"), ("مناطق", "منطقة"), ("مراحل", "مرحلة"),
        ("أهداف", "هدف"), ("صواريخ", "صاروخ"), ("سفن", "سفينة"), ("مباني", "مبنى"), ("بيوت", "بيت"), ("مساكن", "مسكن"),
        ("أسر", "أسرة"), ("وزراء", "وزير"), ("نواب", "نائب"), ("قادة", "قائد"), ("محاور", "محور"), ("شروط", "شرط"),
        ("بنود", "بند"), ("أسباب", "سبب"), ("جسور", "جسر"), ("طرق", "طريق"), ("موانئ", "ميناء"), ("أسلحة", "سلاح"),
        ("لاعبين", "لاعب"), ("مرات", "مرة"), ("سنوات", "سنة"), ("سنين", "سنة"), ("ساعات", "ساعة"), ("أسابيع", "أسبوع"),
        ("دقائق", "دقيقة"), ("أقسام", "قسم"), ("مجالس", "مجلس"), ("محافظات", "محافظة"), ("ولايات", "ولاية"), ("رهائن", "رهينة"),
        ("أسرى", "أسير"), ("معتقلين", "معتقل"), ("مفقودين", "مفقود"), ("ناخبين", "ناخب"), ("مرشحين", "مرشح"), ("قضايا", "قضية"),
    )
}
_AR_STOP = frozenset(
    arn.fold_text(w)
    for w in """في من إلى على عن مع بعد قبل منذ خلال حتى أن إن أو ثم هو هي هم كان كانت يكون التي الذي الذين اللذين
    بين بينها بينهم منها منهم منه فيها فيه عند لدى كل بعض أي ما لا لم لن قد وقد وهي وهو وهم وفي ومن إذ حيث كما فقط
    أخرى آخرين أخرين آخر أيضا""".split()
)


def _parse_digits(raw: str, lang: str) -> tuple[float, int]:
    """(value, decimals) of a digit string: ',' '٬' and spaces group thousands (1,500 / ١٬٥٠٠);
    '.' '٫' and a comma not followed by exactly three digits mark decimals (2.5 / ٢٫٥ / 2,5)."""
    s = raw.translate(_TO_ASCII_DIGITS).replace("\u066C", ",").replace("\u066B", ".").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if "," in s and "." not in s:
        groups = s.split(",")
        if not all(len(g) == 3 for g in groups[1:]):
            s = s.replace(",", ".")  # 2,5 (Maghreb, French style)
    s = s.replace(",", "")
    decimals = len(s.split(".")[1]) if "." in s else 0
    return float(s), decimals


# The noun helpers below are pure functions of one word, asked again and again (here and by the
# rules): cached, and bounded so that memory stays flat over an archive.
@lru_cache(maxsize=8192)
def normalize_noun_en(word: str) -> str:
    w = word.lower().strip("'’")
    if w in _EN_IRREGULAR:
        return _EN_IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


@lru_cache(maxsize=8192)
def normalize_noun_ar(word: str) -> str:
    """A key shared by the singular, dual and plural forms of a noun: قواعد / قاعدة / قاعدتين,
    رياضيا / الرياضيون, شخصا / أشخاص."""
    key = arn.fold(word)
    for c in arn.prefix_readings(key):
        if c in _AR_PLURALS:
            return _stem_ar(_AR_PLURALS[c])
    if (dual := arn.dual_value(word)) is not None:
        return _stem_ar(dual)
    # strip only the article/conjunction readings (not ب ل ف ك, which start many nouns)
    for p in ("وال", "بال", "فال", "كال", "لل", "ال", "و"):
        if key.startswith(p) and len(key) - len(p) >= 3:
            key = key[len(p):]
            if key in _AR_PLURALS:
                return _stem_ar(_AR_PLURALS[key])
            break
    return _stem_ar(key)


@lru_cache(maxsize=8192)
def _counted_form(word: str) -> bool:
    """The form of a noun counted by the number before it: singular accusative with tanwin
    alef (قتيلا، عاما) or a plural (أطفال، قتلى), never a word with the article or a preposition."""
    key = arn.fold(word)
    if key.startswith(("ال", "وال", "بال", "لل")) or key in _AR_STOP or arn.lookup(word):
        return False
    if key.endswith("وا"):  # a verb in the plural: سقطوا، قتلوا
        return False
    return (key.endswith("ا") and len(key) >= 4) or _plural_ar(word)


@lru_cache(maxsize=8192)
def _plural_ar(word: str) -> bool:
    """A plural (or dual) noun: sound plural endings or a broken plural the lexicon knows."""
    for key in arn.prefix_readings(arn.fold(word)):
        if key in _AR_PLURALS or (arn.dual_value(key) is not None):
            return True
    key = arn.fold(word)
    return key.endswith(("ون", "ين", "ات", "ان")) and len(key) >= 6


@lru_cache(maxsize=8192)
def _stem_ar(key: str) -> str:
    for suffix in ("ون", "ين", "ات"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            key = key[: -len(suffix)]
            break
    else:
        if key.endswith("ا") and len(key) >= 4:  # tanwin alef of the accusative: شخصا
            key = key[:-1]
    if key.endswith("ه") and len(key) >= 4:
        key = key[:-1]
    if key.endswith("ت") and len(key) >= 4 and key[:-1] + "ه" in _AR_SINGULARS_T:
        key = key[:-1]
    return key


_AR_SINGULARS_T = frozenset(_AR_PLURALS.values())


# -- extraction -----------------------------------------------------------------------------
def find_numbers(doc) -> list[NumberMention]:
    if _NUMBER is None:
        _compile_common()
    text = doc.text
    # the digit scan reads a copy with Arabic-Indic and Persian digits made ASCII (same offsets)
    digits = text.translate(_TO_ASCII_DIGITS) if _EASTERN_DIGIT.search(text) else text
    mentions: list[NumberMention] = []
    for para in doc.paragraphs:
        lang = doc.paragraph_lang(para)
        lang = "ar" if lang == "ar" else "en" if lang == "en" else lang
        found = _digit_mentions(text, digits, para.start, para.end, lang)
        taken = [(m.start, m.end) for m in found]
        if lang == "ar":
            found += _arabic_word_mentions(text, para.start, para.end, taken)
        else:
            found += _english_word_mentions(text, para.start, para.end, taken)
        mentions.extend(found)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _prev_word(text: str, pos: int, floor: int) -> tuple[str, int, int] | None:
    base = max(floor, pos - 40)
    m = _PREV_WORD.search(text, base, pos)
    if not m:
        return None
    return m.group(1), m.start(1), m.end(1)


def _digit_mentions(text: str, digits: str, start: int, end: int, lang: str) -> list[NumberMention]:
    out = []
    skip_until = -1
    for m in _NUMBER.finditer(digits, start, end):
        s, e = m.start(), m.end()
        if s < skip_until:
            continue  # the remainder of a numeral read with the one before it
        raw = text[s:e]
        # clock times, dates, scores and ranges written with digits on both sides: 10:30, 5/11/2023, 5-4
        if (text[e:e + 1] in _RANGE_AFTER and text[e + 1:e + 2].isdecimal()) or (
            s >= 2 and text[s - 1] in ":/-" and text[s - 2].isdecimal()
        ):
            continue
        following = text[e:e + 1]
        # a Latin letter glued to the digits (G7, F16, 4x4) unless an ordinal suffix or a unit/scale symbol
        if following in _ASCII_LETTERS and not _LATIN_SUFFIX.match(text, e, e + 4):
            continue
        if "\u0621" <= following <= "\u064A":  # 1441هـ, KUNA 62ر31
            continue
        try:
            value, decimals = _parse_digits(raw, lang)
        except ValueError:
            continue
        if text[s - 1:s] in ("-", "\u2212") and (s - 1 == start or text[s - 2] in " (\u00a0"):
            value, s = -value, s - 1  # "-5C"
        kind = "cardinal"
        unit = None
        pos = e
        if _ORDINAL_SUFFIX.match(text, e, e + 3):
            out.append(NumberMention(s, e + 2, text[s:e + 2], value, "ordinal", lang=lang))
            continue
        # currency before: $3 billion, US$5, €20
        prefix = text[max(start, s - 3):s]
        for sym, code in _CURRENCY_SYMBOLS.items():
            if prefix.endswith(sym):
                unit = code
                s -= len(sym)
                break
        # percent before (an RTL editor's %30)
        if text[max(start, s - 1):s] in ("%", "٪"):
            kind = "percent"
            unit = "%"
            s -= 1
        # scale words: 1.5 million, 3bn, 57 ألف, 2.8 مليون
        sm = _SCALE_AFTER.match(text, pos, min(end, pos + 12))
        if sm and not (sm.group(1).lower() in ("m", "k") and sm.group().startswith(" ")):
            value *= _SCALE_EN[sm.group(1).lower()]
            pos = sm.end()
        else:
            am = _TWO_WORDS.match(text, pos, min(end, pos + 40))
            if am:
                hit = arn.lookup(am.group(1))
                if hit and hit[0].startswith("scale") and not arn.fold(am.group(1)).startswith("و"):
                    value *= hit[1]
                    pos = am.end(1)
                    if am.group(2) and arn.fold(am.group(2)) == _HALF:
                        value += hit[1] / 2
                        pos = am.end(2)
                    else:
                        # "16 ألفا و507": one numeral, 16,507 (the digits after و are its remainder)
                        jm = _AND_DIGITS.match(digits, pos, min(end, pos + 16))
                        if jm:
                            rest, rest_end = float(jm.group(1)), jm.end()
                            sm2 = _TWO_WORDS.match(text, rest_end, min(end, rest_end + 40))
                            hit2 = arn.lookup(sm2.group(1)) if sm2 else None
                            if hit2 and hit2[0].startswith("scale") and hit2[1] < hit[1] and not arn.fold(sm2.group(1)).startswith("و"):
                                rest, rest_end = rest * hit2[1], sm2.end(1)  # "3 ملايين و200 ألف"
                            if rest < hit[1]:
                                value += rest
                                pos = skip_until = rest_end
        pm = _PERCENT_AFTER.match(text, pos, end)
        if pm and kind != "percent":
            kind, unit = "percent", "%"
            pos = pm.end()
        elif (pt := _POINTS_AFTER.match(text, pos, end)) and ("percentage" in pt.group() or "مئوية" in pt.group()):
            kind = "points"
            pos = pt.end()
        if unit is None:
            bm = _BPD.match(text, pos, end)
            if bm:
                unit, pos = "bbl/d", bm.end()
        attributive = False
        if unit is None:
            um = match_unit(text, pos)
            if um:
                attributive = text[pos:pos + 1] == "-"
                unit, pos = um[0].key, um[1]
        if unit is None:
            cm = _CURRENCY_WORD.match(text, pos, min(end, pos + 20))
            if cm:
                word = cm.group(1)
                code = _CURRENCY_WORDS.get(word.lower()) or _CURRENCY_AR.get(arn.fold(word))
                if code:
                    unit, pos = code, cm.end()
        # years and dates
        is_date = False
        before = _prev_word(text, s, start)
        next_word = _NEXT_WORD.match(text, e, min(end, e + 30))
        for w in (before[0] if before else "", next_word.group(1) if next_word else ""):
            if w.lower().rstrip(".") in _MONTHS_EN or arn.fold(w) in _MONTHS_AR or (arn.prefix_readings(arn.fold(w))[-1] in _MONTHS_AR):
                is_date = True
        if is_date and kind == "cardinal" and unit is None and value < 10000 and decimals == 0:
            kind = "date"
        elif kind == "cardinal" and unit is None and decimals == 0 and 1900 <= value <= 2100 and len(raw) == 4 and raw.isdecimal():
            kind = "year"
        elif kind == "cardinal" and unit is None and decimals == 0 and _ERA_AFTER.match(text, pos, min(end, pos + 4)):
            kind = "year"  # 1445 هـ, 2023 م
        approx = _is_approx(text, s, start, lang)
        definite = False
        noun = noun_span = None
        if lang == "ar":
            if _AR_WORD is None:
                _compile_ar()
            # الـ1803 / الـ41: the article before digits (a restatement); the noun comes before it
            article = _AR_ARTICLE.search(text[max(start, s - 7):s])
            counted_after = _AR_WORD.match(text, _SPACES.match(text, pos, max(pos, min(end, pos + 30))).end(), min(end, pos + 30))
            counted_after = counted_after and _counted_form(counted_after.group(1))
            if article:
                definite = True
                pw = _prev_word(text, s - len(article.group(1)), start)
                if counted_after:
                    pass  # الـ34 قتيلا: the counted noun follows
                elif pw and _AR_WORD.fullmatch(pw[0]) and arn.fold(pw[0]).startswith(("ال", "وال", "بال", "لل")) and arn.fold(pw[0]).lstrip("و") not in _AR_AL_PARTICLES:
                    noun, noun_span = normalize_noun_ar(pw[0]), (pw[1], pw[2])
                    if not _plural_ar(pw[0]) and kind == "cardinal" and unit is None:
                        kind = "ordinal"  # الدقيقة الـ40, الذكرى الـ75: a rank after a singular noun
            elif before and arn.fold(before[0]) in _BALIGH:
                definite = True
                pw = _prev_word(text, before[1], start)
                if pw and _AR_WORD.fullmatch(pw[0]):
                    noun, noun_span = normalize_noun_ar(pw[0]), (pw[1], pw[2])
        else:
            if _APPROX_EN is None:
                _compile_en()
            definite = bool(_DEFINITE_EN.search(text[max(start, s - 30):s]))
        if noun is None:
            noun, noun_span, attributive2 = _noun_after(text, pos, end, lang)
            attributive = attributive or attributive2
        out.append(
            NumberMention(
                s, pos, text[s:pos], value, kind, unit, noun, noun_span, lang, approx, definite, False, decimals, attributive
            )
        )
    return out


_RANGE_AFTER = frozenset(":/.-\u066B")
_AND_DIGITS = re.compile(r"\s+و\s?([0-9]+)(?![0-9.,\u066B\u066C])")
_AR_APPROX = frozenset(arn.APPROXIMATORS)


def _is_approx(text: str, s: int, floor: int, lang: str) -> bool:
    before = text[max(floor, s - 25):s]
    if lang == "ar":
        words = arn.fold_text(before).split()
        # one of the last one, two or three words is an approximator, or it with و ب ل before it
        for tail in (words[-1] if words else "", " ".join(words[-2:]), " ".join(words[-3:])):
            if tail in _AR_APPROX or (tail[:1] in ("و", "ب", "ل") and tail[1:] in _AR_APPROX):
                return True
        return False
    if _APPROX_EN is None:
        _compile_en()
    return bool(_APPROX_EN.search(before.rstrip() + " " if before.endswith(" ") else before))


# words that begin with ال but are no noun with the article: a preposition or a relative pronoun
# before "الـ45 شركة" ("إلى الـ45 شركة": the counted noun comes after)
_AR_AL_PARTICLES = frozenset(arn.fold(w) for w in "إلى الى التي الذي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي إلا الا".split())


def _noun_after(text: str, pos: int, end: int, lang: str) -> tuple[str | None, tuple[int, int] | None, bool]:
    """The head noun after a number: Arabic, the next word (the counted noun comes first, its
    adjectives after); English, the last word of the noun phrase ("three key factors")."""
    attributive = text[pos:pos + 1] == "-"
    if lang == "ar":
        if text[pos:pos + 1] in (")", "]") and text[max(0, pos - 12):pos].count("(") + text[max(0, pos - 12):pos].count("[") >= 1:
            pos += 1  # "(11) نزلا": the counted noun after the bracketed figure
        elif text[pos:pos + 1] in ("»", "”", '"', "″") and any(q in text[max(0, pos - 14):pos] for q in ("«", "“", '"', "″")):
            pos += 1  # "«1550» بلاغا", "“1250” بلاغا": the counted noun after the quoted figure
        word, s = _ar_word_after(text, pos, min(end, pos + 40))
        if word is None or arn.fold(word) in _AR_STOP or arn.lookup(word):
            return None, None, attributive
        return normalize_noun_ar(word), (s, s + len(word)), attributive
    words = []
    i = pos
    for _ in range(3):
        m = _EN_NEXT_WORD.match(text, i, min(end, i + 40))
        if not m:
            break
        w = m.group(1)
        if w.lower() in _EN_STOP or enn.is_number_word(w):
            break
        words.append((w, m.start(1), m.end(1)))
        i = m.end()
        if text[i:i + 1] in _CLAUSE_END:
            break
    if not words:
        return None, None, attributive
    if attributive and len(words) > 1:
        w, s, e = words[1]  # "a five-year term": the noun after the compound
    else:
        # the head is the first plural-looking word ("three key factors", "260 missing continued")
        w, s, e = next(
            (x for x in words if x[0].lower() in _EN_IRREGULAR or (x[0].endswith("s") and not x[0].endswith(("ss", "us", "is")))),
            words[0],
        )
    return normalize_noun_en(w), (s, e), attributive


def _ar_word_after(text: str, pos: int, limit: int) -> tuple[str | None, int]:
    """The Arabic word after spaces and tatweels at text[pos:limit] and its start, as a pattern
    "spaces or tatweels, then an Arabic word" reads it: when no word follows them, it backtracks
    to the last tatweel they hold, itself a word character."""
    if pos >= limit:
        return None, -1  # nothing left of the paragraph after the number
    lead = _SPACES_TATWEELS.match(text, pos, limit).end()
    m = _AR_WORD.match(text, lead, limit)
    if m:
        return m.group(1), lead
    t = text.rfind("\u0640", pos, lead)
    return ("\u0640", t) if t >= 0 else (None, -1)


def _english_word_mentions(text: str, start: int, end: int, taken) -> list[NumberMention]:
    if _APPROX_EN is None:
        _compile_en()
    out = []
    for s, e in enn.number_word_spans(text, start, end):
        if any(a <= s < b or a < e <= b for a, b in taken):
            continue
        parsed = enn.parse_words(text[s:e])
        if parsed is None:
            continue
        value, kind = parsed
        # "one" as a pronoun ("one of", "no one"), "second" as time: kept, but rules use counts >= 2
        pos = e
        sm = _SCALE_WORD_AFTER.match(text, pos, min(end, pos + 12))
        if sm and kind == "cardinal":
            pos = sm.end()
            if sm.group(1).lower() in ("mln", "bln"):  # wire copy: "four mln shares" (the words before no scale)
                value *= _SCALE_EN[sm.group(1).lower()]
        unit = None
        pm = _PERCENT_AFTER.match(text, pos, end)
        if pm and kind == "cardinal":
            kind, unit, pos = "percent", "%", pm.end()
        noun, noun_span, attributive = _noun_after(text, pos, end, "en")
        definite = bool(_DEFINITE_EN.search(text[max(start, s - 30):s]))
        out.append(
            NumberMention(
                s, pos, text[s:pos], value, kind, unit, noun, noun_span, "en", _is_approx(text, s, start, "en"),
                definite, True, -1, attributive,
            )
        )
    return out


# What an Arabic word can start, by word: a number (arn.lookup) and/or a dual noun (arn.dual_value);
# 0 for the other words, which are most of them. Memoised per word (_AR_WORD_CLASS).
_NUMBER_START, _DUAL = 1, 2


def _ar_word_class(word: str) -> int:
    cls = 0
    if arn.number_or_dual(word) and any("\u0621" <= c <= "\u064A" for c in word):
        if arn.lookup(word) is not None:
            cls |= _NUMBER_START
        if arn.dual_value(word) is not None:
            cls |= _DUAL
    return cls


_AR_WORD_CLASS = WordMemo(_ar_word_class)


def _arabic_word_mentions(text: str, start: int, end: int, taken) -> list[NumberMention]:
    if _AR_WORD is None:
        _compile_ar()
    # parts: gap, word, gap, word, ..., gap (the paragraph split at its Arabic words)
    parts = _AR_WORD.split(text[start:end])
    words = parts[1::2]
    classes = list(map(_AR_WORD_CLASS.__getitem__, words))
    if not any(classes):
        return []
    ends = list(accumulate(map(len, parts), initial=start))  # parts[k] spans ends[k]:ends[k + 1]
    out = []
    n = len(words)
    resume = 0  # words before this index were read as part of a number
    for i in compress(range(n), classes):
        if i < resume:
            continue
        word = words[i]
        s, e = ends[2 * i + 1], ends[2 * i + 2]
        if any(a <= s < b for a, b in taken):
            continue
        parsed = None
        if classes[i] & _NUMBER_START:
            # words must be adjacent (only spaces between) to form one number
            run = [word]
            j = i + 1
            while j < n and j < i + 8 and parts[2 * j].isspace():
                run.append(words[j])
                j += 1
            parsed = arn.parse_number(run)
        if parsed:
            value, consumed, info = parsed
            ne = ends[2 * (i + consumed - 1) + 2]
            kind = "cardinal"
            unit = None
            pos = ne
            pm = _PERCENT_AFTER.match(text, pos, end)
            if pm:
                kind, unit, pos = "percent", "%", pm.end()
            noun, noun_span = None, None
            if info["definite"]:
                pw = _prev_word(text, s, start)
                if pw and arn.fold(pw[0]).startswith(("ال", "وال", "بال", "لل")) and not arn.lookup(pw[0]):
                    noun, noun_span = normalize_noun_ar(pw[0]), (pw[1], pw[2])
            if noun is None:
                noun, noun_span, _ = _noun_after(text, pos, end, "ar")
            if unit is None and noun_span:
                code = _CURRENCY_AR.get(arn.fold(text[noun_span[0]:noun_span[1]]))
                if code:
                    unit = code
            out.append(
                NumberMention(
                    s, pos, text[s:pos], value, kind, unit, noun, noun_span, "ar", _is_approx(text, s, start, "ar"),
                    info["definite"], True, -1, False, info["gender"],
                )
            )
            resume = i + consumed
            continue
        if classes[i] & _DUAL:
            singular = arn.dual_value(word)
            out.append(NumberMention(s, e, word, 2.0, "dual", None, _stem_ar(singular), (s, e), "ar", False, arn.fold(word).startswith("ال"), True, -1))
    return out
