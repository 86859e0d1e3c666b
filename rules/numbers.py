"""Rules: numbers that disagree — a count against the list after it, one quantity given twice
with two values, parts larger than their whole, a unit conversion that does not convert.

All four read `doc.numbers` (checker/extract/numbers.py). Precision comes first: news repeats
figures that legitimately differ (other places, other days, cumulative and daily tolls, a toll
that "rose to"), so each rule fires only on a construction that ties the two figures together.
"""
from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_left
from collections import defaultdict

from checker.findings import Severity
from checker.lazyre import LazyPattern
from checker.registry import Example, Rule


class _Lazy:
    """A module imported on first use: the Arabic number tables are needed only when an
    Arabic document is checked."""

    def __init__(self, make):
        self._make = make
        self._obj = None

    def __getattr__(self, name):
        if self._obj is None:
            self._obj = self._make()
        return getattr(self._obj, name)


def _import_arn():
    from checker.lang import arabic_numbers

    return arabic_numbers


arn = _Lazy(_import_arn)



def _fmt(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _mention_end(m) -> int:
    return m.noun_span[1] if m.noun_span and m.noun_span[0] >= m.end else m.end


# -- count-mismatch --------------------------------------------------------------------------
# The counted lists are found and judged whole or not by checker/extract/lists.py; the rule decides.


class CountMismatch(Rule):
    """## What it does
    Finds a stated count ("three bases", "ثلاث دول") followed right away by the list of the
    things counted (after a colon, a dash, "namely", or Arabic "هي / وهي") when the list has a
    different number of items.

    ## Why is this bad?
    A count that disagrees with its own list means an item was added or dropped in editing;
    a reader cannot tell which of the two is right. A list introduced as partial ("including",
    "such as", "بينها", "منها") is not compared.

    The list must be certainly whole (checker/extract/lists.py): introduced right after the counted
    noun, parallel short items, nothing that makes it partial (في مقدمتها، أبرزها، including) or
    continues it (إضافة إلى، as well as), closed where a clause ends. A duration ("لأسبوعين"), a
    designator ("باك-3"), a rank or a partitive ("two of the three") is not a count. When unsure,
    no finding.

    ## Example
    "three towns: Ashford, Belmont, Carver and Dunmore" names four towns.
    """

    id = "count-mismatch"
    summary = "A stated count that disagrees with the number of items listed right after it."
    severity = Severity.WARNING
    languages = None
    bad = [
        Example("The storm cut power in three towns: Ashford, Belmont, Carver and Dunmore.", flag="three towns", lang="en"),
        Example("Ministers from three countries, namely Chile and Peru, met in Lima.", flag="three countries", lang="en"),
        Example("وشارك في القمة قادة ثلاث دول هي تونس والجزائر.", flag="ثلاث دول", lang="ar"),
        Example("وتعرضت أربع قواعد عسكرية للقصف، وهي قاعدة عين الأسد، وقاعدة قرب مطار بغداد، وقاعدة حرير.", flag="أربع قواعد", lang="ar"),
    ]
    good = [
        Example("The storm cut power in four towns: Ashford, Belmont, Carver and Dunmore.", lang="en"),
        Example("Five countries sent teams, including Chile, Peru and Bolivia.", lang="en"),
        Example("وتعرضت ثلاث قواعد عسكرية للقصف، وهي قاعدة عين الأسد، وقاعدة قرب مطار بغداد، وقاعدة حرير.", lang="ar"),
        Example("ويشمل البرنامج أربعة أقاليم هي الحوز وشيشاوة وتارودانت وورزازات، إضافة إلى عمالة مراكش.", lang="ar"),
        Example("وشارك وزراء خمس دول، بينها مصر والأردن.", lang="ar"),
        Example("وحدد التقرير ثمانية محاور، يأتي في مقدمتها: التدريب، والتمويل، والرقابة.", lang="ar"),
        Example("وتستمر الفعاليات لأسبوعين، وتضم: محاضرات، ومعرضا للكتاب، وسباقا للخيل.", lang="ar"),
        Example("Two of their last three games are away - against Leeds and Bath.", lang="en"),
        Example("The top five includes Queen, Blur and Oasis.", lang="en"),
    ]

    def check(self, doc):
        from checker.extract.lists import find_enumerations

        text = doc.text
        for e in doc.analysis(find_enumerations):
            count = int(e.count.value)
            if not e.complete or len(e.items) == count:
                continue
            if abs(len(e.items) - count) > 2:
                continue  # far apart: more likely a list of something else than an item dropped or added
            shown = "; ".join(t if len(t) < 40 else t[:37] + "…" for t in (text[s:x] for s, x in e.items))
            yield self.finding(
                doc,
                e.start,
                e.end,
                f"\"{text[e.start:e.end]}\" announces {count}, but {len(e.items)} are listed after it: {shown}.",
            )


# -- quantity-conflict -----------------------------------------------------------------------
_CONCEPTS = {
    "death": "killed kill kills killing dead death deaths died die dies toll victims victim lives life fatalities fatality bodies body "
    "قتل قتلت قتلوا يقتل تقتل "
    "قتيل قتلى مقتل ضحايا ضحية وفاة وفيات حتفهم حتفه حتفها بحياة أودى حصيلة الموتى جثة جثث شهيد شهداء لقوا لقي توفي",
    "injured": "injured wounded injuries hurt جريح جرحى إصابة إصابات مصاب مصابين أصيب أصيبوا",
    "missing": "missing مفقود مفقودين المفقودين مفقودا",
    "attendance": "fans spectators spectator crowd attendance supporters audience متفرج متفرجين مشجع مشجعين جمهور حضور",
    "displaced": "displaced evacuated homeless نازح نازحين مشرد مشردين",
    "arrest": "arrested detained arrests detainees معتقل معتقلين اعتقال موقوف موقوفين",
}
def _concept_table() -> dict[str, str]:
    from checker.extract.numbers import normalize_noun_ar

    table = {}
    for concept, words in _CONCEPTS.items():
        for w in words.split():
            if w.isascii():
                table[w.lower()] = concept
            else:
                table[arn.fold(w)] = concept
                table.setdefault("~" + normalize_noun_ar(w), concept)  # قتيلا / قتلى / القتيل
    return table


_CONCEPT_OF = _Lazy(_concept_table)
# nouns too general to tie two figures together on their own (people, time spans)
_GENERIC_NOUNS = {
    "person", "people", "time", "times", "year", "day", "month", "week", "hour", "minute", "second", "decade", "century",
    "شخص", "عام", "يوم", "سن", "سنه", "مر", "مره", "شهر", "ساع", "دقيق", "اسبوع", "قرن",
}
_CHANGE = LazyPattern(
    r"\b(?:rose|risen|climbed|jumped|increased|grew|fell|fallen|dropped|declined|up from|down from|now|updated|revised|new toll|latest|so far|since|reached)\b"
    r"|ارتفع|ارتفعت|ارتفاع|تراجع|انخفض|انخفضت|ليصل|لتصل|ليرتفع|لترتفع|بعد\s+أن|المحدثة|الجديدة|حتى\s+الآن|حتى\s+اللحظة|بلغ\s+حتى|زاد",
    re.I,
)
_CHANGED_AFTER = LazyPattern(r"^[\s,،]*(?:(?:up|down)\s+from|from\s+(?:about\s+)?\d|compared\s+with|against|بعد\s+أن|مقابل|مقارنة)", re.I)
_RACE = LazyPattern(r"^\s*(?:-\s*)?(?:final|finals|semi-?final|heats?|hurdles|freestyle|backstroke|breaststroke|butterfly|medley|sprint|race|relay|dash|steeplechase|event|record|walk)\b", re.I)
_EARLIER_PERIOD = LazyPattern(
    r"\b(?:last|previous|prior)\s+(?:year|season|month|week|time|quarter)(?:'s|’s)?\s+(?:\w+\s+)?$|\ba\s+year\s+(?:earlier|ago)\s+$"
    r"|(?:العام|الموسم|الشهر|الأسبوع)\s+(?:الماضي|السابق)\s+$",
    re.I,
)
_OTHER_BEFORE = LazyPattern(r"\b(?:another|other|further|additional|more|extra)\s+$|(?:^|\s)(?:آخر|أخرى)\s*$", re.I)
_OTHER_AFTER = LazyPattern(r"^\s*(?:more|others|other|additional|آخرين|آخرون|أخرى|أخريات|إضافيين|إضافية)\b", re.I)


def _physical_units() -> frozenset[str]:
    from checker.lang.units import BY_KEY

    return frozenset(BY_KEY) | {"bbl/d"}


_PHYSICAL = _Lazy(_physical_units)


_WEEKDAYS = LazyPattern(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b"
    r"|(?:ال|يوم\s)(?:اثنين|إثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت|أحد)\b|أمس|اليوم",
)
_PLACE_EN = LazyPattern(r"\b(?:in|at|near|across)\s+(?:the\s+)?((?:[A-Z][\w'-]+\s?){1,3})")
# (بالاسم، بالكامل، بالفعل: a manner, not a place)
_PLACE_AR = LazyPattern(
    r"(?:^|\s)(?:في|ب)\s*(?!ال(?:وقت|مئة|مائة|المئة|عام|يوم|شهر|أسبوع|ساعة|اسم|أسماء|كامل|فعل|تالي|ضبط|نسبة|إضافة|اضافة|تحديد|تزامن|مقابل|مثل|أساس|اساس|رغم|طبع|عكس|إجمال|اجمال|تفصيل|ذات)\b)"
    r"([\u0621-\u064A]{3,}(?:\s+ال[\u0621-\u064A]+)?)"
)
# a quantifier before a restated figure: what follows is said of (part of) the set, it does not
# restrict it ("most of the 44 families were in the capital", "وكان معظم الـ44 أسرة في العاصمة")
_QUANTIFIED = LazyPattern(r"(?:\b(?:most|all|some|many|each|half|none)\s+(?:of\s+)?(?:the|these|those)\s+|(?:^|\s)(?:معظم|جميع|كل|بعض|غالبية|أغلب|أكثر|نصف)\s+(?:هؤلاء\s+)?)(?:ال|الـ\s?)?$", re.I)


def _qualifiers(doc, m) -> tuple[set, set]:
    """Days and places said with a figure: in its clause, a few words either side."""
    text = doc.text
    sent = doc.sentence_at(m.start)
    lo = max(sent.start, m.start - 60)
    hi = min(sent.end, _mention_end(m) + 50)
    window = text[lo:hi]
    days = {d.group().replace("يوم ", "ال") for d in _WEEKDAYS.finditer(window)}
    after = text[_mention_end(m):hi]
    after = re.split(r"[,،;.]", after, maxsplit=1)[0]
    if _QUANTIFIED.search(text, max(sent.start, m.start - 25), m.start):
        return days, set()  # "most of the 44 families were in the capital": a predicate, not a subset
    if m.lang == "ar":
        places = {arn.fold(p.group(1)) for p in _PLACE_AR.finditer(after)}
    else:
        places = {p.group(1).strip() for p in _PLACE_EN.finditer(after)}
    return days, places


_EVENT_EN = LazyPattern(r"\b[Tt]he\s+(?:[a-z]+\s+)?([a-z]{4,}),\s+(?:which|that)\s+(?:[a-z]+\s+){1,3}$")
_EVENT_AR = LazyPattern(r"(?:^|\s)[وف]?ال([\u0621-\u064A]{3,})،?\s+(?:التي|الذي)\s+(?:[\u0621-\u064A]+\s+){1,3}$")


def _event_clause(doc, m) -> str | None:
    """The event a relative clause ties a figure to: "The floods, which killed 38 people" ->
    "flood"; "الإعصار الذي أودى بحياة 140 شخصا" -> اعصار."""
    before = doc.text[max(doc.sentence_at(m.start).start, m.start - 60):m.start]
    # the relative pronoun first (a substring test): most figures have none, and need no search
    if m.lang == "ar":
        hit = ("التي" in before or "الذي" in before) and _EVENT_AR.search(before)
        return arn.fold(hit.group(1)) if hit else None
    hit = ("which" in before or "that" in before) and _EVENT_EN.search(before)
    return hit.group(1).lower().rstrip("s") if hit else None


def _mentions_word(text: str, word: str) -> bool:
    if word.isascii():
        return re.search(r"\b" + re.escape(word), text, re.I) is not None
    return word in arn.fold_text(text)


def _content_words(text: str) -> set[str]:
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", text) if w.lower() not in _EN_FUNCTION}


_EN_FUNCTION = frozenset("that this these those with from were have been their which what when where while said says they them into onto over under about after before".split())


def _restrictive_words(doc, m) -> set[str]:
    """Content words of a restrictive clause after an English restatement ("the seven directors
    who voted to approve" -> voted, approve)."""
    if m.lang == "ar":
        return set()
    rc = re.match(
        r"\s+(?:who|that|which|of|at|in|on|from|with|without|under|over|aged|across|inside|outside|[a-z]+ing)\s+((?:\S+\s+){0,7}\S+)",
        doc.text[_mention_end(m): min(doc.sentence_at(m.start).end, _mention_end(m) + 120)],
    )
    if not rc or re.match(r"\s+(?:according|citing|quoting)\b", rc.group(0)):
        return set()  # "38 people according to the same authority": a source, not a subset
    return _content_words(rc.group(1)) or {"\0"}  # a modifier with no content word still restricts


def _differ(a: tuple[set, set], b: tuple[set, set]) -> bool:
    return any(x and y and not (x & y) for x, y in zip(a, b))


def _word_key(word: str) -> str:
    if word.isascii():
        return word.lower()
    return arn.fold(word)


def _around(doc, m, width: int = 300) -> str:
    """The sentence of a mention, at most `width` characters either side of it."""
    sent = doc.sentence_at(m.start)
    return doc.text[max(sent.start, m.start - width):min(sent.end, m.end + width)]


def _neighbours(doc, m, numbers, sent) -> tuple[int, int]:
    """End of the number before `m` in its sentence (or the sentence start) and start of the
    number after it (or the sentence end): found by bisection, not by a scan of every number."""
    from bisect import bisect_left, bisect_right

    key = ("number-starts", id(numbers))
    starts = doc._cache.get(key)
    if starts is None or len(starts) != len(numbers):
        starts = doc._cache[key] = [n.start for n in numbers]
    i = bisect_left(starts, m.start)
    prev_end = sent.start
    for k in range(i - 1, max(-1, i - 4), -1):  # the nearest ones (a number may overlap the next)
        x = numbers[k]
        if x.end <= m.start and x.start >= sent.start:
            prev_end = max(prev_end, x.end)
            break
    j = bisect_right(starts, m.end - 1)
    while j < len(numbers) and numbers[j].start < m.end:
        j += 1
    next_start = min(numbers[j].start, sent.end) if j < len(numbers) else sent.end
    return max(prev_end, m.start - 200), next_start


def _concepts(doc, m, numbers) -> set[str]:
    """Concept classes (death, injured, missing...) named near a mention: in the noun, in the
    words just after it, and in the words before it back to the previous number or the start
    of the sentence."""
    text = doc.text
    sent = doc.sentence_at(m.start)
    prev_end, next_start = _neighbours(doc, m, numbers, sent)
    before_words = re.findall(r"[^\W\d_]+", text[prev_end:m.start])[-16:]
    after_words = re.findall(r"[^\W\d_]+", text[m.end:min(next_start, sent.end, m.end + 80)])[:4]
    found = {c for c in map(_word_concept, before_words + after_words) if c}
    return found


@lru_cache(maxsize=8192)
def _word_concept(w: str) -> str | None:
    """The concept (death, injured...) one word names, if any (cached: words repeat)."""
    key = _word_key(w)
    if w.isascii():
        keys = [key]
    else:
        from checker.extract.numbers import normalize_noun_ar

        keys = arn.strip_prefixes(key) + ["~" + normalize_noun_ar(w)]
    for k in keys:
        if _CONCEPT_OF.__contains__(k):
            return _CONCEPT_OF.get(k)
    return None


def _near_words(doc, m, numbers, n=5) -> set[str]:
    from checker.extract.numbers import normalize_noun_ar, normalize_noun_en

    text = doc.text
    sent = doc.sentence_at(m.start)
    prev_end, _ = _neighbours(doc, m, numbers, sent)
    words = re.findall(r"[^\W\d_]+", text[max(prev_end, m.start - 80):m.start])[-n:]
    return {normalize_noun_en(w) if w.isascii() else normalize_noun_ar(w) for w in words if len(w) > 2}


_WINDOW = 20_000  # how far back a restated figure is looked for (longer than most articles)
_REFERENCE_NOUNS = frozenset(
    "level price range mark threshold ceiling floor target limit barrier average rate point zone line support resistance "
    "figure benchmark cap peg band minimum maximum".split()
)


def _written_step(m) -> float:
    """Half the last digit of a figure as written ("33 mln" -> 500,000; "2.5" -> 0.05)."""
    from checker.extract.numbers import _parse_digits

    digits = re.search(r"[0-9\u0660-\u0669\u06F0-\u06F9][0-9\u0660-\u0669\u06F0-\u06F9,.\u066B\u066C]*", m.text)
    if not digits or m.words:
        return 0.0
    try:
        base, decimals = _parse_digits(digits.group().rstrip(".,"), m.lang)
    except ValueError:
        return 0.0
    scale = abs(m.value / base) if base else 1.0
    return 0.5 * 10 ** (-decimals) * scale


def _same_rounded(a, b) -> bool:
    """"33 mln" and "33.13 mln": one figure, rounded in one of its mentions."""
    return abs(a.value - b.value) <= max(_written_step(a), _written_step(b)) + 1e-9 and (a.decimals > 0) != (b.decimals > 0)


# a figure said again as the one already given: "confirmed the figure of 26", "the official figure
# is 26", "وأكد متحدث هذا الرقم، أي 26", "فإن العدد هو 26"
_RESTATED = LazyPattern(
    r"(?:\b(?:the|this|that)\s+(?:official\s+|final\s+|same\s+)?(?:figure|number|toll|tally|count)\s+(?:of|is|was|stands\s+at|stood\s+at|remains|remained)\s+"
    r"|(?:هذا|ذلك)\s+(?:الرقم|العدد)،?\s+(?:أي|وهو)\s+|(?:العدد|الرقم|الحصيلة)\s+(?:هو|هي|النهائي[ةه]?\s+(?:هو|هي))\s+"
    r"|(?:في\s+المجموع|إجمالا|إجمالاً|in\s+all|in\s+total)[,،]?\s+(?:\S+\s+){0,3})(?:\$|US\$|€|£)?$",
    re.I,
)


_FROM_BEFORE = LazyPattern(r"\b(?:from|than|since)\s+(?:the\s+|a\s+|an\s+)?(?:\$|US\$|€|£)?$|(?:^|\s)(?:من|عن|مقارنة\s+ب|بدلا\s+من|بدلاً\s+من)\s*(?:الـ\s?)?$", re.I)
_OTHER_PERIOD_AFTER = LazyPattern(
    r"\b(?:previous|prior|last\s+(?:year|season|month|week|quarter|time)|a\s+year\s+(?:earlier|ago)|earlier\s+this|the\s+year\s+before)\b"
    r"|(?:الماضي|الماضية|السابق|السابقة|المنصرم|المنصرمة)",
    re.I,
)
# "and" + one or two lower-case words ending in a plural noun: another group counted with it
# ("15 lobbyists and business leaders"), not a verb or an adverb ("17 employees and sold", "800 staff and about")
_COORDINATED = LazyPattern(r"\s+(?:and|or|&)\s+(?:[a-z]+\s+)?[a-z]+(?<!ss)s\b(?!\s+(?:the|a|an|its|their|his|her|our|about|some|\d))")


def _coordinated(text: str, m) -> bool:
    """"15 lobbyists and business leaders": the figure counts a coordinated group, not the noun alone."""
    if not m.noun_span or m.noun_span[0] < m.end:
        return False
    at = m.noun_span[1]
    hit = _COORDINATED.match(text, at, at + 30)
    if not hit:
        return False
    if m.lang == "ar":
        return False  # Arabic و joins clauses as often as nouns: no reading from it
    return True


def _sums_to(values: list[float], total: float) -> bool:
    """Whether two of the values, or a run of consecutive ones, add up to `total` (at most the
    first 20 values: bounded work)."""
    values = values[:20]
    for i in range(len(values)):
        acc = values[i]
        for j in range(i + 1, len(values)):
            if abs(values[i] + values[j] - total) < 1e-9:
                return True
            if j < i + 6:
                acc += values[j]
                if abs(acc - total) < 1e-9:
                    return True
    return False


_SCALE_WORDS = LazyPattern(r"(?i:thousand|million|billion|mln|bln|bn|m\b)|ألف|آلاف|الف|مليون|ملايين|مليار|مليارات")


def _scale_unit(text: str, m) -> float:
    """The unit a figure written with a scale word is rounded to ("22 ألف" -> 1,000; "1.5 million"
    -> 100,000); 0 for a figure written out in full."""
    if not _SCALE_WORDS.search(m.text) or m.value == 0:
        return 0.0
    import math

    scale = 10 ** math.floor(math.log10(abs(m.value)))
    while scale > 1 and abs(m.value / scale - round(m.value / scale)) > 1e-9:
        scale /= 10
    return scale


# the headline's figure spans several places or groups: "... في العراق وسورية", "in Iraq and Syria"
_HEAD_SCOPE = LazyPattern(r"[^\n]{0,60}?(?:\s(?:في|ب|على)\s?[\u0621-\u064A]+\s+و[\u0621-\u064A]+|\sin\s+[A-Z]\w+\s+and\s+[A-Z])")


# one end of a range or of an alternative: "20 or 21 cents", "5 to 7", "بين 5 و7", "20-21"
_ALTERNATIVE = LazyPattern(r"[\d\u0660-\u0669](?:\s*(?:or|to|and|-|–|أو|او|إلى|الى)\s*|\s*و\s*)$", re.I)
_ALTERNATIVE_AFTER = LazyPattern(r"^\s*(?:or|to|-|–|أو|او|إلى|الى)\s*[\d\u0660-\u0669]", re.I)


def _beyond_approx(e, r) -> bool:
    """An approximate figure ("about 120,000") restated exactly more than 10% away from it."""
    return e.value > 0 and abs(r.value / e.value - 1) > 0.1


def _typo_shape(a, b, loose: bool = False) -> bool:
    """Two figures written with the same digits but two neighbours swapped (42 / 24), or one digit
    after the first changed in a figure of three digits or more (800,000 / 800,090): the shape of
    a typing slip, whatever the ratio."""
    x, y = re.sub(r"\D", "", f"{a.value:.0f}"), re.sub(r"\D", "", f"{b.value:.0f}")
    if len(x) != len(y) or a.decimals > 0 or b.decimals > 0 or len(x) < 2:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    if len(diff) == 1:
        # 800,000 / 800,090; not 10 / 90 (two different round figures), unless the two are tied by
        # more than their noun (a headline and its lead: 13 / 63)
        return loose or (len(x) >= 3 and diff[0] > 0)
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def _noun_concept(m) -> str | None:
    """The concept (death, injured...) the mention's own counted noun names, if any."""
    if not m.noun:
        return None
    return _CONCEPT_OF.get(m.noun) or _CONCEPT_OF.get("~" + m.noun)


def _modifiers(doc, m) -> set[str]:
    """Words between a number and its counted noun ("10 solo awards" -> solo)."""
    if not m.noun_span or m.noun_span[0] < m.end:
        return set()
    words = re.findall(r"[^\W\d_]+", doc.text[m.end:m.noun_span[0]])
    return {w.lower() for w in words} - {"confirmed", "reported", "official", "total", "registered", "estimated", "new"}


def _modifiers_differ(doc, r, e) -> bool:
    a, b = _modifiers(doc, r), _modifiers(doc, e)
    return bool(a and b and not a & b)


_AR_FUNCTION = frozenset(
    "في من على إلى الى عن أن ان إن التي الذي الذين اللذين قد كان كانت ما لا لم لن مع بعد قبل منذ حتى هذا هذه ذلك تلك هو هي هم "
    "وقد فقد كما أو او ثم عند عدد نحو حوالي قرابة".split()
)
_EN_EVENT_STOP = _EN_FUNCTION | frozenset("have has had was were are the and but also some least more than other another who".split())
# before a figure: a further set ("also killed 5"), a part of a set ("including 12", "منهم 3")
_PART_OR_MORE_BEFORE = LazyPattern(
    r"\b(?:also|too|including|among\s+them|among\s+whom|of\s+whom|of\s+them|another|other)\b[^.\n]{0,25}$"
    r"|(?:^|\s)(?:أيضا|أيضاً|كذلك|منهم|بينهم|منها|بينها|منهن|بينهن|بينما)\s+(?:\S+\s+){0,2}$",
    re.I,
)
_PART_AFTER = LazyPattern(r"^\s*(?:of\s+(?:them|whom)|منهم|منها|بينهم|بينها)\b", re.I)
# a named source of a figure: "according to the health ministry", "بحسب وزارة الصحة", "citing police"
_SOURCE = LazyPattern(r"\b(?:according\s+to|citing|quoting)\s+((?:\S+\s+){0,3}\S+)|(?:^|\s)(?:بحسب|حسب|وفقا\s+ل|وفقاً\s+ل|وفق|نقلا\s+عن|نقلاً\s+عن)\s*((?:\S+\s+){0,2}\S+)", re.I)
_SAME_SOURCE = LazyPattern(r"\bsame\b|\bthat\b|\bthis\b|نفس|نفسه|نفسها|ذاته|ذاتها|ذات", re.I)


def _headline_keys(doc) -> tuple[int | None, set]:
    """Where the body starts (None when the first paragraph is not a headline) and the keys of
    the headline's words: its nouns, normalised, and the concepts they name (kill -> death)."""
    from checker.extract.numbers import normalize_noun_ar, normalize_noun_en

    key = ("qc-headline",)
    if key in doc._cache:
        return doc._cache[key]
    paras = doc.paragraphs
    out: tuple[int | None, set] = (None, set())
    if len(paras) >= 2:
        head = doc.text[paras[0].start:paras[0].end]
        if 2 <= len(head.split()) <= 25 and not head.rstrip().endswith((".", "؟", "?", "!")):
            keys = set()
            for w in re.findall(r"[^\W\d_]{3,}", head):
                keys.add(normalize_noun_en(w.lower()) if w.isascii() else normalize_noun_ar(w))
                if c := _word_concept(w):
                    keys.add(c)
            out = (paras[1].start, keys)
    doc._cache[key] = out
    return out


def _event_words(doc, m, numbers) -> set[str]:
    """The words that tell what happened to the things a figure counts: up to four content words
    before it in its clause ("have killed 36 people" -> killed; "أسفرت عن مقتل 36 شخصا" -> مقتل)
    and up to three after its noun ("36 people died", "لقي 36 شخصا حتفهم"), as keys, with the
    concept each names (killed, died -> death)."""
    from checker.extract.numbers import normalize_noun_ar, normalize_noun_en

    text = doc.text
    sent = doc.sentence_at(m.start)
    prev_end, next_start = _neighbours(doc, m, numbers, sent)
    clause_lo = max(prev_end, m.start - 60)
    before = re.split(r"[,،;:]", text[clause_lo:m.start])[-1]
    after_at = m.noun_span[1] if m.noun_span and m.noun_span[0] >= m.end else _mention_end(m)
    after = re.split(r"[,،;:.]", text[after_at:min(next_start, sent.end, after_at + 50)])[0]
    words = re.findall(r"[^\W\d_]{3,}", before)[-4:] + re.findall(r"[^\W\d_]{3,}", after)[:3]
    out = set()
    for w in words:
        if w.isascii():
            if w.lower() in _EN_EVENT_STOP:
                continue
            k = normalize_noun_en(w.lower())
        else:
            if arn.fold(w) in _AR_FUNCTION or w in _AR_FUNCTION:
                continue
            k = normalize_noun_ar(w)
        if k == m.noun:
            continue
        out.add(k)
        if c := _word_concept(w):
            out.add(c)
    return out


def _same_event(doc, r, e, numbers, body_start, head_keys) -> bool:
    """Whether an indefinite figure `r` tells again the event an earlier figure `e` told: both in
    the article's body, the same head noun (or two nouns of one concept: dead / killed), the same
    verb or event noun (or two of one concept), the headline's event (one of these words is in the
    headline), and nothing in `r` that changes the set: no time or place `e` did not have, no part
    ("including", "منهم"), no further group ("also", "أيضا"), no other source."""
    text = doc.text
    if body_start is None or e.start < body_start or e.approx:
        return False
    if not (r.noun and e.noun) or r.noun_span is None or e.noun_span is None:
        return False
    if r.noun != e.noun and not ((c := _noun_concept(r)) and c == _noun_concept(e)):
        return False
    if r.unit or e.unit:
        return False  # amounts and measures: a price, a stake, a bond are restated for other deals too
    # the same happening told of the same people: killed, dead, injured, missing, displaced,
    # arrested, spectators (a generic verb such as 'sold' or 'bought' is said of many sets)
    shared = _event_words(doc, r, numbers) & _event_words(doc, e, numbers) & _CONCEPTS.keys()
    if not shared:
        return False
    if not head_keys & shared:
        return False  # not the article's main event (the headline names the same happening)
    for x in (r, e):
        sent = doc.sentence_at(x.start)
        if _PART_OR_MORE_BEFORE.search(text, max(sent.start, x.start - 40), x.start) or _PART_AFTER.match(text, _mention_end(x), _mention_end(x) + 20):
            return False
    (rd, rp), (ed, ep) = _qualifiers(doc, r), _qualifiers(doc, e)
    if (rd - ed) or (rp - ep):
        return False  # "38 people on Monday", "38 in Swat": a time or a place the first figure did not have
    src = _SOURCE.search(_around(doc, r, 120))
    if src:
        named = src.group(1) or src.group(2)
        if not _SAME_SOURCE.search(named):
            words = {_word_key(w) for w in re.findall(r"[^\W\d_]{4,}", named)} - {"the", "health", "officials"}
            around_e = {_word_key(w) for w in re.findall(r"[^\W\d_]{4,}", _around(doc, e, 200))}
            if words and not words & around_e:
                return False  # "38 according to the hospital" after the ministry's 36: two sources
    return True


class QuantityConflict(Rule):
    """## What it does
    Finds one quantity reported with two values: a later mention that refers back to a figure
    ("the 31 dead", "الضحايا الـ1803", "the seven directors who voted to approve") when the article
    gave that same quantity (same counted noun or the same kind of figure: dead, injured,
    missing, spectators) a different value earlier.

    Also a figure of a noun said once in the headline and once in the lead with two values
    (headline "36 killed", lead "63 killed"), and one share in each of them.

    ## Why is this bad?
    Two values for one casualty toll or one vote count is the commonest correction a wire
    service issues. A figure the text says changed ("rose to 31", "ارتفع إلى", "from the 3.85
    mln hectares of the previous harvest"), a separate group ("another 1,800 deaths", "15
    lobbyists and business leaders"), a total of earlier parts, a rounding ("33 mln" for 33.13
    mln, "22 ألف" for 22,790) and figures of other things are not conflicts. Only counts,
    amounts and measures are compared: never percentages of different series, ranks, durations
    or designators (F-16); the whole of a partitive ("9% of the 55,000 staff") only as the earlier
    figure a restatement refers back to. When the article gives the noun several
    figures, the restated one must have the shape of a typing slip of one of them; otherwise,
    no finding.

    ## Example
    "killed 24 people" … "the 31 killed in the attack".
    """

    id = "quantity-conflict"
    summary = "The same quantity reported with two different values."
    severity = Severity.WARNING
    languages = None
    bad = [
        Example("Floods kill 36 people in northern villages\nFloods killed 63 people in northern villages on Sunday, officials said.", flag="63 people", lang="en"),
        Example("Officials said 140 people were still missing.\nThe search for the 104 missing resumed at dawn.", flag="104 missing", lang="en"),
        Example("The final drew 51,372 fans.\nThe 51,732 spectators stayed long after the whistle.", flag="51,732 spectators", lang="en"),
        Example("وأودى الفيضان بحياة 1830 شخصا.\nوأقيمت صلاة الغائب على أرواح الضحايا الـ1803.", flag="1803", lang="ar"),
    ]
    good = [
        Example("Officials said 140 people were still missing.\nThe search for the 140 missing resumed at dawn.", lang="en"),
        Example("The agency counted 2,310 flu deaths. Another 900 deaths are under review.\nThe 2,310 confirmed deaths may rise.", lang="en"),
        Example("The attack killed 24 people on Monday.\nThe toll rose to the 31 dead counted on Tuesday.", lang="en"),
        Example("وأودى الفيضان بحياة 1830 شخصا.\nوأقيمت صلاة الغائب على أرواح الضحايا الـ1830.", lang="ar"),
        Example("قتل 24 شخصا في غزة.\nوارتفع عدد القتلى إلى الـ31 بعد وفاة جرحى.", lang="ar"),
        Example("ودمرت التفجيرات الثلاثة مبنى الوزارة.\nوقتل المهاجمون الأربعة في الاشتباك.", lang="ar"),
        Example("Gasoline prices jumped 10 pct in May.\nThe index showed the 9.8 pct increase in energy products.", lang="en"),
        Example("تخريج 45 متدربا في الرياض وجدة\nوبعد تخريج 40 متدربا في الدورة السابقة، تخرج اليوم 30 طالبا في الرياض و15 طالبا في جدة.", lang="ar"),
    ]

    def check(self, doc):
        from checker.extract.quantities import count_role, partitive_whole

        # counts, amounts and measures only: not percentages (of different bases), ranks, durations,
        # designators (F-16), dates or the whole of a ratio
        text = doc.text
        numbers = []
        wholes: set[int] = set()
        for n in doc.numbers:
            if n.kind != "cardinal" or n.value < 2:
                continue
            role = count_role(doc, n)
            if role == "ratio" and n.noun and partitive_whole(doc, n):
                # the whole of a partitive counts the whole set ("9% of the 55,000 staff", "10 of its 27
                # plants"): a later restatement may refer back to it, it is never one itself
                wholes.add(n.start)
                numbers.append(n)
            elif role in ("count", "money", "measure"):
                numbers.append(n)
        text = doc.text
        reported: set[int] = set()
        starts = [n.start for n in numbers]
        memo_concepts: dict[int, set] = {}
        memo_near: dict[int, set] = {}
        body_start, head_keys = _headline_keys(doc)

        def concepts(m) -> set:
            if m.start not in memo_concepts:
                memo_concepts[m.start] = _concepts(doc, m, numbers)
            return memo_concepts[m.start]

        def near(m) -> set:
            if m.start not in memo_near:
                memo_near[m.start] = _near_words(doc, m, numbers)
            return memo_near[m.start]

        for r in numbers:
            if r.approx or r.start in wholes:
                continue
            if r.attributive and not _PHYSICAL.__contains__(r.unit):
                continue  # "the two-day ceasefire" describes, it does not count
            event = _event_clause(doc, r)
            cue = _RESTATED.search(text, max(0, r.start - 40), r.start) is not None
            # an indefinite figure is compared only as the main event told again in the body:
            # "have killed 36 people" ... "killed 38 people" (see _same_event)
            again = not r.definite and not event and not cue
            if again and not (body_start is not None and r.start >= body_start and _event_words(doc, r, numbers)):
                continue
            sent = doc.sentence_at(r.start)
            if _FROM_BEFORE.search(text, max(sent.start, r.start - 20), r.start) or _OTHER_PERIOD_AFTER.search(text, _mention_end(r), min(sent.end, _mention_end(r) + 45)):
                continue  # "down 5 pct from the 3.85 mln hectares planted in the previous harvest": another moment
            if _coordinated(text, r):
                continue
            if _CHANGE.search(text[max(sent.start, r.start - 60): r.start]) or _CHANGED_AFTER.match(text[_mention_end(r): min(sent.end, _mention_end(r) + 60)]):
                continue
            r_concepts = concepts(r)
            restrict = _restrictive_words(doc, r)
            physical = _PHYSICAL.__contains__(r.unit)
            candidates = []
            # the earlier figures within a window (an article's length): bounded work per figure
            lo, hi = bisect_left(starts, r.start - _WINDOW), bisect_left(starts, r.start)
            for e in numbers[lo:hi]:
                if e.kind != r.kind or (e.approx and not _beyond_approx(e, r)):
                    continue  # "about 120,000" restated as 125,000 is within its approximation
                if (e.unit or None) != (r.unit or None) or (e.attributive and not physical):
                    continue
                if not ((r.noun and e.noun == r.noun) or (r_concepts and r_concepts & concepts(e)) or (physical and r.definite)
                        or (r.unit and r.noun and r.noun in near(e))):
                    continue  # nothing can tie the two (the cheap test first)
                if _OTHER_BEFORE.search(text[max(0, e.start - 12):e.start]) or _OTHER_AFTER.match(text[e.end:e.end + 14]) or _coordinated(text, e):
                    continue
                if _EARLIER_PERIOD.search(text[max(0, e.start - 30):e.start]):
                    continue  # "last season's 60,000 tonnes" is another period's figure
                if event and not _mentions_word(_around(doc, e), event):
                    continue  # "The floods, which killed 38": only a figure said of the floods
                if restrict and not restrict & _content_words(_around(doc, e)):
                    continue  # "the five members who backed the cut" is not "nine members"
                if _differ(_qualifiers(doc, r), _qualifiers(doc, e)):
                    continue  # another day or another place: "24 in Gaza … the 31 in the West Bank"
                e_restrict = _restrictive_words(doc, e)
                if restrict and e_restrict and restrict != e_restrict:
                    continue  # "12 films competing in the documentary category" / "the 16 films competing in the dramatic category"
                if _modifiers_differ(doc, r, e):
                    continue  # "15 Brit awards" and "10 solo awards" count different things
                e_concepts = concepts(e)
                if again and not _same_event(doc, r, e, numbers, body_start, head_keys):
                    continue  # an indefinite figure: only the same event told again, with nothing that changes the set
                strength = 0
                if r.noun and e.noun == r.noun and (r.noun not in _GENERIC_NOUNS or (cue or r.definite or again) and r.noun in ("person", "شخص")):
                    strength = 3  # "people" too, when the later figure is explicitly the same ("the figure of", "the 26 people")
                elif r_concepts & e_concepts and (_noun_concept(r) or event) and (_noun_concept(e) in (None, *r_concepts)):
                    strength = 2  # "the 31 dead" / "killed 24 people": the restatement's own noun names the concept
                elif physical and e.unit == r.unit and r.definite:
                    strength = 1  # "340,000 tonnes of olive oil" ... "the expected 380,000-tonne crop"
                elif r.unit and r.noun and r.noun not in _GENERIC_NOUNS and r.noun in near(e):
                    strength = 1  # "المنحة البالغة 2500 دينار" / "منحة سنوية قدرها 2000 دينار": same amount, same unit
                if strength:
                    candidates.append((strength, e))
            if not candidates or any(c.value == r.value or _same_rounded(c, r) for _, c in candidates):
                continue
            if r.noun in _REFERENCE_NOUNS:
                continue  # "the 26 dlr level", "a 35 dlr price": a reference point, not a quantity of things
            # a figure earlier in the same sentence is a contrast ("78 points, six ahead of the 72 points
            # of their rivals"), not the same quantity: it only counts as a match, above
            candidates = [(s, e) for s, e in candidates if e.start < sent.start]
            if not candidates:
                continue
            best = max(s for s, _ in candidates)
            candidates = [e for s, e in candidates if s == best]
            # a total of earlier parts is not a conflict ("24 in Gaza … 31 in the West Bank … the 55")
            if len(candidates) > 1 and abs(sum(c.value for c in candidates) - r.value) < 1e-9:
                continue
            if r.value < 10 and best != 2 and not restrict and not cue:
                continue  # "leaders of three countries … the two leaders signed": small groups are often subsets
            low, high = (0.8, 1.25) if best == 1 and physical else (0.6, 1.67)
            slips = [c for c in candidates if best == 3 and _typo_shape(c, r)]
            if len({c.value for c in slips}) == 1:
                e = slips[-1]  # the shape of a typing slip of one earlier figure of this noun (42 / 24, 2960 / 2946)
            elif len({c.value for c in candidates}) == 1 and (
                low <= r.value / candidates[-1].value <= high or (best == 3 and _typo_shape(candidates[-1], r, loose=True))
            ):
                e = candidates[-1]  # the one earlier figure of this noun (a slip of any digit when nothing else competes)
            else:
                continue  # several figures of this noun, or one far from it: which one is restated is unsure
            if physical and _RACE.match(text[_mention_end(r):_mention_end(r) + 25]):
                continue  # "the 100m final", "the 400m hurdles": events, not quantities
            span_end = _mention_end(r)
            reported.add(r.start)
            yield self.finding(
                doc,
                r.start,
                span_end,
                f"\"{text[r.start:span_end]}\" gives {_fmt(r.value)}, but the same figure was given as "
                f"{_fmt(e.value)} earlier (\"{text[e.start:_mention_end(e)]}\").",
                related=[(e.start, _mention_end(e))],
            )
        yield from self._headline(doc, numbers, reported)
        yield from self._headline_share(doc)

    def _headline(self, doc, numbers, reported):
        """The headline and the lead tell one story: a figure of a noun said once in the headline and
        once in the first body paragraphs, with two values (headline "36 injured", lead "63 injured")."""
        from checker.extract.quantities import counts_people, governing_word

        paras = doc.paragraphs
        if len(paras) < 2:
            return
        text = doc.text
        head = paras[0]
        words = text[head.start:head.end].split()
        if not 2 <= len(words) <= 25 or text[head.start:head.end].rstrip().endswith((".", "؟", "?", "!")):
            return  # not a headline: a first paragraph of prose
        # the lead: the first two paragraphs of prose after the headline (a dateline or a date line
        # of its own, "الرياض - واس", "25 شوال 1436هـ", is not the lead)
        prose = [p for p in paras[1:6] if len(text[p.start:p.end].split()) >= 8]
        lead = prose[0] if prose else paras[1]
        lead_end = (prose[1] if len(prose) > 1 else paras[min(2, len(paras) - 1)]).end
        lead_end = max(lead_end, paras[min(2, len(paras) - 1)].end)
        lead_counts = [n.value for n in numbers if head.end <= n.start < lead_end and not n.unit]
        heads, bodies = defaultdict(list), defaultdict(list)
        first = doc.sentence_at(lead.start)
        for n in numbers:
            if n.attributive:
                continue
            keys = []
            if n.unit and not _PHYSICAL.__contains__(n.unit) and not _coordinated(text, n):
                keys.append(("amount", n.unit))  # "950 مليون دولار" / "970 مليون دولار": one sum of one currency
            elif not n.unit:
                if n.noun and n.noun_span and n.noun_span[0] >= n.end and (n.noun not in _GENERIC_NOUNS or n.noun in ("person", "شخص")):
                    keys.append(n.noun)
                # "مقتل 3042 من داعش" / "قتلت 3442 من": one toll, said with the verb or noun of the event
                before = re.split(r"\d", text[max(0, n.start - 25):n.start])[-1]
                c = _noun_concept(n) or next(filter(None, map(_word_concept, re.findall(r"[^\W\d_]+", before)[-2:][::-1])), None)
                if c:
                    keys.append(("concept", c))
                # "ضبط 5 جناة" / "ضبط 9 أشخاص", "يعيد 120 عالقا" / "يعيد 135 يمنيا": people counted after one verb
                if counts_people(text, n):
                    verb = governing_word(text, n)
                    if verb:
                        keys.append(("people", verb))
            for k in keys:
                if n.start < head.end:
                    heads[k].append(n)
                elif isinstance(k, str) or first.start <= n.start < first.end:
                    bodies[k].append(n)
        # people counted twice in the lead's first sentence ("6 men and 5 women"): no one group restates the headline
        if sum(1 for n in numbers if first.start <= n.start < first.end and not n.unit and counts_people(text, n)) > 1:
            for k in [k for k in bodies if isinstance(k, tuple) and k[0] == "people"]:
                del bodies[k]
        done: set[int] = set()
        for noun, hs in heads.items():
            bs = bodies.get(noun)
            if not bs or len({h.value for h in hs}) != 1:
                continue
            h, b = hs[0], bs[0]
            if not isinstance(noun, str):
                # an amount or a toll: only the one figure of its kind in the lead's first sentence
                if len(hs) != 1 or len(bs) != 1 or b.start in done or not (first.start <= b.start < first.end):
                    continue
            elif len({x.value for x in bs}) != 1 and not (doc.sentence_at(b.start).start == head.end + 1 or doc.paragraph_at(b.start).start == lead.start and doc.sentence_at(b.start).start == lead.start):
                continue  # several figures of this noun: only the first sentence of the lead restates the headline
            if h.approx or b.approx:
                continue  # "نحو 1000 حالة" in the lead, "970 حالة" later: one of them is a round figure
            if _sums_to(lead_counts, h.value):
                continue  # the headline totals figures of the lead (63 = 39 + 24 graduates): the body gives the parts
            if abs(h.value - b.value) < max(_scale_unit(text, h), _scale_unit(text, b)):
                continue  # "22 ألف حبة" in the headline for 22,790 in the lead: a figure rounded to its scale word
            if _HEAD_SCOPE.match(text, _mention_end(h), head.end) and b.value < h.value:
                continue  # "33 غارة على مواقع في العراق وسورية": the headline covers more than the lead's figure
            if b.value == h.value or b.start > lead_end or b.start in reported or _same_rounded(h, b):
                continue
            if not (0.6 <= b.value / h.value <= 1.67 or _typo_shape(h, b, loose=True)):
                continue
            if any(_ALTERNATIVE.search(text, max(0, x.start - 12), x.start) or _ALTERNATIVE_AFTER.match(text, _mention_end(x), _mention_end(x) + 14) for x in (h, b)):
                continue  # "earnings of 20 or 21 cents", "5 to 7 people": a range, not one value
            if any(_CHANGE.search(text[max(doc.sentence_at(x.start).start, x.start - 60):x.start]) or _OTHER_BEFORE.search(text[max(0, x.start - 12):x.start])
                   or _OTHER_AFTER.match(text[x.end:x.end + 14]) or _coordinated(text, x) or _modifiers_differ(doc, h, b) for x in (h, b)):
                continue
            days_h, days_b = _qualifiers(doc, h)[0], _qualifiers(doc, b)[0]
            if days_h and days_b and not days_h & days_b:
                continue  # two days (places are worded differently in a headline: not compared)
            done.add(b.start)
            yield self.finding(
                doc, b.start, _mention_end(b),
                f"\"{text[b.start:_mention_end(b)]}\" gives {_fmt(b.value)}, but the headline gives {_fmt(h.value)} "
                f"(\"{text[h.start:_mention_end(h)]}\").",
                related=[(h.start, _mention_end(h))],
            )

    def _headline_share(self, doc):
        """One percentage in the headline and one in the lead's first sentence, said of the same
        thing (a content word shared by the words before them), with two values."""
        paras = doc.paragraphs
        if len(paras) < 2:
            return
        text = doc.text
        head = paras[0]
        if not 2 <= len(text[head.start:head.end].split()) <= 25 or text[head.start:head.end].rstrip().endswith((".", "؟", "?", "!")):
            return
        first = doc.sentence_at(paras[1].start)
        pcts = [n for n in doc.numbers if n.kind == "percent" and n.start < first.end]
        hs = [n for n in pcts if n.start < head.end]
        bs = [n for n in pcts if n.start >= first.start]
        if len(hs) != 1 or len(bs) != 1:
            return
        h, b = hs[0], bs[0]
        if h.value == b.value or h.approx or b.approx or _same_rounded(h, b) or not (0.6 <= b.value / h.value <= 1.67 or _typo_shape(h, b, loose=True)):
            return
        if any(_CHANGE.search(text[max(doc.sentence_at(x.start).start, x.start - 60):x.start]) or _OTHER_RATE.search(text[max(0, x.start - 35):x.start]) for x in (b,)):
            return
        said_of = [_content_keys(text[max(0, x.start - 60):x.start]) for x in (h, b)]
        if not said_of[0] & said_of[1]:
            return  # nothing says the two are one share
        wholes = [_WHOLE_AFTER.match(text, x.end, min(len(text), x.end + 40)) for x in (h, b)]
        keys = [_content_keys(w.group(1)) if w else set() for w in wholes]
        if (wholes[0] or wholes[1]) and not keys[0] & keys[1]:
            return  # "20% of accidents" and "a risk 23% higher": shares of different wholes
        yield self.finding(
            doc, b.start, b.end,
            f"\"{text[b.start:b.end]}\" gives {_fmt(b.value)}%, but the headline gives {_fmt(h.value)}% (\"{text[h.start:h.end]}\").",
            related=[(h.start, h.end)],
        )


_WHOLE_AFTER = LazyPattern(r"\s*(?:of|من)\s+((?:the\s+)?\S+)", re.I)


def _content_keys(text: str) -> set[str]:
    """The last six content words of a passage, spelling-folded, without clitics (Arabic) or case."""
    words = re.findall(r"[^\W\d_]{4,}", text)[-6:]
    out = set()
    for w in words:
        if w.isascii():
            if w.lower() not in _EN_FUNCTION:
                out.add(w.lower()[:6])
        else:
            out.add(arn.prefix_readings(arn.fold(w))[-1][:6])
    return out


# -- total-mismatch --------------------------------------------------------------------------
_OF_THE_AFTER = LazyPattern(r"\s*(?:of\s+the|out\s+of|of\s+its|من\s+أصل|من\s+مجموع|من\s+إجمالي)\s", re.I)
_OF_THE = LazyPattern(r"^\s*(?:of\s+the|out\s+of|of\s+its|من\s+أصل|من\s+مجموع|من\s+إجمالي)\s+$", re.I)
_PART_INTRO = LazyPattern(
    r"\b(?:including|among\s+them|of\s+whom|of\s+which|among\s+whom)\b|(?:^|\s)(?:و?من\s+بينهم|و?من\s+بينها|و?بينهم|و?بينها|و?منهم|و?منها)(?=\s|$)",
    re.I,
)
# Each match of _COMPRISE holds one of these words: a text without any is not searched sentence by
# sentence (that search was most of this rule's time). A plain lower-case test, exact for IGNORECASE
# unless the text has one of the four letters IGNORECASE folds otherwise (İ ı ſ and the Kelvin sign).
_COMPRISE_WORDS = ("compris", "consist", "made", "split", "divided", "يتوزع", "تتوزع", "موزع", "يتكون", "تتكون", "يتألف", "تتألف")


def _may_comprise(text: str) -> bool:
    if any(c in text for c in ("\u0130", "\u0131", "\u017f", "\u212a")):
        return True
    lower = text.lower()
    return any(w in lower for w in _COMPRISE_WORDS)


_COMPRISE = LazyPattern(r"\b(?:comprises|comprised|consists\s+of|consisted\s+of|is\s+made\s+up\s+of|was\s+made\s+up\s+of|split\s+between|divided\s+between|divided\s+into)\b|يتوزع|تتوزع|موزعة\s+على|موزعين\s+على|يتكون\s+من|تتكون\s+من|يتألف\s+من|تتألف\s+من", re.I)
_PART_STOP = LazyPattern(
    r"[;.()]|\b(?:while|whereas|others|other|another|compared|than|previous|previously|last|earlier)\b|\b(?:up|down)\s+(?:from|by)\b|\bfrom\s+(?:about\s+|around\s+)?[\d$€£]"
    r"|\b(?:instead|or|rather|respectively|each)\b|فيما|بينما|في\s+حين|آخرين|أخرى|آخرون|مقارنة|مقابل\s+\d|بعد\s+أن|السابق|الماضي|بدلا|بدلًا|بدلاً|عوضا|أو\s",
    re.I,
)
# a span that compares two moments: "from 30%", "up", "compared with", "last year", "ارتفع"
_CHANGE_SPAN = LazyPattern(
    r"\bfrom\s+(?:about\s+|around\s+)?[\d$€£]|\b(?:up|down|compared|previous|previously|rose|fell|increased|decreased|grew|climbed|dropped)\b"
    r"|\blast\s+(?:year|month|week|season|quarter)\b|\ba\s+year\s+(?:earlier|ago)\b|ارتفع|انخفض|تراجع|مقارنة|العام\s+الماضي|السابق|السابقة",
    re.I,
)
_TIMEY = LazyPattern(
    r"\b(?:up|down|from|compared|last\s+year|a\s+year\s+earlier|previous|previously|rose|fell|increase|decrease|grew|growth|before|after)\b"
    r"|ارتفع|انخفض|مقارنة|العام\s+الماضي|السابق|السابقة|سابقا|بعد\s+أن|نمو|زيادة|تراجع",
    re.I,
)


_OTHER_RATE = LazyPattern(
    r"\b(?:turnout|participation|growth|inflation|unemployment|rate|rates|margin|interest|yield|rose|fell|increase|decrease)\b"
    r"|المشاركة|نمو|التضخم|البطالة|معدل|الفائدة|ارتفع|انخفض|ارتفاع|انخفاض|تراجع",
    re.I,
)
_WHOLE_CUE = LazyPattern(
    r"\b(?:of\s+the\s+total|the\s+total|of\s+the\s+vote|of\s+the\s+votes|of\s+votes|share|shares|split|breakdown|the\s+rest|the\s+remainder|remaining)\b"
    r"|من\s+الأصوات|من\s+إجمالي|من\s+مجموع|النسبة\s+المتبقية|الباقي|تتوزع|يتوزع|حصة|حصص",
    re.I,
)


def _is_people(noun: str) -> bool:
    from checker.extract.quantities import is_people_noun

    return is_people_noun(noun)


def _tolerance(mentions) -> float:
    total = 0.0
    for m in mentions:
        total += 0.5 * 10 ** (-m.decimals) if m.decimals >= 0 else 0.5
    return total


class TotalMismatch(Rule):
    """## What it does
    Finds parts that exceed their whole: "12 people were killed, including 8 children and 6
    women"; "من بين 12 قتيلا 8 أطفال و6 نساء"; a breakdown of a total ("300,000 barrels per
    day, 210,000 bpd of heavy crude and 120,000 bpd of light") that adds up to more than it; shares of
    one whole that add up to more than 100% (beyond rounding); "X of the Y" with X > Y.

    Shares are consecutive percentages of one sentence joined only by short parallel phrases,
    said of one whole, adding up to more than 100% and at most 125% (far above, they are not
    exclusive: "76% of his nominees, Obama 67%"). Parts follow a breakdown marker ("including",
    "بينهم"), "X of the Y", or "comprises"; "instead of", alternatives ("or"), another "X of Y",
    a breakdown that states its own total, amounts net of losses and designators end or cancel
    them.

    ## Why is this bad?
    Parts cannot add up to more than their whole; one of the figures is wrong.

    ## Example
    "50% went to housing, 30% to transport and 25% to health" is 105%.
    """

    id = "total-mismatch"
    summary = "Parts that add up to more than their stated total, or shares of one whole above 100%."
    severity = Severity.WARNING
    languages = None
    bad = [
        Example("Twelve people were killed, including 8 children and 6 women.", flag="8 children and 6 women", lang="en"),
        Example("Of the total, 50% went to housing, 30% to transport and 25% to health.", flag="50% went to housing, 30% to transport and 25%", lang="en"),
        Example("The Greens won 210 of the 400 seats, the Liberals 120, the Social Democrats 60 and independents 25.", flag="210 of the 400 seats, the Liberals 120, the Social Democrats 60 and independents 25", lang="en"),
        Example("وسقط 12 قتيلا، بينهم 8 أطفال و6 نساء.", flag="8 أطفال و6 نساء", lang="ar"),
        Example("وحصل المرشح الأول على 61.4 في المئة من الأصوات، مقابل 30.2 في المئة للثاني، و9.1 في المئة للثالث.", flag="61.4 في المئة من الأصوات، مقابل 30.2 في المئة للثاني، و9.1 في المئة", lang="ar"),
    ]
    good = [
        Example("Twelve people were killed, including 6 children and 4 women.", lang="en"),
        Example("Inflation rose to 45% from 30% last year, and 35% of households cut spending.", lang="en"),
        Example("Of the total, 50% went to housing, 30% to transport and 20% to health.", lang="en"),
        Example("وحصل المرشح الأول على 61.4 في المئة من الأصوات، مقابل 30.2 في المئة للثاني، و8.4 في المئة للثالث.", lang="ar"),
        Example("وسقط 12 قتيلا، بينهم 8 أطفال، فيما أصيب 30 آخرون.", lang="ar"),
        Example("وتسلمت القوات الجوية ثماني طائرات من طراز إف-16 من أصل 12 مقاتلة.", lang="ar"),
        Example("ويضم المجلس 21 عضوا، منهم 14 بالانتخاب و7 بالتعيين، بدلا من 12 عضوا في الدورة السابقة.", lang="ar"),
        Example("Clinton saw 76% of his nominees confirmed, Obama 67% and Trump fewer than 40%.", lang="en"),
    ]

    def check(self, doc):
        from checker.extract.quantities import count_role

        # counts, amounts, measures and percentages: never a designator (F-16), a rank, a
        # duration, a date or a year
        numbers = [n for n in doc.numbers if n.kind == "percent" or (n.kind == "cardinal" and count_role(doc, n) in ("count", "money", "measure", "ratio"))]
        reported: set[tuple[int, int]] = set()
        for finding in self._of_the(doc, numbers):
            reported.add((finding.start, finding.end))
            yield finding
        for finding in self._shares(doc, numbers):
            yield finding
        for finding in self._parts(doc, numbers):
            if (finding.start, finding.end) not in reported:
                yield finding

    # "411 of the 650 seats" (and the parallel parts after it)
    def _of_the(self, doc, numbers):
        text = doc.text
        starts = [n.start for n in numbers]
        for i, x in enumerate(numbers[:-1]):
            y = numbers[i + 1]
            if x.kind != "cardinal" or y.kind != "cardinal" or x.unit or y.unit:
                continue
            if not _OF_THE.match(text[_mention_end(x):y.start]):
                continue
            whole = y.value
            if x.noun and y.noun and x.noun != y.noun and x.noun_span[0] > x.end:
                continue  # "7.9 mln shares of its 3.64 dlrs stock": not a part of a whole of the same things
            if (x.unit or None) != (y.unit or None) or x.kind != y.kind:
                continue
            if x.value > whole:
                yield self.finding(doc, x.start, _mention_end(y), f"{_fmt(x.value)} of {_fmt(whole)}: the part is larger than the whole.")
                continue
            sent = doc.sentence_at(x.start)
            parts = [x]
            prev_end = _mention_end(y)
            for z in numbers[i + 2:]:
                if z.start >= sent.end or z.kind != "cardinal" or z.unit or z.approx:
                    break
                if z.start - prev_end > 160:
                    break
                gap = text[prev_end:z.start]
                if _TIMEY.search(gap) or _PART_STOP.search(gap) or re.search(r"\d|\bor\b|أو", gap) or not re.search(r",|\band\b|،|\sو", gap) or len(gap.split()) > 8:
                    break
                if _OF_THE_AFTER.match(text, _mention_end(z)):
                    break  # "12 of 26 ..., 13 of 27": another part of another whole
                parts.append(z)
                prev_end = _mention_end(z)
            if len(parts) >= 3 and sum(p.value for p in parts) > whole:
                yield self.finding(
                    doc, x.start, _mention_end(parts[-1]),
                    f"The parts add up to {_fmt(sum(p.value for p in parts))} ({' + '.join(_fmt(p.value) for p in parts)}), "
                    f"more than the whole of {_fmt(whole)}.",
                    related=[(y.start, _mention_end(y))],
                )
            # the whole stated here, its parts listed in the next sentence (ar: من أصل 300 … 160 مقعدا، مقابل 130 مقعدا …)
            elif x.noun:
                k = bisect_left(doc._starts("sentences"), sent.end)
                nxt = doc.sentences[k:k + 1]
                if not nxt:
                    continue
                ns = nxt[0]
                group = [n for n in _between(numbers, starts, ns.start, ns.end) if n.kind == "cardinal" and not n.unit]
                same = [n for n in group if n.noun == x.noun and not n.approx and not n.definite]
                if len(same) >= 2 and len(same) == len(group) and not _TIMEY.search(text[same[0].start:_mention_end(same[-1])]):
                    total = sum(n.value for n in same)
                    if total > whole:
                        yield self.finding(
                            doc, same[0].start, _mention_end(same[-1]),
                            f"These figures add up to {_fmt(total)} ({' + '.join(_fmt(n.value) for n in same)}), more than the "
                            f"{_fmt(whole)} stated as the whole (\"{text[x.start:_mention_end(y)]}\").",
                            related=[(y.start, _mention_end(y))],
                        )

    # shares of one whole above 100%
    def _shares(self, doc, numbers):
        """Consecutive percentages of one sentence, joined only by short parallel noun phrases
        ("45% of the exhibitors, large firms 35% and public bodies 30%"): one pass over the
        percentages (linear), each gap read once."""
        text = doc.text
        percents = [n for n in numbers if n.kind == "percent"]
        groups, group = [], []
        for p in percents:
            if group and doc.sentence_at(p.start).start == doc.sentence_at(group[-1].start).start and _share_gap(text[group[-1].end:p.start]):
                group.append(p)
                continue
            if len(group) >= 2:
                groups.append(group)
            group = [p]
        if len(group) >= 2:
            groups.append(group)
        for g in groups:
            sent = doc.sentence_at(g[0].start)
            span = text[g[0].start:g[-1].end]
            contrast = re.search(r"مقابل|\bagainst\b|\bversus\b|\bvs\b", span)
            if len(g) == 2 and not contrast:
                continue
            if _CHANGE_SPAN.search(span):
                continue  # "rose to 45% from 30%": two moments, not two shares
            # one whole, said with the first share ("من الأصوات", "of the vote") or in the sentence
            wholes = {arn.fold(w.group(1)) for p in g if (w := re.match(r"\s+(?:of|من)\s+(?:the\s+)?([^\W\d_]+)", text[p.end:p.end + 30]))}
            if len(wholes) > 1:
                continue  # different wholes: "45% of women, 30% of men"
            if not (wholes or _WHOLE_CUE.search(text[sent.start:sent.end])):
                continue  # nothing says these are shares of one whole
            if any(_OTHER_RATE.search(text[max(sent.start, p.start - 35):p.start]) for p in g):
                continue  # turnout, growth or a rate beside the shares is not one of them
            total = sum(p.value for p in g)
            # shares of one whole mistyped overshoot a little; far above 100% they are not exclusive
            if 100 + _tolerance(g) < total <= 125:
                yield self.finding(
                    doc, g[0].start, g[-1].end,
                    f"These shares of one whole add up to {_fmt(round(total, 4))}% ({' + '.join(_fmt(p.value) + '%' for p in g)}), more than 100%.",
                )

    # a total and its parts: "including", "بينهم", "comprises", or a breakdown right after the total
    def _parts(self, doc, numbers):
        text = doc.text
        starts = [n.start for n in numbers]
        for i, t in enumerate(numbers):
            if t.kind != "cardinal" or t.value < 2:
                continue
            sent = doc.sentence_at(t.start)
            after = text[_mention_end(t): min(sent.end, _mention_end(t) + 400)]  # a bounded window: linear in the text
            lead = re.match(r"^[^.;:\d]{0,40}?(?=[\s,،](?:including|among|of\s+wh|و?من\s+بين|و?بين|و?من))", after)
            intro = _PART_INTRO.match(after[lead.end():].lstrip(" ,،")) if lead else None
            pre = re.search(r"(?:من\s+بين)\s*$", text[max(sent.start, t.start - 12):t.start]) or (t.start - sent.start < 20 and re.match(
                r"\s*(?:Of|Among)\s+(?:the\s+)?$", text[sent.start:t.start]
            ))
            breakdown = t.unit is not None and re.match(r"^\s*[,،]\s*(?:(?:about|around|roughly|some|nearly|almost|نحو|حوالي)\s+)?(?=[\d$€£])", after)
            if not (intro or pre or breakdown):
                continue
            if intro and t.unit and not _PHYSICAL.__contains__(t.unit):
                continue  # "earnings of $118.8m, including gains of $28.6m and $90.5m": amounts can be net of losses
            parts_from = _mention_end(t) + (lead.end() if intro else 0)
            if _between(numbers, starts, _mention_end(t), parts_from):
                continue
            if re.search(r"(?:^|\s)(?:بين|between)\s*$", text[max(sent.start, t.start - 8):t.start]):
                continue  # a range: "between three and ten years"
            parts = []
            prev_end = parts_from
            for z in numbers[i + 1:]:
                if z.start >= sent.end or z.kind != "cardinal":
                    break
                if z.start - prev_end > 160:
                    break  # too far to be the next part (and no long gap is searched)
                gap = text[prev_end:z.start]
                if parts and (_PART_STOP.search(gap) or len(gap.split()) > (10 if breakdown else 4)):
                    break
                if z.definite:
                    break
                if not parts and len(gap.split()) > 6:
                    break
                if _OTHER_AFTER.match(text[z.end:z.end + 14]) or z.unit != t.unit:
                    break
                parts.append(z)
                prev_end = _mention_end(z)
            if len(parts) < 2 and not pre:
                continue
            if not parts:
                continue
            if breakdown and _CHANGE_SPAN.search(text[_mention_end(t):prev_end]):
                continue  # "300,000 bpd, up from 210,000 bpd": a change, not a breakdown
            if breakdown and not all(re.match(r"\s+(?:of|from|in|at|for|من|في|ل)\S*\s", text[_mention_end(p):_mention_end(p) + 12]) for p in parts):
                continue  # a breakdown names what each part is ("370,000 bpd from fields in Kurdistan"); bare figures are a series
            if breakdown and len(parts) < 2:
                continue
            if any(p.kind in ("year", "date") for p in parts):
                continue
            if intro and t.noun and any(p.noun != t.noun for p in parts) and not _is_people(t.noun):
                continue  # "4 مجازر، وصل منها 30 قتيلا": the parts count something else
            total = sum(p.value for p in parts)
            slack = t.value * (0.02 if (t.approx or any(p.approx for p in parts)) else 0.0)
            if total > t.value + slack and len(parts) == 1:
                yield self.finding(
                    doc, parts[0].start, _mention_end(parts[0]),
                    f"{_fmt(total)} is more than the {_fmt(t.value)} it is part of (\"{text[t.start:_mention_end(t)]}\").",
                    related=[(t.start, _mention_end(t))],
                )
            elif total > t.value + slack:
                yield self.finding(
                    doc, parts[0].start, _mention_end(parts[-1]),
                    f"The parts add up to {_fmt(total)} ({' + '.join(_fmt(p.value) for p in parts)}), more than the total of "
                    f"{_fmt(t.value)} they belong to (\"{text[t.start:_mention_end(t)]}\").",
                    related=[(t.start, _mention_end(t))],
                )
        # "The plan comprises $2 billion and $4 billion" -> the plan stated before
        if not _may_comprise(text):
            return
        for sent in doc.sentences:
            cm = _COMPRISE.search(text[sent.start:sent.end])
            if not cm:
                continue
            verb_at = sent.start + cm.start()
            if _OWN_TOTAL.search(text, verb_at, sent.end):
                continue  # "... ما مجموعه (254)": the breakdown states its own total (subtotals inside)
            parts = [n for n in _between(numbers, starts, verb_at + 1, sent.end) if n.kind == "cardinal"]
            if len(parts) < 2 or len({p.unit for p in parts}) != 1:
                continue
            subject = {w.lower() for w in re.findall(r"[^\W\d_]{4,}", text[sent.start:verb_at])}
            wholes = [n for n in _between(numbers, starts, _previous_sentence_start(doc, sent), verb_at)
                      if n.unit == parts[0].unit and n.kind == "cardinal"]
            best = None
            same = [w for w in wholes if w.start >= sent.start and _mention_end(w) <= verb_at
                    and not re.search(r"\b(?:which|that|who)\b|التي|الذي", text[sent.start:w.start])]
            if same:
                best = same[-1]  # "six billion ... split between three billion and three billion": the whole is right before the verb
            for w in ([] if best is not None else reversed(wholes)):
                if w.start >= sent.start:
                    continue  # in this sentence only the figure right before the verb is its whole (above)
                near = {x.lower() for x in re.findall(r"[^\W\d_]{4,}", text[max(0, w.start - 30):min(len(text), _mention_end(w) + 30)])}
                if subject & near:
                    best = w
                    break
            if best is None:
                continue
            if best.unit is None and not (best.noun and all(p.noun == best.noun for p in parts)):
                continue  # a bare count is a whole only of parts that count the same things
            total = sum(p.value for p in parts)
            if total > best.value:
                yield self.finding(
                    doc, parts[0].start, _mention_end(parts[-1]),
                    f"The parts add up to {_fmt(total)} ({' + '.join(_fmt(p.value) for p in parts)}), more than the total of "
                    f"{_fmt(best.value)} stated before (\"{text[best.start:_mention_end(best)]}\").",
                    related=[(best.start, _mention_end(best))],
                )


_SHARE_BREAK = LazyPattern(
    r"\b(?:while|whereas|but|however|compared|than|of\s+them|of\s+those|of\s+whom|among\s+them|rose|fell|up|down|from\s+\d|said|says)\b"
    r"|بينما|فيما|في\s+حين|لكن|غير\s+أن|منهم|منها|منهن|بينهم|بينها|تلتها|تليها|ثم|مشيرا|مضيفا|موضحا|وأضاف|وقال|ارتفع|انخفض|مقارنة|نفسها|نفسه"
    r"|(?:^|\s)[وف]?[يت][\u0621-\u064A]{3,}(?=\s|$)",
    re.I,
)


def _share_gap(gap: str) -> bool:
    """Whether the text between two percentages joins two shares of a list: a comma, "and"/و or
    "against"/مقابل, at most six words, and no new clause (a verb, a contrast, a sub-share)."""
    words = gap.split()
    if len(words) > 6 or re.search(r"\d|[.;:!?()]", gap):
        return False
    if not re.search(r",|،|\band\b|(?:^|\s)و|مقابل|\bagainst\b|\bversus\b|\bvs\b", gap):
        return False
    return not _SHARE_BREAK.search(gap)


_OWN_TOTAL = LazyPattern(r"\b(?:in\s+total|in\s+all|totall?ing|a\s+total\s+of)\b|ما\s+مجموعه|بمجموع|بإجمالي|المجموع|الإجمالي", re.I)


def _previous_sentence_start(doc, sent) -> int:
    k = bisect_left(doc._starts("sentences"), sent.start)
    return doc.sentences[k - 1].start if k > 0 else sent.start


def _between(numbers, starts, lo: int, hi: int) -> list:
    """The numbers that start in [lo, hi), by bisection."""
    return numbers[bisect_left(starts, lo):bisect_left(starts, hi)]


# -- unit-conversion -------------------------------------------------------------------------
_PAREN = LazyPattern(r"^\s*\(\s*(?P<approx>(?:(?:about|approx\.?|approximately|around|roughly|nearly|some|almost|ca\.|c\.|circa|etwa|ungefähr|rund|cerca\s+de|aproximadamente|or|i\.e\.|نحو|حوالي|حوالى|قرابة|أي|ما\s+يعادل|ما\s+يقارب)\s+)*)")


_SYMBOL = {"C": "°C", "F": "°F", "km2": "km²", "m2": "m²", "mi2": "sq mi", "ft2": "sq ft", "m3": "m³", "ft3": "cu ft", "kmh": "km/h", "ms": "m/s", "kn": "knots", "bbl": "barrels", "gal": "US gallons"}


class UnitConversion(Rule):
    """## What it does
    Checks a quantity restated in another unit in parentheses — "12 feet (3.66 m)", "10 miles
    (16 km)", "40 درجة مئوية (104 فهرنهايت)" — for length, area, mass, volume, temperature
    and speed: the second figure must be the first one converted, to the rounding its digits
    show (a journalist's "16 km (10 miles)" is fine; "10 miles (25 km)" is not).

    ## Why is this bad?
    A wrong conversion tells the reader two different things; usually one figure was edited
    and the other not.

    ## Example
    "12 feet (4.5 m)": 12 feet is 3.66 m.
    """

    id = "unit-conversion"
    summary = "A quantity restated in another unit that does not convert to it."
    severity = Severity.WARNING
    languages = None
    bad = [
        Example("The new tower is 12 feet (4.5 m) taller than the old one.", flag="12 feet (4.5 m)", lang="en"),
        Example("The trail runs 8 km (9 miles) along the coast.", flag="8 km (9 miles)", lang="en"),
        Example("وبلغت الحرارة 40 درجة مئوية (140 فهرنهايت) في الظل.", flag="40 درجة مئوية (140 فهرنهايت)", lang="ar"),
    ]
    good = [
        Example("The new tower is 12 feet (3.66 m) taller than the old one.", lang="en"),
        Example("The lake is 250 miles (402.34 km) around, and 24 km (about 15 miles) of its shore is protected.", lang="en"),
        Example("وبلغت الحرارة 40 درجة مئوية (104 فهرنهايت) في الظل.", lang="ar"),
    ]

    def check(self, doc):
        from checker.lang.units import BY_KEY, convert

        text = doc.text
        numbers = doc.numbers
        for a, b in zip(numbers, numbers[1:]):
            if not a.unit or not b.unit or a.unit not in BY_KEY or b.unit not in BY_KEY:
                continue
            ua, ub = BY_KEY[a.unit], BY_KEY[b.unit]
            if ua.dimension != ub.dimension or ua is ub:
                continue
            pm = _PAREN.match(text[a.end:b.start])
            if not pm or pm.end() != b.start - a.end:
                continue
            close = re.match(r"\s*\)", text[b.end:b.end + 3])
            if not close:
                continue
            expected = convert(a.value, ua, ub)
            stated = b.value
            approx = bool(re.search(r"[^\s]", pm.group("approx") or "") and not re.fullmatch(r"\s*(?:or|i\.e\.|أي)\s*", pm.group("approx"))) or a.approx or b.approx
            # the rounding the stated figure shows: its last decimal, or for whole numbers ending
            # in zeros, the last non-zero digit ("160 km" is to the nearest 10)
            if b.decimals > 0:
                step = 10 ** (-b.decimals)
            else:
                whole = int(round(abs(stated)))
                step = 1
                while whole and whole % 10 == 0 and step < 1000:
                    whole //= 10
                    step *= 10
            # the first figure may itself be rounded: half its last digit, converted
            a_step = 10 ** (-a.decimals) if a.decimals > 0 else 1
            a_slack = abs(convert(a.value + a_step / 2, ua, ub) - expected)
            slack = max(step / 2, a_slack) + 1e-9
            rel = 0.1 if approx else 0.03 if ua.dimension != "temperature" else 0.0
            if abs(stated - expected) <= slack or abs(stated - expected) <= rel * abs(expected) or (ua.dimension == "temperature" and abs(stated - expected) <= 1.0):
                continue
            end = b.end + close.end()
            yield self.finding(
                doc, a.start, end,
                f"{_fmt(a.value)} {_SYMBOL.get(ua.key, ua.key)} is {_fmt(round(expected, 2))} {_SYMBOL.get(ub.key, ub.key)}, "
                f"not {_fmt(stated)}: the figure in parentheses does not convert the one before it.",
            )
