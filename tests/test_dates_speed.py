"""The date and timeline analyses try their patterns only at candidate places (runs of digits,
the word before a number, the places where a birth word or a relation word can be): these tests
check, on generated texts full of near-misses, that the results equal those of scanning every
position as the patterns did before (pattern.finditer / pattern.search)."""
from __future__ import annotations

import random

import pytest

from checker.document import Document
from checker.extract import dates as dt
from checker.extract import timeline as tl

PIECES = [
    "5", "12", "31", "1", "123", "2023", "1990", "20231", "1915", "1840", "٥", "١٢", "٢٠٢٣", "۱۴۰۲", "1961", "١٩٦١",
    "January", "June", "Nov", "Sept", "May", "may", "March", "Mar", "Dec", "juneau", "XMay", "يناير", "نوفمبر", "أكتوبر",
    "كانون الثاني", "تشرين 2", "شباط", "آذار", "ربيع",
    "-", "–", "—", "/", ".", ",", ":", "to", "until", "and", "through", "of", "from", "between", "إلى", "حتى", "و", "من",
    "BC", "B.C.", "ق.م", "born", "b.", "reborn", "Club.", "مواليد", "المولود", "المولودة", "ولد", "وُلد", "ولدت",
    "before", "after", "Before", "AFTER", "prior to", "ahead of", "beforehand", "قبل", "بعد", "قبيل", "بعيد",
    "aged", "61", "year-old", "عاما", "the", "a", "Sunday", "الأحد", "in", "عام", "st", "th",
    "days", "weeks", "two", "أيام", "\u212aey",
    "05/11/2023", "2023-11-05", "1.2.2023", "٥/١١/٢٠٢٣", "12-9-2023", "3/4/2024", "5 March 2023", "March 7, 2023",
    "14 نوفمبر 2023", "3 مايو", "two days before", "a week after", "بعد أسبوع من", "قبل يومين من", "6 June",
]
SEPS = [" ", "  ", "", "\n", ", ", ". ", "\u00a0", "-", " – ", "/"]


def texts(n: int, seed: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(PIECES) + rng.choice(SEPS) for _ in range(rng.randint(1, 30)))


def full_scan(pattern, text, starts):
    """What the analyses did before: every position of the text."""
    return pattern.finditer(text)


def doc_of(text: str) -> Document:
    return Document(path="t", source=text, lang="ar" if any("\u0621" <= c <= "\u064a" for c in text) else "en")


def dump(doc) -> tuple:
    return (
        tl._numeric_dates(doc.text, doc.lang, tl._digit_runs(doc)),
        tl._month_years(doc.text, tl._digit_runs(doc)),
        tl.births(doc),
        tl._date_ranges(doc),
        tl.relations(doc),
    )


def test_candidate_scans_equal_whole_text_scans(monkeypatch):
    samples = list(texts(3000, 8)) + [
        "The festival runs from 12 to 9 June, and Nov. 5-7, 1915–1840 and 300-200 BC.",
        "ويستمر المعرض من 28 يناير إلى 14 يناير، و12 - 9 نوفمبر 2023، المولود عام 1961.",
        "He was born in 1980 and, aged 61, left on 5 March 2023, two days before 7 March 2023.",
        "في 3 تشرين 2 2023 وقبل 5 أكتوبر2023 بيومين من 12 و14 مايو",
    ]
    fast = []
    for text in samples:
        fast.append(dump(doc_of(text)))
    monkeypatch.setattr(tl, "scan_at", full_scan)
    monkeypatch.setattr(tl, "_relation_words", lambda text, mentions: tl._RELATION_WORD.finditer(text))
    monkeypatch.setattr(tl, "_en_month_before", lambda text, start: tl._EN_MONTH_BEFORE.search(text, max(0, start - 24), start))
    for text, expected in zip(samples, fast):
        assert dump(doc_of(text)) == expected, text


@pytest.mark.parametrize("seed", [1, 2])
def test_month_before_a_year_equals_the_search(seed):
    for text in texts(3000, seed):
        for start in range(len(text) + 1):
            want = tl._EN_MONTH_BEFORE.search(text, max(0, start - 24), start)
            got = tl._en_month_before(text, start)
            assert (got and (got.span(), got.group("m"))) == (want and (want.span(), want.group("m"))), (text, start)


def test_word_classes_do_not_change_the_date_mentions():
    """_starts remembers each word's class per grammar: a second pass (warm) finds the same."""
    samples = list(texts(500, 3))
    first = [repr(dt._raw_mentions(doc_of(t))) for t in samples]
    assert [repr(dt._raw_mentions(doc_of(t))) for t in samples] == first


def test_clause_equals_the_character_walk():
    def walk(text, start, end):
        left = start
        while left > 0 and not tl._STOP.match(text, left - 1):
            left -= 1
        right = end
        while right < len(text) and not tl._STOP.match(text, right):
            right += 1
        return left, right

    rng = random.Random(5)
    for text in texts(400, 4):
        text = text * rng.randint(1, 12)  # long stretches without a stop too
        for _ in range(20):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            assert tl._clause(text, start, end, "en") == walk(text, start, end), (text, start, end)
    long = "word " * 300
    assert tl._clause(long, 1000, 1004, "en") == walk(long, 1000, 1004)


def test_past_before_equals_the_search():
    words = ["since", "Since", "last", "ago", "until last", "منذ", "مُنذ", "depuis", "seit", "desde", "dal", "sinds", "с",
             "С", "on", "the", "يوم", "x", "sincere", "ſince", "\n", " ", "  ", "\t", ".", "onthe"]
    rng = random.Random(6)
    for _ in range(20000):
        before = "".join(rng.choice(words) + rng.choice(["", " ", "  ", "\n", " \n"]) for _ in range(rng.randint(0, 8)))
        assert dt._past_before(before) == bool(dt._PAST_BEFORE.search(before)), repr(before)


def test_a_month_written_with_a_long_s_is_read_not_a_crash():
    """"ſept" matches the case-blind month pattern; the month lookup folds case the same way."""
    from checker.engine import Engine
    from checker.config import Config

    findings = Engine(Config(select=("timeline-order",)), discover=False).check_text("The plan ran from ſept 2023 to 3 Oct 2024.")
    assert findings == []


# -- indexes instead of whole-list scans (issue 14: one 2 MB line with 40,000 pairs) --------------


def test_the_span_index_answers_as_a_scan_of_all_spans():
    rng = random.Random(3)
    spans = tl._Spans()
    plain: list[tuple[int, int]] = []
    for _ in range(3000):
        s = rng.randrange(0, 20000)
        e = s + rng.randrange(1, 60)
        expected = any(a < e and s < b for a, b in plain)
        assert spans.overlaps(s, e) == expected
        if not expected:
            spans.add(s, e)
            plain.append((s, e))


def test_the_nearest_year_in_a_sentence_is_the_one_the_sorted_distances_gave():
    rng = random.Random(5)
    for _ in range(300):
        raws = []
        for k in range(rng.randint(1, 12)):
            start = rng.randrange(0, 400)
            year = rng.choice([None, None, 2001, 2002, 2003])
            raws.append(dt._Raw(start, start + 5, 1, 1, year, rng.choice(["gregorian", "hijri"]), None, None, (start, start + 5), "named", "en"))
        raws.sort(key=lambda r: r.start)
        years_at: dict = {}
        for r in raws:
            if r.year is not None:
                years_at.setdefault((0, r.calendar), ([], []))
                years_at[(0, r.calendar)][0].append(r.start)
                years_at[(0, r.calendar)][1].append(r.year)
        for r in raws:
            if r.year is not None:
                continue
            same = sorted((abs(o.start - r.start), o.year) for o in raws if o is not r and o.year is not None and o.calendar == r.calendar)
            assert dt._nearest_year_in_sentence(years_at, 0, r) == (same[0][1] if same else None)


def test_a_long_line_of_dated_pairs_is_checked_in_time_near_linear_in_its_length():
    """Doubling a dense line (weekday-date pairs, ranges, ages, relative days) about doubles the
    work: no step compares every mention with every other."""
    import time

    from checker.config import Config
    from checker.engine import Engine

    piece = ("The team met on Sunday, 12 May 2024 and yesterday, Monday, talked since 3 May; "
             "Smith, 45, who was born in 1980, served from 1990 to 1985 ")
    rules = ("timeline-order", "relative-weekday", "date-weekday", "date-invalid", "hijri-gregorian")
    engine = Engine(Config(select=rules), discover=False)

    def cost(n):
        text = piece * n
        start = time.perf_counter()
        engine.check_text(text, lang="en", published=None)
        return time.perf_counter() - start

    cost(50)  # warm the pattern caches
    small, large = min(cost(400) for _ in range(2)), min(cost(1600) for _ in range(2))
    assert large < 4 * small * 2.5, (small, large)  # 4x the text: well under the 16x of a quadratic step
