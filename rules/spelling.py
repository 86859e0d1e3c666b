"""Rules: spelling consistency (one article, one spelling of each word)."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import compress, count
from operator import attrgetter, itemgetter, methodcaller
from typing import Iterator, NamedTuple

from checker.findings import Severity
from checker.lazyre import LazyPattern
from checker.memo import WordMemo
from checker.registry import Example, Rule


@dataclass(frozen=True)
class Occurrence:
    family: str  # what the spellings are spellings of
    form: str  # which spelling (one class of the family)
    start: int
    end: int
    standard: bool | None = None  # this spelling is the standard one (True), a non-standard one (False), or either (None)
    suggestion: str | None = None  # the word in the standard spelling, when it is known


# -- Arabic -------------------------------------------------------------------------------------

_ALEF_FORMS = "أإآا"


class _ArabicIndex:
    """Family patterns indexed for lookup on normalised (hamza kept) clitic readings, and what
    the rule needs to know about each word it has seen (`word()`), since an article repeats its
    words and a corpus repeats its vocabulary."""

    def __init__(self, families) -> None:
        self.exact: dict[str, tuple[str, str]] = {}
        self.prefix: list[tuple[str, str, str]] = []
        self.suffix: list[tuple[str, str, str]] = []
        self.phrases: dict[tuple[str, str], tuple[str, str]] = {}
        from checker.lang.arabic import normalize

        self.standard: dict[str, bool | None] = {}  # form -> standard (see Occurrence.standard)
        self.standard_patterns: dict[str, list[str]] = {}  # family -> the standard class's patterns
        for name, classes in families:
            name = "ar:" + name
            marked = any(cls and cls[0].startswith("=") for cls in classes)
            for i, cls in enumerate(classes):
                form = f"{name}#{i}"
                is_standard = bool(cls) and cls[0].startswith("=")
                self.standard[form] = is_standard if marked else None
                if is_standard:
                    self.standard_patterns[name] = [normalize(q.lstrip("="), alef=False) for q in cls]
                for pattern in cls:
                    p = normalize(pattern.lstrip("="), alef=False)
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
        # one C-level test rules out most readings before the loops over the stems
        self.prefix_stems = tuple(stem for stem, _, _ in self.prefix)
        self.suffix_stems = tuple(stem for stem, _, _ in self.suffix)
        self.phrase_first = {parts[0] for parts in self.phrases}
        self.words = WordMemo(self._word, limit=10_000)  # token as written -> _ArabicWord (sized as arabic._CACHE_NOTE)

    def lookup(self, reading: str) -> tuple[str, str] | None:
        found = self.match(reading)
        return found[:2] if found else None

    def match(self, reading: str) -> tuple[str, str, str, str] | None:
        """(family, form, kind, stem) of the first pattern `reading` matches: kind is "" for a
        whole word, "*" for a prefix pattern (stem*), "-" for a suffix pattern (*stem)."""
        hit = self.exact.get(reading)
        if hit:
            return hit[0], hit[1], "", reading
        if reading.startswith(self.prefix_stems):
            for stem, name, form in self.prefix:
                if reading.startswith(stem):
                    return name, form, "*", stem
        if reading.endswith(self.suffix_stems):
            for stem, name, form in self.suffix:
                if reading.endswith(stem) and len(reading) > len(stem):
                    return name, form, "-", stem
        return None

    def respell(self, word: str, norm: str, reading: str, found) -> str | None:
        """`word` (as written, `norm` normalised) in its family's standard spelling: the
        pattern of the standard class that folds to the pattern the word matched (اسبانية ->
        إسبانية, غزه -> غزة), when there is one and the word carries no marks to lose."""
        from checker.lang.arabic import fold

        name, form, kind, stem = found
        standards = self.standard_patterns.get(name)
        if not standards or self.standard.get(form) is not False or word != norm or not norm.endswith(reading):
            return None
        head = norm[: len(norm) - len(reading)]
        target = fold(stem)
        for standard in standards:
            if kind == "*" and standard.endswith("*") and fold(standard[:-1]) == target:
                return head + standard[:-1] + reading[len(stem):]
            if kind == "-" and standard.startswith("*") and fold(standard[1:]) == target:
                return head + reading[: len(reading) - len(stem)] + standard[1:]
            if kind == "" and "*" not in standard and " " not in standard and reading == stem and fold(standard) == target:
                return head + standard
        return None

    def _word(self, word: str) -> _ArabicWord:
        """What `word` (a token as written) is to the rule (memoised in self.words)."""
        from checker.lang.arabic import clitic_readings, normalize

        norm = normalize(word, alef=False)
        readings = clitic_readings(norm) if norm else []
        found = next(((r, h) for r, h in ((r, self.match(r)) for r in readings) if h), None)
        hit = found[1][:2] if found else None
        respelled = self.respell(word, norm, found[0], found[1]) if found else None
        hamza = None
        if norm and not hit:
            found = _hamza_stem(norm)
            if found:
                stem, article = found
                hamza = (("ال" if article else "") + normalize(stem), stem[0], normalize(stem))
        ending = _ending(norm) if norm and not hit else None
        folded = clitic_readings(normalize(word))
        closed = next((r[3:] for r in folded if r.startswith("عبدال") and len(r) > 5), None)
        phrase_readings = tuple(r for r in readings if r in self.phrase_first)
        abd = "عبد" in folded
        return _ArabicWord(
            norm, phrase_readings, hit, hamza, abd, closed,
            bool(norm and (phrase_readings or hit or hamza or ending)) or abd or closed is not None,
            respelled, ending,
        )


class _ArabicWord(NamedTuple):
    norm: str  # normalised, hamza kept ("" for a word of marks only)
    phrase_readings: tuple[str, ...]  # the clitic readings of norm that start a multi-word spelling
    hit: tuple[str, str] | None  # (family, form) of the first reading in a family
    hamza: tuple[str, str, str] | None  # (hamza family key, initial alef, stem) when hit is None
    abd: bool  # a reading is عبد (of عبد الله written open)
    closed_abd: str | None  # الله of عبدالله written closed
    wanted: bool  # any of the above can make an occurrence (most words: no)
    respelled: str | None = None  # the word in its family's standard spelling (hit only)
    ending: tuple[str, str, str] | None = None  # (key, final letter, the word from its article) for ال…ة/ه, ال…ى/ي


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


def _ending(word: str) -> tuple[str, str, str] | None:
    """A word with the article whose last letter is ة or ه, ى or ي: (family key, that
    letter, the word from its article on). With the article the final ه cannot be the
    pronoun "his" (كتابه / كتابة are two words; المشكله is المشكلة), nor ي "my"."""
    from checker.lang.arabic import normalize

    for chain in _ARTICLE_CHAINS:
        if word.startswith(chain):
            rest = word[len(chain):]
            if len(rest) < 3 or rest[-1] not in "ةهىي":
                return None
            kind = "tm:" if rest[-1] in "ةه" else "ya:"
            return kind + normalize(rest[:-1]), rest[-1], "ال" + rest
    return None


def _hamza_stem(word: str) -> tuple[str, bool] | None:
    """The word without proclitics when what remains starts with an alef (with or without
    hamza), and whether it had the article: (إستئناف, True) for الإستئناف, (اسرائيل, False)
    for واسرائيل. With the article three letters must remain (no verb takes it), without it six: a bare verb
    (انهار "collapsed") is not the noun أنهار ("rivers") spelled without its hamza."""
    for chain in _ARTICLE_CHAINS:
        if word.startswith(chain):
            rest = word[len(chain):]
            if rest and rest[0] in _ALEF_FORMS and len(rest) >= 3:
                return rest, True  # with the article no verb: الاول is الأول
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
    from checker.extract.words import word_tokens
    from checker.lang.arabic import normalize

    index = _arabic_index(extra_families)
    text = doc.text
    toks = [t for t in doc.analysis(word_tokens) if "\u0600" <= t[2][0] <= "\u06ff"]
    infos = list(map(index.words.__getitem__, map(itemgetter(2), toks)))
    out: list[Occurrence] = []
    hamza: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    stems: dict[str, str] = {}
    endings: dict[str, list[tuple[str, str, int, int]]] = defaultdict(list)
    # عبد الله / عبدالله (every عبد + name): written as two words and as one
    open_abd: dict[str, list[tuple[int, int]]] = defaultdict(list)
    closed_abd: dict[str, list[tuple[int, int]]] = defaultdict(list)
    taken = 0  # tokens before this index belong to a spelling in several words already found
    for i in compress(count(), map(attrgetter("wanted"), infos)):  # most tokens are not wanted
        start, end, _ = toks[i]
        info = infos[i]
        if info.abd and i + 1 < len(toks) and text[end: toks[i + 1][0]] == " ":
            open_abd[normalize(toks[i + 1][2])].append((start, toks[i + 1][1]))
        elif info.closed_abd is not None:
            closed_abd[info.closed_abd].append((start, end))
        if i < taken or not info.norm:
            continue
        # spellings in two or three words (أبو ظبي, شي جين بينغ): words separated by one space
        phrase = None
        if info.phrase_readings:
            for n in index.phrase_lengths:
                if i + n > len(toks) or any(text[toks[k][1]: toks[k + 1][0]] != " " for k in range(i, i + n - 1)):
                    continue
                rest = tuple(infos[k].norm for k in range(i + 1, i + n))
                phrase = next((index.phrases[(r,) + rest] for r in info.phrase_readings if (r,) + rest in index.phrases), None)
                if phrase:
                    out.append(Occurrence(phrase[0], phrase[1], start, toks[i + n - 1][1], index.standard.get(phrase[1])))
                    taken = i + n
                    break
        if phrase:
            continue
        if info.ending:
            endings[info.ending[0]].append((info.ending[1], info.ending[2], start, end))
        if info.hit:
            out.append(Occurrence(info.hit[0], info.hit[1], start, end, index.standard.get(info.hit[1]), info.respelled))
        elif info.hamza:
            key, letter, stem = info.hamza
            hamza[key].append((letter, start, end))
            stems[key] = stem
    for rest in set(open_abd) & set(closed_abd):
        out.extend(Occurrence("abd:" + rest, "open", a, b) for a, b in open_abd[rest])
        out.extend(Occurrence("abd:" + rest, "closed", a, b) for a, b in closed_abd[rest])
    # ة written ه, ي written ى (and back) at the end of a word with the article: the standard
    # letter is the one of the frequent word (المشكلة، الكروي، المستشفى، المياه)
    out.extend(_ending_occurrences(text, endings))
    # hamza on an initial alef written and not written (إسرائيل / اسرائيل), any word
    for key, occs in hamza.items():
        letters = {c for c, _, _ in occs}
        if "ا" not in letters or len(letters - {"ا"}) != 1:
            continue  # no bare form, or both أ and إ (أمام / إمام are two words)
        if _two_verbs(stems[key]):
            continue  # استحضر "he evoked" / أستحضر "I evoke": two words
        (seat,) = letters - {"ا"}
        standard = "bare" if _hamzat_wasl(stems[key]) else "hamza"
        for letter, start, end in occs:
            form = "bare" if letter == "ا" else "hamza"
            suggestion = None
            if form != standard:
                word = text[start:end]
                found = _hamza_stem(word)
                if found and normalize(word, alef=False) == word:
                    at = len(word) - len(found[0])
                    suggestion = word[:at] + ("ا" if standard == "bare" else seat) + word[at + 1:]
            out.append(Occurrence("hamza:" + key, form, start, end, form == standard, suggestion))
    return out


# stems (without the article) whose last letter ه is a root letter: وجه، شبه، تنبيه ...
_HA_ROOTS = frozenset("وج شب تنبي فواك كري نزي تاف ال الل مشتب متشاب فق نب كر".split())


def _ending_occurrences(text: str, endings) -> list[Occurrence]:
    from checker.lang.arabic import is_common

    out = []
    for key, occs in endings.items():
        letters = {c for c, _, _, _ in occs}
        if len(letters) != 2:
            continue
        if key.startswith("tm:"):
            stem = key[3:]
            if stem.endswith("ا"):
                continue  # الحياة but المياه: after ا either letter can be the word's
            standard = "ه" if stem in _HA_ROOTS else "ة"  # with the article ه is a root letter or a slip
        else:
            word_of = {c: w for c, w, _, _ in occs}
            frequent = [c for c in letters if is_common(word_of[c])]
            if len(frequent) != 1:
                continue  # both words (الكبرى / الكبري?), or neither known: no standard to tell
            (standard,) = frequent
        for letter, _, start, end in occs:
            word = text[start:end]
            suggestion = word[:-1] + standard if letter != standard and word.endswith(letter) else None
            out.append(Occurrence(key, letter, start, end, letter == standard, suggestion))
    return out


# Nouns whose initial alef is a hamzat wasl (written bare) although their shape does not
# tell it: the assimilated form VIII masdars (اتّصال، اطّلاع، ادّعاء) and the plurals of
# the afʿilāʾ pattern that look like a form VII/VIII masdar (أصدقاء، أنبياء: hamzat qatʿ).
_WASL_WORDS = frozenset("اتصال اتفاق اتحاد اتجاه اتهام اتخاذ اتساع اتباع اتضاح اطلاع ادعاء ادخار اتكال اتقاء اتزان اثنين اثنان".split())
_QATA_WORDS = frozenset("اصدقاء انبياء اصدقائ انبيائ".split())
_WASL_SUFFIXES = ("يات", "يين", "يون", "ية", "ات", "ين", "ون", "ي", "ة", "ان")


def _two_verbs(word: str) -> bool:
    """A perfect verb of forms VII, VIII or X (استحضر، انسحب، اجتمع: hamzat wasl) is also,
    with a hamza, a first-person imperfect (أستحضر "I evoke"): the two spellings are two words."""
    core = word
    for suffix in ("تم", "وا", "نا", "ت", "ا"):
        if core.endswith(suffix) and len(core) - len(suffix) >= 5:
            core = core[: -len(suffix)]
            break
    consonants = not any(c in "اوي" for c in core[3:])
    if len(core) == 6 and core.startswith("است") and consonants:
        return True
    return len(core) == 5 and (core[2] in "تط" or core[1] == "ن") and not any(c in "اوي" for c in core[2:])


def _hamzat_wasl(word: str) -> bool:
    """True when the initial alef of `word` (proclitics and the article removed, alef forms
    folded) is a hamzat wasl, written without hamza (ARABIC.md: the masdars of verb forms
    VII, VIII and X: انسحاب، اجتماع، استثمار, with their plurals and nisba adjectives);
    otherwise it is a hamzat qatʿ that takes its hamza (إعلام، الأسعار، أوروبا)."""
    stem = word
    for suffix in _WASL_SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 5:
            stem = stem[: -len(suffix)]
            break
    if stem in _QATA_WORDS:
        return False
    if stem in _WASL_WORDS or word in _WASL_WORDS:
        return True
    if len(stem) == 6 and stem[4] == "ا" and (stem[1] == "ن" or stem[2] in "تطد"):
        return True  # انفعال (انسحاب), افتعال (اجتماع، اضطراب، ازدهار), استفال of a hollow root (استقالة)
    if len(stem) == 7 and stem.startswith("است") and stem[5] == "ا":
        return True  # استفعال (استثمار، استرقاق)
    return False


# -- English ------------------------------------------------------------------------------------

_EN_WORD = LazyPattern(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_DOTTED = LazyPattern(r"(?<![\w.])((?:[A-Z]\.){2,})(?!\w)")
_DOTTED_HINT = LazyPattern(r"[A-Z]\.[A-Z]\.")  # what every _DOTTED match contains: a cheaper scan first
_CAPS = LazyPattern(r"(?<![\w.])([A-Z]{2,4})(?![\w.])")
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


# A pattern of whole words of ASCII letters and hyphens, one space apart, `*` at the end.
_WORDS_PATTERN = LazyPattern(r"[A-Za-z]+(?:[- ][A-Za-z]+)*\*?")
# What the `(?<![\w-])` and `(?![\w-])` of _compound_regex bound: a run of word characters
# and hyphens (compiled case-insensitively like it, for the same character set).
_CHUNK = LazyPattern(r"[\w-]+", re.IGNORECASE)
_CHUNK_CHAR = LazyPattern(r"[\w-]", re.IGNORECASE)
# The non-ASCII characters that case-insensitive matching takes for ASCII letters (İ and ı
# for i, ſ for s, the Kelvin sign for k). With them folded first, lower() turns a text into
# what a case-insensitive pattern of ASCII letters matches, character for character, with
# the same length and the same _CHUNK runs (checked on every code point when written).
_ASCII_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})


def _fold_ascii(text: str) -> str:
    if not text.isascii() and any(ch in text for ch in "İıſ\u212a"):
        text = text.translate(_ASCII_FOLD)
    return text.lower()


class _Compounds:
    """Finds compound-family patterns with the results of _compound_regex (the leftmost
    match, and there the first pattern that matches), without compiling its 2 KB alternation
    (~10 ms at start-up) or trying every alternative at every character (~1.6 ms an
    article). When every pattern is words of ASCII letters and hyphens (all of
    en_compounds.txt), a match is one or more whole _CHUNK runs with white space between
    them, so the runs of a text that can start a pattern are found with set operations and
    compared with the patterns word by word. Any other pattern (a house family "U.N.",
    "Zürich") keeps the regular expression."""

    def __init__(self, families) -> None:
        self.alts: list[tuple[tuple[str, ...], bool, str, str]] = []  # words, star, family, form
        simple = True
        for name, classes in families:
            name = "en:" + name
            for i, cls in enumerate(classes):
                for pattern in cls:
                    simple = simple and bool(_WORDS_PATTERN.fullmatch(pattern))
                    star = pattern.endswith("*")
                    self.alts.append((tuple(pattern.rstrip("*").lower().split(" ")), star, name, f"{name}#{i}"))
        self.regex = self.groups = None
        if not simple:
            self.regex, self.groups = _compound_regex(families)
        self.first: dict[str, list[int]] = defaultdict(list)  # a pattern's first word, matched whole
        self.stars: list[tuple[str, int]] = []  # one-word patterns ending in *: a prefix
        for n, (words, star, _, _) in enumerate(self.alts):
            if len(words) == 1 and star:
                self.stars.append((words[0], n))
            else:
                self.first[words[0]].append(n)
        self.first = dict(self.first)
        self.star_prefixes = tuple(p for p, _ in self.stars)

    def find(self, text: str) -> list[tuple[str, str, int, int]]:
        """(family, form, start, end) of every match, in text order."""
        if self.regex is not None:
            return [(*self.groups[m.lastgroup], m.start(), m.end()) for m in self.regex.finditer(text)]
        if not self.alts:
            return []
        folded = _fold_ascii(text)
        runs = set(_CHUNK.findall(folded))
        heads = runs.intersection(self.first)  # the runs that can start a pattern
        if self.stars:
            heads.update(filter(methodcaller("startswith", self.star_prefixes), runs))
        if not heads:
            return []
        out = []
        done = 0  # end of the last match: the runs it took are not tried again
        for start, head in sorted((place, run) for run in heads for place in _places(folded, run)):
            if start < done:
                continue
            candidates = self.first.get(head, []) + [n for prefix, n in self.stars if head.startswith(prefix)]
            for n in sorted(candidates):  # the first pattern in order wins, as in the alternation
                words, star, family, form = self.alts[n]
                end = _match_words(folded, start, head, words, star)
                if end is not None:
                    out.append((family, form, start, end))
                    done = end
                    break
        return out


def _places(folded: str, run: str):
    """Where `run` occurs in `folded` as a whole _CHUNK run."""
    start = folded.find(run)
    while start != -1:
        end = start + len(run)
        if not (start and _CHUNK_CHAR.match(folded, start - 1)) and not _CHUNK_CHAR.match(folded, end):
            yield start
        start = folded.find(run, start + 1)


def _match_words(folded: str, start: int, head: str, words, star: bool) -> int | None:
    """The end of the pattern `words` when it matches the runs from `start` (whose run is
    `head`), one run a word and only white space between them; otherwise None."""
    run, end = head, start + len(head)
    last = len(words) - 1
    for j, word in enumerate(words):
        if j:
            m = _CHUNK.search(folded, end)
            if m is None or not folded[end: m.start()].isspace():
                return None
            run, end = m.group(), m.end()
        if j == last and star:
            rest = run[len(word):]
            if not run.startswith(word) or (rest and not (rest.isascii() and rest.isalpha())):
                return None
        elif run != word:
            return None
    return end


_COMPOUNDS: dict = {}


def _compounds(families) -> _Compounds:
    key = tuple((n, tuple(tuple(c) for c in cls)) for n, cls in families)
    if key not in _COMPOUNDS:
        _COMPOUNDS[key] = _Compounds(families)
    return _COMPOUNDS[key]


def _english_compounds(extra=()) -> _Compounds:
    key = tuple((n, tuple(tuple(c) for c in cls)) for n, cls in extra)
    if key not in _EN_CACHE:
        from checker.lang.english import compound_families

        _EN_CACHE[key] = _Compounds(list(compound_families()) + list(extra))
    return _EN_CACHE[key]


_EN_CACHE: dict = {}


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
    for name, form, start, end in _english_compounds(extra_families).find(text):
        out.append(Occurrence(name, form, start, end))
        taken.append((start, end))

    taken.sort()
    starts = [a for a, _ in taken]
    ends = [b for _, b in taken]
    from bisect import bisect_left

    def free(s: int, e: int) -> bool:
        """No compound match overlaps [s, e) (the matches do not overlap each other: the one
        that starts last before e is the only one to check)."""
        k = bisect_left(starts, e) - 1
        return k < 0 or ends[k] <= s

    pairs = br_am_pairs()
    # the spelling-pair words of the text, found with set operations: most words are not one.
    # A capital (a name: Labor Party, World Trade Center; or a headline) is not one either.
    words = _EN_WORD.findall(text)
    spelled = {w for w in pairs.keys() & set(words) if w == w.lower()}
    if spelled:
        for m in compress(_EN_WORD.finditer(text), map(spelled.__contains__, words)):
            if free(m.start(), m.end()):
                side, key = pairs[m.group()]
                key = _OWN_KEY.get(m.group(), key)
                out.append(Occurrence("spelling:" + key, side, m.start(), m.end()))
    # -ise/-ize and -lled/-led words the pair list lacks (authorisation, totalled): the same
    # rules that make its pairs, applied to the words of the text
    for m in _EN_WORD.finditer(text):
        word = m.group()
        if word in pairs or not word.islower() or not free(m.start(), m.end()):
            continue
        found = _morph_variant(word)
        if found:
            out.append(Occurrence(*found, m.start(), m.end()))
    out.extend(o for o in hyphenation_occurrences(text) if free(o.start, o.end))
    # U.N. / UN: the same abbreviation with and without full stops (headlines drop them: skipped)
    if _DOTTED_HINT.search(text):
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


_ISE = LazyPattern(r"([a-z]{3,}[^aeiou])i([sz])(e|es|ed|ing|ation|ations|er|ers)")
_LLED = LazyPattern(r"([a-z]{2,}[aeiou])(ll?)(ed|ing|er|ers)")


# words whose British spelling is American usage too (cancellation beside canceling): they
# pair only with their own rare variant (cancelation), not with the family's verb forms
_OWN_KEY = {w: "cancelation:l/" for w in ("cancellation", "cancelation", "cancellations", "cancelations")}


def _morph_variant(word: str) -> tuple[str, str] | None:
    """(family, side) of a British/American -ise/-ize or -lled/-led spelling (authorisation /
    authorization, totalled / totaled); both must appear in one text to be reported."""
    m = _ISE.fullmatch(word)
    if m:
        return "morph:" + m.group(1) + "i_" + m.group(3), "british" if m.group(2) == "s" else "american"
    m = _LLED.fullmatch(word)
    if m and word[: m.start(2)][-2:-1] not in "aeiou":  # travel-led, total-led; not feel-ed, cool-ed
        return "morph:" + m.group(1) + "l_" + m.group(3), "british" if m.group(2) == "ll" else "american"
    return None


_LATIN_WORD = LazyPattern(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# a hyphen between two letters: there is one exactly when a _LATIN_WORD word has a hyphen
_INNER_HYPHEN = LazyPattern(r"[^\W\d_]-[^\W\d_]")


def hyphenation_occurrences(text: str) -> list[Occurrence]:
    """One word written with and without hyphens in one text (cyber-attack / cyberattack,
    Zahn-Ärzte-Verband / Zahnärzteverband), in any Latin-script language. A prefix whose
    hyphen changes the word (re-sign / resign, co-op / coop) is left alone."""
    if not _INNER_HYPHEN.search(text):
        return []
    words = _LATIN_WORD.findall(text)
    distinct = list(set(words))
    hyphenated_keys = set()
    for w in filter(methodcaller("__contains__", "-"), distinct):
        first = w.split("-", 1)[0].lower()
        if first in _MEANING_PREFIXES or not ("A" <= w[0] <= "Z" or "a" <= w[0] <= "z" or "À" <= w[0] <= "ɏ"):
            continue
        hyphenated_keys.add(w.replace("-", "").lower())
    if not hyphenated_keys:
        return []
    # the spellings (as written) of those words, hyphenated or not; places only when a word
    # has two shapes (most texts write each hyphenated word one way)
    keys = map(str.lower, map(methodcaller("replace", "-", ""), distinct))
    spellings = set(compress(distinct, map(hyphenated_keys.__contains__, keys)))
    shapes_of = {w: (w.replace("-", "").lower(), _hyphen_shape(w)) for w in spellings}
    if len(set(shapes_of.values())) == len({key for key, _ in shapes_of.values()}):
        return []
    groups: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for m in compress(_LATIN_WORD.finditer(text), map(spellings.__contains__, words)):
        key, shape = shapes_of[m.group()]
        groups[key][shape].append((m.start(), m.end()))
    out = []
    for key, shapes in groups.items():
        if len(shapes) < 2:
            continue
        for shape, spans in shapes.items():
            form = "closed" if shape == "()" else "hyphen" + shape
            out.extend(Occurrence("hyphen:" + key, form, s, e) for s, e in spans)
    return out


def _hyphen_shape(word: str) -> str:
    """Where the hyphens of `word` are, counted in letters: '(5,)' for cyber-attack, '()' closed."""
    return repr(tuple(i - n for n, i in enumerate(i for i, c in enumerate(word) if c == "-")))


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
    return [Occurrence(*found) for found in _compounds(families).find(text)]


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
    Finds a word spelled two ways in one article. Where one spelling is the standard (the
    hamza families, ى/ي and ة/ه: إسرائيل/اسرائيل, الأسعار/الاسعار, غزة/غزه, جنيه/جنية, and
    any word with the article whose ة is written ه, المشكلة/المشكله — with the article a
    final ه cannot be the pronoun — or whose ي is written ى where only one of the two is a
    frequent word, الكروي/الكروى), the
    non-standard one is reported with the standard one as the suggestion, however often the
    article uses each; a hamzat wasl (the masdars of verb forms VII, VIII and X: الاستثمار،
    الانتخابات) is standard without a hamza. Every word whose initial hamza the article both
    writes and omits is listed in one note. Where both spellings are standard (أمريكي/أميركي,
    organise/organize) the less frequent one is reported with the usual one as related spans;
    on a tie both are named and nothing is suggested. An English spelling inside a quoted
    name or term (the party's "programme"), or capitalised as part of a name (the Labour
    Party), is someone else's, not the house's; quoted speech is transcribed in house style.

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
            "وصل الوفد إلى غزه صباحا.\nوقال المتحدث إن غزه تحتاج إلى المساعدات.\nثم غادر الوفد غزة مساء.",
            flag="غزه",
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
        Example('The party published its "health care" pledges. The healthcare bill passed, and healthcare costs rose.'),
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
        if doc.lang != "ar":
            occs = _house_words(doc.text, _outside_quotations(doc.text, occs), english=doc.lang == "en")
        families: dict[str, list[Occurrence]] = defaultdict(list)
        for o in occs:
            families[o.family].append(o)
        hamza_groups: list[tuple[list[Occurrence], list[Occurrence]]] = []  # (non-standard, standard)
        for family, items in families.items():
            by_form: dict[str, list[Occurrence]] = defaultdict(list)
            for o in sorted(items, key=lambda o: o.start):
                by_form[o.form].append(o)
            if len(by_form) < 2:
                continue
            standard = [form for form, os in by_form.items() if os[0].standard]
            if len(standard) == 1:
                usual = by_form[standard[0]]
                odd = [o for form, os in by_form.items() if form != standard[0] for o in os]
                odd.sort(key=lambda o: o.start)
                if family.startswith(("hamza:", "tm:", "ya:")) or _initial_hamza_only(doc.text, odd[0], usual[0]):
                    hamza_groups.append((odd, usual))  # إيران / ايران is a dropped hamza too
                    continue
                yield self._non_standard(doc, odd, usual)
                continue
            # free variants (أمريكي / أميركي, organise / organize): the majority spelling; on
            # a tie, both are named and neither is suggested
            ranked = sorted(by_form.values(), key=lambda os: (-len(os), os[0].start))
            majority = ranked[0]
            usual = _describe(doc, majority)
            for minority in ranked[1:]:
                first = minority[0]
                spelled = doc.text[first.start: first.end]
                if len(minority) == len(majority):
                    message = (
                        f"'{spelled}' and {usual} are two spellings of one word in the article "
                        f"({len(majority)} each): use one."
                    )
                else:
                    message = (
                        f"'{spelled}' is spelled {usual} elsewhere in the article "
                        f"({len(majority)} against {len(minority)}): use one spelling."
                    )
                yield self.finding(doc, first.start, first.end, message, related=[(o.start, o.end) for o in majority[:5]])
        if hamza_groups:
            yield self._hamza_summary(doc, hamza_groups)

    def _non_standard(self, doc, odd: list[Occurrence], usual: list[Occurrence]):
        """The first non-standard spelling of a family with a standard one (ة/ه, ى/ي, hamza),
        reported whichever the article uses more often."""
        first = odd[0]
        spelled = doc.text[first.start: first.end]
        times = f"{len(usual)} time{'s' if len(usual) > 1 else ''}"
        also = f" ('{spelled}' {len(odd)} times)" if len(odd) > 1 else ""
        if first.suggestion:
            seen = doc.text[usual[0].start: usual[0].end]
            where = "as the article writes it elsewhere" if seen == first.suggestion else f"the article writes '{seen}' elsewhere"
            std = f"the standard is '{first.suggestion}', {where} ({times})"
        else:
            std = f"the article also uses the standard spelling, as in '{doc.text[usual[0].start: usual[0].end]}' ({times})"
        return self.finding(
            doc,
            first.start,
            first.end,
            f"'{spelled}' is a non-standard spelling{also}: {std}.",
            related=[(o.start, o.end) for o in usual[:5]],
            suggestion=first.suggestion,
        )

    def _hamza_summary(self, doc, groups):
        """One finding for every word whose initial hamza the article both writes and omits
        (الأسعار / الاسعار): an editor fixes them in one pass, and a long article mixing them
        would otherwise raise a note per word."""
        groups.sort(key=lambda g: g[0][0].start)
        text = doc.text

        def fix(odd, usual) -> str:
            return odd[0].suggestion or text[usual[0].start: usual[0].end]

        odd, usual = groups[0]
        first = odd[0]
        spelled = text[first.start: first.end]
        std = fix(odd, usual)
        what = _what(spelled, std)
        seen = text[usual[0].start: usual[0].end]
        where = f"as the article writes it elsewhere ({len(usual)}×)" if seen == std else f"the article writes '{seen}' elsewhere ({len(usual)}×)"
        message = f"'{spelled}' {what}: the standard spelling is '{std}', {where}."
        if len(groups) > 1:
            rest = [f"'{text[o[0].start: o[0].end]}' → '{fix(o, u)}'" for o, u in groups[1:7]]
            more = f", and {len(groups) - 7} more" if len(groups) > 7 else ""
            kinds = {g[0][0].family.split(":", 1)[0] for g in groups}
            mixed = "the initial hamza" if kinds <= {"hamza", "ar"} else "the spelling"
            message += f" The article mixes {mixed} of {len(groups) - 1} more word{'s' if len(groups) > 2 else ''} too: {', '.join(rest)}{more}."
        related = [(o.start, o.end) for o in usual[:3]] + [(o[0].start, o[0].end) for o, _ in groups[1:10]]
        return self.finding(doc, first.start, first.end, message, related=related, suggestion=first.suggestion)


def _initial_hamza_only(text: str, odd: Occurrence, usual: Occurrence) -> bool:
    """The two spellings of a family differ only in the hamza of an alef (ايران / إيران)."""
    from checker.lang.arabic import normalize

    a = odd.suggestion or text[usual.start: usual.end]
    b = text[odd.start: odd.end]
    return a != b and normalize(a) == normalize(b) and normalize(a, alef=False) != normalize(b, alef=False)


_COMPUTING = LazyPattern(r"(?i)\b(?:software|computers?|download\w*|file-sharing|apps?|PCs?|code|coding|laptops?|online|hackers?|virus|windows|browsers?|operating system|linux|spyware|malware|install\w*|programmers?)\b")
_SENTENCE_BEFORE = frozenset('.!?:"“”\n')


def _house_words(text: str, occs: list[Occurrence], english: bool = True) -> list[Occurrence]:
    """The Latin-script occurrences that are the house's own prose: not a code in a wire's
    angle brackets (<US Sprint Communications Co>, <WR>), not an all-capitals slug line
    (AHMANSON TO TAKE 2ND QTR WRITEOFF), not a capitalised word inside a name (Email
    Systems, Organisation for Economic Cooperation), and not "program" among words of
    computing, which British English spells so beside its TV "programmes"."""
    out = []
    for o in occs:
        line_start = text.rfind("\n", 0, o.start) + 1
        line_end = text.find("\n", o.end)
        line_end = len(text) if line_end == -1 else line_end
        before = text[line_start: o.start]
        if before.rfind("<") > before.rfind(">") and ">" in text[o.end: line_end]:
            continue
        line = text[line_start: line_end]
        if not any(c.islower() for c in line):
            continue
        first = text[o.start]
        if english and first.isupper() and not o.family.startswith(("abbr:", "en:house")):  # a house family may list names
            prev = before.rstrip()
            if prev and prev[-1] not in _SENTENCE_BEFORE:
                continue  # a capital inside a sentence: part of a name
            if _CAPITALISED_NEXT.match(text, o.end):
                continue  # a sentence that begins with a name: Email Systems said

        if o.family.startswith("abbr:") and _CAPITALISED_NEXT.match(text, o.end):
            continue  # U.K. Plc, US Sprint: the abbreviation is part of a name
        if o.family == "spelling:program:me/" and _COMPUTING.search(line):
            continue
        out.append(o)
    return out


_CAPITALISED_NEXT = LazyPattern(r" [A-Z][a-z]")
def _what(spelled: str, std: str) -> str:
    """What is wrong with a word against its standard spelling, in a few words."""
    if spelled[-1:] != std[-1:] and spelled[:-1] == std[:-1]:
        return f"is written with {spelled[-1]} for {std[-1]}"
    if sum(map(spelled.count, "أإآ")) > sum(map(std.count, "أإآ")):
        return "takes no hamza (hamzat wasl)"
    return "is written without its hamza"


_QUOTE_MARKS = LazyPattern(r'["“”]')


def _outside_quotations(text: str, occs: list[Occurrence]) -> list[Occurrence]:
    """The occurrences that are not inside a quoted name or term (“…” or a pair of straight
    quotes in one paragraph, of at most four words: the Labour Party's "programme", a
    report called "Health care at home"): those are someone else's spelling. A quoted
    sentence of speech is transcribed by the house in its own style, and stays checked."""
    if not occs or not _QUOTE_MARKS.search(text):
        return occs
    spans: list[tuple[int, int]] = []
    for line_start, line in _lines(text):
        marks = [(m.start() + line_start, m.group()) for m in _QUOTE_MARKS.finditer(line)]
        if not marks:
            continue
        straight = [p for p, c in marks if c == '"']
        if len(straight) % 2 == 0:
            spans.extend(zip(straight[0::2], straight[1::2]))
        opening = None
        for p, c in marks:
            if c == "“":
                opening = p
            elif c == "”" and opening is not None:
                spans.append((opening, p))
                opening = None
    spans = [(a, b) for a, b in spans if len(text[a + 1: b].split()) <= 4 or _WRITTEN.search(_line_of(text, a))]
    if not spans:
        return occs
    spans.sort()
    starts = [a for a, _ in spans]
    from bisect import bisect_right

    def inside(o: Occurrence) -> bool:
        k = bisect_right(starts, o.start) - 1
        return k >= 0 and spans[k][0] < o.start and o.end <= spans[k][1]

    return [o for o in occs if not inside(o)]


# a quotation of something written (a tweet, a statement, a letter, a report, a message on a
# website) keeps its author's spelling; speech is transcribed by the house in its style
_WRITTEN = LazyPattern(
    r"(?i)\b(?:wrote|writes|written|tweet\w*|posted|(?:a|the|joint|written) statement|letter|report (?:said|says|stated)|"
    r"in (?:a|the|its|his|her) report|message|blog\w*|memo|communiqu[eé]|website|e-?mail(?:ed)?)\b"
)


def _line_of(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start: len(text) if end == -1 else end]


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1
