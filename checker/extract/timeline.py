"""The article's timeline: what the relative-weekday and timeline-order rules read.

Computed once per document (``doc.analysis(...)``), on top of the shared date mentions
(``doc.dates``, checker/extract/dates.py) when that module is installed, and of a small
fallback finder of day-month(-year) and numeric dates otherwise:

- `anchor(doc)`: the story's "today" -- the shared anchor (``--date``, front matter, a
  dateline), else the document's ``published`` date, else a full date at the head of the
  first paragraph; with `anchor_candidates` also the dateline's date when it differs from
  the publication date by a day (stories are often stamped the day after they were filed).
- `dated_mentions(doc)`: Gregorian date mentions as `When` records (day, month, year as
  written or given by a range, the readings a numeric date allows).
- `relative_days(doc)`: "yesterday, Sunday", "أمس الأحد", "غداً الاثنين", "اليوم الجمعة",
  "the day before yesterday", "أول أمس" -- a relative day word joined to a weekday name.
- `week_relatives(doc)`: "this Sunday", "on Monday last week", "الأحد المقبل" with the
  explicit date that follows them.
- `date_ranges(doc)`: "from 12 to 9 June", "10 – 1 January", "من 28 يناير إلى 14 يناير",
  "from Dec. 5 to Dec. 2", "1915–1840" (years; "BC" reverses the order).
- `births(doc)` / `ages(doc)`: "born in 1980", "من مواليد عام 1961"; "aged 61", "a
  61-year-old", "Name, 61,", "البالغ من العمر 61 عاما", "(61 عاما)".
- `since_mentions`, `relations`, `past_tense_mentions`: the words that fix a direction
  ("since 20 March", "منذ 13 مايو"), "before"/"after"/"قبل"/"بعد" between two dates, and a
  date reported with a past-tense verb in its clause ("arrived on 14 November").

Everything here is pure text analysis; the rules decide what contradicts what.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Iterable, NamedTuple

from checker.extract.dates import digit_runs, find_anchor, scan_at
from checker.lang.arabic_dates import GREGORIAN_MONTHS as AR_MONTH_NAMES
from checker.lang.arabic_dates import WEEKDAYS as AR_WEEKDAY_NAMES
from checker.lang.arabic_dates import key as _ar_key
from checker.lang.arabic_dates import loose as _ar_loose
from checker.lazyre import LazyPattern


def _digit_runs(doc) -> list[tuple[int, int]]:
    """Every run of digits in doc.text, shared with the date extractor (one scan a document)."""
    return doc.analysis(digit_runs)


# -- vocabulary -------------------------------------------------------------------------------

EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AR_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
AR_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر")

_EN_WEEKDAY_INDEX = {name.lower(): i for i, name in enumerate(EN_WEEKDAYS)}
_EN_WEEKDAY_INDEX.update({name.lower()[:3]: i for i, name in enumerate(EN_WEEKDAYS)})
_AR_WEEKDAY_INDEX = AR_WEEKDAY_NAMES  # one table of Arabic weekday spellings, in checker/lang
_EN_WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_AR_WEEKDAY_RE = "(?:" + "|".join(sorted(map(re.escape, _AR_WEEKDAY_INDEX), key=len, reverse=True)) + ")"

_D = r"[0-9\u0660-\u0669\u06F0-\u06F9]"
_DIGITS = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}})


def to_int(text: str) -> int:
    return int(text.translate(_DIGITS))


def weekday_index(word: str) -> int | None:
    """0 = Monday ... 6 = Sunday for an English or Arabic weekday name (with clitics و/ف/ب/ل)."""
    low = word.lower().rstrip(".")
    if low in _EN_WEEKDAY_INDEX:
        return _EN_WEEKDAY_INDEX[low]
    if word in _AR_WEEKDAY_INDEX:
        return _AR_WEEKDAY_INDEX[word]
    for prefix in ("و", "ف", "ب"):
        if word.startswith(prefix) and word[1:] in _AR_WEEKDAY_INDEX:
            return _AR_WEEKDAY_INDEX[word[1:]]
    return None


def weekday_name(index: int, lang: str) -> str:
    return AR_WEEKDAYS[index] if lang == "ar" else EN_WEEKDAYS[index]


def format_date(d: date, lang: str = "en", weekday: bool = True) -> str:
    if lang == "ar":
        text = f"{d.day} {AR_MONTHS[d.month - 1]} {d.year}"
        return f"{AR_WEEKDAYS[d.weekday()]} {text}" if weekday else text
    text = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    return f"{EN_WEEKDAYS[d.weekday()]} {text}" if weekday else text


# -- date mentions ------------------------------------------------------------------------------


# The records below are NamedTuples rather than frozen dataclasses: as immutable, and a
# dataclass costs ~0.5 ms to create at import (seven of them, in every start of the command).
class When(NamedTuple):
    """A Gregorian date mention: `year` as written (or given by the range it closes);
    `readings` the (month, day) pairs a numeric date allows (one for a written month)."""

    start: int
    end: int
    text: str
    day: int | None
    month: int | None
    year: int | None
    readings: tuple[tuple[int, int], ...] = ()

    def on(self, year: int, reading: tuple[int, int] | None = None) -> date | None:
        month, day = reading or (self.month, self.day)
        if month is None:
            return None
        day = day or 1  # a month-only mention ("December 2022") stands for its month
        try:
            return date(year, month, day)
        except ValueError:
            return None

    def dates(self, anchor: date | None = None) -> list[date]:
        """Every full date the mention can mean: its year as written, else the year that
        puts it nearest the anchor (ties and month-only mentions give nothing)."""
        pairs = self.readings or ((self.month, self.day),)
        out = []
        for pair in pairs:
            if self.year is not None:
                d = self.on(self.year, pair)
                if d:
                    out.append(d)
            elif anchor is not None and pair[1] is not None:
                d = nearest(pair[0], pair[1], anchor)
                if d:
                    out.append(d)
        return out


def days_ahead(w: "When", anchor_: date) -> int | None:
    """How many days after the anchor the mention surely lies, or None when some reading of
    it is not after the anchor. A yearless date must be ahead both in its nearest reading
    and in the anchor's own year (house styles drop the current year: "since Jan. 2" in a
    story of 30 December is this year's 2 January)."""
    pairs = w.readings or ((w.month, w.day),)
    best = None
    for month, day in pairs:
        if w.year is not None:
            readings = [w.on(w.year, (month, day))]
        else:
            readings = [nearest(month, day, anchor_), w.on(anchor_.year, (month, day)) if day else None]
        if any(d is None for d in readings):
            return None
        for d in readings:
            ahead = (d - anchor_).days
            if ahead <= 1:
                return None
            best = ahead if best is None else min(best, ahead)
    return best


def nearest(month: int | None, day: int | None, anchor: date) -> date | None:
    """The date with this month and day nearest the anchor, in either direction."""
    if month is None or day is None:
        return None
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((d - anchor).days) < abs((best - anchor).days):
            best = d
    return best


def _ar_month_key(word: str) -> str:
    """Hamza and alef-madda folded ("اكتوبر" = "أكتوبر", "آيار" = "أيار"): same length.
    (Chained str.replace: C speed on a whole article, unlike str.translate with a table.)"""
    for a in _AR_ALEF:
        if a in word:
            word = word.replace(a, "ا")
    return word


_AR_ALEF = ("أ", "إ", "آ", "ٱ")
_AR_MONTH_INDEX = {_ar_month_key(name): n for name, n in AR_MONTH_NAMES.items()}
_AR_MONTH_INDEX.update({key.replace(" ال", " "): n for key, n in list(_AR_MONTH_INDEX.items()) if " ال" in key})  # "تشرين ثاني"
_EN_MONTH_RE = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_YEAR_DIGITS = LazyPattern(rf"(?<=\s){_D}{{4}}(?!\w)")
_EN_MONTH_BEFORE = LazyPattern(rf"\b(?P<m>{_EN_MONTH_RE})\.?,?\s+$", re.I)
_AR_MONTH_ALT = "|".join(sorted((k.replace(" ", r"\s+") for k in _AR_MONTH_INDEX), key=len, reverse=True))
_AR_MONTH_BEFORE = LazyPattern(rf"(?<!\w)(?P<m>{_AR_MONTH_ALT})\s*$")
_AR_MONTH_GLUED = LazyPattern(rf"(?<!\w)(?P<m>{_AR_MONTH_ALT})$")


def _month_years(text: str, runs: list[tuple[int, int]]) -> list[When]:
    """"October 2023", "أكتوبر 2023": a month of a year, no day (doc.dates holds only days).
    Found from the years: the few characters before each are read for a month name, instead of
    trying a long case-blind alternation at every position. The lower-case verb "may" is not a
    month."""
    out = []
    arabic = bool(_ARABIC_TEXT.search(text))
    folded = _ar_month_key(text) if arabic else text
    fours = [s for s, e in runs if e - s == 4]  # a year is a whole run of four digits
    for y in scan_at(_YEAR_DIGITS, text, fours):
        start = y.start()
        m = _en_month_before(text, start)
        if m is not None and y.group().isascii() and m.group("m") != "may":
            out.append(When(m.start(), y.end(), text[m.start(): y.end()], None, _EN_MONTH_WORD[m.group("m").casefold()], int(y.group()), ()))
        elif arabic:
            m = _AR_MONTH_BEFORE.search(folded, max(0, start - 30), start)
            if m is not None:
                out.append(When(m.start(), y.end(), text[m.start(): y.end()], None, _ar_month(m.group("m")), to_int(y.group()), ()))
    if arabic:  # "أكتوبر2023": no space before the year
        for y in scan_at(_lazy_glued_year, text, fours):
            m = _AR_MONTH_GLUED.search(folded, max(0, y.start() - 16), y.start())
            if m is not None:
                out.append(When(m.start(), y.end(), text[m.start(): y.end()], None, _ar_month(m.group("m")), to_int(y.group()), ()))
    return sorted(out, key=lambda w: w.start)


def _en_month_before(text: str, start: int):
    """`_EN_MONTH_BEFORE.search(text, start - 24, start)`, tried at the one place where it can
    match: the month name is the run of letters just before the spaces (and "," or ".") in front
    of `start` -- a search would try the case-blind alternation at each of the 24 positions."""
    j = start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == start:
        return None  # the pattern needs a space before the year
    if j > 0 and text[j - 1] == ",":
        j -= 1
    if j > 0 and text[j - 1] == ".":
        j -= 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if k == j or k < max(0, start - 24):
        return None  # no word, or one that begins before the window (a search finds nothing there)
    return _EN_MONTH_BEFORE.match(text, k, start)


_lazy_glued_year = LazyPattern(rf"(?<=[\u0621-\u064A]){_D}{{4}}(?!\w)")
_ARABIC_TEXT = LazyPattern(r"[\u0621-\u064A]")
_NUMERIC = LazyPattern(rf"(?<![\w./-])({_D}{{1,2}})([./-])({_D}{{1,2}})\2({_D}{{4}})(?![\w/-]|[.,]{_D})")
_ISO = LazyPattern(r"(?<![\w./-])(\d{4})-(\d{2})-(\d{2})(?![\w/-]|[.,]\d)")


_NUMERIC_SEPS = frozenset("./-")


def _numeric_dates(text: str, lang: str, runs: list[tuple[int, int]]) -> list[When]:
    out = []
    # both forms begin a run of digits: four then "-", or one or two then ".", "/" or "-"
    for m in scan_at(_ISO, text, [s for s, e in runs if e - s == 4 and text[e: e + 1] == "-"]):
        month, day = int(m.group(2)), int(m.group(3))
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.append(When(m.start(), m.end(), m.group(), day, month, int(m.group(1)), ((month, day),)))
    for m in scan_at(_NUMERIC, text, [s for s, e in runs if e - s <= 2 and text[e: e + 1] in _NUMERIC_SEPS]):
        a, b, year = to_int(m.group(1)), to_int(m.group(3)), to_int(m.group(4))
        readings = []
        if 1 <= b <= 12 and 1 <= a <= 31:
            readings.append((b, a))  # day-month
        if 1 <= a <= 12 and 1 <= b <= 31 and a != b:
            readings.append((a, b))  # month-day (en-US)
        if not readings:
            continue
        month, day = readings[0] if len(readings) == 1 else (None, None)
        out.append(When(m.start(), m.end(), m.group(), day, month, year, tuple(readings)))
    return out


def dated_mentions(doc) -> list[When]:
    return doc.analysis(_dated_mentions)


class _Spans:
    """A set of (start, end) spans that answers "does this span overlap one of them?" by looking
    only at the spans that start less than the longest span's length before it (bisect), instead
    of at all of them."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.longest = 0

    def overlaps(self, start: int, end: int) -> bool:
        from bisect import bisect_left

        hi = bisect_left(self.starts, end)
        for j in range(bisect_left(self.starts, start - self.longest), hi):
            if self.ends[j] > start and self.starts[j] < end:
                return True
        return False

    def add(self, start: int, end: int) -> None:
        from bisect import bisect_right

        k = bisect_right(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)
        self.longest = max(self.longest, end - start)


def _dated_mentions(doc) -> list[When]:
    text = doc.text
    found: list[When] = []
    for m in doc.dates:
        if m.calendar != "gregorian" or m.month is None:
            continue
        year = m.year
        if year is None and m.year_source == "sentence":
            year = m.resolved_year
        start, end = m.date_span
        found.append(When(start, end, text[start:end], m.day, m.month, year, ((m.month, m.day),) if m.day else ()))
    runs = _digit_runs(doc)
    own = _numeric_dates(text, doc.lang, runs) + _month_years(text, runs)
    spans = _Spans()
    for f in found:
        spans.add(f.start, f.end)
    for w in own:
        if not spans.overlaps(w.start, w.end):
            found.append(w)
            spans.add(w.start, w.end)
    found.sort(key=lambda w: w.start)
    return _range_years(text, found)


_RANGE_JOIN = LazyPattern(r"\s*(?:[-–—]|to|until|till|through|and|إلى|الى|حتى|و)\s*$", re.I)


def _range_years(text: str, found: list[When]) -> list[When]:
    """A yearless mention that opens a range takes the year that closes it ("14-15 November
    2023", "from 28 December to 3 January 2024" -> the year before)."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.year is None and b.year is not None and a.month and b.month and b.start - a.end < 12 \
                and _RANGE_JOIN.search(text[a.end: b.start] or "x"):
            year = b.year - 1 if a.month > b.month else b.year
            out[i] = When(a.start, a.end, a.text, a.day, a.month, year, a.readings)
    return out


# -- the anchor -------------------------------------------------------------------------------


def anchor(doc) -> date | None:
    """The story's "today": the shared anchor (the publication date, or a dateline the date
    grammar reads), else a full date at the head of the story that this module reads."""
    shared = doc.analysis(find_anchor).date
    if shared is not None:
        return shared
    line = dateline(doc)
    return line[0] if line else None


def dateline(doc) -> tuple[date, tuple[int, int]] | None:
    """A full date in the first 160 characters of one of the first two paragraphs."""
    return doc.analysis(_dateline)


def _dateline(doc) -> tuple[date, tuple[int, int]] | None:
    text = doc.text
    heads = [(p.start, min(p.end, p.start + 160)) for p in doc.paragraphs[:2]]
    last = max((e for _, e in heads), default=0)
    for w in dated_mentions(doc):
        if w.start >= last:
            break  # mentions are in text order
        head = next(((s, e) for s, e in heads if s <= w.start < e), None)
        if head is None or not (w.year and w.month and w.day and len(w.readings) <= 1):
            continue
        # "NEW YORK, March 28, 2024 —", "بغداد - الأحد 5 نوفمبر 2023 (أ ف ب)", "حلب – ... الموافق 6 شباط/فبراير 2024 –"
        if _DATELINE_BEFORE.search(text[head[0]: w.start]) and _DATELINE_AFTER.match(text, w.end):
            d = w.on(w.year)
            if d:
                return d, (w.start, w.end)
    return None


_DATELINE_BEFORE = LazyPattern(
    rf"(?:^|^[^\n.!?؟–—-]{{0,40}}[-–—:,،]|^[^\n.!?]{{0,80}}الموافق)\s*(?:(?:يوم\s+)?{_AR_WEEKDAY_RE}|{_EN_WEEKDAY_RE})?\s*[,،]?\s*$"
)
_DATELINE_AFTER = LazyPattern(r"\s*(?:م\b\s*)?(?:[-–—(/]|\(|الموافق|[,،]?\s*$|[,،]\s*(?:\(|[A-Z\u0621-\u064A]))")


def anchor_candidates(doc) -> list[date]:
    """The anchor, plus the dateline's date when the two differ by one day."""
    a = anchor(doc)
    if a is None:
        return []
    out = [a]
    line = dateline(doc)
    if line and line[0] not in out:
        out.append(line[0])
    head = head_date(doc)
    if head and head not in out:
        out.append(head)
    wd = dateline_weekday(doc)
    if wd is not None:
        for delta in (0, -1, 1, -2, 2, -3, 3):
            d = a + timedelta(days=delta)
            if d.weekday() == wd:
                if d not in out:
                    out.append(d)
                break
    return out


def dateline_weekday(doc) -> int | None:
    """"واشنطن - الأحد", "WASHINGTON, Sunday (Reuters)": a dateline's weekday is the story's day."""
    for p in doc.paragraphs[:2]:
        head = doc.text[p.start: p.start + 60]
        m = _lazy_dateline_weekday.search(head)
        if m and not re.search(r"\b[a-z]{3,}\b", head[: m.start("wd")]) and not any(
                r.start <= p.start + m.start("wd") < r.end for r in relative_days(doc)):
            return weekday_index(m.group("wd"))
    return None


_HEAD_REST = LazyPattern(r"[\s.,،:\-–—|()]*$")


def head_date(doc) -> date | None:
    """A line among the first three that holds nothing but a full date (with its weekday): a
    page header such as "الخميس 26 جويلية 2012"."""
    return doc.analysis(_head_date)


def _head_date(doc) -> date | None:
    text = doc.text
    heads = doc.paragraphs[:3]
    if not heads:
        return None
    for m in doc.dates:
        if m.start >= heads[-1].end:
            break
        if m.calendar != "gregorian" or m.year is None or m.day is None or m.month is None:
            continue
        p = next((h for h in heads if h.start <= m.start < h.end), None)
        if p is None or m.start - p.start > 40 or p.end - m.end > 40:
            continue  # a header line is the date and little else
        if text[p.start: m.start].strip(" \t.,،:-–—|(") or not _HEAD_REST.match(text, m.end, p.end):
            continue
        d = m.resolved()
        if d is not None:
            return d
    return None


def prints_its_date(doc) -> bool:
    """Whether the text gives its own day (a dated dateline, a header date, a dateline weekday);
    when it does not, the day the story is checked against comes only from outside the text."""
    return dateline(doc) is not None or head_date(doc) is not None or dateline_weekday(doc) is not None


_lazy_dateline_weekday = LazyPattern(
    rf"^[^\n]{{2,40}}?(?:[-–—:]|,)\s*(?:يوم\s+)?(?P<wd>{_AR_WEEKDAY_RE}|{_EN_WEEKDAY_RE})(?!\w)\s*(?:[-–—(]|\()"
)


# -- relative days ------------------------------------------------------------------------------


class RelativeDay(NamedTuple):
    start: int
    end: int
    offset: int          # days from the anchor: -1 yesterday, 0 today, +1 tomorrow ...
    word: str            # the relative word(s) as written
    weekday: int         # the weekday named beside it
    weekday_span: tuple[int, int]
    lang: str
    date: When | None = None   # an explicit date written right after it


_EN_REL = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
           "the day before yesterday": -2, "the day after tomorrow": 2}
_EN_RELATIVE = LazyPattern(
    rf"\b(?P<rel>the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow)"
    rf"(?:[^\S\n]+(?:morning|afternoon|evening|night))?[^\S\n]*(?:,|\(|—|–)?[^\S\n]*(?:on\s+)?"
    rf"(?P<wd>{_EN_WEEKDAY_RE})\b(?!\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Star|Night|Mail|Tribune|Independent|Observer)\b)",
    re.I,
)
_AR_REL_WORDS = [
    ("أول من أمس", -2), ("أول أمس", -2), ("اول امس", -2), ("اول من امس", -2), ("أمس الأول", -2), ("امس الاول", -2),
    ("بعد غد", 2), ("بعد الغد", 2),
    ("أمس", -1), ("امس", -1), ("الأمس", -1), ("البارحة", -1),
    ("اليوم", 0),
    ("غداً", 1), ("غدًا", 1), ("غدا", 1), ("الغد", 1), ("غد", 1),
]
# looked up by their folded form (harakat, shadda and tatweel dropped: "أوّل أمس", "غداً", "غدٍ")
_AR_REL = {_ar_key(w): offset for w, offset in _AR_REL_WORDS}
_AR_WEEKDAY_KEYS = {_ar_key(w): n for w, n in _AR_WEEKDAY_INDEX.items()}
_AR_PART = r"(?:(?:مساء|صباح|ظهر|عصر|فجر|ليل|ليلة|ظهيرة)\s+)"
_AR_RELATIVE = LazyPattern(
    rf"(?<!\w)[وف]?{_AR_PART}?(?:يوم\s+)?(?P<rel>{'|'.join(_ar_loose(w).replace(chr(92) + 's+', '[^' + chr(92) + 'S' + chr(92) + 'n]+') for w, _ in _AR_REL_WORDS)})[\u064B-\u0652\u0640]*"
    rf"[^\S\n]*[،,]?[^\S\n]*{_AR_PART}?(?:يوم\s+)?(?P<wd>{'|'.join(sorted((_ar_loose(w) for w in _AR_WEEKDAY_INDEX), key=len, reverse=True))})(?!\w)"  # never across a line: a headline's last word is not the next line's
)


def relative_days(doc) -> list[RelativeDay]:
    return doc.analysis(_relative_days)


def _mention_starts(doc) -> list[int]:
    return [w.start for w in dated_mentions(doc)]


def _date_after(doc, end: int) -> When | None:
    """A date mention that starts within a few characters after `end` ("yesterday, Sunday,
    Nov. 5", "أمس الأحد (5 نوفمبر)")."""
    from bisect import bisect_left

    mentions = dated_mentions(doc)
    starts = doc.analysis(_mention_starts)
    for j in range(bisect_left(starts, end), len(starts)):
        w = mentions[j]
        if w.start > end + 4:
            break
        if re.fullmatch(r"[\s,،(]*", doc.text[end: w.start]):
            return w
    return None


def _relative_days(doc) -> list[RelativeDay]:
    text = doc.text
    out: list[RelativeDay] = []
    for m in _EN_RELATIVE.finditer(text):
        wd = m.group("wd")
        if not wd[0].isupper():
            continue
        follow = re.match(r"\s+([A-Z][a-z]+)", text[m.end():])
        if follow and follow.group(1).lower() not in _EN_MONTH_WORD and follow.group(1) not in ("Morning", "Night", "Evening"):
            continue  # "Friday Nkosi", "Sunday Mirror": a name
        rel = m.group("rel").lower()
        out.append(RelativeDay(m.start("rel"), m.end("wd"), _EN_REL[rel], m.group("rel"), weekday_index(wd),
                               m.span("wd"), "en", _date_after(doc, m.end("wd"))))
    for m in _AR_RELATIVE.finditer(text):
        rel = m.group("rel")
        out.append(RelativeDay(m.start("rel"), m.end("wd"), _AR_REL[_ar_key(rel)], rel, _AR_WEEKDAY_KEYS[_ar_key(m.group("wd"))],
                               m.span("wd"), "ar", _date_after(doc, m.end("wd"))))
    return sorted(out, key=lambda r: r.start)


# -- week-relative weekdays ("this Sunday", "on Monday last week", "الأحد المقبل") --------------


class WeekRelative(NamedTuple):
    start: int
    end: int
    weekday: int
    relation: str          # "this" | "last" | "next" | "last-week" | "next-week"
    date: When
    lang: str


_EN_WEEK = LazyPattern(
    rf"\b(?:(?P<pre>this|last|next|this coming|this past)\s+(?P<wd1>{_EN_WEEKDAY_RE})"
    rf"|(?P<wd2>{_EN_WEEKDAY_RE})\s+(?P<post>last week|next week|this week))\b"
)
_AR_WEEK = LazyPattern(
    rf"(?<!\w)(?:يوم\s+)?(?P<wd>{_AR_WEEKDAY_RE})\s+(?P<post>الماضي|المنصرم|الفائت|المقبل|القادم|الأسبوع الماضي|الأسبوع المقبل|من الأسبوع الماضي|من الأسبوع المقبل)(?!\w)"
)


def week_relatives(doc) -> list[WeekRelative]:
    return doc.analysis(_week_relatives)


def _week_relatives(doc) -> list[WeekRelative]:
    text = doc.text
    out = []
    for m in _EN_WEEK.finditer(text):
        d = _date_after(doc, m.end())
        if d is None:
            continue
        if m.group("pre"):
            relation = {"this": "this", "this coming": "next", "next": "next", "last": "last", "this past": "last"}[m.group("pre").lower()]
            wd = m.group("wd1")
        else:
            relation = {"last week": "last-week", "next week": "next-week", "this week": "this"}[m.group("post")]
            wd = m.group("wd2")
        out.append(WeekRelative(m.start(), m.end(), weekday_index(wd), relation, d, "en"))
    for m in _AR_WEEK.finditer(text):
        d = _date_after(doc, m.end())
        if d is None:
            continue
        post = m.group("post")
        if "الأسبوع" in post:
            relation = "last-week" if "الماضي" in post else "next-week"
        else:
            relation = "last" if post in ("الماضي", "المنصرم", "الفائت") else "next"
        out.append(WeekRelative(m.start(), m.end(), weekday_index(m.group("wd")), relation, d, "ar"))
    return out


# -- ranges -------------------------------------------------------------------------------------


class DateRange(NamedTuple):
    start: int
    end: int
    first: tuple[int, ...]     # (year,) | (year, month, day) | (month, day) comparable tuples
    last: tuple[int, ...]
    kind: str                  # "days" | "dates" | "years"
    first_span: tuple[int, int]
    last_span: tuple[int, int]
    worded: bool = False       # "from 1981 to 1987", "من 2009 إلى 2013": words, not a dash, fix the order


_EN_MONTH_WORD = {m.lower(): i + 1 for i, m in enumerate(EN_MONTHS)}
_EN_MONTH_WORD.update({m.lower()[:3]: i + 1 for i, m in enumerate(EN_MONTHS)})
_EN_MONTH_WORD["sept"] = 9
_DASH = r"[-–—]"
_EN_DAY_RANGE = LazyPattern(
    rf"(?<![\w.,/:-])(?P<a>\d{{1,2}})(?:st|nd|rd|th)?\s*(?P<j>{_DASH}|to|until|till|through|and)\s*(?P<b>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b",
)
_EN_DAY_RANGE_MD = LazyPattern(
    rf"\b(?P<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?,?\s+"
    rf"(?P<a>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:{_DASH}|to|until|till|through)\s*(?P<b>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?![\d:.,]\d|\s*(?:p\.?m|a\.?m|GMT|%))"
)
_AR_DAY_RANGE = LazyPattern(
    rf"(?<![\w.,/:-])(?P<a>{_D}{{1,2}})\s*(?P<j>{_DASH}|إلى|الى|حتى|و)\s*(?P<b>{_D}{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?(?P<m>[\u0621-\u064A]+(?:\s+(?:الأول|الاول|الثاني|أول|ثاني))?)(?!\w)"
)
_YEAR_RANGE = LazyPattern(
    rf"(?<![\w.,/:#№-])(?P<a>1\d{{3}}|20\d{{2}})\s*(?:{_DASH})\s*(?P<b>1\d{{3}}|20\d{{2}})(?![\w/-]|[.,:]\d|\s\d{{3}}\b)"
    r"(?!\s*(?:m|km|cm|mm|ft|feet|metres|meters|people|points|votes|%|dollars|euros|كلم|كم|متر|شخص)\b)"
    r"(?P<era>\s*(?:BC|B\.C\.|BCE|a\.\s?C\.|a\.c\.|p\.n\.e\.|ق\.\s?م|ق\s?م|до\s?н\.\s?э\.|av\.\s?J\.-C\.|v\.\s?Chr\.))?",
)


# a year range in words, whose words fix its order whatever the script: "from 1981 to 1987",
# "between 1908 and 1915", "من 2009 إلى 2013", "منذ 2009 وحتى 2013" (never a quantity: no unit
# after it, no verb of change before it - "rose from 1990 to 2013 points")
_Y = rf"(?:1[5-9]|20){_D}{{2}}"
_UNIT_AFTER = (
    r"(?!\s*(?:m|km|cm|mm|ft|feet|metres|meters|people|points|votes|dollars|dlrs|euros|tonnes|tons|barrels|shares|%|pct|percent|"
    r"كلم|كم|متر|شخص|نقطة|نقاط|دولار|ريال|جنيه|درهم|دينار|طن|برميل|سهم|صوت|مليون|مليار|ألف|الف|%|في\s*المئة|في\s*المائة|بالمئة|بالمائة)(?!\w))"
)
_EN_YEAR_WORDS = LazyPattern(
    rf"\b(?:(?P<from>from)\s+(?:the\s+years?\s+)?(?P<a>{_Y})\s+(?:to|until|till|through)|(?P<between>between)\s+(?:the\s+years?\s+)?(?P<a2>{_Y})\s+and)"
    rf"\s+(?P<b>{_Y})(?![\w/-]|[.,:]\d){_UNIT_AFTER}",
    re.I,
)
_AR_YEAR_WORDS = LazyPattern(
    rf"(?<!\w)(?:من|منذ)\s+(?:عام\s+|العام\s+|سنة\s+)?(?P<a>{_Y})(?!{_D})\s*(?:م(?!\w)\s*)?(?:و\s*)?(?:إلى|الى|حتى|لغاية)\s+(?:عام\s+|العام\s+|سنة\s+)?"
    rf"(?P<b>{_Y})(?![\w/-]|[.,:]{_D}){_UNIT_AFTER}"
)
_CHANGE_BEFORE = LazyPattern(
    r"(?:\b(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|dropped|drop|drops|declined|decline|declines|increased|increase|"
    r"increases|decreased|decrease|cut|cuts|raised|raise|lowered|lower|climbed|climb|slipped|jumped|jump|grew|grow|up|down|reduced|"
    r"reduce|boosted|trimmed|revised|changed|shrank|widened|narrowed|edged|eased|slid|soared|plunged|gained|lost|moved|went)\b|(?<!\w)[وف]?(?:ارتفع|ارتفعت|يرتفع|ترتفع|انخفض|انخفضت|ينخفض|تنخفض|تراجع|تراجعت|يتراجع|زاد|زادت|يزيد|قفز|قفزت|"
    r"هبط|هبطت|صعد|صعدت|نزل|نزلت|رفع|رفعت|خفض|خفضت|تقلص|تقلصت|ارتفاع|انخفاض|تراجع|زيادة|عدد|مؤشر|أكثر|اكثر|أقل|اقل|نحو|حوالي)(?!\w))"
    r"[^.;:!?؟؛\n]{0,30}$",
    re.I,
)
_JOINERS = r"(?:[-–—]|bis|do|al|au|à|a|до|по|tot|hasta|até|إلى|الى|حتى)"
# the second day must not go on as a numeric date: "11-7-2012", "15 - 09 - 2012", "7-7-1433 هـ" are
# one date (day-month-year, any digit script), not the range "11 to 7"
_DAY_JOIN_INNER = LazyPattern(rf"({_D}{{1,2}})\.?\s*{_JOINERS}\s*({_D}{{1,2}})(?!{_D})(?!\s*[-–—/.]\s*{_D})")
_DAY_JOIN_BEFORE = LazyPattern(rf"(?<![\d.,:/-])({_D}{{1,2}})\.?\s*{_JOINERS}\s*$")
_BC_RANGE = LazyPattern(
    r"(?<![\w.,/:-])(?P<a>\d{1,4})\s*[-–—]\s*(?P<b>\d{1,4})\s*(?:BC|B\.C\.|BCE|a\.\s?C\.|a\.c\.|p\.n\.e\.|ق\.\s?م|до\s?н\.\s?э\.|av\.\s?J\.-C\.|v\.\s?Chr\.)",
)


def date_ranges(doc) -> list[DateRange]:
    return doc.analysis(_date_ranges)


def _ar_month(word: str) -> int | None:
    word = _ar_month_key(word)
    return _AR_MONTH_INDEX.get(word) or _AR_MONTH_INDEX.get(word.split()[0])


_EN_JOIN = LazyPattern(r"\s*(?:[-–—]|to|until|till|through)\s*", re.I)
_EN_FROM = LazyPattern(r"\b(?:from|between)\s*$", re.I)
_AR_JOIN = LazyPattern(r"\s*(?:إلى|الى|حتى|ولغاية|لغاية)\s*")
_AR_FROM = LazyPattern(r"(?:من|بين|الفترة|منذ)\s*$")
_AND_JOIN = LazyPattern(r"\s*and\s*", re.I)
_BETWEEN = LazyPattern(r"\bbetween\s*$", re.I)


def _month_word_starts(text: str, runs: list[tuple[int, int]]) -> list[int]:
    """Where _EN_DAY_RANGE_MD can begin: at the run of ASCII letters that ends just before
    ".", ",", then the spaces in front of a run of digits ("Nov. 5", "June 12")."""
    out = []
    for s, _ in runs:
        j = s
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j == s:
            continue  # the pattern needs a space before the day
        if j > 0 and text[j - 1] == ",":
            j -= 1
        if j > 0 and text[j - 1] == ".":
            j -= 1
        k = j
        while k > 0 and text[k - 1] in _ASCII_LETTERS:
            k -= 1
        if k < j:
            out.append(k)
    return out


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _word_starts(text: str, year_start: int) -> list[int]:
    """Where a worded year range ending its first year at `year_start` can begin: the starts of
    the (at most three) words before the year."""
    out = []
    j = year_start
    for _ in range(3):
        while j > 0 and text[j - 1].isspace():
            j -= 1
        k = j
        while k > 0 and not text[k - 1].isspace():
            k -= 1
        if k == j or year_start - k > 25:
            break
        out.append(k)
        j = k
    return out


def _date_ranges(doc) -> list[DateRange]:
    text = doc.text
    out: list[DateRange] = []
    taken = _Spans()

    def add(r: DateRange) -> None:
        if not taken.overlaps(r.start, r.end):
            out.append(r)
            taken.add(r.start, r.end)

    def listed(m) -> bool:  # "5 and 7 June", "يومي 14 و15": a list unless "between"/"بين" opens it
        return m.group("j") in ("and", "و") and not re.search(r"(?:\bbetween|(?<!\w)بين)\s*$", text[max(0, m.start() - 10): m.start()])

    # Every pattern but the month-first one begins at a run of digits (its look-behind rules out
    # a digit before it), so each is tried only at the runs short enough to be its first number.
    runs = _digit_runs(doc)
    short = [s for s, e in runs if e - s <= 2]
    for m in scan_at(_EN_DAY_RANGE, text, short):
        if listed(m):
            continue
        month = _EN_MONTH_WORD[m.group("m").casefold()]
        add(DateRange(m.start(), m.end(), (month, int(m.group("a"))), (month, int(m.group("b"))), "days", m.span("a"), m.span("b")))
    for m in scan_at(_EN_DAY_RANGE_MD, text, _month_word_starts(text, runs)):
        if m.group("m") == "May" and not re.match(r"\s*\d", text[m.end("m"):]):
            continue
        month = _EN_MONTH_WORD[m.group("m").casefold()]
        add(DateRange(m.start(), m.end(), (month, int(m.group("a"))), (month, int(m.group("b"))), "days", m.span("a"), m.span("b")))
    for m in scan_at(_AR_DAY_RANGE, text, short if _ARABIC_TEXT.search(text) else ()):  # an Arabic month name closes it
        if listed(m):
            continue
        month = _ar_month(m.group("m"))
        if month is None:
            continue
        add(DateRange(m.start(), m.end(), (month, to_int(m.group("a"))), (month, to_int(m.group("b"))), "days", m.span("a"), m.span("b")))
    # two full mentions joined as a range: "from Dec. 5 to Dec. 2", "من 28 يناير إلى 14 يناير"
    mentions = dated_mentions(doc)
    for a, b in zip(mentions, mentions[1:]):
        between = text[a.end: b.start]
        before = text[max(0, a.start - 12): a.start]
        if not (a.day and b.day and a.month and b.month and len(a.readings) <= 1 and len(b.readings) <= 1):
            continue
        if _EN_JOIN.fullmatch(between) and _EN_FROM.search(before) \
                or _AR_JOIN.fullmatch(between) and _AR_FROM.search(before) \
                or _AND_JOIN.fullmatch(between) and _BETWEEN.search(before):
            if a.year is not None and b.year is not None:
                first, last = (a.year, a.month, a.day), (b.year, b.month, b.day)
            elif a.year is None and b.year is None and a.month == b.month:
                first, last = (a.month, a.day), (b.month, b.day)
            else:
                continue
            add(DateRange(a.start, b.end, first, last, "dates", (a.start, a.end), (b.start, b.end)))
    # a day before a date mention in any language: "vom 12. bis 11. Januar", "11–1 lutego",
    # "10 – 1 de Janeiro" (the shared extractor may take the whole range as one mention)
    for w in mentions:
        if not (w.day and w.month) or len(w.readings) > 1:
            continue
        inner = _DAY_JOIN_INNER.match(w.text)
        if inner and to_int(inner.group(1)) <= 31:
            first = w.start + inner.start(1), w.start + inner.end(1)
            last = w.start + inner.start(2), w.start + inner.end(2)
            add(DateRange(w.start, w.end, (w.month, to_int(inner.group(1))), (w.month, to_int(inner.group(2))), "days", first, last))
            continue
        lead = text[max(0, w.start - 16): w.start]
        outer = _DAY_JOIN_BEFORE.search(lead)
        if outer and re.match(_D, w.text) and to_int(outer.group(1)) <= 31:
            offset = max(0, w.start - 16)
            day_end = w.start + len(re.match(rf"{_D}+", w.text).group())
            add(DateRange(offset + outer.start(1), w.end, (w.month, to_int(outer.group(1))), (w.month, w.day), "days",
                          (offset + outer.start(1), offset + outer.end(1)), (w.start, day_end)))
    for m in scan_at(_BC_RANGE, text, [s for s, e in runs if e - s <= 4]):
        a, b = -int(m.group("a")), -int(m.group("b"))
        add(DateRange(m.start(), m.end(), (a,), (b,), "years", m.span("a"), m.span("b")))
    fours = [s for s, e in runs if e - s == 4]
    for pattern in (_EN_YEAR_WORDS, _AR_YEAR_WORDS):
        if pattern is _AR_YEAR_WORDS and not _ARABIC_TEXT.search(text):
            continue
        # the pattern begins with its word, at most 25 characters before the first year
        starts = sorted({i for s in fours for i in _word_starts(text, s)})
        for m in scan_at(pattern, text, starts):
            a_group = "a" if m.group("a") else "a2"
            if a_group == "a" and _CHANGE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "rose from 1990 to 2013", "ارتفع عدد ... من 1850 إلى 1900": quantities ("between" is a period)
            a, b = to_int(m.group(a_group)), to_int(m.group("b"))
            add(DateRange(m.start(), m.end(), (a,), (b,), "years", m.span(a_group), m.span("b"), True))
    for m in scan_at(_YEAR_RANGE, text, fours):
        a, b = int(m.group("a")), int(m.group("b"))
        if m.group("era"):
            a, b = -a, -b
        end = m.end("era") if m.group("era") else m.end("b")
        add(DateRange(m.start(), end, (a,), (b,), "years", m.span("a"), m.span("b")))
    return sorted(out, key=lambda r: r.start)


# -- births and ages ----------------------------------------------------------------------------


class YearFact(NamedTuple):
    start: int
    end: int
    value: int          # a birth year, or an age in years


_BORN = LazyPattern(
    rf"\b(?:born|b\.)\s+(?:in\s+)?(?:(?:\w+\s+)?\d{{1,2}},?\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{{1,2}},?\s+)?)?(?P<y>1[89]\d\d|20[0-2]\d)\b"
    rf"|(?<!\w)(?:من\s+مواليد|المولود|المولودة|مواليد|ولد|ولدت|وُلد|وُلدت)\s+(?:في\s+)?(?:عام\s+|سنة\s+|العام\s+)?(?:[^\s،,.]+\s+){{0,3}}?(?P<ya>(?:1[89]|20){_D}{{2}}|[\u0661][\u0668\u0669][\u0660-\u0669]{{2}})(?!{_D})"
)
_AGE = LazyPattern(
    r"\b(?:aged|age|ages)\s+(?P<a>\d{1,3})\b(?!\s*(?:-|–|to)\s*\d)"
    r"|\b(?P<b>\d{1,3})[-\s]year[-\s]old\b"
    r"|(?<=[a-z]),\s+(?P<c>\d{1,3}),\s+(?=[a-z(]|who|was|is|has|had|the|a|an)"
    rf"|(?<!\w)(?:البالغ|البالغة|يبلغ|تبلغ|بلغ|بلغت)\s+(?:من\s+العمر\s+)?(?P<d>{_D}{{1,3}})\s+(?:عاما|عامًا|عاماً|سنة|عام)(?!\w)"
    rf"|(?<!\w)(?:من\s+العمر|عمره|عمرها|عن\s+عمر(?:\s+يناهز)?)\s+(?P<e>{_D}{{1,3}})\s+(?:عاما|عامًا|عاماً|سنة|عام)(?!\w)"
    rf"|(?<!(?<!\w)تحت )(?<!(?<!\w)دون )\((?P<f>{_D}{{1,3}})\s+(?:عاما|عامًا|عاماً|سنة)(?=\s*[)،,])"  # "(28 عاما)", "(28 عاما، من مواليد 1987)"; not "تحت (19 سنة)"
)


#: every match of _BORN begins with one of these (the pattern is case-sensitive), or with
#: "من" before "مواليد", or with "ال" before "مولود"
_BORN_WORDS = ("born", "b.", "مواليد", "مولود", "ولد", "وُلد")


def _born_starts(text: str) -> list[int]:
    """Where _BORN can begin: found with str.find, which is much faster than letting the
    pattern (whose branches begin with look-behinds) try every position."""
    out = set()
    for word in _BORN_WORDS:
        i = text.find(word)
        while i != -1:
            out.add(i)
            if word == "مواليد":  # "من مواليد"
                j = i
                while j > 0 and text[j - 1].isspace():
                    j -= 1
                if j < i and text[max(0, j - 2): j] == "من":
                    out.add(j - 2)
            elif word == "مولود" and text[max(0, i - 2): i] == "ال":  # "المولود", "المولودة"
                out.add(i - 2)
            i = text.find(word, i + 1)
    return sorted(out)


def births(doc) -> list[YearFact]:
    text = doc.text
    return [YearFact(m.start(), m.end(), to_int(m.group("y") or m.group("ya"))) for m in scan_at(_BORN, text, _born_starts(text))]


def ages(doc) -> list[YearFact]:
    out = []
    for m in _AGE.finditer(doc.text):
        key = next(k for k in "abcdef" if m.group(k))
        value = to_int(m.group(key))
        if 0 < value < 120:
            start = m.start() if key not in "c" else m.start("c")
            end = m.end() if key not in "c" else m.end("c")
            out.append(YearFact(start, end, value))
    return out


# -- direction words, before/after, past tense ------------------------------------------------

_SINCE_EN = LazyPattern(r"\b(?:since|ever since)\s+(?:(?:the\s+)?(?:\w+day,?\s+))?$", re.I)
_SINCE_AR = LazyPattern(r"(?<!\w)منذ\s+(?:يوم\s+)?(?:" + _AR_WEEKDAY_RE + r"\s+)?(?:[\(،,]\s*)?$")


_LAST_YEAR = LazyPattern(
    r"\s*(?:[,،]\s*)?(?:(?:من\s+)?(?:العام|السنة)\s+(?:الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة|السابق|السابقة)|"
    r"الماضي|المنصرم|الفائت|المنقضي|of\s+last\s+year|last\s+year|the\s+previous\s+year|a\s+year\s+(?:ago|earlier))(?!\w)",
    re.I,
)


def points_back(text: str, end: int) -> bool:
    """"14 نوفمبر الماضي", "Nov. 14 last year": the date is last year's."""
    return bool(_LAST_YEAR.match(text, end))


OTHER_PERSON = LazyPattern(
    r"\b(?:whose|his|her|their|son|daughter|child|children|baby|father|mother|wife|husband|brother|sister|parents?|"
    r"grand\w+|and|while)\b|(?<!\w)(?:ابن|ابنة|ابنه|ابنها|ابنته|والد|والده|والدها|والدة|والدته|زوج|زوجة|زوجته|زوجها|طفل|طفلة|"
    r"شقيق|شقيقة|شقيقه|أخ|أخت|بينما|في حين)(?!\w)",
    re.I,
)


def since_mentions(doc) -> list[When]:
    """Yearless date mentions after "since" / "منذ" (direction: the past)."""
    text = doc.text
    out = []
    for w in dated_mentions(doc):
        if w.year is not None or w.day is None:
            continue
        before = text[max(0, w.start - 30): w.start]
        if points_back(text, w.end):
            continue
        if _SINCE_EN.search(before) or _SINCE_AR.search(before):
            out.append(w)
    return out


class Relation(NamedTuple):
    first: When
    second: When
    word: str            # "before" | "after"
    word_span: tuple[int, int]


_RELATION_WORD = LazyPattern(r"\b(?P<en>before|after|prior to|ahead of)\b|(?<!\w)(?P<ar>قبل|بعد|قبيل|بعيد)(?!\w)", re.I)


_EN_DURATION = LazyPattern(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|\d+|just|shortly|only|"
    r"soon|hours|days|weeks|months|years|the day|the week|the month|the year)"
    r"(?:\s+(?:full|whole|more|and a half))?(?:\s+(?:hours?|days?|weeks?|months?|years?|decades?))?\s*$",
    re.I,
)
_AR_DURATION = LazyPattern(
    r"\s+(?:نحو\s+|حوالي\s+|قرابة\s+)?(?:[^\s،,.]+\s+)?(?:يوم|يومين|أيام|ايام|أسبوع|اسبوع|أسبوعين|اسبوعين|أسابيع|اسابيع|شهر|شهرين|"
    r"أشهر|اشهر|شهور|عام|عامين|أعوام|اعوام|سنة|سنتين|سنوات|ساعة|ساعات|ساعتين)\s+(?:من|على)(?!\w)"
)


def _merged(spans) -> list[list[int]]:
    out: list[list[int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return out


def _relation_words(text: str, mentions: list[When]):
    """The matches of _RELATION_WORD that can make a relation: those starting less than 120
    characters after the end of a mention and ending less than 80 before the start of one
    (the longest word is 8 characters). Searched in those windows only, each widened at its
    end so that the word's closing boundary is read as in the whole text."""
    after = _merged((w.end, w.end + 120) for w in mentions)
    before = _merged((w.start - 87, w.start + 1) for w in mentions)
    windows = []
    i = j = 0
    while i < len(after) and j < len(before):  # the intersection of the two unions
        lo, hi = max(after[i][0], before[j][0]), min(after[i][1], before[j][1])
        if lo < hi:
            windows.append((lo, hi))
        if after[i][1] < before[j][1]:
            i += 1
        else:
            j += 1
    for lo, hi in windows:
        for m in _RELATION_WORD.finditer(text, lo, hi + 16):
            if m.start() >= hi:
                break
            yield m


def relations(doc) -> list[Relation]:
    """"A ... before/after B" inside one sentence: A the last date mention before the word
    (no sentence end, at most 120 characters before), B the first date mention after it (at
    most six words after)."""
    text = doc.text
    mentions = [w for w in dated_mentions(doc) if w.month and len(w.readings) <= 1]
    out = []
    if len(mentions) < 2:
        return out
    from bisect import bisect_left, bisect_right

    starts = [w.start for w in mentions]
    ends = sorted(w.end for w in mentions)
    by_end = sorted(mentions, key=lambda w: w.end)
    for m in _relation_words(text, mentions):
        word = (m.group("en") or m.group("ar")).lower()
        kind = "before" if word in ("before", "prior to", "ahead of", "قبل", "قبيل") else "after"
        # the first mention starting within 80 characters after the word, and the last one (in
        # text order) ending within 120 before it
        k = bisect_left(starts, m.end())
        after = [mentions[k]] if k < len(mentions) and mentions[k].start - m.end() < 80 else []
        lo, hi = bisect_left(ends, m.start() - 119), bisect_right(ends, m.start())
        prior = sorted(by_end[lo:hi], key=lambda w: w.start)[-1:] if hi > lo else []
        if not after or not prior:
            continue
        b, a = after[0], prior[-1]
        if m.group("en"):
            if not _EN_DURATION.search(text[max(0, m.start() - 40): m.start()]):
                continue
        elif not _AR_DURATION.match(text, m.end()):
            continue
        gap = text[m.end(): b.start]
        if len(gap.split()) > 6 or re.search(r"[.;:!?؟؛]", gap):
            continue
        span = text[a.end: m.start()]
        if re.search(r"[.!?؟;؛]\s", span) or "\n" in span:
            continue
        out.append(Relation(a, b, kind, m.span()))
    return out


_EN_PAST_IRREGULAR = frozenset(
    """arrived beat won lost met held took came went left began fell rose saw made gave got led ran fled struck
    broke drew flew fought found bought brought built caught chose ate felt forgot froze grew heard hid kept knew
    lay paid rode rang sank sang sat slept sold sent shook shot spoke spent stole stood swam swore threw told
    thought understood woke wore wrote became overcame overtook withdrew was were had did eliminated""".split()
)
_EN_FUTURE = LazyPattern(
    r"\b(?:will|won't|shall|would|'ll|going to|to be|to|is due|are due|due|scheduled|expected|set for|set to|plans?|planned|"
    r"postponed|delayed|moved|pushed|rescheduled|slated|until|till|by|deadline|next|upcoming|later|starting|from|"
    r"effective|begins?|ends?|expires?|is|are|will|wants?|wanted|hopes?|hoped|intends?|intended|promised|agreed|decided|"
    r"announced|called|urged|asked|invited|proposed|vowed|threatened|warned|offered|offers?|before|ahead|awaiting|awaits)\b",
    re.I,
)
_EN_PAST_VERB = LazyPattern(r"\b(?:(?:has|have|had)\s+(?:already\s+)?\w+(?:ed|en|wn|ne|ht|ft|pt|lt|ld|ck|ng|un|ot|id)\b|\w{3,}ed\b)", re.I)
_AR_PAST = frozenset(
    """وصل وصلت وصلوا قال قالت أعلن أعلنت أعلنوا التقى التقت عقد عقدت زار زارت شارك شاركت جرى جرت وقع وقعت قتل قتلت
    فاز فازت خسر خسرت انطلق انطلقت اختتم اختتمت شهد شهدت استقبل استقبلت غادر غادرت توجه توجهت وقّع افتتح افتتحت نظم نظمت
    أجرى أجرت بدأ بدأت انتهى انتهت تعادل هزم هزمت تغلب تغلبت أقيم أقيمت حقق حققت سجل سجلت أطلق أطلقت اعتقل اعتقلت أصدر أصدرت
    دخل دخلت خرج خرجت عاد عادت أقصى أقصت أدلى أدلت صوت صوتت انعقد انعقدت""".split()
)
_AR_FUTURE = LazyPattern(
    r"(?<!\w)(?:سوف|سي\w+|ست\w+|سن\w+|سأ\w+|المقبل|المقبلة|القادم|القادمة|المقرر|مقرر|المنتظر|المرتقب|يتوقع|متوقع|موعد|حتى|لغاية|"
    r"على أن|ابتداء|ابتداءً|اعتبارا|اعتباراً|بدءا|بدءاً|قبل|بحلول|أن|يعتزم|تعتزم|ينوي|تنوي|يعتزمون)(?!\w)"
)


class PastReport(NamedTuple):
    when: When
    verb_span: tuple[int, int]


_STOP = LazyPattern(r"[;!?،؛؟\n—–(\)\"“”«»]|[,:.](?=\s|$)")


def _clause(text: str, start: int, end: int, lang: str) -> tuple[int, int]:
    """The clause around [start, end): up to the nearest punctuation that separates clauses
    (a comma, colon or full stop only when a space follows it: not 12:00, 1,000 or 7.8.2025)."""
    # _STOP matches one character at a time, so its finditer visits every position where it
    # matches: the nearest one before `start` is the last one found in the stretch before it
    # (searched back in steps), the nearest one from `end` on is the first one found.
    # A clause is looked for within _CLAUSE_REACH characters either side: past that (a text
    # without punctuation), the window's edge is the clause's, so that each mention costs a bound.
    floor = max(0, start - _CLAUSE_REACH)
    left, hi = floor, start
    while hi > floor:
        lo = max(floor, hi - 256)
        last = None
        for m in _STOP.finditer(text, lo):  # no endpos: the look-ahead must see the text after
            if m.start() >= hi:
                break
            last = m.start()
        if last is not None:
            left = last + 1
            break
        hi = lo
    limit = min(len(text), end + _CLAUSE_REACH)
    m = _STOP.search(text, end, limit + 1 if limit < len(text) else limit)
    return left, m.start() if m else limit


_CLAUSE_REACH = 1024


def _past_de(scope: str) -> tuple[int, int] | None:
    m = re.search(r"\b(?:war|waren|warst|wart|hatte|hatten|hattest|schwamm|flog|flogen|ging|gingen|kam|kamen|traf|trafen|"
                  r"fuhr|fuhren|gewann|gewannen|verlor|verloren|starb|starben|fiel|fielen)\b", scope, re.I)
    if m:
        return m.span()
    aux = re.search(r"\b(?:habe|haben|hat|hast|habt|bin|bist|ist|sind|seid)\b", scope, re.I)
    part = re.search(r"\bge\w{2,}(?:t|en)\b|\b\w{3,}iert\b", scope) or re.search(
        r"\b(?:be|emp|ent|er|ver|zer|unter|über|hinter|wider)\w{2,}(?:t|en)\s*[.,;!?]?\s*$", scope)  # verb-final
    return (aux.start(), part.end()) if aux and part and aux.start() < part.start() else (part.span() if aux and part else None)


def _past_pt(scope: str) -> tuple[int, int] | None:
    m = re.search(r"\b\w+(?:ávamos|íamos|avam|aram|eram|iram|ámos)\b|\b\w{3,}(?:ou|ava)\b|\best(?:ava|ive|eve)\b", scope, re.I)
    return m.span() if m else None


def _past_ru(scope: str) -> tuple[int, int] | None:
    m = re.search(r"(?<![а-яё])[а-яё]{3,}(?:ли|ла|ло)(?![а-яё])", scope, re.I)
    return m.span() if m else None


#: language -> (the preposition before the date, words that point at the future, past-tense finder)
_OTHER_PAST = {
    "de": (r"\bam\s+", r"\b(?:werden|wird|werde|wirst|werdet|will|wollen|soll|sollen|möchte|möchten|bis|ab|vor|geplant)\b", _past_de),
    "pt": (r"\b(?:a|em|no dia|dia)\s+", r"\b(?:até|antes|depois|será|serão|vai|vão|irá|irão|\w+rá|\w+remos|\w+rão|querer|queríamos|queria|pretend\w*|dever\w*|prev\w*)\b", _past_pt),
    "ru": (r"(?:^|\s)", r"(?<![а-яё])(?:будет|будем|буду|будут|будете|до|к|планир\w*)(?![а-яё])", _past_ru),
}


def _attributive(scope: str, start: int) -> bool:
    """"the long-awaited summit", "a Saudi-led coalition", "its delayed vote": an -ed word in
    front of a noun, not a verb."""
    if start > 0 and scope[start - 1] == "-":
        return True
    before = scope[:start].split()
    return bool(before) and before[-1].lower() in ("the", "a", "an", "its", "his", "her", "their", "our", "this", "that",
                                                   "these", "those", "newly", "well", "long", "much", "so")


_TIME_BETWEEN = LazyPattern(
    rf"(?<!\w)(?:{_EN_WEEKDAY_RE}|{_AR_WEEKDAY_RE}|yesterday|today|tomorrow|أمس|امس|اليوم|غدا|غداً|غدًا)(?!\w)"
    rf"|(?<!{_D}){_D}{{4}}(?!{_D})|\b[a-z]{{2,}}ing\s*$",
    re.I,
)
_DATE_LEAD = LazyPattern(rf"(?:(?:on|في|يوم)\s+)?(?:(?:يوم\s+)?(?:{_EN_WEEKDAY_RE}|{_AR_WEEKDAY_RE})\s*[,،]?\s*)?$", re.I)


def _other_time_between(text: str, verb_end: int, start: int) -> bool:
    """Whether the verb's own time lies between it and the date: another day ("filed on Friday
    ... for the election on Dec. 12"), a year ("launched in 1984 and matures on November 15,
    2004") or a participle that the date belongs to ("the year ending on June 30"). The date's
    own weekday and preposition ("arrived on Sunday, 14 November") do not count."""
    between = text[verb_end: start]
    lead = _DATE_LEAD.search(between)
    if lead:
        between = between[: lead.start()]
    return _TIME_BETWEEN.search(between) is not None


def past_tense_mentions(doc) -> list[PastReport]:
    """Date mentions introduced by "on" / "في" / "يوم" whose clause has a past-tense verb before
    them and no word that points at the future or reports speech (will, would, scheduled,
    said, until, by, سوف، المقرر، حتى ...)."""
    text = doc.text
    out = []
    for w in dated_mentions(doc):
        if w.day is None and len(w.readings) <= 1:
            continue
        if points_back(text, w.end):
            continue
        left, right = _clause(text, w.start, w.end, doc.lang)
        head = text[left: w.start]
        tail = text[w.end: right]
        if re.search(r"[\u0621-\u064A]", head + w.text):
            if not re.search(r"(?:في|يوم)\s+(?:" + _AR_WEEKDAY_RE + r"\s+)?$", head):
                continue
            if _AR_FUTURE.search(head + " " + tail):
                continue
            words = list(re.finditer(r"[\u0621-\u064A\u0640\u064B-\u0652]+", head))
            verb = next((x for x in reversed(words[-5:]) if re.sub(r"^[وف]", "", x.group()) in _AR_PAST or x.group() in _AR_PAST), None)
        elif doc.lang in _OTHER_PAST:
            prep, future, past = _OTHER_PAST[doc.lang]
            if not re.search(prep + r"$", head, re.I):
                continue
            scope, base = text[left: right], left
            if re.fullmatch(r"\s*" + prep, head, re.I) and text[w.end: w.end + 1] == ",":
                base = w.end + 1
                scope = text[base: _clause(text, base + 1, base + 1, doc.lang)[1]]
            if re.search(future, text[left: right] + " " + scope, re.I):
                continue
            verb = past(scope.replace(w.text, " " * len(w.text)) if base == left else scope)
            if verb is not None:
                out.append(PastReport(w, (base + verb[0], base + verb[1])))
            continue
        else:
            if not re.search(r"\bon\s+(?:" + _EN_WEEKDAY_RE + r",?\s+)?$", head, re.I):
                continue
            scope, base = head, left
            if re.fullmatch(r"\s*on\s+", head, re.I) and text[w.end: w.end + 1] == ",":
                # "On 7 October 2020, we visited ...": the verb is in the clause after the date
                base = w.end + 1
                scope = text[base: _clause(text, base + 1, base + 1, doc.lang)[1]]
            if _EN_FUTURE.search(head + " " + tail) or _EN_FUTURE.search(scope):
                continue
            candidates = [x for x in re.finditer(r"\b[a-z]+\b", scope) if x.group() in _EN_PAST_IRREGULAR] + list(_EN_PAST_VERB.finditer(scope))
            candidates = [x for x in candidates if not _attributive(scope, x.start())]
            verb = max(candidates, key=lambda x: x.start()) if candidates else None
            if verb is not None and not (base == left and _other_time_between(text, base + verb.end(), w.start)):
                out.append(PastReport(w, (base + verb.start(), base + verb.end())))
            continue
        if verb is not None and not _other_time_between(text, left + verb.end(), w.start):
            out.append(PastReport(w, (left + verb.start(), left + verb.end())))
    return out


def sentence_years(doc, start: int) -> list[int]:
    span = doc.paragraph_at(start)
    return [to_int(y) for y in re.findall(rf"(?<!{_D})((?:1[89]|20){_D}{{2}})(?!{_D})", doc.text[span.start: span.end].translate(_DIGITS))]


def within(d: date, anchor_: date, days: int) -> bool:
    return abs((d - anchor_).days) <= days


def shift(d: date, days: int) -> date:
    return d + timedelta(days=days)


def iter_unique(items: Iterable) -> list:
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
