"""Rules: the article's timeline -- relative days against the story's date, and temporal order.

The analyses live in checker/extract/timeline.py; these rules only decide what contradicts
what, and say it with the evidence.
"""
from __future__ import annotations

import re
from datetime import timedelta

from checker.findings import Severity
from checker.registry import Example, Rule

_REL_EN = {-2: "the day before yesterday", -1: "yesterday", 0: "today", 1: "tomorrow", 2: "the day after tomorrow"}


def _preview(rule) -> bool:
    """Whether the preview tier's sub-checks run (checker.config.Config.preview, set by the engine)."""
    config = getattr(rule, "config", None)
    return bool(getattr(config, "preview", False))


def _lang(doc, offset: int) -> str:
    return doc.paragraph_lang(doc.paragraph_at(offset))


class RelativeWeekday(Rule):
    """## What it does
    Checks a relative day joined to a weekday -- "yesterday, Sunday", "أمس الأحد", "غداً
    الاثنين", "اليوم الجمعة", "the day before yesterday, Friday", "أوّل أمس" -- against the
    story's date, and a weekday said to be "this", "last" or "next" one ("this Sunday, Nov. 12",
    "الأحد الماضي (5 نوفمبر)") against the date written beside it. It runs only when the story's
    date is known.

    When the text prints its own date (a dated dateline, a header line, a dateline weekday), a
    relative day that does not fit it is a warning. When the date comes only from outside the
    text (`--date`, front matter) and the text prints none, that date may be a feed's crawl time,
    often a day or two late: a relative day is then reported only when the text contradicts
    itself (two relative days that put the story on different days: a warning). With
    `--preview`, an info note also names a relative day that no day from two days before the
    given date up to it fits (on real feeds most such stories are simply older than the date).

    ## Why is this bad?
    Copy is often rewritten a day later: "yesterday" stays while the weekday beside it no
    longer fits, or the weekday is updated and "today" is not. Either word may be the wrong
    one, and the reader cannot tell which day is meant.

    ## Example
    ```
    BEIRUT, Aug. 1, 2023 — The central bank said yesterday, Sunday, that reserves had fallen.
    ```
    Yesterday was Monday 31 July 2023. Write "yesterday, Monday" (or fix the date).
    """

    id = "relative-weekday"
    summary = "A relative day ('yesterday, Sunday', 'أمس الأحد') whose weekday does not fit the story's date."
    severity = Severity.WARNING
    languages = None
    bad = [
        Example("BEIRUT, Aug. 1, 2023 — The minister told parliament yesterday, Sunday, that the budget would pass.", flag="yesterday, Sunday", lang="en", date="2023-08-01"),
        Example("LONDON, March 7, 2024 — Voters will return to the polls tomorrow (Saturday) in three districts.", flag="tomorrow (Saturday", lang="en", date="2024-03-07"),
        Example("تونس، الثلاثاء 8 أكتوبر 2024 – وأعلنت الوزارة أمس الأحد عن خطة جديدة لدعم صغار المزارعين.", flag="أمس الأحد", lang="ar", date="2024-10-08"),
        Example("تونس، الثلاثاء 8 أكتوبر 2024 – ويعقد المجلس غداً الاثنين جلسة طارئة لبحث الأزمة.", flag="غداً الاثنين", lang="ar"),
        Example("The talks resume this Sunday, March 24, in Doha.", flag="this Sunday", lang="en", date="2024-03-08"),
        Example("وقال المحافظ أمس الثلاثاء إن الطرق فتحت. وكان الوزير أعلن أمس الاثنين خطة جديدة.", flag="أمس الاثنين", lang="ar", date="2025-06-12"),
    ]
    good = [
        Example("BEIRUT, Aug. 1, 2023 — The minister told parliament yesterday, Monday, that the budget would pass.", lang="en", date="2023-08-01"),
        Example("تونس، الثلاثاء 8 أكتوبر 2024 – وأعلنت الوزارة أمس الاثنين عن خطة جديدة لدعم صغار المزارعين.", lang="ar"),
        Example("ويعقد المجلس اليوم الثلاثاء جلسة طارئة لبحث الأزمة.", lang="ar", date="2024-10-08"),
        Example("The minister told parliament yesterday, Sunday, that the budget would pass."),  # no date: not checked
        Example("The Sunday Times reported yesterday. Sunday Times editors declined to comment.", lang="en", date="2023-08-01"),
        # the date only from outside the text, no printed one: published a day before the feed's date
        Example("وأعلنت الوزارة أمس الأحد عن خطة جديدة لدعم صغار المزارعين.", lang="ar", date="2024-10-08"),
        Example("وكان الوفد قد وصل أوّل أمس الأحد إلى العاصمة.", lang="ar", date="2024-10-08"),
    ]

    def check(self, doc):
        from checker.extract.timeline import (
            anchor_candidates, format_date, prints_its_date, relative_days, week_relatives, weekday_name,
        )

        anchors = anchor_candidates(doc)
        if not anchors:
            return
        story = anchors[0]
        rels = relative_days(doc)
        if getattr(doc, "published", None) is not None and not prints_its_date(doc):
            # The day comes only from outside the text (--date, front matter): feeds stamp stories
            # with a crawl time, often a day or two late. Any day in that window may be the real one.
            anchors = [story - timedelta(days=k) for k in range(METADATA_LAG_DAYS + 1)]
            yield from self._metadata_only(doc, story, anchors, rels)
        else:
            yield from self._against(doc, story, anchors, rels)
        yield from self._weeks(doc, story, anchors, week_relatives(doc))

    def _against(self, doc, story, anchors, rels):
        """Each relative day against the day the text prints for itself."""
        from checker.extract.timeline import format_date, weekday_name

        for rel in rels:
            lang = rel.lang
            meant = [a + timedelta(days=rel.offset) for a in anchors]
            if rel.weekday not in {d.weekday() for d in meant}:
                day = meant[0]
                right = weekday_name(day.weekday(), lang)
                written = doc.text[rel.weekday_span[0]: rel.weekday_span[1]]
                suggestion = doc.text[rel.start: rel.weekday_span[0]] + right if not written[:1] in "وفب" or lang != "ar" else None
                verb = "is" if rel.offset >= 0 else "was"
                if lang == "ar":
                    message = (f"\"{doc.text[rel.start: rel.end]}\": the story is dated {format_date(story)}, so "
                               f"\"{rel.word}\" {verb} {format_date(day)} ({right}), not a {weekday_name(rel.weekday, 'en')}.")
                else:
                    message = (f"\"{doc.text[rel.start: rel.end]}\": the story is dated {format_date(story)}, so "
                               f"{_REL_EN.get(rel.offset, rel.word)} {verb} {format_date(day)}, "
                               f"not a {weekday_name(rel.weekday, 'en')}.")
                yield self.finding(doc, rel.start, rel.end, message, related=[], suggestion=suggestion)
                continue
            if rel.date is not None:
                written = rel.date.dates(story)
                if written and not set(written) & set(meant):
                    yield self.finding(
                        doc, rel.start, rel.date.end,
                        f"\"{doc.text[rel.start: rel.date.end]}\": the story is dated {format_date(story)}, so "
                        f"\"{rel.word}\" is {format_date(meant[0])}, not {format_date(written[0])}.",
                    )

    def _metadata_only(self, doc, story, window, rels):
        """The day is the metadata's, give or take the feed's lag: a warning when the text's relative
        days contradict one another, an info note when none of the window's days fits one."""
        from checker.extract.timeline import EN_WEEKDAYS, format_date

        if not rels:
            return
        implied = [(r.weekday - r.offset) % 7 for r in rels]  # the weekday each one puts the story on
        fitting = {d.weekday() for d in window}
        if len(set(implied)) > 1:
            counts: dict[int, int] = {}
            first_at: dict[int, int] = {}
            for k, w in enumerate(implied):
                counts[w] = counts.get(w, 0) + 1
                first_at.setdefault(w, k)
            back = {d.weekday(): k for k, d in enumerate(window)}  # days before the given date
            # the reference: the publication weekday most relative days agree on; on a tie, the one
            # nearest the given date (a feed's date is late by a day or two, seldom more)
            ref = max(counts, key=lambda w: (counts[w], -back.get(w, 7), -first_at[w]))
            from bisect import bisect_left

            refs = [r for r, w in zip(rels, implied) if w == ref]
            ref_starts = [r.start for r in refs]
            for rel, w in zip(rels, implied):
                if w == ref:
                    continue
                # the nearest relative day of the reference, within one story's reach (a page of
                # several stories, or an archive of many, may hold days written on other days)
                k = bisect_left(ref_starts, rel.start)
                near = min((refs[j] for j in (k - 1, k) if 0 <= j < len(refs)), key=lambda r: abs(r.start - rel.start))
                if abs(near.start - rel.start) > CONTRADICTION_REACH:
                    continue
                yield self.finding(
                    doc, rel.start, rel.end,
                    f"\"{doc.text[rel.start: rel.end]}\" puts the story on a {EN_WEEKDAYS[w]}, but "
                    f"\"{doc.text[near.start: near.end]}\" puts it on a {EN_WEEKDAYS[ref]}: one of the two "
                    f"weekdays (or relative days) is wrong.",
                    related=[(near.start, near.end)],
                )
            return
        if not _preview(self):
            return  # the notes below are the preview tier's: most such stories are simply older than the feed's date
        for rel, w in zip(rels, implied):
            if w in fitting:
                if rel.date is not None:
                    written = rel.date.dates(story)
                    meant = {a + timedelta(days=rel.offset) for a in window}
                    if written and not set(written) & meant:
                        yield self.finding(
                            doc, rel.start, rel.date.end,
                            f"\"{doc.text[rel.start: rel.date.end]}\": the article's date, {format_date(story)}, comes from "
                            f"outside the text, and on none of the {METADATA_LAG_DAYS + 1} days up to it is \"{rel.word}\" "
                            f"{format_date(written[0])}.",
                            severity=Severity.INFO,
                        )
                continue
            when = next(story - timedelta(days=k) for k in range(7) if (story - timedelta(days=k)).weekday() == w)
            yield self.finding(
                doc, rel.start, rel.end,
                f"\"{doc.text[rel.start: rel.end]}\": the article's date, {format_date(story)}, comes from outside "
                f"the text (feeds often stamp stories a day or two late), but no day from "
                f"{format_date(window[-1], weekday=False)} to it fits: the text puts the story on a {EN_WEEKDAYS[w]} "
                f"(such as {format_date(when, weekday=False)}).",
                severity=Severity.INFO,
            )

    def _weeks(self, doc, story, anchors, weeks):
        from checker.extract.timeline import format_date

        for week in weeks:
            dates = week.date.dates(story)
            if len(dates) != 1 or dates[0].weekday() != week.weekday:
                continue  # a weekday that does not fit its date is date-weekday's finding
            d = dates[0]
            ok = False
            for a in anchors:
                delta = (d - a).days
                ok = ok or {
                    "this": -6 <= delta <= 6,
                    "last": -13 <= delta < 0,
                    "next": 0 < delta <= 13,
                    "last-week": -13 <= delta < 0,
                    "next-week": 0 < delta <= 14,
                }[week.relation]
            if not ok:
                delta = (d - story).days
                how = f"{abs(delta)} days {'after' if delta > 0 else 'before'} it"
                yield self.finding(
                    doc, week.start, week.end,
                    f"\"{doc.text[week.start: week.date.end]}\": the story is dated {format_date(story)} and "
                    f"{format_date(d, weekday=False)} is {how}, which is not {_week_words(week.relation)}.",
                    related=[(week.date.start, week.date.end)],
                )


#: how many days before the --date / front-matter date a story may have been published
METADATA_LAG_DAYS = 2
#: how far apart (characters) two relative days may be to be held against each other
CONTRADICTION_REACH = 3000


def _week_words(relation: str) -> str:
    return {
        "this": "this week's", "last": "the last such day", "next": "the next such day",
        "last-week": "in the week before", "next-week": "in the week after",
    }[relation]


class TimelineOrder(Rule):
    """## What it does
    Checks the order of events that the text states outright against the dates it gives:

    - a yearless date after "since" / "منذ" that is still ahead of the story's date
      ("since 20 March" in a story of 5 March);
    - a range whose end is not after its start ("from 12 to 9 June", "1915–1840",
      "من 28 يناير إلى 14 يناير", "from 1987 to 1981", "من 2013 إلى 2009"). A day-month-year
      date ("11-7-2012", "7-7-1433 هـ") is one date, not a range; an Arabic year range written
      with a dash is never reported for its direction (Arabic copy writes the later year first,
      and BC ranges descend); two values joined by "from ... to" after a verb of change ("rose
      from 1990 to 2013") are quantities;
    - a birth year and an age that do not agree at the story's date (or a year named in the
      same paragraph), allowing for the birthday: "born in 1980" and "aged 61" in 2023 (a
      bracketed age or birth year belongs to the name right before its bracket);
    - "before" / "after" / "قبل" / "بعد" between two dated events whose dates say the opposite;
    - a date reported in the past tense that is after the story's date ("arrived on 14
      November" in a story of 5 November), unless another time (a weekday, a year, a
      participle: "ending on June 30") stands between the verb and the date.

    A yearless date said to be past ("since", a past verb) is reported only when it lies at
    most 31 days after the story's date: further ahead, the same day a year back is meant.

    The checks against the story's date run only when that date is known.

    ## Why is this bad?
    One of the two facts is wrong -- usually a mistyped day or month, or a year that had to be
    named -- and the reader cannot tell which.

    ## Example
    ```
    The border crossing has been closed since 20 March.     (story dated 5 March 2024)
    ```
    20 March 2024 is 15 days after the story's date; if 20 March 2023 is meant, name the year.
    """

    id = "timeline-order"
    summary = "Stated temporal order ('since', ranges, before/after, born/aged, past tense) contradicted by the dates."
    severity = Severity.WARNING
    languages = None
    bad = [
        Example("The border crossing has been closed since 20 March, officials said.", flag="since 20 March", lang="en", date="2024-03-05"),
        Example("وتبقى المدارس مغلقة منذ 18 مايو بسبب الأمطار.", flag="منذ 18 مايو", lang="ar", date="2024-05-10"),
        Example("The festival runs from 12 to 9 June in the old town.", flag="12 to 9 June", lang="en"),
        Example("ويستمر المعرض من 28 يناير إلى 14 يناير في قاعة المدينة.", flag="28 يناير إلى 14 يناير", lang="ar"),
        Example("He served in Belfast from 1987 to 1981 under Thatcher.", flag="from 1987 to 1981", lang="en"),
        Example("ونمت الأصول على مدى الفترة من 2013 إلى 2009 بوتيرة سريعة.", flag="من 2013 إلى 2009", lang="ar"),
        Example("Hassan Idrissi, 52, who was born in 1990, runs the cooperative.", flag="52", lang="en", date="2024-03-08"),
        Example("وقالت المهندسة سلمى، المولودة عام 1985، البالغة من العمر 60 عاما، إن المشروع تأخر.", flag="البالغة من العمر 60 عاما", lang="ar", date="2024-03-08"),
        Example("The ship was seized in March 2023, a month after the blockade began in May 2023.", flag="after", lang="en"),
        Example("The delegation arrived on 14 November for two days of talks.", flag="14 November", lang="en", date="2023-11-05"),
    ]
    good = [
        Example("The border crossing has been closed since 2 March, officials said.", lang="en", date="2024-03-05"),
        Example("The border crossing will stay closed until 20 March, officials said.", lang="en", date="2024-03-05"),
        Example("وتبقى المدارس مغلقة منذ 8 مايو بسبب الأمطار.", lang="ar", date="2024-05-10"),
        Example("The festival runs from 9 to 12 June in the old town, and from 28 December to 3 January.", lang="en"),
        Example("ويستمر المعرض من 14 يناير إلى 28 يناير في قاعة المدينة.", lang="ar"),
        Example("Hassan Idrissi, 33, who was born in 1990, runs the cooperative.", lang="en", date="2024-03-08"),
        Example("The ship was seized in June 2023, a month after the blockade began in May 2023.", lang="en"),
        Example("The delegation will arrive on 14 November for two days of talks.", lang="en", date="2023-11-05"),
        Example("ووصل الوفد في 3 نوفمبر، على أن يغادر في 14 نوفمبر.", lang="ar", date="2023-11-05"),
        Example("القدس 11-7-2012 قال المتحدث إن المفاوضات توقفت.", lang="ar"),  # one date, not the range 11 to 7
        Example("وتولى المنصب خلال الفترة (2005-2000) قبل أن يستقيل.", lang="ar"),  # Arabic writes the later year first
        Example("Loans in the four weeks ended February 27 to 16.39 mln dlrs.", lang="en", date="1987-03-20"),
        Example("Stocks closed at their highest since August 19.", lang="en", date="1987-03-06"),  # last August
    ]

    def check(self, doc):
        from checker.extract import timeline as t

        anchors = t.anchor_candidates(doc)
        story = anchors[0] if anchors else None
        seen: set[tuple[int, int]] = set()

        def emit(start, end, message, related=()):
            if (start, end) in seen:
                return None
            seen.add((start, end))
            return self.finding(doc, start, end, message, related=related)

        # 1. "since" + a yearless date that is still ahead
        if story is not None:
            for w in t.since_mentions(doc):
                if not all(_soon_after(w, a) for a in anchors) or _earlier_year_nearby(doc, w.start, story.year):
                    continue
                d = t.nearest(w.month, w.day, story)
                word_start = _since_start(doc.text, w.start)
                f = emit(word_start, w.end,
                         f"\"{doc.text[word_start: w.end]}\" points to the past, but the story is dated "
                         f"{t.format_date(story)} and the nearest {t.format_date(d, weekday=False)} is "
                         f"{(d - story).days} days after it: a wrong date, or a year that had to be named "
                         f"({t.format_date(d.replace(year=d.year - 1), weekday=False) if _valid_prev(d) else 'last year'}?).")
                if f:
                    yield f
        # 2. ranges that end before they start
        for r in t.date_ranges(doc):
            if r.kind == "years" and not r.worded and r.last != r.first and _lang(doc, r.start) == "ar":
                continue  # Arabic copy writes dashed year ranges later year first ("(2005-2000)"), BC ones descend
            if r.last < r.first or (r.last == r.first and r.kind != "dates"):
                text = doc.text[r.start: r.end]
                a, b = doc.text[r.first_span[0]: r.first_span[1]], doc.text[r.last_span[0]: r.last_span[1]]
                what = "ends on the day it starts" if r.last == r.first else "ends before it starts"
                if r.kind == "years":
                    what = "ends in the year it starts" if r.last == r.first else "ends before it starts"
                    if r.first[0] < 0:
                        what += " (years before the era count down)"
                f = emit(r.start, r.end, f"The range \"{text}\" {what}: \"{a}\" then \"{b}\".")
                if f:
                    yield f
        # 3. born in ... aged ...
        yield from self._ages(doc, story, emit)
        # 4. before / after between two dated events
        for rel in t.relations(doc):
            a_dates, b_dates = rel.first.dates(story), rel.second.dates(story)
            if len(a_dates) != 1 or len(b_dates) != 1:
                continue
            if (rel.first.year is None) != (rel.second.year is None):
                continue
            a, b = _granular(rel.first, a_dates[0], rel.second), _granular(rel.second, b_dates[0], rel.first)
            wrong = a > b if rel.word == "before" else a < b
            if wrong:
                word = doc.text[rel.word_span[0]: rel.word_span[1]]
                f = emit(rel.word_span[0], rel.word_span[1],
                         f"\"{rel.first.text}\" is said to come {word} \"{rel.second.text}\", but it is "
                         f"{'later' if rel.word == 'before' else 'earlier'}.",
                         related=[(rel.first.start, rel.first.end), (rel.second.start, rel.second.end)])
                if f:
                    yield f
        # 5. past tense + a date after the story's date
        if story is not None:
            for p in t.past_tense_mentions(doc):
                w = p.when
                if all(_soon_after(w, a) for a in anchors):
                    d = w.dates(story)[0]
                    verb = doc.text[p.verb_span[0]: p.verb_span[1]]
                    f = emit(w.start, w.end,
                             f"\"{verb}\" reports \"{w.text}\" as past, but the story is dated {t.format_date(story)} "
                             f"and {t.format_date(d, weekday=False)} is {(d - story).days} days after it.",
                             related=[p.verb_span])
                    if f:
                        yield f

    def _ages(self, doc, story, emit):
        from bisect import bisect_right

        from checker.extract import timeline as t

        births = t.births(doc)
        ages = t.ages(doc) if births else []  # ages are looked for only beside a birth year
        if not ages:
            return
        sentences = doc.sentences
        starts = [s.start for s in sentences]
        by_sentence: dict[int, tuple[list, list]] = {}
        for kind, facts in ((0, births), (1, ages)):
            for x in facts:
                i = bisect_right(starts, x.start) - 1
                if i >= 0 and x.start < sentences[i].end:
                    by_sentence.setdefault(i, ([], []))[kind].append(x)
        years_of: dict[int, set] = {}  # a paragraph's years, read once
        for i in sorted(by_sentence):
            b, g = by_sentence[i]
            sentence = sentences[i]
            for born, age in self._pairs(doc.text, sentence, b, g):
                para = doc.paragraph_at(sentence.start).start
                if para not in years_of:
                    years_of[para] = set(t.sentence_years(doc, sentence.start))
                years = {y for y in years_of[para] if y > born.value}
                if story is not None:
                    years.add(story.year)
                if not years:
                    continue
                if any(y - born.value - 1 <= age.value <= y - born.value for y in years):
                    continue
                y = story.year if story is not None else max(years)
                f = emit(age.start, age.end,
                         f"Born in {born.value}, a person is {y - born.value - 1} or {y - born.value} in {y}, "
                         f"not {age.value}.",
                         related=[(born.start, born.end)])
                if f:
                    yield f

    @staticmethod
    def _pairs(text, sentence, births, ages):
        """The (birth, age) pairs of one sentence that are one person's: the two in one bracket
        ("(28 عاما، من مواليد 1987)"); an age right next to the birth ("Romney, 70, who was born
        in 1938"); or the sentence's only birth and only age, when no other person comes between."""
        from checker.extract import timeline as t

        from bisect import bisect_left

        paired = set()
        bracket = {id(x): _open_bracket(text, sentence.start, x.start) for x in births + ages}
        in_bracket: dict[int, list] = {}
        for g in ages:
            if bracket[id(g)] is not None:
                in_bracket.setdefault(bracket[id(g)], []).append(g)
        age_starts = [g.start for g in ages]  # in text order
        for born in births:
            same = in_bracket.get(bracket[id(born)], []) if bracket[id(born)] is not None else []
            k = bisect_left(age_starts, born.start)  # the ages right before and right after it
            near = [g for g in ages[max(0, k - 1): k + 1]
                    if _ADJACENT.fullmatch(text[min(born.end, g.end): max(born.start, g.start)])]
            pick = same if len(same) == 1 else near if len(near) == 1 else []
            if pick and id(pick[0]) not in paired:
                paired.add(id(pick[0]))
                yield born, pick[0]
        if paired or len(births) != 1 or len(ages) != 1:
            return
        born, age = births[0], ages[0]
        between = text[min(born.end, age.end): max(born.start, age.start)]
        if t.OTHER_PERSON.search(between) or t.OTHER_PERSON.search(text[max(sentence.start, born.start - 25): born.start]):
            return  # "Maria, 45, whose daughter was born in 2010": two people
        if _other_bracket(text, sentence.start, born, age):
            return  # "A (born 1982), B (1971) and C (35)": a bracketed age or birth is the name's before it
        yield born, age


#: what may stand between an age and a birth year that are one person's ("70, who was born")
_ADJACENT = re.compile(r"[\s,،]*(?:(?:who|and)\s+(?:was|is)\s+|وهو\s+|وهي\s+)?")


#: a yearless date said to be past ("since 20 March", "arrived on 14 November") is reported only
#: when it lies at most this many days after the story's date: further ahead, its reading a year
#: back is the one meant ("the sell-off on September 11" in March; "the accord of Dec. 31" in October)
YEARLESS_AHEAD_DAYS = 31


def _soon_after(w, anchor) -> bool:
    from checker.extract import timeline as t

    ahead = t.days_ahead(w, anchor)
    return bool(ahead) and (w.year is not None or ahead <= YEARLESS_AHEAD_DAYS)


def _open_bracket(text: str, lo: int, pos: int) -> int | None:
    """Where the parenthesis that encloses `pos` opens (after `lo`), or None."""
    depth = 0
    for i in range(pos - 1, max(lo, pos - 200) - 1, -1):  # a bracket that holds an age or a birth is short
        c = text[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                return i
            depth -= 1
    return None


def _other_bracket(text: str, lo: int, born, age) -> bool:
    """A bracketed age or birth year belongs to the name right before its bracket: the two facts
    are one person's only when they share the bracket, or when the one outside it comes first
    and the bracket follows it ("X, born in 1980 (45)")."""
    b, a = _open_bracket(text, lo, born.start), _open_bracket(text, lo, age.start)
    if b is None and a is None:
        return False
    if b == a:
        return False
    first, second = (born, age) if born.start < age.start else (age, born)
    inner_second = b if second is born else a
    inner_first = a if second is born else b
    if inner_first is not None:
        return True  # the first fact's bracket closes before the second: another name's
    # the first fact outside, the second in a bracket: theirs only when nothing but the bracket lies between
    return bool(text[first.end: inner_second].strip(" \t،,"))


def _earlier_year_nearby(doc, start: int, year: int) -> bool:
    """A year before the story's in the same sentence or the one before it: the yearless date
    belongs to that year's account."""
    from bisect import bisect_right

    sentences = doc.sentences
    i = bisect_right(doc.analysis(_sentence_starts), start) - 1
    if i < 0 or not sentences[i].start <= start < sentences[i].end:
        return False
    return any(y < year for j in (i - 1, i) if j >= 0 for y in _sentence_year_list(doc, j))


def _sentence_starts(doc) -> list[int]:
    return [s.start for s in doc.sentences]


def _sentence_year_list(doc, i: int) -> list[int]:
    """The years written in sentence i (read once per sentence and document)."""
    cache = doc.analysis(_year_cache)
    if i not in cache:
        s = doc.sentences[i]
        cache[i] = [int(y) for y in _YEAR_IN_TEXT.findall(doc.text, s.start, s.end)]
    return cache[i]


def _year_cache(doc) -> dict:
    return {}


_YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:1[89]|20)\d\d)(?!\d)")


def _since_start(text: str, start: int) -> int:
    import re

    m = re.search(r"(?:\b(?:ever\s+)?since|(?<!\w)منذ)\b[^.]*$", text[max(0, start - 30): start], re.I)
    return max(0, start - 30) + m.start() if m else start


def _valid_prev(d) -> bool:
    try:
        d.replace(year=d.year - 1)
        return True
    except ValueError:
        return False


def _granular(w, d, other):
    """The date cut to the precision both mentions share (month-only against a full date)."""
    if w.day is None or other.day is None:
        return (d.year, d.month)
    return (d.year, d.month, d.day)
