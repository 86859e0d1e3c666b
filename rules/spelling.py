"""Rules: spelling consistency (one article, one spelling of each word)."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

from checker.findings import Severity
from checker.registry import Example, Rule


@dataclass(frozen=True)
class Occurrence:
    family: str  # what the spellings are spellings of
    form: str  # which spelling (one class of the family)
    start: int
    end: int


# -- Arabic -------------------------------------------------------------------------------------

_ALEF_FORMS = "أإآا"


class _ArabicIndex:
    """Family patterns indexed for lookup on normalised (hamza kept) clitic readings."""

    def __init__(self, families) -> None:
        self.exact: dict[str, tuple[str, str]] = {}
        self.prefix: list[tuple[str, str, str]] = []
        self.suffix: list[tuple[str, str, str]] = []
        self.phrases: dict[tuple[str, str], tuple[str, str]] = {}
        from checker.lang.arabic import normalize

        for name, classes in families:
            name = "ar:" + name
            for i, cls in enumerate(classes):
                form = f"{name}#{i}"
                for pattern in cls:
                    p = normalize(pattern, alef=False)
                    if " " in p:
                        parts = tuple(p.split())
                        self.phrases[parts] = (name, form)
                        self.exact.setdefault("".join(parts), (name, form))
                    elif p.endswith("*"):
                        self.prefix.append((p[:-1], name, form))
                    elif p.startswith("*"):
                        self.suffix.append((p[1:], name, form))
                    else:
                        self.exact[p] = (name, form)
        self.prefix.sort(key=lambda t: -len(t[0]))
        self.phrase_lengths = sorted({len(k) for k in self.phrases}, reverse=True)

    def lookup(self, reading: str) -> tuple[str, str] | None:
        hit = self.exact.get(reading)
        if hit:
            return hit
        for stem, name, form in self.prefix:
            if reading.startswith(stem):
                return name, form
        for stem, name, form in self.suffix:
            if reading.endswith(stem) and len(reading) > len(stem):
                return name, form
        return None


def _arabic_index(extra=()) -> _ArabicIndex:
    key = tuple((n, tuple(tuple(c) for c in cls)) for n, cls in extra)
    cached = _ARABIC_INDEXES.get(key)
    if cached is None:
        from checker.lang.arabic import spelling_families

        cached = _ArabicIndex(list(spelling_families()) + list(extra))
        _ARABIC_INDEXES[key] = cached
    return cached


_ARABIC_INDEXES: dict = {}
_ARTICLE_CHAINS = ("وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
_LETTERS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


def _hamza_stem(word: str) -> tuple[str, bool] | None:
    """The word without proclitics when what remains starts with an alef (with or without
    hamza), and whether it had the article: (إستئناف, True) for الإستئناف, (اسرائيل, False)
    for واسرائيل. With the article five letters must remain, without it six: a bare verb
    (انهار "collapsed") is not the noun أنهار ("rivers") spelled without its hamza."""
    for chain in _ARTICLE_CHAINS:
        if word.startswith(chain):
            rest = word[len(chain):]
            if rest and rest[0] in _ALEF_FORMS and len(rest) >= 5:
                return rest, True
            return None
    for chain in _LETTERS:
        if word.startswith(chain):
            rest = word[len(chain):]
            if rest and rest[0] in _ALEF_FORMS and len(rest) >= 6:
                return rest, False
    if word[0] in _ALEF_FORMS and len(word) >= 6:
        return word, False
    return None


def arabic_occurrences(doc, extra_families=()) -> list[Occurrence]:
    from checker.lang.arabic import clitic_readings, normalize, tokens

    index = _arabic_index(extra_families)
    toks = [t for t in tokens(doc.text) if "\u0600" <= t[2][0] <= "\u06ff"]
    out: list[Occurrence] = []
    hamza: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    skip = 0
    for i, (start, end, word) in enumerate(toks):
        if skip:
            skip -= 1
            continue
        norm = normalize(word, alef=False)
        if not norm:
            continue
        readings = clitic_readings(norm)
        # spellings in two or three words (أبو ظبي, شي جين بينغ): words separated by one space
        phrase = None
        for n in index.phrase_lengths:
            if i + n > len(toks) or any(doc.text[toks[k][1]: toks[k + 1][0]] != " " for k in range(i, i + n - 1)):
                continue
            rest = tuple(normalize(toks[k][2], alef=False) for k in range(i + 1, i + n))
            phrase = next((index.phrases[(r,) + rest] for r in readings if (r,) + rest in index.phrases), None)
            if phrase:
                out.append(Occurrence(phrase[0], phrase[1], start, toks[i + n - 1][1]))
                skip = n - 1
                break
        if phrase:
            continue
        hit = next((h for h in (index.lookup(r) for r in readings) if h), None)
        if hit:
            out.append(Occurrence(hit[0], hit[1], start, end))
            continue
        found = _hamza_stem(norm)
        if found:
            stem, article = found
            hamza[("ال" if article else "") + normalize(stem)].append((stem[0], start, end))
    # عبد الله / عبدالله (every عبد + name): written as two words and as one
    open_abd: dict[str, list[tuple[int, int]]] = defaultdict(list)
    closed_abd: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for k, (start, end, word) in enumerate(toks):
        readings = clitic_readings(normalize(word))
        if "عبد" in readings and k + 1 < len(toks) and doc.text[end: toks[k + 1][0]] == " ":
            open_abd[normalize(toks[k + 1][2])].append((start, toks[k + 1][1]))
        else:
            for r in readings:
                if r.startswith("عبدال") and len(r) > 5:
                    closed_abd[r[3:]].append((start, end))
                    break
    for rest in set(open_abd) & set(closed_abd):
        out.extend(Occurrence("abd:" + rest, "open", a, b) for a, b in open_abd[rest])
        out.extend(Occurrence("abd:" + rest, "closed", a, b) for a, b in closed_abd[rest])
    # hamza on an initial alef written and not written (إسرائيل / اسرائيل), any word
    for key, occs in hamza.items():
        letters = {c for c, _, _ in occs}
        if "ا" not in letters or len(letters - {"ا"}) != 1:
            continue  # no bare form, or both أ and إ (أمام / إمام are two words)
        for letter, start, end in occs:
            out.append(Occurrence("hamza:" + key, "bare" if letter == "ا" else "hamza", start, end))
    return out


# -- English ------------------------------------------------------------------------------------

_EN_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})(?!\w)")
_CAPS = re.compile(r"(?<![\w.])([A-Z]{2,4})(?![\w.])")
# prefixes whose hyphen changes the word (re-sign/resign, co-op/coop, re-cover/recover)
_MEANING_PREFIXES = {"re", "co", "un", "de", "pro", "ex", "in", "be", "pre"}


def _compound_regex(families):
    alts = []
    groups: dict[str, tuple[str, str]] = {}
    n = 0
    for name, classes in families:
        name = "en:" + name
        for i, cls in enumerate(classes):
            for pattern in cls:
                body = re.escape(pattern.rstrip("*")).replace(r"\ ", r"\s+").replace(" ", r"\s+")
                if pattern.endswith("*"):
                    body += r"[A-Za-z]*"
                g = f"g{n}"
                n += 1
                groups[g] = (name, f"{name}#{i}")
                alts.append(f"(?P<{g}>{body})")
    if not alts:
        return None, groups
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE), groups


_EN_CACHE: dict = {}


def _english_compounds(extra=()):
    key = tuple((n, tuple(tuple(c) for c in cls)) for n, cls in extra)
    if key not in _EN_CACHE:
        from checker.lang.english import compound_families

        _EN_CACHE[key] = _compound_regex(list(compound_families()) + list(extra))
    return _EN_CACHE[key]


def _headline_end(doc) -> int:
    """End of the first line when it reads as a headline (short, no final full stop)."""
    first = doc.text.split("\n", 1)[0]
    if len(first) < 200 and not first.rstrip().endswith("."):
        return len(first)
    return 0


def english_occurrences(doc, extra_families=()) -> list[Occurrence]:
    from checker.lang.english import br_am_pairs

    text = doc.text
    out: list[Occurrence] = []
    taken: list[tuple[int, int]] = []
    regex, groups = _english_compounds(extra_families)
    if regex is not None:
        for m in regex.finditer(text):
            name, form = groups[m.lastgroup]
            out.append(Occurrence(name, form, m.start(), m.end()))
            taken.append((m.start(), m.end()))

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    pairs = br_am_pairs()
    for m in _EN_WORD.finditer(text):
        word = m.group()
        if word != word.lower():  # a capital: a name (Labor Party, World Trade Center) or a headline
            continue
        hit = pairs.get(word)
        if hit and free(m.start(), m.end()):
            out.append(Occurrence("spelling:" + hit[1], hit[0], m.start(), m.end()))
    out.extend(o for o in hyphenation_occurrences(text) if free(o.start, o.end))
    # U.N. / UN: the same abbreviation with and without full stops (headlines drop them: skipped)
    body = _headline_end(doc)
    dotted = [(m.start(), m.start() + len(m.group(1)), m.group(1).replace(".", "")) for m in _DOTTED.finditer(text) if m.start() >= body]
    if dotted:
        letters = {d for _, _, d in dotted}
        for s, e, d in dotted:
            out.append(Occurrence("abbr:" + d, "dotted", s, e))
        for m in _CAPS.finditer(text):
            if m.start() >= body and m.group(1) in letters:
                out.append(Occurrence("abbr:" + m.group(1), "undotted", m.start(), m.end()))
    return out


_LATIN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def hyphenation_occurrences(text: str) -> list[Occurrence]:
    """One word written with and without hyphens in one text (cyber-attack / cyberattack,
    Zahn-Ärzte-Verband / Zahnärzteverband), in any Latin-script language. A prefix whose
    hyphen changes the word (re-sign / resign, co-op / coop) is left alone."""
    groups: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    hyphenated_keys = set()
    words = list(_LATIN_WORD.finditer(text))
    for m in words:
        w = m.group()
        if "-" in w:
            first = w.split("-", 1)[0].lower()
            if first in _MEANING_PREFIXES or not re.match(r"[A-Za-zÀ-ɏ]", w):
                continue
            hyphenated_keys.add(w.replace("-", "").lower())
    if not hyphenated_keys:
        return []
    for m in words:
        w = m.group()
        key = w.replace("-", "").lower()
        if key in hyphenated_keys:
            positions = tuple(i - n for n, i in enumerate(i for i, c in enumerate(w) if c == "-"))
            groups[key][repr(positions)].append((m.start(), m.end()))
    out = []
    for key, shapes in groups.items():
        if len(shapes) < 2:
            continue
        for shape, spans in shapes.items():
            form = "closed" if shape == "()" else "hyphen" + shape
            out.extend(Occurrence("hyphen:" + key, form, s, e) for s, e in spans)
    return out


# German reformed and traditional spellings (Orthographie/Orthografie, Potential/Potenzial,
# Thunfisch/Tunfisch): two words of one text that the reform alternations make equal.
_DE_ALTERNATIONS = [("ph", "f"), ("th", "t"), ("tial", "zial"), ("tiell", "ziell"), ("qué", "kee"), ("é", "ee")]


def german_occurrences(text: str) -> list[Occurrence]:
    def key(word: str) -> str:
        k = word.lower()
        for a, b in _DE_ALTERNATIONS:
            k = k.replace(a, b)
        return k

    groups: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for m in _LATIN_WORD.finditer(text):
        w = m.group()
        if len(w) >= 5 and "-" not in w:
            groups[key(w)][w.lower()].append((m.start(), m.end()))
    out = []
    for k, forms in groups.items():
        if len(forms) < 2:
            continue
        for form, spans in forms.items():
            out.extend(Occurrence("de:" + k, form, s, e) for s, e in spans)
    return out


def _describe(doc, occs: list[Occurrence]) -> str:
    forms: dict[str, int] = {}
    for o in occs:
        surface = doc.text[o.start: o.end]
        forms[surface] = forms.get(surface, 0) + 1
    return ", ".join(f"'{f}'" + (f" ({n}×)" if n > 1 else "") for f, n in forms.items())


def _house_occurrences(text: str, families) -> list[Occurrence]:
    regex, groups = _compound_regex(families)
    if regex is None:
        return []
    return [Occurrence(*groups[m.lastgroup], m.start(), m.end()) for m in regex.finditer(text)]


def _house_families(config, lang: str):
    """[spelling] families = [["ceasefire", "cease-fire"], ...] from the configuration."""
    families = []
    raw = (getattr(config, "spelling", None) or {}).get("families") or []
    for i, fam in enumerate(raw):
        forms = [str(f).strip() for f in fam if str(f).strip()]
        if len(forms) < 2:
            continue
        arabic = any("\u0600" <= ch <= "\u06ff" for f in forms for ch in f)
        if (lang == "ar") == arabic:
            families.append((f"house{i}", [[f] for f in forms]))
    return tuple(families)


class SpellingVariant(Rule):
    """## What it does
    Finds a word spelled two ways in one article and reports the less frequent spelling,
    with the usual one (and how often it is used) as related spans.

    Arabic: the free-variation families of news writing (أمريكي/أميركي, مئة/مائة,
    واشنطن/واشنطون, غزة/غزه ... a data file, checker/lang/data/ar_families.txt) and the
    hamza of an initial alef written and omitted in the same word (إسرائيل/اسرائيل).
    Proclitics (و ف ب ل ك ال), harakat and tatweel are set aside before comparing, so
    والأمريكية and الأميركي are one family; grammatical pairs (كتابه/كتابة, على/علي) are never
    compared. English: British and American spellings of one word (organise/organize; the
    breame package's list), hyphenated, closed and open compounds (ceasefire/cease-fire,
    e-mail/email, per cent/percent), and an abbreviation with and without full stops (U.N./UN).
    A newsroom adds its own families in the configuration:
    `[spelling] families = [["ceasefire", "cease-fire"]]`.

    ## Why is this bad?
    Two spellings of one word in one article look careless and make a reader, or a search,
    wonder whether they are two things. House style picks one.

    ## Example
    `أكد المسؤول الأميركي ... وقال الرئيس الأمريكي ... السياسة الأمريكية` — الأميركي is the
    odd one out; `The ministry will organise talks ... the talks were organized` — organized.
    """

    id = "spelling-variant"
    summary = "One word spelled two ways in one article (أمريكي/أميركي, organise/organize, e-mail/email)."
    severity = Severity.INFO
    languages = None
    bad = [
        Example(
            "أعلن المتحدث الأميركي أن الوفد سيصل غدا.\nوقال المسؤول الأمريكي إن المحادثات ستستمر.\nوأضاف أن الإدارة الأمريكية ترحب بالمبادرة.",
            flag="الأميركي",
            lang="ar",
        ),
        Example(
            "وصل الوفد إلى إسرائيل صباح اليوم.\nوقالت الحكومة إن إسرائيل سترد على المقترح.\nوأكد مسؤول أن اسرائيل لم تحسم موقفها.",
            flag="اسرائيل",
            lang="ar",
        ),
        Example(
            "The council will organise a public hearing in May. Residents organised a petition last year, and the mayor said the hearing was organized to answer it.",
            flag="organized",
        ),
        Example(
            "The cease-fire held overnight. Aid groups said the ceasefire had allowed trucks in, and both sides said the ceasefire would be extended.",
            flag="cease-fire",
        ),
    ]
    good = [
        Example("أعلن المتحدث الأمريكي أن الوفد الأمريكي سيصل غدا، وأن الإدارة الأمريكية ترحب بالمبادرة.", lang="ar"),
        Example("قرأ كتابه في الصباح، ثم عاد إلى كتابة المقال، وجلس على المقعد مع علي.", lang="ar"),
        Example("The organisers said the festival was organised by volunteers and the programme was full."),
        Example("The Defense Department said Britain's defence budget would rise."),
        Example("He will resign in March; the re-sign clause in his contract lets the club keep him."),
    ]

    def check(self, doc) -> Iterator:
        config = getattr(self, "config", None)
        occs: list[Occurrence] = []
        if doc.lang == "ar" or re.search(r"[\u0621-\u064A]", doc.text):
            occs.extend(arabic_occurrences(doc, _house_families(config, "ar")))
        if doc.lang == "en" or (doc.lang == "ar" and re.search(r"[A-Za-z]{3}", doc.text)):
            occs.extend(english_occurrences(doc, _house_families(config, "en")))
        elif doc.lang != "ar":
            occs.extend(hyphenation_occurrences(doc.text))
            occs.extend(_house_occurrences(doc.text, _house_families(config, "en")))
            if doc.lang == "de":
                occs.extend(german_occurrences(doc.text))
        families: dict[str, list[Occurrence]] = defaultdict(list)
        for o in occs:
            families[o.family].append(o)
        for family, items in families.items():
            by_form: dict[str, list[Occurrence]] = defaultdict(list)
            for o in sorted(items, key=lambda o: o.start):
                by_form[o.form].append(o)
            if len(by_form) < 2:
                continue
            # the majority spelling; on a tie, the one the article uses first
            ranked = sorted(by_form.values(), key=lambda os: (-len(os), os[0].start))
            majority = ranked[0]
            usual = _describe(doc, majority)
            for minority in ranked[1:]:
                first = minority[0]
                spelled = doc.text[first.start: first.end]
                yield self.finding(
                    doc,
                    first.start,
                    first.end,
                    f"'{spelled}' is spelled {usual} elsewhere in the article "
                    f"({len(majority)} against {len(minority)}): use one spelling.",
                    related=[(o.start, o.end) for o in majority[:5]],
                )
