"""What a number is: a count of things, or something else written with a numeral.

`count_role(doc, m)` reads a window of a few words around one mention of `doc.numbers` and
returns one of
    "count"       a number of things ("three towns", "ثلاث دول", "the 31 dead")
    "designator"  a number fused to a name or a code: F-16, إف-16، باك-3، (أ 320)، COVID-19, G8,
                  "number 10", رقم 7
    "ordinal"     a rank: 21st, الحادي عشر، القرن العشرين، الدقيقة الـ40, "the 1606 act"
    "duration"    a length of time: "for two years", لأسبوعين، على مدى عشر سنوات، قبل 9 أشهر
    "measure"     a physical quantity with its unit (tonnes, km, °C)
    "money"       an amount of a currency
    "percent"     a percentage or percentage points
    "date"        a date, a year or a clock time
    "ratio"       one side of a ratio or a partitive: "one in five", "two of the three",
                  "12 من أصل 26", "out of 16"
Each answer reads only a bounded window: linear in the size of the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker.lang import arabic_numbers as arn

_TIME_EN = frozenset(
    "year years month months week weeks day days hour hours minute minutes second seconds decade decades century centuries "
    "night nights season seasons term terms quarter quarters".split()
)
_TIME_AR_WORDS = (
    "سنة سنوات سنين عام أعوام عاما شهر أشهر شهور أسبوع أسابيع يوم أيام يوما ساعة ساعات دقيقة دقائق ثانية ثوان ثواني "
    "عقد عقود قرن قرون ليلة ليال ليالي موسم مواسم دورة دورات"
)


@lru_cache(maxsize=1)
def _time_ar() -> frozenset[str]:
    from checker.extract.numbers import normalize_noun_ar

    return frozenset(normalize_noun_ar(w) for w in _TIME_AR_WORDS.split()) | frozenset(
        arn.fold(w) for w in _TIME_AR_WORDS.split()
    )


def is_time_noun(noun: str | None, lang: str) -> bool:
    if not noun:
        return False
    if lang == "ar":
        return noun in _time_ar()
    return noun in _TIME_EN or noun + "s" in _TIME_EN


# a letter (Latin or Arabic) then a hyphen, or a single letter and a space, right before the digits
_DESIGNATOR_BEFORE = re.compile(r"(?:(?<![A-Za-z\u0621-\u064A]{5})[A-Za-z\u0621-\u064A][-‐‑]|(?:^|[\s(])[A-Za-z\u0621-\u064A]{1,4}[-‐‑]\s|(?:طراز|model|type)\s+\S{1,8}\s|(?:^|[\s(])(?!و)[B-HJ-Z\u0621-\u064A]\s|(?i:\bnumber|\bno\.|\bnos\.|\bshirt|\bflight|\broute|\bgate|\bpage|\bpsalm|\barticle|\bsection|\bresolution|\bact|\bchapter|\bmodel|\bversion)\s|(?:رقم|الرقم|المادة|القرار|البند|الفصل|الطراز|طراز|موديل)\s)$")
_DESIGNATOR_AFTER = re.compile(r"[-‐‑][A-Za-z\u0621-\u064A]")
# a number before "of"/"in" makes a partitive ("two of the three", "one in five"); a quantifier does
# not ("any of the nine other cities (A, B, ...)": the list is the nine)
_NUM_WORD_EN = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half)"
_RATIO_EN = re.compile(
    r"(?:\b" + _NUM_WORD_EN + r"\s+(?:in|of)|\bout\s+of|\bthan|\bper|\bevery|\bbetween|\bversus|\bvs\.?)\s+"
    r"(?:(?:the|their|its|his|her|our|these|those|last|first|next|past|top|other|all)\s+)*$",
    re.I,
)
# "12 من أصل 26", "اثنان من ثلاثة", "بين ثلاث وسبع", "كل خمسة"
_RATIO_AR = re.compile(r"(?:^|\s)(?:أصل|اصل|مجموع|إجمالي|اجمالي|بين|كل)\s+$|[\d\u0660-\u0669]\s*(?:من|في)\s+$")
_DURATION_AR = re.compile(r"(?:^|\s)(?:مدى|مدة|طوال|خلال|منذ|قبل|بعد|لمدة|طيلة|قرابة)\s+$")
_DURATION_EN = re.compile(r"\b(?:for|over|during|within|after|before|since|ago|in|past|last|next|the\s+past|the\s+last|the\s+next)\s+$", re.I)


_PARTITIVE = re.compile(r"\s*(?:of|in|out\s+of|من|في)\s+(?:\S+\s*){0,2}")


def _after_partitive(doc, m, floor: int) -> bool:
    """"9 من تلك الدول السبعة عشر", "two of the three", "one in five": the number after another
    number and of/من is the whole of a partitive, not a count of a list."""
    numbers = doc.numbers
    k = _index(doc, m)
    if k == 0:
        return False
    prev = numbers[k - 1]
    if prev.end < floor or m.start - prev.end > 30:
        return False
    return bool(_PARTITIVE.fullmatch(doc.text, prev.end, m.start))


def _index(doc, m) -> int:
    from bisect import bisect_left

    return bisect_left(doc.analysis(_starts), m.start)


def _starts(doc) -> list[int]:
    return [n.start for n in doc.numbers]


def count_role(doc, m) -> str:
    """What the number `m` (a NumberMention of doc.numbers) stands for; see the module doc."""
    if m.kind in ("date", "year"):
        return "date"
    if m.kind in ("percent", "points"):
        return "percent"
    if m.kind == "ordinal":
        return "ordinal"
    text = doc.text
    before = text[max(0, m.start - 14):m.start]
    if _DESIGNATOR_BEFORE.search(before) or _DESIGNATOR_AFTER.match(text, m.end):
        return "designator"
    if m.unit:
        if len(m.unit) == 3 and m.unit.isupper() or m.unit in ("DINAR", "RIYAL", "POUND", "LIRA", "RUPEE"):
            return "money"
        return "measure"
    if m.lang == "ar" and m.words and m.definite and m.noun_span and m.noun_span[1] <= m.start:
        from checker.extract.numbers import _plural_ar

        if not _plural_ar(text[m.noun_span[0]:m.noun_span[1]]):
            return "ordinal"  # القرن العشرين، الأسبوع السادس والعشرين: a rank after a singular noun
    if is_time_noun(m.noun, m.lang):
        return "duration"
    para_start = doc.paragraph_at(m.start).start
    if _after_partitive(doc, m, para_start):
        return "ratio"
    window = text[max(para_start, m.start - 30):m.start]
    if m.lang == "ar":
        if m.words and m.definite and m.noun_span and m.noun_span[1] <= m.start:
            from checker.extract.numbers import _plural_ar

            noun = text[m.noun_span[0]:m.noun_span[1]]
            if not _plural_ar(noun):
                return "ordinal"  # القرن العشرين، الأسبوع السادس والعشرين
        if m.words and arn.fold(text[m.start:m.end]).startswith(("الحادي", "حادي", "والحادي")):
            return "ordinal"
        if _RATIO_AR.search(window):
            return "ratio"
        if _DURATION_AR.search(window) and m.noun is None:
            return "duration"
        first = arn.fold(text[m.start:m.start + 2])
        if m.words and first[:1] == "ل" and not first.startswith("ال"):
            return "duration" if m.noun is None or is_time_noun(m.noun, "ar") else "count"
    else:
        if _RATIO_EN.search(window):
            return "ratio"
        if m.noun_span and not m.attributive and m.noun_span[0] >= m.end and m.value >= 2:
            word = text[m.noun_span[0]:m.noun_span[1]]
            if not _plural_en(word) and not _adjectival_noun(word):
                # "the 1606 act", "68000 microprocessor", "number 10 shirt": a name, not a count
                return "date" if 1000 <= m.value <= 2100 and m.decimals == 0 and not m.words else "designator"
    return "count"


_SHARE_OF_EN = re.compile(r"\b(?:half|third|quarter|most|majority|two-thirds|three-quarters|all\s+but)\s+(?:of\s+)?(?:the|its|their)\s+$", re.I)
_INVARIABLE = frozenset("people police staff personnel cattle sheep fish deer aircraft crew troops media data".split())


_ADJECTIVAL = frozenset("dead missing injured wounded killed displaced homeless unemployed jobless accused arrested detained elderly poor rich young".split())


def _adjectival_noun(word: str) -> bool:
    """"the 104 missing", "the 31 dead", "the 12 arrested": an adjective standing for people."""
    w = word.lower()
    return w in _ADJECTIVAL or w.endswith("ed")


def _plural_en(word: str) -> bool:
    w = word.lower()
    if w in _INVARIABLE:
        return True
    from checker.extract.numbers import _EN_IRREGULAR

    return w in _EN_IRREGULAR or (w.endswith("s") and not w.endswith(("ss", "us", "is")))


# the whole of a partitive: "9% of the 55,000 staff", "10 out of OPEC's 13 members", "12 من أصل 26"
_WHOLE_EN = re.compile(r"\b(?:of|out\s+of)\s+(?:(?:the|their|its|his|her|our|these|those|all|[A-Z][\w.&-]*(?:'s|’s))\s+)+(?:\$|US\$|€|£)?$")
_WHOLE_AR = re.compile(r"(?:^|\s)من\s+(?:أصل|اصل|بين|مجموع|إجمالي|اجمالي)\s+(?:الـ\s?)?$")


def partitive_whole(doc, m) -> bool:
    """Whether a number is the whole of a partitive ("two of the 13 members", "12 من أصل 26"):
    it counts the whole set, which a later figure may restate; count_role calls it a "ratio"."""
    window = doc.text[max(doc.paragraph_at(m.start).start, m.start - 40):m.start]
    return bool((_WHOLE_AR if m.lang == "ar" else _WHOLE_EN).search(window))


# -- people counted, and the word a figure hangs on (quantity-conflict reads a headline and its lead) --
@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    from checker.extract.numbers import normalize_noun_ar, normalize_noun_en

    en = """person people victim casualty civilian child woman man soldier worker passenger student resident patient
    dead killed injured wounded refugee migrant member fighter prisoner hostage employee officer adult
    suspect militant protester pilgrim miner tourist""".split()
    ar = """شخص أشخاص قتيل قتلى ضحية ضحايا شهيد شهداء مواطن مدني طفل امرأة رجل جندي عامل راكب طالب ساكن مريض جريح
    مصاب لاجئ مهاجر عضو مقاتل أسير رهينة فرد نسمة موظف""".split()
    return frozenset(normalize_noun_en(w) for w in en) | frozenset(normalize_noun_ar(w) for w in ar)


def is_people_noun(noun: str | None) -> bool:
    """Whether a normalised head noun counts persons (people, soldiers, قتلى، مواطنين)."""
    return bool(noun) and noun in _people_nouns()


def _people_form_ar(word: str) -> bool:
    """An Arabic noun of persons by its form: a nisba in the accusative or plural (يمنيا، حوثيين)
    or a participle (متهما، عالقا، ناجين)."""
    w = arn.fold(word)
    return len(w) >= 4 and (w.endswith(("يا", "يين", "يون")) or w.startswith("م") and w.endswith(("ا", "ين", "ون"))
                            or len(w) in (4, 5) and w[1] == "ا" and w.endswith(("ا", "ين", "ون")))


def counts_people(text: str, m) -> bool:
    """Whether a figure counts persons: its counted noun, after it, is a noun of persons."""
    return bool(m.noun and m.noun_span and m.noun_span[0] >= m.end
                and (is_people_noun(m.noun) or m.lang == "ar" and _people_form_ar(text[m.noun_span[0]:m.noun_span[1]])))


_VERB_SKIP = frozenset("من عن إلى الى على في ب بـ ل نحو قرابة حوالي to of for the a an about some".split())
_CUT = re.compile(r"[\d\u0660-\u0669.,،:;؛\n(«“\"]")


def governing_word(text: str, m) -> str | None:
    """The word a figure's clause hangs on: the nearest word before it in its clause, past a
    preposition, an article or an approximator, as a key its inflections share where a light stem
    allows: "arrested 6 men" / "arrest 5 suspects" -> arrest; "من ضبط 9 أشخاص" -> ضبط; "يعيد (120)"."""
    from checker.extract.numbers import normalize_noun_ar

    before = _CUT.split(text[max(0, m.start - 40):m.start].rstrip(" («“\"ـ"))[-1]
    words = [w for w in re.findall(r"[^\W\d_]+", before) if w.lower() not in _VERB_SKIP]
    if not words:
        return None
    w = words[-1]
    if w.isascii():
        return re.sub(r"(?<=\w{3})(?:ed|ing|s)$", "", w.lower())
    return normalize_noun_ar(w)
