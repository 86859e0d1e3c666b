"""Rules on dates: date-weekday, date-invalid, hijri-gregorian (issue 3).

All three read `doc.dates` (checker/extract/dates.py): the mentions, their calendar and the
year each one resolves to (in the mention, the sentence, the article's date, the article's other
weekday-date pairs, or - assumed - today's date).
"""
from __future__ import annotations

import datetime
import re

from checker.findings import Severity
from checker.registry import Example, Rule


def _years(years: list[int]) -> str:
    years = [str(y) for y in years]
    if len(years) == 1:
        return years[0]
    return ", ".join(years[:-1]) + " and " + years[-1]


def _verb(d: datetime.date) -> str:
    return "was" if d <= datetime.date.today() else "is"


def _weekday_word(m, doc, weekday: int) -> str | None:
    """The weekday `weekday` written the way the mention writes its own (for a suggestion)."""
    from checker.extract import dates as ex
    from checker.lang import arabic_dates as ard

    if m.weekday_span is None:
        return None
    written = doc.source[m.weekday_span[0]: m.weekday_span[1]]
    if m.lang == "ar":
        canonical = {v: k for k, v in reversed(list(ard.WEEKDAYS.items()))}
        word = canonical[weekday]
        prefix = re.match(r"^[وف]?[بك]?(?=ال)|^[وف]?(?=لل)", written)
        if written.startswith(("لل", "ولل", "فلل")):
            return written[: written.index("لل")] + "ل" + word
        return (prefix.group() if prefix else "") + word
    names = ex.weekday_names(m.lang)
    same_length = [n for n, v in names.items() if v == weekday]
    if not same_length:
        return None
    base = written.rstrip(".").casefold()
    # the same style: full name for a full name, abbreviation for an abbreviation
    full = max(same_length, key=len)
    pick = full if len(base) >= 4 else min(same_length, key=lambda n: abs(len(n) - len(base)))
    if written[:1].isupper():
        pick = pick[:1].upper() + pick[1:]
    if written.isupper() and len(written) > 1:
        pick = pick.upper()
    return pick + ("." if written.endswith(".") and not pick.endswith(".") else "")


class DateWeekday(Rule):
    """## What it does
    Checks that a weekday written beside a date is that date's weekday: "Sunday 14 November
    2023", "الأحد 14 تشرين الثاني/نوفمبر", "Montag, den 5. Mai 2014", "Sa, 30.08.2014".

    A date without a year takes the year of the sentence, else the article's date (`--date`,
    front matter, a dated dateline) - nearest to it, or on the side that "since", "last",
    "next", "منذ", "الماضي", "المقبل" fix - else the year the article's other weekday-date
    pairs agree on. A year taken from any of these is inferred, so the finding is a warning;
    it is an error only when the year is written in the mention itself.

    With no year and no article date, no other weekday is suggested: the writer's year is
    unknown. The pair is a warning only when no year of the last ten fits it; with `--preview`,
    an info note says which recent years fit ("Sunday 14 November fits 2021; this year it is
    a Saturday"). When the weekday fits the same day of the month before or after, the message
    says so ("or the month is wrong").

    ## Why is this bad?
    One of the two is wrong, and a reader cannot tell which. It is the commonest date error in
    news copy: a weekday left over from an earlier draft, or a date typed one week off.

    ## Example
    ```
    On Sunday, 14 November 2023, the minister arrived.   # 14 November 2023 was a Tuesday
    ```
    Numeric dates whose day/month order the language does not fix ("Monday, 10/09/2014" in
    English without a region) are ambiguous and never reported.
    """

    id = "date-weekday"
    summary = "A weekday that is not the weekday of the date beside it."
    severity = Severity.ERROR
    languages = None
    bad = [
        Example("The talks opened on Sunday, 14 November 2023, in Baghdad.", flag="Sunday, 14 November 2023", lang="en"),
        Example("The vote is set for Friday, March 9.", flag="Friday, March 9", lang="en", date="2025-03-01"),
        Example("وافتتح المعرض أبوابه يوم الأحد 14 تشرين الثاني/نوفمبر 2023.", flag="الأحد 14 تشرين الثاني/نوفمبر 2023", lang="ar"),
        Example("وتنطلق الدورة الجمعة 20 مارس المقبل.", flag="الجمعة 20 مارس", lang="ar", date="2025-03-02"),
    ]
    good = [
        Example("The talks opened on Tuesday, 14 November 2023, in Baghdad.", lang="en"),
        Example("The vote is set for Sunday, March 9.", lang="en", date="2025-03-01"),
        Example("The meeting is on Monday, 10/09/2014.", lang="en"),
        Example("وافتتح المعرض أبوابه يوم الثلاثاء 14 تشرين الثاني/نوفمبر 2023.", lang="ar"),
        Example("وتنطلق الدورة الخميس 20 مارس المقبل.", lang="ar", date="2025-03-02"),
        Example("وانطلقت الدورة الأربعاء 20 مارس الماضي.", lang="ar", date="2025-03-02"),
        Example("وانطلقت البطولة الجمعة 15 يونيو-حزيران 2012 في صنعاء.", lang="ar"),  # the year after month-month is the date's
        Example("وأعلن أمس الاثنين يوم 26 فبراير 2016 موعدا للانتخابات.", lang="ar", date="2015-07-21"),  # the weekday is yesterday's
        Example("KANSAS CITY, Mo., April 2 - The company said it would sell its unit.", lang="en", date="1987-04-02"),  # Missouri
    ]

    def check(self, doc):
        from checker.extract.dates import MONTH_NAMES, WEEKDAY_NAMES, describe, find_anchor

        today = datetime.date.today()
        for m in doc.dates:
            if m.weekday is None or m.day is None or m.month is None or m.ambiguous or m.calendar != "gregorian":
                continue
            d = m.resolved()
            if d is not None and d.weekday() == m.weekday:
                continue
            if d is not None and m.day_end is not None and _fits(d.year, m.month, m.day_end, m.weekday):
                continue  # "Saturday, 5-6 May": the weekday may be the range's last day
            if m.year is None and (m.year_source == "assumed" or m.resolved_year is None and doc.analysis(find_anchor).date is None):
                # No year and no article date: the writer's year is unknown, so no other weekday is
                # suggested; the note says which recent years fit (preview tier: on real copy the
                # pair is nearly always right in the story's own year), a warning only when none does.
                recent = [y for y in range(today.year - RECENT_YEARS, today.year + 1) if _fits(y, m.month, m.day, m.weekday)]
                upcoming = [y for y in (today.year + 1,) if _fits(y, m.month, m.day, m.weekday)]
                said, dm = WEEKDAY_NAMES[m.weekday], f"{m.day} {MONTH_NAMES[m.month - 1]}"
                pair = f"{said} {dm}"
                if recent or upcoming:
                    where = f"{pair} fits {_years(recent + upcoming)}"
                else:
                    where = f"{pair} fits no year from {today.year - RECENT_YEARS} to {today.year + 1}"
                this_year = _date(today.year, m.month, m.day)
                now = f"; this year it is a {WEEKDAY_NAMES[this_year.weekday()]}" if this_year else ""
                message = f'"{m.text}": no year is written and the article has no date: {where}{now}.'
                if not recent:
                    message += " Give the year, or the article's date (--date)."
                if not recent or getattr(getattr(self, "config", None), "preview", False):
                    yield self.finding(doc, m.start, m.end, message, severity=Severity.INFO if recent else Severity.WARNING)
                continue
            if d is None:
                continue
            anchor = doc.analysis(find_anchor).date
            if m.year_source == "anchor" and m.direction is None and anchor is not None and _fits(anchor.year, m.month, m.day, m.weekday):
                continue  # a yearless pair right in the article's own year: the writer may mean that one
            said, actual = WEEKDAY_NAMES[m.weekday], WEEKDAY_NAMES[d.weekday()]
            dm = f"{m.day} {MONTH_NAMES[m.month - 1]}"
            shift = (m.weekday - d.weekday() + 3) % 7 - 3  # the said weekday within three days
            other = d + datetime.timedelta(days=shift)
            fix = _weekday_word(m, doc, d.weekday())
            suggestion = None
            if fix and m.weekday_span:
                s, e = m.weekday_span
                suggestion = doc.source[m.start: s] + fix + doc.source[e: m.end]
            message = f'"{m.text}": {describe(d)} {_verb(d)} a {actual}.'
            where = {
                "sentence": f" (the year {d.year} is the sentence's)",
                "anchor": f" (the year {d.year} is the one nearest to the article's date)",
                "document": f" (the year {d.year} is the one the article's other dates agree on)",
            }.get(m.year_source or "", "")
            if where and m.year_source == "anchor" and m.direction:
                where = f" (the year {d.year}: the text puts the date {'before' if m.direction == 'past' else 'after'} the article's date)"
            message = message[:-1] + where + "."
            neighbours = [y for y in (d.year - 1, d.year + 1) if _fits(y, m.month, m.day, m.weekday)]
            months = [n for n in _neighbour_months(d) if n.weekday() == m.weekday]
            if m.year is not None and neighbours:
                message += f" Probably the year is wrong: {dm} {_verb(datetime.date(neighbours[0], m.month, m.day))} a {said} in {_years(neighbours)}."
            else:
                message += f" Either the weekday is wrong ({actual}) or the date: the {said} of that week is {describe(other)}"
                if months:
                    message += f", or the month is wrong: {describe(months[0])} {_verb(months[0])} a {said}"
                message += "."
            # certain only when the year is written in the mention itself; a year taken from the
            # sentence, the article's date or its other dates is inferred
            severity = Severity.ERROR if m.year_source == "text" else Severity.WARNING
            yield self.finding(doc, m.start, m.end, message, suggestion=suggestion, severity=severity)


#: how many years back a yearless weekday-date pair in an undated article is looked for
RECENT_YEARS = 10


def _neighbour_months(d: datetime.date) -> list[datetime.date]:
    """The same day of the month before and the month after (those that have it)."""
    out = []
    for delta in (-1, 1):
        y, mo = d.year + (d.month + delta - 1) // 12, (d.month + delta - 1) % 12 + 1
        n = _date(y, mo, d.day)
        if n is not None:
            out.append(n)
    return out


def _fits(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return datetime.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


class DateInvalid(Rule):
    """## What it does
    Finds dates that do not exist: 31 April, 30 February, 29 February of a common year, 32 May,
    day 31 of a 30-day month, "33.08.2014", day 30 of a 29-day Hijri month (Umm al-Qura), and a
    two-system month name whose halves disagree ("نوفمبر/تشرين الأول").

    ## Why is this bad?
    An impossible date is always a typo, and the reader cannot know which digit is wrong.

    ## Example
    ```
    The contract was signed on 31 April.          # April has 30 days
    وقّع العقد في 31 نيسان الماضي.                  # نيسان (April) has 30 days
    ```
    29 February is only reported when the year is written in the sentence; a numeric date
    is only reported when no reading of it (d/m or m/d) exists.
    """

    id = "date-invalid"
    summary = "A date that does not exist (31 April, 29 February 2023, 32 May)."
    severity = Severity.ERROR
    languages = None
    bad = [
        Example("The contract was signed on 31 April.", flag="31 April", lang="en"),
        Example("Filing closes on February 29, 2023.", flag="February 29, 2023", lang="en"),
        Example("وقّع العقد في 31 نيسان الماضي.", flag="31 نيسان", lang="ar"),
        Example("وبدأ العمل بالقرار في 5 نوفمبر/تشرين الأول 2023.", flag="5 نوفمبر/تشرين الأول 2023", lang="ar"),
    ]
    good = [
        Example("The contract was signed on 30 April.", lang="en"),
        Example("Filing closes on February 29, 2024.", lang="en"),
        Example("The ratio was 31/11 in favour.", lang="en"),
        Example("وقّع العقد في 30 نيسان الماضي.", lang="ar"),
        Example("وبلغ المؤشر 31.11 نقطة.", lang="ar"),
        Example("وأقيم الحفل في ملعب 22 مايو/إب وسط المدينة.", lang="ar"),  # إب is a city, not آب
        Example("Output fell in January 0.7 pct after a rise in December.", lang="en"),
    ]

    def check(self, doc):
        from checker.extract.dates import MONTH_NAMES, days_in_month, hijri_month_length, month_name

        for m in doc.dates:
            if m.day is None or m.month is None or m.ambiguous:
                continue
            s, e = m.date_span
            if m.second_month is not None and m.second_month != m.month:
                yield self.finding(doc, s, e, f'"{doc.source[s:e]}": the two month names disagree: one is {MONTH_NAMES[m.month - 1]}, the other {MONTH_NAMES[m.second_month - 1]}.')
                continue
            if not 1 <= m.month <= 12:
                yield self.finding(doc, s, e, f'"{doc.source[s:e]}": there is no month {m.month}, whichever way the date is read.')
                continue
            if m.calendar == "hijri":
                if m.day > 30 or m.day == 0:
                    yield self.finding(doc, s, e, f'"{doc.source[s:e]}": a Hijri month has at most 30 days.')
                elif m.day == 30 and m.year is not None:
                    length = hijri_month_length(m.year, m.month)
                    if length == 29:
                        yield self.finding(doc, s, e, f'"{doc.source[s:e]}": {month_name(m.month, "hijri")} {m.year} has 29 days in the Umm al-Qura calendar.')
                continue
            year = m.year if m.year is not None else (m.resolved_year if m.year_source == "sentence" else None)
            limit = days_in_month(year, m.month)
            if 1 <= m.day <= limit and (m.day_end is None or m.day_end <= days_in_month(year, m.month)):
                continue
            if m.day == 0 or m.day > 31 or (m.day_end or 0) > 31:
                message = f'"{doc.source[s:e]}": no month has {max(m.day, m.day_end or 0)} days.' if m.day else f'"{doc.source[s:e]}": there is no day 0.'
            elif m.month == 2 and m.day == 29:
                message = f'"{doc.source[s:e]}": {year} is not a leap year, so February {year} has 28 days.'
            else:
                message = f'"{doc.source[s:e]}": {MONTH_NAMES[m.month - 1]} has {limit} days' + (f" in {year}" if m.month == 2 and year else "") + "."
            yield self.finding(doc, s, e, message)


_LINK = re.compile(
    r"^\s*(?:[,،(\[/\-–—]\s*)*(?:(?:و?الذي\s+|و?التي\s+)?(?:ال)?(?:موافق(?:ة)?|يوافق|توافق|مصادف|يصادف)\s*(?:لـ?\s*|ل\u0640\s*)?|corresponding to\s+|which corresponds to\s+|equivalent to\s+|or\s+|i\.e\.\s+)?(?:[(\[/]\s*)?$",
    re.IGNORECASE,
)


class HijriGregorian(Rule):
    """## What it does
    Converts a Hijri date given as the equivalent of a Gregorian one ("الأحد 5 نوفمبر 2023
    الموافق 21 ربيع الآخر 1445هـ", "June 2 (Dhu al-Qadah 25, 1445)") with the Umm al-Qura
    calendar and reports the pair when the two are more than one day apart. A weekday written
    beside a Hijri date is checked too (allowing the same one day).

    ## Why is this bad?
    The Hijri date is usually typed by hand beside a generated Gregorian one, and goes wrong
    when copy is reused. A one-day difference is not reported: the religious months start on
    a sighting of the moon, country by country.

    ## Example
    ```
    الأحد 5 نوفمبر 2023 الموافق 25 ربيع الآخر 1445هـ   # 5 November 2023 is 21 Rabi al-Thani 1445
    ```
    """

    id = "hijri-gregorian"
    summary = "A Hijri date that is not the Gregorian date it is given as (Umm al-Qura)."
    severity = Severity.ERROR
    languages = None
    bad = [
        Example("وصل الوفد الأحد 5 نوفمبر 2023 الموافق 25 ربيع الآخر 1445هـ.", flag="25 ربيع الآخر 1445هـ", lang="ar"),
        Example("Pilgrims gathered on June 2, 2024 (Dhu al-Qadah 20, 1445).", flag="Dhu al-Qadah 20, 1445", lang="en"),
    ]
    good = [
        Example("وصل الوفد الأحد 5 نوفمبر 2023 الموافق 21 ربيع الآخر 1445هـ.", lang="ar"),
        Example("وصل الوفد الأحد 5 نوفمبر 2023 الموافق 22 ربيع الآخر 1445هـ.", lang="ar"),
        Example("Pilgrims gathered on June 2, 2024 (Dhu al-Qadah 25, 1445).", lang="en"),
    ]

    def check(self, doc):
        from checker.extract.dates import HIJRI_NAMES, WEEKDAY_NAMES, describe, gregorian_to_hijri, hijri_to_gregorian

        dates = [m for m in doc.dates if m.day is not None and m.month is not None and not m.ambiguous]
        paired: set[int] = set()
        for a, b in zip(dates, dates[1:]):
            if a.calendar == b.calendar or b.start - a.end > 40:
                continue
            if not _LINK.match(doc.text[a.end: b.start]):
                continue
            h, g = (a, b) if a.calendar == "hijri" else (b, a)
            greg = g.resolved() if g.year is not None or g.year_source in ("sentence", "anchor") else None
            hy = h.year
            if hy is None and greg is not None:
                conv = gregorian_to_hijri(greg)
                if conv is None:
                    continue
                hy = min((conv[0] - 1, conv[0], conv[0] + 1), key=lambda y: abs(((hijri_to_gregorian(y, h.month, min(h.day, 29)) or greg) - greg).days))
            if hy is None:
                continue
            hg = hijri_to_gregorian(hy, h.month, h.day)
            if hg is None:
                continue
            if greg is None:
                # a yearless Gregorian date: the year that puts it nearest to the Hijri date
                cands = [d for y in (hg.year - 1, hg.year, hg.year + 1) if (d := _date(y, g.month, g.day))]
                if not cands:
                    continue
                greg = min(cands, key=lambda d: abs((d - hg).days))
            paired.add(id(h))
            diff = (greg - hg).days
            if abs(diff) <= 1:
                continue
            conv = gregorian_to_hijri(greg)
            right = f"{conv[2]} {HIJRI_NAMES[conv[1] - 1]} {conv[0]}" if conv else "another day"
            message = (
                f'"{h.text}" is {describe(hg)} in the Umm al-Qura calendar, {abs(diff)} days '
                f'{"before" if diff > 0 else "after"} {describe(greg)} ("{g.text}"), which is {right}.'
            )
            yield self.finding(doc, h.start, h.end, message, related=[(g.start, g.end)])
        for h in dates:
            if h.calendar != "hijri" or h.weekday is None or h.year is None:
                continue
            hg = hijri_to_gregorian(h.year, h.month, h.day)
            if hg is None:
                continue
            if any((hg + datetime.timedelta(days=k)).weekday() == h.weekday for k in (-1, 0, 1)):
                continue
            message = f'"{h.text}": {h.day} {HIJRI_NAMES[h.month - 1]} {h.year} is {describe(hg)} in the Umm al-Qura calendar, a {WEEKDAY_NAMES[hg.weekday()]}, not a {WEEKDAY_NAMES[h.weekday]}.'
            yield self.finding(doc, h.start, h.end, message)


def _date(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None
