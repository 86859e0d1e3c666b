"""Consistency across an archive: the cross-document machinery of archive-consistency and the
drafting of a facts register (`check --learn-facts DIR`).

Each document is reduced to a small picklable summary (`summarize`, run wherever the document
is checked); `corpus_findings` then compares the summaries centrally. Three kinds of facts:

- names: runs of capitalised words in English ("Mohamed Hamdan Dagalo") and word pairs in
  Arabic ("حمدان دقلو"); two forms that differ in one word by one or two letters are one name
  spelled two ways;
- roles: the title in front of a name ("Prime Minister", "رئيس مجلس السيادة"), reduced to its
  office words;
- event dates: a phrase followed by "on"/"في" and a date ("the war that broke out on 15 April").

A document is reported when it gives a fact differently from a clear majority: at least three
other documents, and at least three in four of the documents that give the fact.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from bisect import bisect_right
from datetime import date
from pathlib import Path
from typing import NamedTuple

MIN_MAJORITY = 3
SHARE = 0.75

_PARTICLES = frozenset("al el bin ibn bint abu de da van von del".split())
_LEADING = frozenset(
    """the a an in on at but and when while as after before of for to from by with said says
    mr mrs ms dr his her their its this that these those it he she they we""".split()
)
_AR_STOP = frozenset(
    """في من على إلى الى عن مع أن ان إن التي الذي الذين هذا هذه ذلك تلك كان كانت قد لم لن ما لا و ثم أو او بعد قبل
    خلال عند حيث كما بين منذ حتى وقال وقالت قال قالت أيضا اليوم أمس""".split()
)
_NAME_STARTS = frozenset("عبد أبو ابو بن ابن بنت أم ام آل ال".split())
_MORPH = ("s", "es", "'s", "ة", "ه", "ية", "يه", "ين", "ون", "ات", "ان", "تان", "تين", "ي", "ا", "ت", "وا", "ها", "هم")
_PROCLITIC = ("و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "بال", "لل", "وس", "فس")


class Place(NamedTuple):
    """A span of a document (line and column are derived at report time from its line starts)."""

    start: int
    end: int
    text: str


def _place(doc, start: int, end: int) -> Place:
    return Place(start, end, doc.source[start:end])


def _position(line_starts: list[int], offset: int) -> tuple[int, int]:
    line = bisect_right(line_starts, offset) - 1
    return line + 1, offset - line_starts[line] + 1


# -- per document ---------------------------------------------------------------------------


def summarize(doc, register=None) -> dict:
    """The facts one document gives: names, titled names, dated phrases (picklable)."""
    from checker.facts import doc_tokens

    tokens = doc_tokens(doc)
    return {
        "published": doc.published,
        "line_starts": doc.line_starts,
        "names": _names(doc, tokens),
        "roles": _roles(doc, tokens),
        "dates": _dated_phrases(doc, tokens),
    }


def _joined(text: str, a, b) -> bool:
    return re.fullmatch(r"[ \u00A0\-\u2010\u2011]{1,2}", text[a.end:b.start]) is not None


def _names(doc, tokens) -> list[tuple[tuple[str, ...], Place]]:
    from checker.facts import _lexicon

    text = doc.text
    out = []
    arabic = [t for t in tokens if re.match(r"[\u0600-\u06FF]", t.raw)]
    # English: maximal runs of capitalised words (with al-, bin, de… inside)
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if not t.raw[:1].isupper() or re.match(r"[\u0600-\u06FF]", t.raw):
            i += 1
            continue
        run = [t]
        j = i + 1
        while j < len(tokens) and _joined(text, tokens[j - 1], tokens[j]) and (tokens[j].raw[:1].isupper() or (tokens[j].norm in _PARTICLES and j + 1 < len(tokens) and tokens[j + 1].raw[:1].isupper())):
            run.append(tokens[j])
            j += 1
        offices = [k for k, r in enumerate(run) if _lexicon(r.norm)]
        if offices:  # "Sovereignty Council Chairman Abdel Fattah al-Burhan": the name follows the title
            run = run[offices[-1] + 1:]
        while run and run[0].norm in _LEADING:
            run.pop(0)
        while run and run[-1].norm in _PARTICLES:
            run.pop()
        if 2 <= len(run) <= 5 and not any(r.raw.isupper() and len(r.raw) > 1 for r in run):
            out.append((tuple(r.raw for r in run), _place(doc, run[0].start, run[-1].end)))
        i = max(j, i + 1)
    # Arabic: word pairs of content words
    for a, b in zip(arabic, arabic[1:]):
        if not _joined(text, a, b) or a.raw in _AR_STOP or b.raw in _AR_STOP or len(a.raw) < 3 or len(b.raw) < 3:
            continue
        out.append(((a.raw, b.raw), _place(doc, a.start, b.end)))
    return out


def _roles(doc, tokens) -> list[tuple[tuple[str, ...], tuple[str, ...], Place]]:
    """(name, title signature, title place) for titled names."""
    from checker.facts import title_before

    out = []
    arabic_best: dict[int, tuple] = {}  # title start -> the candidate with the longest title
    index = {t.start: k for k, t in enumerate(tokens)}
    for (name, place) in _names(doc, tokens):
        first = index.get(place.start)
        if first is None:
            continue
        arabic = bool(re.match(r"[\u0600-\u06FF]", name[0]))
        title = title_before(doc.text, tokens, first, arabic)
        if title is None or not title.signature:
            continue
        item = (name, tuple(sorted(title.signature)), _place(doc, title.start, title.end))
        if not arabic:
            out.append(item)
            continue
        # Arabic word pairs: every pair after "رئيس" has a "title" ("رئيس [مجلس السيادة]", "رئيس
        # مجلس السيادة [عبد الفتاح]"); the name is the pair after the longest title that neither
        # runs into a compound name ("... عبد") nor runs past four words.
        words = title.text.split()
        if len(words) > 4 or any(w in _NAME_STARTS for w in words[1:]):
            continue
        after = first + 2
        if after < len(tokens) and _joined(doc.text, tokens[after - 1], tokens[after]) and tokens[after].raw not in _AR_STOP and tokens[after].raw not in _NAME_STARTS:
            item = (name + (tokens[after].raw,), item[1], item[2])  # "عبد الفتاح البرهان", not any "عبد الفتاح"
        best = arabic_best.get(title.start)
        if best is None or len(item[2].text) > len(best[2].text):
            arabic_best[title.start] = item
    return out + list(arabic_best.values())


_ON = re.compile(r"(?:\b(?:on|in)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?|(?<![\w])(?:في|يوم)\s+)$", re.I)
_DATE_STOP = frozenset("the that which who was were is had has it this on in of a an".split()) | _AR_STOP


def _dated_phrases(doc, tokens) -> list[tuple[tuple[str, ...], tuple, Place]]:
    """(phrase key, (day, month, year), date place) for "<phrase> on <date>"."""
    from checker.facts import bare, date_mentions, tokenize

    out = []
    for m in date_mentions(doc):
        if getattr(m, "month", None) is None or getattr(m, "day", None) is None:
            continue
        before = doc.text[max(0, m.start - 80): m.start]
        on = _ON.search(before)
        if not on:
            continue
        phrase = before[: on.start()]
        phrase = re.split(r"[.,،;:!?؛\n()\"«»“”]", phrase)[-1]
        words = [bare(t.norm) for t in tokenize(phrase) if t.norm not in _DATE_STOP and t.raw not in _DATE_STOP and not t.norm.isdigit()]
        if len(words) < 2:
            continue
        out.append((tuple(words[-2:]), (m.day, m.month, getattr(m, "year", None)), _place(doc, m.start, m.end)))
    return out


# -- across documents -----------------------------------------------------------------------


def _variant(a: str, b: str) -> bool:
    """Two spellings of one word: one or two letters apart, not a grammatical ending or a clitic."""
    if a == b or min(len(a), len(b)) < 4:
        return False
    for x, y in ((a, b), (b, a)):
        if x.startswith(y) and x[len(y):] in _MORPH:
            return False
        if x.endswith(y) and x[: len(x) - len(y)] in _PROCLITIC:
            return False
    if a.lower() == b.lower():
        return False
    from rapidfuzz.distance import Levenshtein

    d = Levenshtein.distance(a, b)
    return d <= (1 if min(len(a), len(b)) < 7 else 2) and a[0].lower() == b[0].lower()


def _name_groups(summaries: dict) -> dict:
    """{form: {path: [places]}} over the corpus."""
    forms: dict[tuple[str, ...], dict[str, list[Place]]] = defaultdict(lambda: defaultdict(list))
    for path, s in summaries.items():
        for name, place in s["names"]:
            forms[name][path].append(place)
    return forms


def _name_pairs(forms: dict):
    """(majority form, minority form, differing index) for forms differing in one word."""
    buckets: dict[tuple, list[tuple[str, ...]]] = defaultdict(list)
    for form in forms:
        for i in range(len(form)):
            buckets[(len(form), i, form[:i] + form[i + 1:])].append(form)
    for (n, i, _), group in buckets.items():
        if len(group) < 2:
            continue
        majors = [f for f in group if len(forms[f]) >= MIN_MAJORITY]
        for major in majors:
            for minor in group:
                if minor is major or not _variant(major[i], minor[i]):
                    continue
                yield major, minor, i


def corpus_findings(summaries: dict, rule_id: str, severity) -> dict:
    """{path: [Finding]} for the facts a document gives against a clear majority of the others."""
    from checker.findings import Finding

    out: dict[str, list] = defaultdict(list)

    def emit(path: str, place: Place, message: str, suggestion: str | None = None) -> None:
        starts = summaries[path]["line_starts"]
        (line, column), (end_line, end_column) = _position(starts, place.start), _position(starts, place.end)
        out[path].append(Finding(rule_id, severity, message, place.start, place.end, line, column, end_line, end_column, place.text, (), suggestion))

    # names
    forms = _name_groups(summaries)
    for major, minor, i in _name_pairs(forms):
        major_docs, minor_docs = set(forms[major]), set(forms[minor])
        if len(minor_docs) * 4 > len(major_docs) or len(major_docs) < MIN_MAJORITY:
            continue
        # the same word in other names: "Daglo" alone in many documents is not a minority
        word_docs = {p for f, places in forms.items() if len(f) > i and f[i] == minor[i] for p in places}
        if len(word_docs) * 4 > len(major_docs):
            continue
        for path in sorted(minor_docs - major_docs):
            for place in forms[minor][path]:
                emit(path, place, f'"{" ".join(minor)}" is written "{" ".join(major)}" in {len(major_docs)} other documents of the archive ({_few(major_docs)}); only {len(minor_docs)} write{"s" if len(minor_docs) == 1 else ""} "{minor[i]}".', " ".join(major))
    # roles
    titles: dict[tuple[str, ...], dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for path, s in summaries.items():
        for name, sig, place in s["roles"]:
            titles[name][path].append((sig, place))
    role_findings: dict[tuple[str, int], tuple] = {}
    for name, per_doc in titles.items():
        votes = Counter()
        for path, items in per_doc.items():
            for sig in {sig for sig, _ in items}:
                votes[sig] += 1
        if not votes:
            continue
        (top, n), total = votes.most_common(1)[0], len(per_doc)
        if n < MIN_MAJORITY or n < SHARE * total:
            continue
        agreeing = [p for p, items in per_doc.items() if any(sig == top for sig, _ in items)]
        wording = Counter(place.text for p in agreeing for sig, place in per_doc[p] if sig == top).most_common(1)[0][0]
        dates = [summaries[p]["published"] for p in agreeing if summaries[p]["published"]]
        for path, items in per_doc.items():
            if path in agreeing:
                continue
            when = summaries[path]["published"]
            if when and dates and not (min(dates) <= when <= max(dates)):
                continue  # offices change: only compare with documents around the same time
            for sig, place in items:
                if set(sig) <= set(top):
                    continue
                key = (path, place.start)
                if key not in role_findings or len(place.text) < len(role_findings[key][1].text):
                    role_findings[key] = (path, place, f'{" ".join(name)} is called "{place.text}" here, but {n} other documents of the archive ({_few(agreeing)}) call them "{wording}".')
    for path, place, message in role_findings.values():
        emit(path, place, message)
    # event dates
    dated: dict[tuple[str, ...], dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for path, s in summaries.items():
        for key, parts, place in s["dates"]:
            dated[key][path].append((parts, place))
    for key, per_doc in dated.items():
        if len(per_doc) < MIN_MAJORITY + 1:
            continue
        votes = Counter()
        for items in per_doc.values():
            for dm in {(d, m) for (d, m, _), _ in items}:
                votes[dm] += 1
        (top, n) = votes.most_common(1)[0]
        if n < MIN_MAJORITY or n < SHARE * len(per_doc):
            continue
        agreeing = [p for p, items in per_doc.items() if any((d, m) == top for (d, m, _), _ in items)]
        for path, items in per_doc.items():
            if path in agreeing:
                continue
            for (d, m, y), place in items:
                emit(path, place, f'"{place.text}" dates what {n} other documents of the archive ({_few(agreeing)}) date {top[0]} {date(2000, top[1], 1).strftime("%B")}.')
    return dict(out)


def _few(paths, limit: int = 3) -> str:
    names = sorted(Path(p).name for p in paths)
    return ", ".join(names[:limit]) + (f" and {len(names) - limit} more" if len(names) > limit else "")


# -- drafting a register --------------------------------------------------------------------


def learn_facts(folder: str, config=None) -> str:
    """A draft register (TOML) from the archive in `folder`: the majority spelling of each
    recurring name, each recurring person's title, each recurring dated phrase, with counts."""
    from checker.config import Config
    from checker.engine import make_document
    from checker.sources import iter_sources

    config = config or Config()
    summaries = {}
    for source in iter_sources([folder], list(config.include) if config.include else None, list(config.exclude)):
        if source.error:
            continue
        doc = make_document(source, config)
        summaries[source.path] = summarize(doc)
    total = len(summaries)
    forms = _name_groups(summaries)
    lines = [f"# Facts register drafted by `check --learn-facts` from {total} documents in {folder}.", "# Review every entry before use: counts are documents, not mentions.", ""]
    # people: names in at least three documents, their variants and titles
    titles: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for s in summaries.values():
        for name, sig, place in s["roles"]:
            titles[name[:2] if re.match(r"[\u0600-\u06FF]", name[0]) else name][place.text] += 1
    minors: dict[tuple[str, ...], list] = defaultdict(list)
    for major, minor, i in _name_pairs(forms):
        if len(forms[minor]) < len(forms[major]):
            minors[major].append(minor)
    shown = set()
    for form, per_doc in sorted(forms.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(per_doc) < MIN_MAJORITY or form in shown or not (titles.get(form) or minors.get(form)):
            continue
        shown.add(form)
        full = form
        if re.match(r"[\u0600-\u06FF]", form[0]):  # Arabic word pairs: "عبد الفتاح" + "الفتاح البرهان"
            docs = set(per_doc)
            nxt = max((f for f in forms if len(f) == 2 and f[0] == form[-1] and f not in shown), key=lambda f: len(docs & set(forms[f])), default=None)
            if nxt and len(docs & set(forms[nxt])) >= SHARE * len(docs):
                full = form + (nxt[1],)
                shown.add(nxt)
            prv = max((f for f in forms if len(f) == 2 and f[1] == form[0] and f not in shown), key=lambda f: len(docs & set(forms[f])), default=None)
            if prv and len(docs & set(forms[prv])) >= SHARE * len(docs) and not (titles.get(form) and titles[form].most_common(1)[0][0].split()[-1] == prv[0]):
                full = (prv[0],) + full
                shown.add(prv)
            written = " ".join(full)
        else:
            written = Counter(p.text for places in per_doc.values() for p in places).most_common(1)[0][0]
        lines.append("[[person]]")
        lines.append(f'name = "{written}"  # in {len(per_doc)} documents')
        variants = minors.get(form, [])
        if variants:
            lines.append("# other spellings seen: " + ", ".join(f'"{" ".join(v)}" ({len(forms[v])})' for v in variants))
        lines.append("aliases = []")
        for title, count in titles.get(form, Counter()).most_common():
            lines.append(f'# title "{title}" in {count} documents')
        if titles.get(form):
            best = titles[form].most_common(1)[0][0]
            lines.append(f'roles = [{{ title = "{best}" }}]')
        lines.append("")
    # events: phrases dated the same way in at least three documents
    dated: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for s in summaries.values():
        for key, parts, place in {(k, p, None) for k, p, _ in s["dates"]}:
            dated[key][parts] += 1
    for key, votes in sorted(dated.items(), key=lambda kv: -sum(kv[1].values())):
        if sum(votes.values()) < MIN_MAJORITY:
            continue
        (d, m, y), n = votes.most_common(1)[0]
        years = Counter(yy for (dd, mm, yy), c in votes.items() for _ in range(c) if (dd, mm) == (d, m) and yy)
        year = years.most_common(1)[0][0] if years else None
        lines.append("[[event]]")
        lines.append(f'name = "{" ".join(key)}"  # dated {d}/{m} in {n} of {sum(votes.values())} documents')
        lines.append(f'aliases = ["{" ".join(key)}"]')
        lines.append(f'date = "{year:04d}-{m:02d}-{d:02d}"' if year else f'# date = "YYYY-{m:02d}-{d:02d}"  (no document gives the year)')
        others = [f"{dd}/{mm}" + (f"/{yy}" if yy else "") + f" ({c})" for (dd, mm, yy), c in votes.items() if (dd, mm) != (d, m)]
        if others:
            lines.append("# other dates seen: " + ", ".join(others))
        lines.append("")
    return "\n".join(lines) + "\n"
