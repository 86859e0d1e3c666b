"""Rules: names (one person, one spelling and one role per article)."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from typing import Iterator

from checker.findings import Severity
from checker.registry import Example, Rule


def _common_prefix(a: str, b: str) -> int:
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return i


def _common_suffix(a: str, b: str) -> int:
    j = 0
    while j < min(len(a), len(b)) and a[-1 - j] == b[-1 - j]:
        j += 1
    return j


def _interior(a: str, b: str) -> bool:
    """The two spellings differ inside the word, not at an end: an end is where inflection,
    demonyms and different names differ (Sudan/Sudani, Iran/Iraq, Abbas/Abbasi)."""
    p, s = _common_prefix(a, b), _common_suffix(a, b)
    if abs(len(a) - len(b)) == 1:
        long_, short = (a, b) if len(a) > len(b) else (b, a)
        if any(long_[k] == long_[k - 1] and long_[:k] + long_[k + 1:] == short for k in range(1, len(long_))):
            return True  # a letter doubled or undoubled (Houston/Houstonn, Corry/Cory): never inflection
        # one letter added: it may stand anywhere in a run of one letter (Mathew / Matthew);
        # the places where it can be dropped are [len - 1 - s, p] in the longer word
        n = max(len(a), len(b))
        lo, hi = max(n - 1 - s, 1), min(p, n - 2)
        if n - 1 - s <= p:
            return lo <= hi
    return p >= 1 and s >= 1 and p + s < max(len(a), len(b)) and p < min(len(a), len(b)) and s < min(len(a), len(b))


_AR_LETTER = re.compile(r"[\u0621-\u064A]")
_VOWELS = re.compile(r"[aeiouyاوي]")


def _skeleton(word: str) -> str:
    """The word without vowel letters: transliterations differ most in these (u/oo, ي)."""
    return _VOWELS.sub("", word)


# letters that transliterations of one foreign sound alternate between (/g/: غ ج ق ك; emphatic
# and plain: ت/ط, س/ص, د/ض, ذ/ز/ظ; vowels: ا و ي ى; ه/ة/ح)
_AR_ALTERNATIONS = [set("غجقك"), set("تط"), set("سص"), set("دض"), set("ذزظ"), set("اويى"), set("هةح")]


def _inflections(a: str, b: str) -> bool:
    """Two case or number forms of one Arabic noun, never two spellings of a name: the sound
    plural and dual endings ون/ين/ان (مقاومون/مقاومين, شهيدان/الشهيدين), the feminine plural
    ات against ة (إجازتها/إجازاتها), the construct forms before a pronoun (لاعبونا/لاعبنا,
    زائروها/زائريها), and the case vowels ا/ي/و of أخانا/أخينا. (Folded words: ة is ه.)"""

    def stem(word: str) -> str:
        word = word[2:] if word.startswith("ال") else word
        for suffix in _ENCLITICS:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                if word.endswith("ت") and not word.endswith("ات"):
                    word = word[:-1] + "ه"  # ة before a pronoun
                break
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 2:
                word = word[: -len(ending)]
                break
        return word[:-1] if word.endswith(("ت", "ه")) and len(word) >= 4 else word  # the feminine ة/ت (ممرضتين/ممرضين)

    return stem(a) == stem(b)


_ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك")
_ENDINGS = ("ون", "ين", "ان", "ات", "وا", "ه", "و", "ا", "ي")


def _arabic_name_like(a: str, b: str) -> bool:
    """Two Arabic spellings that can be one name: a letter added or dropped, or a letter
    swapped for one of the same sound (ماكجوبا/ماكغوبا), and not a feminine adjective
    (نقابية/نيابية are two words)."""
    if a.endswith(("يه", "ية")) or b.endswith(("يه", "ية")):
        return False
    if len(a) != len(b):
        return True
    diffs = [(x, y) for x, y in zip(a, b) if x != y]
    if len(diffs) != 1:
        return len(diffs) == 2 and diffs[0] == diffs[1][::-1]  # a transposition
    x, y = diffs[0]
    return any(x in group and y in group for group in _AR_ALTERNATIONS)


_HAMZA = set("ءأإآؤئ")
_AR_LONG_VOWELS = str.maketrans("", "", "اويى")


def _AR_SKELETON(word: str) -> str:
    """The consonants of a folded Arabic word (the article set aside): one root's broken
    plural and singular (مقصف/مقاصف) share them."""
    return (word[2:] if word.startswith("ال") else word).translate(_AR_LONG_VOWELS)
_INITIAL_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})
_NOT_HAMZA = str.maketrans({"ى": "ي", "ة": "ه"})


_AUGMENTS = set("سألتمنهءؤئإآ")  # the letters Arabic adds to a root (سألتمونيها), vowels aside


def _one_root(a: str, b: str, given_names) -> bool:
    """Two folded Arabic words that differ only by the letters that derive words from one
    root (long vowels, and س ء ل ت م ن ه added): a verb and its masdar (اصطنع/اصطناع), a
    broken plural (هرطقة/هراطقة), two forms of one verb (تشرد/تتشرد). Given names of the list
    are names (ابراهيم/ابرهيم is a misspelling)."""
    names = given_names()
    if a in names or b in names:
        return False
    sa, sb = _AR_SKELETON(a), _AR_SKELETON(b)
    if len(sa) > len(sb):
        sa, sb = sb, sa
    if len(sb) - len(sa) > 2:
        return False
    k = 0
    extra = []
    for ch in sb:
        if k < len(sa) and sa[k] == ch:
            k += 1
        else:
            extra.append(ch)
    return k == len(sa) and all(ch in _AUGMENTS for ch in extra)


def _doubled_end(a: str, b: str) -> bool:
    """One word is the other with its last letter doubled (Houston/Houstonn)."""
    long_, short = (a, b) if len(a) > len(b) else (b, a)
    return len(long_) == len(short) + 1 and long_[-1] == long_[-2] and long_.startswith(short) and not long_[-1] in "اويىةه"


_CONSONANT_ALTERNATIONS = [g for g in _AR_ALTERNATIONS if not g & set("اويى")]


def _one_sound(a: str, b: str) -> bool:
    """Two spellings of one foreign sound: one consonant swapped for another that transliterates
    the same sound (ماكغوبا/ماكجوبا). Vowel letters and added letters are how two different
    foreign names differ (روديك/راديك، اباتي/ابياتي)."""
    if len(a) != len(b):
        return False
    diffs = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diffs) == 1 and any(diffs[0][0] in g and diffs[0][1] in g for g in _CONSONANT_ALTERNATIONS)


def _doubled(a: str, b: str) -> bool:
    """One word is the other with one letter doubled (Corry/Cory, Parrillo/Parillo)."""
    long_, short = (a, b) if len(a) > len(b) else (b, a)
    return len(long_) == len(short) + 1 and any(long_[k] == long_[k - 1] and long_[:k] + long_[k + 1:] == short for k in range(1, len(long_)))


def _deletes(word: str) -> set[str]:
    """The word and every word one letter shorter (two words one edit apart share one)."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _neighbours(mention, i: int) -> tuple[str | None, str | None]:
    """The names beside token i of the mention (a lone tatweel "ـ" between names in a list
    is no name)."""
    key = mention.key
    left = key[i - 1] if i > 0 else None
    right = key[i + 1] if i + 1 < len(key) else None
    return (left if left and len(left) >= 2 else None, right if right and len(right) >= 2 else None)


class NameVariant(Rule):
    """## What it does
    Finds a person's or place's name spelled two ways in one article: "Antony Blinken" …
    "Blinkin"; "محمد شياع السوداني" … "محمد شيعة السوداني"; "نصر الله" … "نصرالله"; "فؤاد
    حسين" … "فواد حسين". Names are the capitalised words of English text (a sentence's first
    word too when a capitalised word follows and the article never writes it in lower case:
    "Matthew Miller"). Arabic has no capitals and its clitics make most word forms rare, so
    a rare word is not yet a name: an Arabic spelling is compared only when one of the two
    is a name by evidence (after a title such as وزير الخارجية or المهاجم, after a given name
    of a list, or part of a multi-word name the article repeats) and the other is a name
    too, a rare word, or beside the same name; two rare words alone are compared in the
    preview tier. Spellings are compared with rapidfuzz (OSA distance) after folding case,
    accents, harakat, hamza seats, ى/ي, ة/ه and proclitics; a hamza written and dropped
    inside a name (فؤاد/فواد) is reported with the hamza form as the suggestion. The less
    frequent spelling is reported, with the usual one as related spans.

    Forms of one Arabic noun are never variants: case and number endings (ون/ين، ان/ين،
    ات/ة، ا/ي) with or without a pronoun (لاعبونا/لاعبنا، إجازتها/إجازاتها), nor two words
    of one root of which one is a frequent word (اصطنع/اصطناع). Two given names of the list
    are two names (حسن/حسين، سلطان/سلمان بن عبدالعزيز), and a listed given name is not
    compared with a rare word (نوره/نفوره، أحمد/امحمد): a rare word is compared with a
    surname or a foreign name the article gives after a title or a given name, when it is
    itself after a title or a given name, or beside the same name (المهندس القحطاني …
    المهندس القحطني).

    Two spellings count as one name only when they differ by one letter inside the word, or
    by two when the neighbouring names agree (محمد … السوداني). Names that differ at an end
    are different names (Iran/Iraq, Sudan/Sudani, Abbas/Abbasi), as are common words that look
    alike (Austria/Australia) and different people (Mohammed bin Salman/Mohammed bin Zayed).

    ## Why is this bad?
    A misspelled name is the error readers notice first and forgive last, and two spellings
    leave them unsure whether one person or two are meant.

    ## Example
    `Secretary of State Antony Blinken arrived on Monday. … Blinkin said …` — Blinkin.
    """

    id = "name-variant"
    summary = "One person's or place's name spelled two ways in one article."
    severity = Severity.WARNING
    languages = None
    bad = [
        Example(
            "Prime Minister Keir Starmer met union leaders on Tuesday.\nKier Starmer said the talks had been useful.",
            flag="Kier",
        ),
        Example(
            "The striker Luis Carvajal scored twice.\nCarvajal has now scored nine goals this season, and coach Ruiz said Carbajal deserved the praise.",
            flag="Carbajal",
        ),
        Example(
            "التقى رئيس الوزراء العراقي محمد شياع السوداني وفدا أوروبيا.\nوقال السوداني إن الزيارة مهمة.\nوأكد محمد شيعة السوداني أن الحكومة ستدعم المشاريع.",
            flag="شيعة",
            lang="ar",
        ),
        Example(
            "قال وزير الخارجية فؤاد حسين إن المحادثات مستمرة.\nوأضاف فواد حسين أن الوفد سيعود الأسبوع المقبل.",
            flag="فواد",
            lang="ar",
        ),
        Example("Matthew Hollis, the ministry spokesman, spoke on Monday.\nMathew Hollis said the talks would go on.", flag="Mathew"),
    ]
    good = [
        Example("Iran and Iraq signed a border deal; Austria and Australia sent observers."),
        Example("Mohammed bin Salman met Mohammed bin Zayed in Riyadh."),
        Example("The Sudani delegation arrived in Sudan; Mahmoud Abbas met Abbasi."),
        Example("وصل وفد إيراني إلى العراق، بينما زار وزير من إيران السودان والتقى مسؤولين سودانيين.", lang="ar"),
        Example("قال الرئيس محمود عباس إن الوفد سيزور عمّان، والتقى عباس بالعباسي.", lang="ar"),
        Example("قال المدرب إن لاعبونا قدموا مباراة كبيرة، وإن لاعبنا الأفضل كان الحارس، وإن إجازتها انتهت وإجازاتها قصيرة.", lang="ar"),
        Example("ارتفعت الحوالات المالية هذا العام.\nوقال التقرير إن الحولات تضاعفت.", lang="ar"),
        Example("قال الوزير حسن علوان إن الخطة جاهزة.\nوأضاف الوزير حسين الجبوري أن التنفيذ يبدأ غدا.", lang="ar"),
    ]

    def check(self, doc) -> Iterator:
        from checker.extract.names import find_names

        mentions = doc.analysis(find_names)
        yield from self._fuzzy(doc, mentions)
        yield from self._hamza_seats(doc, mentions)
        if _AR_LETTER.search(doc.text):
            yield from self._joined(doc)

    def _fuzzy(self, doc, mentions) -> Iterator:
        occurrences: dict[str, list[tuple]] = defaultdict(list)
        common: dict[str, bool] = {}
        for m in mentions:
            for i, tok in enumerate(m.tokens):
                if len(tok.norm) < 4 or not tok.norm.isalpha():
                    continue
                if m.lang == "en" and tok.surface.isupper() and doc.text[tok.start - 1: tok.start] == "<":
                    continue  # a wire's ticker code (<NORK.OL>), not a spelling of the name
                occurrences[tok.norm].append((tok, m, i))
                common[tok.norm] = common.get(tok.norm, False) or tok.common
        forms = sorted(occurrences)
        if len(forms) < 2:
            return
        readings: dict[str, set[str]] = {f: {f} for f in forms}
        for f in forms:
            for tok, _, _ in occurrences[f]:
                readings[f].update(r for r in tok.readings if len(r) >= 4)
        from checker.extract.names import given_names

        # Arabic: which spellings are read as names with evidence (a title, a given name, a
        # recurring multi-word name) rather than only for being rare words
        strong = {f: any(m.evidence for _, m, _ in occs) for f, occs in occurrences.items()}
        named = {f: any(m.evidence in ("role", "title", "given") for _, m, _ in occs) for f, occs in occurrences.items()}
        placed = {f: named[f] or any(m.after_said for _, m, _ in occs) for f, occs in occurrences.items()}
        full = {f: any(m.lang == "en" and i > 0 and len(m.tokens) >= 2 for _, m, i in occs) for f, occs in occurrences.items()}
        preview = bool(getattr(getattr(self, "config", None), "preview", False))
        reported: set[str] = set()
        pairs = []
        # Only readings that begin with the same letter are compared: index them by that
        # letter, form by form (each form's readings in its set's order), so that a pair of
        # forms meets its reading pairs in the order of a loop over both sets, and the first
        # of the closest pairs is kept, as before the index.
        by_letter: dict[str, tuple[list[int], list[str]]] = {}
        for y, f in enumerate(forms):
            for r in readings[f]:
                ys, rs = by_letter.setdefault(r[0], ([], []))
                ys.append(y)
                rs.append(r)
        if len(forms) > 1:
            from rapidfuzz.distance.OSA import distance as osa  # here: an article with one name never pays the import
        # Arabic spellings in the default tier are compared only between the same first and
        # last names (ctx 2): their candidates are the forms that share a pair of neighbours,
        # found through an index, so that a long file costs its length, not its forms squared
        shared: dict[int, set[int]] | None = None
        if not preview:
            by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
            for y, f in enumerate(forms):
                if "\u0621" <= f[0] <= "\u064a":
                    for pair in {p for p in (_neighbours(m, i) for _, m, i in occurrences[f]) if p[0] and p[1]}:
                        by_pair[pair].append(y)
                    if f in given_names():  # a given name before a surname: محمود/محمد جبريل
                        for right in {_neighbours(m, i)[1] for _, m, i in occurrences[f]} - {None}:
                            by_pair[("", right)].append(y)
            positions: dict[str, dict[int, list[int]]] = {}  # letter -> form -> its places in by_letter
            for letter, (ys_, _) in by_letter.items():
                where: dict[int, list[int]] = defaultdict(list)
                for k, y in enumerate(ys_):
                    where[y].append(k)
                positions[letter] = where
            shared = defaultdict(set)
            for ys_ in by_pair.values():
                if 1 < len(ys_) <= 50:
                    for y in ys_:
                        shared[y].update(ys_)
            # and a name by evidence against a rare word one letter away (ناريندرا/ناريندا):
            # the rare word's one-letter deletions looked up among the names' (SymSpell's idea)
            deletions: dict[str, set[int]] = defaultdict(set)
            for y, f in enumerate(forms):
                if strong[f] and "\u0621" <= f[0] <= "\u064a":
                    for r in readings[f]:
                        for key in _deletes(r):
                            deletions[key].add(y)
            if deletions:
                for y, f in enumerate(forms):
                    if common[f] or not "\u0621" <= f[0] <= "\u064a":
                        continue
                    for r in readings[f]:
                        for key in _deletes(r):
                            for x_ in deletions.get(key, ()):
                                if x_ == y:
                                    continue
                                shared[y].add(x_)
                                shared[x_].add(y)
        for x, a in enumerate(forms):
            closest: dict[int, tuple[int, str, str]] = {}  # later form -> (distance, ra, rb)
            arabic_a = "\u0621" <= a[0] <= "\u064a"
            for ra in readings[a]:
                ys, rs = by_letter[ra[0]]
                if shared is not None and arabic_a:
                    near = shared.get(x)
                    if not near:
                        continue
                    where = positions[ra[0]]
                    ks = sorted(k for y in near if y > x for k in where.get(y, ()))
                else:
                    ks = range(bisect_right(ys, x), len(ys))
                for k in ks:
                    rb = rs[k]
                    if abs(len(ra) - len(rb)) > 2 or (ra.startswith(rb) or rb.startswith(ra)) and not _doubled_end(ra, rb):
                        continue
                    d = osa(ra, rb, score_cutoff=2)
                    if d <= 2:
                        y = ys[k]
                        best = closest.get(y)
                        if best is None or d < best[0]:
                            closest[y] = (d, ra, rb)
            for y in sorted(closest):
                b = forms[y]
                d, ra, rb = closest[y]
                if self._different_people(occurrences[a], occurrences[b]):
                    continue
                ctx = self._context(occurrences[a], occurrences[b])
                rare = not common[a] and not common[b]
                arabic = "\u0621" <= ra[0] <= "\u064a"
                if arabic and (_inflections(ra, rb) or not ctx and not _arabic_name_like(ra, rb)):
                    continue
                if arabic and set(readings[a]) & set(readings[b]):
                    continue  # one word with two sets of clitics (للغماني / اللغماني)
                # (a given name one letter from another before the same surname, محمود/محمد
                # جبريل, measured 11 false of 11 on Arabic news: patronymic chains, princes
                # سلطان/سلمان بن عبدالعزيز. Two listed given names stay two names.)
                given_pair = False
                if arabic and not preview and ctx < 2 and not given_pair and not any(
                    strong[x] and (x not in given_names() or ctx >= 1) and not common[y] and (placed[y] or ctx >= 1 or not common[x] and _one_sound(ra, rb))
                    for x, y in ((a, b), (b, a))
                ):
                    # the default tier compares a middle name between the same first and last
                    # names (محمد شياع/شيعة السوداني) and a name by evidence against a rare word
                    # (رئيس الوزراء ناريندرا مودي … ناريندا); two rare words, or two frequent
                    # ones, measured 5 real of 14 on Arabic news: preview
                    continue
                if arabic and not given_pair and not self._arabic_names(a, b, strong, common, ctx, preview):
                    continue
                if arabic and ctx < 2 and not given_pair and common[a] and common[b] and _AR_SKELETON(ra) == _AR_SKELETON(rb):
                    continue  # two frequent words of one root: a broken plural (مقصف/مقاصف), a derivation
                if arabic and ctx < 2 and not (named[a] or named[b]) and (common[a] or common[b]) and _one_root(ra, rb, given_names):
                    continue  # a verb and its masdar, a plural and its singular (اصطنع/اصطناع، تصفيد/تصفد)
                if arabic:  # a surname or foreign name by evidence, and a rare word that is a name too
                    names_ = given_names()
                    name_and_rare = any(
                        strong[x] and (x not in names_ or ctx >= 1) and not common[y] and (placed[y] or ctx >= 1 or not common[x] and _one_sound(ra, rb))
                        for x, y in ((a, b), (b, a))
                    )
                else:  # a surname the article gives with a first name, and a rare word (Martin Ellis … Mr Ellys)
                    name_and_rare = full[a] and not common[b] or full[b] and not common[a]
                if not arabic and occurrences[a][0][0].surface.isupper() and occurrences[b][0][0].surface.isupper():
                    continue  # two acronyms one letter apart are two bodies (ELAA / ERAA)
                if d == 1 and _interior(ra, rb) and (rare or name_and_rare or ctx >= 1 and (min(len(ra), len(rb)) >= 5 or given_pair or _doubled(ra, rb))):
                    pairs.append((a, b))
                elif d == 2 and ctx >= 2 and (not common[a] or not common[b]):
                    pairs.append((a, b))
                elif d == 2 and rare and min(len(ra), len(rb)) >= 6 and _interior(ra, rb) and _skeleton(ra) == _skeleton(rb):
                    pairs.append((a, b))  # vowel letters only: Gandapur / Gandapoor
        for a, b in pairs:
            oa, ob = occurrences[a], occurrences[b]
            if (len(oa), -oa[0][0].start) >= (len(ob), -ob[0][0].start):
                major, minor = oa, ob
            else:
                major, minor = ob, oa
            key = minor[0][0].norm
            if key in reported:
                continue
            reported.add(key)
            tok, mention, _ = minor[0]
            usual_tok, usual_mention, _ = major[0]
            usual = doc.text[usual_mention.start: usual_mention.end]
            here = doc.text[mention.start: mention.end]
            where = f" (in '{here}')" if here != tok.surface else ""
            times = f"{len(major)} time{'s' if len(major) > 1 else ''}"
            yield self.finding(
                doc,
                tok.start,
                tok.end,
                f"'{tok.surface}'{where} looks like a misspelling of '{usual_tok.surface}', "
                f"spelled that way elsewhere in the article ({times}, as in '{usual}').",
                related=[(t.start, t.end) for t, _, _ in major[:5]],
            )

    def _hamza_seats(self, doc, mentions) -> Iterator:
        """فؤاد … فواد, مأمون … مامون: a name written with a hamza inside it and without. The
        hamza of an initial alef (أحمد / احمد) is spelling-variant's, and a name is one by
        evidence (title, given name, recurring) on either side; the side without the hamza
        must then be a rare word or a name too (مسؤول / مسوول is not a name)."""
        groups: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for m in mentions:
            if m.lang != "ar":
                continue
            for tok in m.tokens:
                if len(tok.norm) >= 3 and tok.spelled:
                    word = tok.spelled
                    cut = 3 if word.startswith("ال") else 1  # the initial alef, after the article too
                    key = word[:cut].translate(_INITIAL_ALEF) + word[cut:].translate(_NOT_HAMZA)
                    groups[tok.norm][key].append((tok, m))
        for spellings in groups.values():
            if len(spellings) < 2:
                continue
            seated = [k for k in spellings if any(c in _HAMZA for c in k[1:])]
            bare = [k for k in spellings if k not in seated]
            if len(seated) != 1 or not bare:
                continue
            usual = spellings[seated[0]]
            evidence = any(m.evidence for _, m in usual)
            for k in bare:
                occs = spellings[k]
                strong = any(m.evidence for _, m in occs)
                if not (evidence or strong) or not (strong or not any(t.common for t, _ in occs)):
                    continue
                tok, _ = occs[0]
                right = usual[0][0]
                suggestion = None
                if tok.spelled and tok.surface.endswith(tok.spelled):
                    suggestion = tok.surface[: len(tok.surface) - len(tok.spelled)] + right.spelled
                times = f"{len(usual)} time{'s' if len(usual) > 1 else ''}"
                yield self.finding(
                    doc,
                    tok.start,
                    tok.end,
                    f"'{tok.surface}' is written without the hamza of '{right.surface}', as the article "
                    f"spells the name elsewhere ({times}).",
                    related=[(t.start, t.end) for t, _ in usual[:5]],
                    suggestion=suggestion,
                )

    @staticmethod
    def _arabic_names(a: str, b: str, strong: dict, common: dict, ctx: int, preview: bool) -> bool:
        """Two Arabic spellings are compared as a name only when one of them is a name by
        evidence (after a title or a given name, or part of a recurring name) and the other is
        that too, or a rare word, or stands beside the same name (محمد … السوداني). Arabic has
        no capitals and clitics make most word forms rare, so two rare words alone (a typo of a
        common word, two loanword transliterations) are compared in the preview tier only. Two
        given names of the list are two names (حسن / حسين)."""
        from checker.extract.names import given_names

        names = given_names()
        if a in names and b in names:
            return False
        if not strong[a] and not strong[b]:
            return preview and not common[a] and not common[b]
        if strong[a] and strong[b]:
            return True
        weak = b if strong[a] else a
        return not common[weak] or ctx >= 1

    @staticmethod
    def _same_surname(xs, ys) -> bool:
        """Some mentions of the two spellings are followed by the same name (فيصل/فصل مقصيد)."""
        right_x = {q for q in (_neighbours(m, i)[1] for _, m, i in xs) if q}
        return any(_neighbours(m, i)[1] in right_x for _, m, i in ys)

    @staticmethod
    def _different_people(xs, ys) -> bool:
        """Luis Karimi and Omar Karami: surnames that come with different given names (and
        given names that come with different surnames)."""

        def given(occs) -> set[str]:
            # English only: an Arabic run of rare words is not reliably first name + surname
            return {
                m.key[i - 1] for _, m, i in occs
                if i > 0 and len(m.key[i - 1]) >= 1 and (m.lang == "en" and i == len(m.tokens) - 1 or m.lang == "ar" and m.evidence)
            }

        def family(occs) -> set[str]:
            # and the converse: Mazen Faraiah and Maen Qatamin are two people, not one first name
            return {m.key[i + 1] for _, m, i in occs if (m.lang == "en" or m.evidence) and i == 0 and len(m.tokens) >= 2}

        def initials(names: set[str]) -> set[str]:
            return {n[0] for n in names if n}

        def place(occs) -> set[str]:
            # English: first name (first of two or more) or surname (last of two or more)
            return {"first" if i == 0 else "last" if i == len(m.tokens) - 1 else "mid" for _, m, i in occs if m.lang == "en" and len(m.tokens) >= 2}

        gx, gy = given(xs), given(ys)
        fx, fy = family(xs), family(ys)
        px, py = place(xs), place(ys)
        if px and py and len(px) == 1 and len(py) == 1 and px != py and "mid" not in px | py:
            return True  # Kiichi (a first name) and Kiuchi (another man's surname)
        return bool(gx and gy and not initials(gx) & initials(gy)) or bool(fx and fy and not fx & fy)

    @staticmethod
    def _context(xs, ys) -> int:
        """2 when some mentions of the two spellings share both neighbouring names, 1 when one.
        The neighbours of each spelling are gathered into sets once, so that the cost is the
        number of mentions, not their product (a name said 2,000 times in a long file)."""

        def sides(occs):
            left, right, both = set(), set(), set()
            for _, m, i in occs:
                p, q = _neighbours(m, i)
                if p is not None:
                    left.add(p)
                if q is not None:
                    right.add(q)
                    if p is not None:
                        both.add((p, q))
            return left, right, both

        lx, rx, bx = sides(xs)
        ly, ry, by = sides(ys)
        if bx & by:
            return 2
        return 1 if lx & ly or rx & ry else 0

    def _joined(self, doc) -> Iterator:
        """نصر الله / نصرالله: a name written as one word and as two (the second part
        beginning with the article)."""
        from checker.extract.names import arabic_tokens, given_names
        from checker.lang.arabic import fold

        toks = doc.analysis(arabic_tokens)
        folded = [fold(w) for _, _, w in toks]
        pairs: dict[str, list[tuple[int, int]]] = defaultdict(list)
        text = doc.text
        # the second word of a pair begins with the article: look at those words only
        for k in [k for k, f in enumerate(folded) if k and len(f) >= 4 and f.startswith("ال")]:
            s1, e1, _ = toks[k - 1]
            s2, e2, _ = toks[k]
            if text[e1:s2] != " " or len(folded[k - 1]) < 3:
                continue
            pairs[folded[k - 1] + folded[k]].append((s1, e2))
        if not pairs:
            return
        singles: dict[str, list[tuple[int, int]]] = defaultdict(list)  # only the joined forms of a pair
        for (s, e, _), f in zip(toks, folded):
            if f in pairs:
                singles[f].append((s, e))
        for joined, open_spans in pairs.items():
            closed = singles.get(joined)
            if not closed:
                continue
            first_word, second_word = (fold(w) for w in doc.text[open_spans[0][0]: open_spans[0][1]].split()[:2])
            bare_first = first_word[1:] if first_word[:1] in "وفبلك" and len(first_word) > 3 else first_word
            if first_word in {"عبد", "ابو"} or bare_first in {"عبد", "ابو"}:
                continue  # عبد الله / عبدالله is a spelling family (spelling-variant's data)
            if second_word not in _CLOSED_NAME_ENDS or not (bare_first in given_names() or first_word in given_names() or bare_first in _CLOSED_NAME_STARTS):
                # not a name that may be written as one word (نصرالله، ناصرالدين): the one-word
                # form has lost its space (فوقالبنفسجية، وزارةالتعليم), whichever is more frequent
                yield self._missing_space(doc, closed, open_spans, len(first_word))
                continue
            if len(closed) >= len(open_spans):
                major, minor = closed, open_spans
            else:
                major, minor = open_spans, closed
            s, e = minor[0]
            us, ue = major[0]
            yield self.finding(
                doc,
                s,
                e,
                f"'{doc.text[s:e]}' is written '{doc.text[us:ue]}' elsewhere in the article "
                f"({len(major)} time{'s' if len(major) > 1 else ''}): one name, one spelling.",
                related=major[:5],
            )


    def _missing_space(self, doc, closed, open_spans, cut: int):
        s, e = closed[0]
        word = doc.text[s:e]
        suggestion = word[:cut] + " " + word[cut:] if len(word) > cut and word[cut:cut + 2] == "ال" else None
        usual = doc.text[open_spans[0][0]: open_spans[0][1]]
        times = f"{len(open_spans)} time{'s' if len(open_spans) > 1 else ''}"
        also = f" ({len(closed)} times)" if len(closed) > 1 else ""
        return self.finding(
            doc,
            s,
            e,
            f"'{word}'{also} has lost the space between its two words: the article writes '{usual}' elsewhere ({times}).",
            related=open_spans[:5],
            suggestion=suggestion,
        )


_CLOSED_NAME_ENDS = frozenset({"الله", "الدين", "الرحمن", "الرحيم", "العزيز"})
_CLOSED_NAME_STARTS = frozenset({"نصر", "ناصر", "نور", "سيف", "عز", "علاء", "شمس", "بدر", "صلاح", "جمال", "فتح", "حسب", "جاد", "خير", "عطا", "فضل", "ضيف", "جار", "نصير", "محي", "محيي", "زين", "تاج", "سعد", "بهاء", "عماد", "كمال", "حسام", "شرف", "نجم", "فخر"})
_NAME_ELEMENTS = frozenset({"عبد", "ابو", "ابي", "ابن", "بنت", "بن", "ال"})

_CHANGE_EN = re.compile(
    r"\b(became|become|becomes|appointed|named|sworn|elected|promoted|succeed\w*|replac\w*|resign\w*|"
    r"took office|reshuffle\w*|nominat\w*|designate|formerly|previously)\b",
    re.IGNORECASE,
)
_CHANGE_AR = ("أصبح", "اصبح", "عين", "عُين", "تعيين", "تعيينه", "انتخب", "انتخاب", "تولى", "توليه", "خلفا", "كلف", "تكليف", "المكلف", "المرشح", "المعين", "استقال", "استقالة", "سابقا", "قبل أن")

_ROLE_WORDS = {
    "prime-minister": "prime minister",
    "president": "president",
    "vice-president": "vice president",
    "foreign-minister": "foreign minister / secretary of state",
    "defense-minister": "defence minister",
    "interior-minister": "interior minister",
    "finance-minister": "finance minister",
}


class RoleConflict(Rule):
    """## What it does
    Finds one person given two incompatible offices in one article: "Secretary of State
    Antony Blinken" … "Defense Secretary Blinken"; "رئيس الوزراء" then "رئيس الجمهورية" before
    the same name. Offices are read from a title just before the name (heads of state and
    government, vice presidents, foreign, defence, interior and finance ministers).

    A title marked as past or temporary ("former", "then-", "acting", "السابق") is not a
    claim about now, and an article that tells of a change (appointed, became, عُيّن, تولى)
    is left alone. Two people who share a surname but not a first name are two people.

    ## Why is this bad?
    A wrong title misinforms readers about who holds power, and is a classic correction.

    ## Example
    `Secretary of State Antony Blinken … Defense Secretary Blinken` — one of the two is wrong.
    """

    id = "role-conflict"
    summary = "One person given two incompatible roles in one article."
    severity = Severity.WARNING
    languages = None
    bad = [
        Example(
            "Secretary of State Antony Blinken landed in Cairo on Monday.\nLater in the day Defense Secretary Blinken met the army chief.",
            flag="Defense Secretary",
        ),
        Example(
            "استقبل رئيس الوزراء العراقي محمد شياع السوداني الوفد.\nوقال رئيس الجمهورية محمد شياع السوداني إن الزيارة مهمة.",
            flag="رئيس الجمهورية",
            lang="ar",
        ),
    ]
    good = [
        Example("Former Defense Secretary Lloyd Austin spoke after Secretary of State Antony Blinken.\nPresident Joe Biden thanked Blinken."),
        Example("Prime Minister Rishi Sunak spoke first. Former Prime Minister Boris Johnson and Foreign Secretary David Cameron followed."),
        Example("استقبل رئيس الوزراء العراقي محمد شياع السوداني الوفد.\nوقال وزير الخارجية فؤاد حسين إن رئيس الوزراء السوداني سيزور باريس.", lang="ar"),
        Example("Foreign Minister Jane Doe was appointed prime minister in May; Prime Minister Jane Doe said she would keep the post.",),
        Example("التقى رئيس الحكومة عبد الإله بن كيران الوفد، ثم استقبله الرئيس الجزائري عبد العزيز بوتفليقة.", lang="ar"),
    ]

    def check(self, doc) -> Iterator:
        from checker.extract.names import find_names

        mentions = [m for m in doc.analysis(find_names) if m.role is not None]
        if len(mentions) < 2:
            return
        by_surname: dict[str, list] = defaultdict(list)
        for m in mentions:
            last = m.tokens[-1].norm
            if len(last) >= 3 and last not in _NAME_ELEMENTS:  # عبد … cut short is not a surname
                by_surname[last].append(m)
        conflicts = []  # (mention, the person's first mention with a current role)
        for group in by_surname.values():
            given = {m.tokens[0].norm for m in group if len(m.tokens) >= 2}
            if len(given) > 1:
                continue  # two people with one surname
            if any(m.role.key == "combined" for m in group):
                continue  # one person who holds two offices at once
            current = [m for m in group if not m.role.qualified]
            if not current:
                continue
            first = current[0]
            for m in current[1:]:
                if m.role.key != first.role.key:
                    conflicts.append((m, first))
                    break
        # the article's words of change are looked for only when there is a conflict to excuse
        if not conflicts or _CHANGE_EN.search(doc.text) or any(w in doc.text for w in _CHANGE_AR):
            return
        for m, first in conflicts:
            name = doc.text[m.start: m.end]
            yield self.finding(
                doc,
                m.role.start,
                m.role.end,
                f"'{doc.text[m.role.start: m.role.end]}' for {name}, who is "
                f"'{doc.text[first.role.start: first.role.end]}' ({_ROLE_WORDS[first.role.key]}) earlier "
                f"in the article: one person, two offices, and nothing in the article says the role changed.",
                related=[(first.role.start, first.end)],
            )
