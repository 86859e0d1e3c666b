"""Rules: the newsroom's facts register (facts-register) and consistency across an archive
(archive-consistency, run with --cross-document)."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Iterator


from checker.findings import Finding, Severity
from checker.lazyre import LazyPattern
from checker.registry import Example, Rule


# An event mention and the date attached to it. Words that, right before the date, relate it to
# the event instead of dating it ("after", "since", "قبل").
_RELATIONAL = LazyPattern(
    r"(?:\b(?:after|before|since|until|till|following|ahead\s+of|by|from|to|than)|(?<![\w])(?:بعد|قبل|منذ|حتى|لغاية|إلى|الى|من|عقب))\s*$",
    re.I,
)
# "a year after the attack", "the anniversary of", "ذكرى", "بعد عام على": the sentence is about
# another day measured from the event, so the dates near it are not the event's.
_ANNIVERSARY = LazyPattern(
    r"anniversar|commemorat|memorial|\b(?:years?|months?|weeks?|days?)\s+(?:after|since|on\s+from)|\bmark(?:s|ed|ing)?\b|ذكرى|الذكرى|إحياء|احياء|يحيي|يحيون|(?:عام|أعوام|اعوام|سنة|سنوات|أشهر|اشهر|شهر|شهرين|أسابيع|أسبوع|أيام|يوما)\s+(?:على|من)",
    re.I,
)
_RELATIVE = LazyPattern(r"^\s*(?:الذي|التي|الذين|اللذين|اللتين|اللذان|which|that|who)\b", re.I)
_CLAUSE_END = LazyPattern(r"\.(?!\d)|[;:!?؛؟…\n()«»\"“”]")
_HISTORIC = LazyPattern(r"\b(?:then|late|former|at the time)\b|آنذاك|حينها|وقتها|الراحل|السابق|الأسبق", re.I)
_YEAR = LazyPattern(r"(?<!\d)(?<!\d[.,])(?:19|20)\d\d(?!\d|[.,]\d)")


def _register(rule: Rule):
    from checker.facts import load_register

    config = getattr(rule, "config", None)
    paths = tuple(getattr(config, "facts", ()) or ())
    return load_register(paths)


def _short(path: str) -> str:
    from checker.sources import display_base

    try:
        return str(Path(path).relative_to(display_base()))
    except ValueError:
        return Path(path).name


def _parts_conflict(mention, start: date, end: date, precision: str) -> bool:
    """Does the mention's date (only the parts it gives) contradict the event's date?"""
    if getattr(mention, "calendar", "gregorian") not in ("gregorian", None):
        resolved = mention.resolved() if hasattr(mention, "resolved") else None
        return resolved is not None and not (start <= resolved <= end)
    day, month, year = getattr(mention, "day", None), getattr(mention, "month", None), getattr(mention, "year", None)
    if month is None:
        return False  # a bare year (or weekday) does not date an event precisely enough
    days = [start.fromordinal(o) for o in range(start.toordinal(), min(end.toordinal(), start.toordinal() + 400) + 1)]
    if precision == "month":
        days = [start]
        day = None
    month_ok = any(d.month == month for d in days)
    last = getattr(mention, "day_end", None) or day  # a range "6-7 October" holds the 7th
    day_ok = day is None or any(day <= d.day <= max(day, last) and d.month == month for d in days)
    if year is not None and not any(d.year == year for d in days):
        # another year: a wrong year only when day and month are the event's; otherwise most
        # likely another occasion of a recurring name ("the World Cup final")
        return day is not None and day_ok and month_ok
    return not (month_ok and day_ok)


def _agrees(mention, event) -> bool:
    return getattr(mention, "month", None) is not None and not _parts_conflict(mention, event.start, event.end, event.precision)


class FactsRegister(Rule):
    """## What it does
    Holds the article against the newsroom's facts register (`--facts FILE`, or `facts = [...]`
    in factlint.toml): a registered event given another date; a registered person given a role
    the register says they did not hold at the article's date; a spelling the register says to
    avoid.

    ## Why is this bad?
    Some errors cannot be seen inside one article: the seed dates Hamas's attack on Israel
    "15 مايو", but every newsroom knows it was 7 October 2023. A fact sheet that the checker can
    read catches them before publication.

    ## Example
    With the register entry `[[event]] name = "Hamas attack on Israel", date = "2023-10-07"`,
    "the attack Hamas launched on Israel on 15 May" is flagged, citing 7 October 2023. A date
    is compared only when it is attached to the event ("on", "في" or the same clause right after
    the event's name); "a year after the attack, on 15 May" is left alone. Only the parts the
    text gives are compared: a yearless "15 May" contradicts 2023-10-07 by day and month.
    """

    id = "facts-register"
    summary = "An event date, a person's role or a spelling that contradicts the newsroom's facts register."
    severity = Severity.ERROR
    languages = None
    options_model = None  # set below: _FactsOptions (a plain class, no pydantic at start-up)
    _REG = str(Path(__file__).resolve().parent / "data" / "facts-examples.toml")
    bad = [
        Example("قالت الوزارة إن الهجمات تزايدت منذ الهجوم الذي شنته حماس على إسرائيل في 15 مايو.", flag="15 مايو", lang="ar", date="2023-11-14", options={"facts": [_REG]}),
        Example("Attacks have risen since the October 7 attack on May 15, officials said.", flag="May 15", lang="en", date="2023-11-14", options={"facts": [_REG]}),
        Example("President Hassan Nasrallah said the group would answer any attack.", flag="President", lang="en", date="2023-11-03", options={"facts": [_REG]}),
        Example("Hezbollah Secretary-General Hassan Nasrallah said on Friday that talks had failed.", flag="Hezbollah Secretary-General", lang="en", date="2025-01-10", options={"facts": [_REG]}),
        Example("وقال وزير الخارجية حسن نصر الله إن الحزب لن يتراجع.", flag="وزير الخارجية", lang="ar", date="2023-11-03", options={"facts": [_REG]}),
        Example("Hizbollah fired rockets across the border on Sunday.", flag="Hizbollah", lang="en", date="2023-11-14", options={"facts": [_REG]}),
    ]
    good = [
        Example("قالت الوزارة إن الهجمات تزايدت منذ الهجوم الذي شنته حماس على إسرائيل في 7 أكتوبر.", lang="ar", date="2023-11-14", options={"facts": [_REG]}),
        Example("A year after the October 7 attack, on 15 May, the talks resumed.", lang="en", date="2024-05-20", options={"facts": [_REG]}),
        Example("Hezbollah Secretary-General Hassan Nasrallah spoke on Friday.", lang="en", date="2023-11-03", options={"facts": [_REG]}),
        Example("وقال الأمين العام لحزب الله حسن نصر الله إن الحزب لن يتراجع.", lang="ar", date="2023-11-03", options={"facts": [_REG]}),
    ]

    def register_paths(self) -> tuple[str, ...]:
        extra = tuple(getattr(self.options, "facts", ()) or ())
        config = getattr(self, "config", None)
        return tuple(getattr(config, "facts", ()) or ()) + extra

    def register(self):
        from checker.facts import load_register

        return load_register(self.register_paths())

    def check(self, doc) -> Iterator[Finding]:
        if not self.register_paths():
            return  # no register: nothing to hold the article against (and nothing imported)
        register = self.register()
        if not register:
            return
        from checker.facts import doc_tokens

        tokens = doc_tokens(doc)
        if register.events:
            yield from self._events(doc, tokens, register)
        if register.people:
            yield from self._people(doc, tokens, register)
        if register.spellings:
            yield from self._spellings(doc, register)

    # -- events ------------------------------------------------------------------------------
    def _events(self, doc, tokens, register) -> Iterator[Finding]:
        from checker.facts import date_mentions, find_aliases

        matches = find_aliases(doc.text, tokens, [(a, e) for e in register.events for a in e.aliases])
        if not matches:
            return
        mentions = date_mentions(doc)
        reported = set()
        for match in matches:
            event = match.entry
            sentence = doc.sentence_at(match.start)
            in_sentence = [m for m in mentions if sentence.start <= m.start < max(sentence.end, match.end) and not (m.start < match.end and match.start < m.end)]
            if any(_agrees(m, event) for m in in_sentence):
                continue  # the article gives the register's date too: another date is another day
            if _ANNIVERSARY.search(doc.text[max(sentence.start, match.start - 60): match.start]):
                continue
            before = [m for m in in_sentence if m.end <= match.start and re.fullmatch(r"\s{1,2}", doc.text[m.end: match.start])]
            after = [m for m in in_sentence if m.start >= match.end]
            if before:  # "the July 27 opening ceremony": the date names the event
                mention = before[-1]
            elif after:
                mention = after[0]
                if not self._attached(doc.text[match.end: mention.start], matches, match, mention):
                    continue
            else:
                continue
            if not _parts_conflict(mention, event.start, event.end, event.precision):
                continue
            if doc.published and getattr(mention, "year", None) and mention.resolved() and mention.resolved() > doc.published:
                continue
            start, end = getattr(mention, "date_span", None) or (mention.start, mention.end)
            if (start, end) in reported:
                continue
            reported.add((start, end))
            when = event.describe()
            yield self.finding(
                doc,
                start,
                end,
                f'"{doc.text[match.start:match.end]}" is dated "{doc.text[start:end]}", but the facts register '
                f"({_short(event.file)}, event \"{event.name}\") dates it {when}.",
                related=[(match.start, match.end)],
            )

    @staticmethod
    def _attached(gap: str, matches, match, mention) -> bool:
        """Is the date right after the event's name part of the same clause, dating it?"""
        if len(re.findall(r"\w+", gap)) > 14 or _CLAUSE_END.search(gap):
            return False
        if any(match.end <= m.start < mention.start for m in matches if m is not match):
            return False  # another registered event between the name and the date
        gap = re.sub(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)\s*[,،]\s*$", " ", gap)
        if re.search(r"[,،]", gap):
            first_comma = re.search(r"[,،]", gap)
            if not _RELATIVE.match(gap[first_comma.end():]):
                return False  # "after the attack, on 15 May, ...": the date starts another phrase
        if re.search(r"\b(?:and|or|but|while|whereas)\b|(?<![\w])(?:بينما|لكن|ثم|أو)(?![\w])", gap, re.I):
            return False
        before = re.sub(r"(?:\b(?:on|in|of|the|night|morning|evening|at|dawn)\b|(?<![\w])(?:في|يوم|ليلة|صباح|مساء|فجر|ظهر|بتاريخ|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)(?![\w])|[\s,،])*$", "", gap, flags=re.I)
        before = re.sub(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\W*$", "", before)
        if _RELATIONAL.search(before):
            return False
        return True

    # -- people ------------------------------------------------------------------------------
    def _people(self, doc, tokens, register) -> Iterator[Finding]:
        from checker.facts import _ARABIC, agrees, context_known, find_aliases, title_after, title_before

        matches = find_aliases(doc.text, tokens, [(a, p) for p in register.people for a in p.aliases])
        when = doc.published
        for match in matches:
            person = match.entry
            if not person.roles:
                continue
            arabic = bool(_ARABIC.search(match.alias))
            nxt = tokens[match.last] if match.last < len(tokens) else None
            if not arabic and nxt is not None and nxt.raw[:1].isupper() and re.fullmatch(r" ", doc.text[match.end: nxt.start]):
                continue  # "Foreign Minister Karam Haddad": the name goes on, another person
            title = title_before(doc.text, tokens, match.first, arabic) or title_after(doc.text, tokens, match.last, arabic)
            if title is None:
                continue
            if title.end <= match.start and "," in doc.text[title.end: match.start]:
                if not re.match(r"\s*(?:[,.;]|(?:said|says|told)\b)", doc.text[match.end: match.end + 8]):
                    continue  # "the finance minister, Nadia Karam and ...": maybe a list
            script = [r for r in person.roles if any(bool(_ARABIC.search(a)) == arabic for a in r.aliases)]
            if not script:
                continue  # the register has no wording of these roles in the article's script
            fitting = [r for r in person.roles if any(agrees(title, a) for a in r.aliases)]
            current = [r for r in person.roles if r.held_on(when)]
            sentence = doc.sentence_at(match.start)
            said = doc.text[sentence.start: sentence.end]
            historic = _HISTORIC.search(said) or any(when is None or int(y) < when.year for y in _YEAR.findall(said))
            if fitting:
                if any(r.held_on(when) for r in fitting) or historic:
                    continue
                role = fitting[0]
                message = (
                    f'"{title.text}" is given to {person.name} on {_human(when)}, but the facts register '
                    f"({_short(person.file)}) has them as {role.title} {role.period()}."
                )
            else:
                if historic or not current or not context_known(title, [a for r in person.roles for a in r.aliases]):
                    continue
                if not any(any(bool(_ARABIC.search(a)) == arabic for a in r.aliases) for r in current):
                    continue
                held = "; ".join(f"{r.title}" + (f" ({r.period()})" if r.period() else "") for r in current)
                message = (
                    f'{person.name} is called "{title.text}", a role the facts register '
                    f"({_short(person.file)}) does not give them" + (f" on {_human(when)}" if when else "") + f": {held}."
                )
            yield self.finding(doc, title.start, title.end, message, related=[(match.start, match.end)])

    # -- spellings ---------------------------------------------------------------------------
    def _spellings(self, doc, register) -> Iterator[Finding]:
        text = doc.text
        for spelling in register.spellings:
            for avoid in spelling.avoid:
                pattern = _spelling_pattern(avoid)
                for m in pattern.finditer(text):
                    start = m.start("w")
                    yield self.finding(
                        doc,
                        start,
                        m.end("w"),
                        f'"{m.group("w")}" is a spelling the facts register ({_short(spelling.file)}) says to avoid; the house spelling is "{spelling.preferred}".',
                        suggestion=spelling.preferred,
                    )


class _FactsOptions:
    """Options of facts-register: `facts`, extra register files (besides the config's)."""

    def __init__(self, facts: list[str] | None = None) -> None:
        self.facts = list(facts or [])

    @classmethod
    def model_validate(cls, data: dict) -> "_FactsOptions":
        unknown = [k for k in data if k != "facts"]
        if unknown:
            raise ValueError(f"key '{unknown[0]}': unknown option of facts-register (it takes 'facts')")
        facts = data.get("facts", [])
        if not isinstance(facts, list) or not all(isinstance(f, str) for f in facts):
            raise ValueError("key 'facts': a list of file paths is expected")
        return cls(facts)


FactsRegister.options_model = _FactsOptions


def _human(day: date | None) -> str:
    from checker.facts import human_date

    return human_date(day) if day else "the article's date"


def _spelling_pattern(word: str) -> re.Pattern:
    marks = "[\u064B-\u065F\u0670\u0640]*"
    body = marks.join(re.escape(c) for c in word)
    if re.search(r"[\u0600-\u06FF]", word):
        return re.compile(rf"(?<![\w\u064B-\u065F])(?:و|ف|ب|ل|ك|وب|ول|فب|فل)?(?P<w>{body})(?![\w\u064B-\u065F])")
    return re.compile(rf"(?<![\w-])(?P<w>{body})(?![\w-])", re.I)


class ArchiveConsistency(Rule):
    """## What it does
    When several documents are checked together with `--cross-document`, reports the names,
    roles and event dates that one document gives differently from a clear majority of the
    others, in the minority document, citing how many documents agree and which.

    ## Why is this bad?
    An archive is itself a register: when 300 stories write "Mohammed Shia al-Sudani" and one
    writes "al-Soudani", that one is wrong. Off unless asked: an archive of many outlets is not
    one house.

    ## Example
    Twelve articles write "Mohamed Hamdan Dagalo" and one writes "Mohamed Hamdan Daglo": the
    one is flagged. A single document raises nothing from this rule, unless it is itself an
    archive: four or more articles separated by form feeds (one a page), as in the examples.
    """

    id = "archive-consistency"
    summary = "A name, role or event date that one document of an archive gives differently from a clear majority of the others."
    severity = Severity.WARNING
    languages = None
    bad = [
        Example("\f".join(["Mohamed Hamdan Dagalo spoke.", "Mohamed Hamdan Dagalo left.", "Mohamed Hamdan Dagalo met them.", "Mohamed Hamdan Dagalo agreed.", "Mohamed Hamdan Daglo denied it."]), flag="Mohamed Hamdan Daglo", lang="en"),
        Example("\f".join(["وصل محمد حمدان دقلو.", "غادر محمد حمدان دقلو.", "قال محمد حمدان دقلو.", "رفض محمد حمدان دقلو.", "نفى محمد حمدان دجلو."]), flag="حمدان دجلو", lang="ar"),
    ]
    good = [
        Example("Mohamed Hamdan Daglo met the envoy; Mohamed Hamdan Dagalo left.", lang="en"),
        Example("التقى محمد حمدان دقلو المبعوث الأممي.", lang="ar"),
    ]

    def check(self, doc) -> Iterator[Finding]:
        """A corpus rule (see collect() and check_corpus()); within one file only when the file
        is itself an archive: four or more articles separated by form feeds (one per page)."""
        parts = doc.text.split("\f")
        if len(parts) < 4:
            return
        from checker.archive import corpus_findings, summarize
        from checker.document import Document

        summaries, start = {}, 0
        for i, part in enumerate(parts):
            blank = "".join(c if c == "\n" else " " for c in doc.text[:start])
            rest = "".join(c if c == "\n" else " " for c in doc.text[start + len(part):])
            sub = Document(path=f"{doc.path}#{i + 1}", source=doc.source, text=blank + part + rest, lang=doc.lang, published=doc.published)
            summaries[sub.path] = summarize(sub)
            start += len(part) + 1
        for found in corpus_findings(summaries, self.id, self.effective_severity).values():
            for f in found:
                yield self.finding(doc, f.start, f.end, f.message.replace(f"{doc.path}#", "article "), suggestion=f.suggestion)

    def collect(self, doc):
        from checker.archive import summarize

        return summarize(doc, self._register_or_none())

    def check_corpus(self, summaries):
        from checker.archive import corpus_findings

        return corpus_findings(summaries, self.id, self.effective_severity)

    def _register_or_none(self):
        try:
            return _register(self)
        except Exception:
            return None
