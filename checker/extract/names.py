"""Person and place name mentions, with the role a title gives them.

English: capitalised word sequences (with the particles of names: de, bin, al-, van ...);
a sentence's first word counts only when it is not a common word. Arabic (no capitals):
words that are not common words (the wordfreq-derived list in checker/lang/data), with their
neighbours. A title just before a name (Secretary of State Antony Blinken; رئيس الوزراء
العراقي محمد شياع السوداني) gives the mention a role, with "former", "then-", "السابق" noted.

`find_names(doc)` -> list[NameMention]; compute it through `doc.analysis(find_names)`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from checker.extract.words import word_tokens
from checker.lang.arabic import _clitic_readings, fold, normalize
from checker.lang.arabic import is_common as _ar_common

_PARTICLES_EN = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al", "el", "abu", "la", "le", "ben", "bint"}
_TITLE_WORDS = set(
    """mr mrs ms miss dr minister chief president secretary governor senator sen rep general gen prime foreign
    defense defence interior finance chancellor king queen prince princess sheikh emir judge justice coach
    striker midfielder defender goalkeeper spokesman spokeswoman ambassador mayor councillor councilor
    commissioner director professor prof rev lt col capt sgt speaker deputy vice chairman chairwoman chair ceo
    premier lord lady sir dame state crown former acting envoy commander colonel captain lieutenant sergeant
    pope cardinal bishop imam rabbi president-elect democrat republican independent conservative labour""".split()
)
_EN_LETTER = "A-Za-zÀ-ÖØ-öø-ɏ"


@lru_cache(maxsize=1)
def _en_token_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a word, a word that may begin with a capital), compiled for the first text with Latin
    words: their classes beyond ASCII take ~2 ms to compile, which Arabic articles need not pay.

    The second finds the words of the first that may begin with a capital (A-Z, or a letter
    beyond ASCII: the caller checks str.isupper) without visiting the others: a word starts at
    a letter that follows neither a letter nor a letter and an apostrophe or hyphen (those are
    inside a word)."""
    letter = _EN_LETTER
    word = re.compile(rf"[{letter}]+(?:['’-][{letter}]+)*")
    capitalised = re.compile(rf"[A-ZÀ-ÖØ-öø-ɏ](?<![{letter}].)(?<![{letter}]['’-].)[{letter}]*(?:['’-][{letter}]+)*")
    return word, capitalised


_AR_LETTER = re.compile(r"[\u0621-\u064A]")
_LATIN_WORD = re.compile(r"[A-Za-z]{3}")


@dataclass(frozen=True)
class NameToken:
    start: int
    end: int
    surface: str
    norm: str  # folded, for comparison (Arabic: clitics stripped, every letter fold)
    common: bool  # a frequent word of the language
    readings: tuple[str, ...] = ()  # Arabic: folded readings without proclitics
    spelled: str = ""  # Arabic: the word without proclitics, hamza kept inside it (فؤاد, not فواد)


@dataclass
class Role:
    key: str  # canonical office (prime-minister, foreign-minister ...)
    start: int
    end: int
    qualified: bool  # former / then- / acting / السابق: not a claim about now


@dataclass
class NameMention:
    tokens: list[NameToken]
    lang: str
    role: Role | None = None
    sentence_start: bool = False
    # Arabic: why the words are taken for a name ("role": after a title; "given": a given name
    # and what follows it; "recurring": the same words of two or more, twice or more; "": only
    # rare words, or words after a verb of saying, which are as often ordinary words)
    evidence: str = ""
    after_said: bool = False  # Arabic: the mention follows a verb of saying (a subject's place)

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(t.norm for t in self.tokens)


@lru_cache(maxsize=4096)  # every capitalised token, over and over in one article (size: arabic._CACHE_NOTE)
def fold_latin(word: str) -> str:
    w = word.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = unicodedata.normalize("NFKD", w.casefold())
    return "".join(c for c in w if not unicodedata.combining(c))


# -- roles ---------------------------------------------------------------------------------

_EN_ROLES = [
    (r"secretary of state", "foreign-minister"),
    (r"foreign (?:minister|secretary)", "foreign-minister"),
    (r"(?:defen[cs]e) (?:minister|secretary)|secretary of defen[cs]e", "defense-minister"),
    (r"interior minister|home secretary|home minister", "interior-minister"),
    (r"finance minister|treasury secretary|chancellor of the exchequer", "finance-minister"),
    (r"prime minister|premier", "prime-minister"),
    (r"vice[- ]president", "vice-president"),
    (r"president", "president"),
]
_EN_ROLE_PATTERN = (
    r"(?P<qual>\b(?:former|ex-|then-|acting|outgoing|incoming|interim|late)\s*)?"
    r"(?:\b[A-Z][a-z]+(?:ian|ish|ese|i|an|ch)\s+|U\.S\.\s+|US\s+|UK\s+|British\s+|French\s+)?"
    r"(?P<deputy>\b(?:deputy|vice)\s+)?"
    r"\b(?P<role>" + "|".join(f"(?:{p})" for p, _ in _EN_ROLES) + r")\s+(?=[A-Z])"
)


@lru_cache(maxsize=1)
def _en_role_re() -> re.Pattern:
    """Compiled on the first name that follows a role word (~2 ms: not at import)."""
    return re.compile(_EN_ROLE_PATTERN, re.IGNORECASE)


_AR_ROLES = [
    ("رئيس الوزراء", "prime-minister"),
    ("رئيس الحكومة", "prime-minister"),
    ("رئيس الجمهورية", "president"),
    ("الرئيس", "president"),
    ("وزير الخارجية", "foreign-minister"),
    ("وزيرة الخارجية", "foreign-minister"),
    ("وزير الدفاع", "defense-minister"),
    ("وزيرة الدفاع", "defense-minister"),
    ("وزير الداخلية", "interior-minister"),
    ("وزيرة الداخلية", "interior-minister"),
    ("وزير المالية", "finance-minister"),
    ("وزيرة المالية", "finance-minister"),
    ("نائب الرئيس", "vice-president"),
]
_AR_QUALIFIERS = {"السابق", "السابقة", "الأسبق", "الاسبق", "المنتهية", "بالوكالة", "المؤقت", "الراحل", "الراحلة"}


@lru_cache(maxsize=1)
def _en_role_word_end() -> re.Pattern:
    """Matches where one of the last words of the English roles ends (compiled on first use)."""
    words = ("state", "minister", "secretary", "defence", "defense", "exchequer", "premier", "president")
    return re.compile("|".join(f"(?<={w})" for w in words), re.IGNORECASE)


def _after_role_word(text: str, start: int) -> bool:
    """True when `start` follows spaces that follow the last word of a role: every English
    role ends so, so a name not preceded by one has no role, and the windowed search of
    _en_role_before is skipped (same case folding as _en_role_re())."""
    lo = max(0, start - 80)
    end = lo + len(text[lo:start].rstrip())
    return end < start and _en_role_word_end().match(text, end) is not None


_EN_QUALIFIED = re.compile(r"(former|then|ex|acting)[\s-]*$")
_EN_COMBINED = re.compile(r"(minister|secretary|president|premier|chancellor)\s+(and|&)\s+$", re.IGNORECASE)


def _en_role_before(text: str, start: int) -> Role | None:
    window_start = max(0, start - 80)
    window = text[window_start:start + 1]
    best = None
    for m in _en_role_re().finditer(window):
        if window_start + m.end() == start:
            best = m
    if best is None or best.group("deputy"):
        return None
    role = best.group("role").lower()
    key = next(k for p, k in _EN_ROLES if re.fullmatch(p, role))
    before = text[max(0, window_start + best.start() - 12): window_start + best.start()].lower()
    qualified = bool(best.group("qual")) or bool(_EN_QUALIFIED.search(before))
    if _EN_COMBINED.search(text[max(0, window_start + best.start() - 40): window_start + best.start()]):
        key = "combined"  # Prime Minister and Foreign Minister X: two offices at once
    return Role(key, window_start + best.start("role"), window_start + best.end("role"), qualified)


def _normalized_roles():
    """The Arabic titles, normalised once: (words, key) in _AR_ROLES order, and the same
    indexed by their last word (a title ending at token j must end with token j's word)."""
    roles = [([normalize(w) for w in phrase.split()], key) for phrase, key in _AR_ROLES]
    by_last: dict[str, list[tuple[list[str], str]]] = {}
    for words, key in roles:
        by_last.setdefault(words[-1], []).append((words, key))
        if len(words) == 1 and key == "president":  # والرئيس is the bare title too
            by_last.setdefault(normalize("والرئيس"), []).append((words, key))
    return roles, by_last


_AR_ROLE_WORDS, _AR_ROLE_BY_LAST = _normalized_roles()
_AR_QUALIFIERS_NORM = frozenset(normalize(q) for q in _AR_QUALIFIERS)
_AR_DEPUTY = frozenset((normalize("نائب"), normalize("ونائب")))


def _may_precede_name(word: str) -> bool:
    """The normalised word ends a title, or is a qualifier (السابق) or an adjective (العراقي)."""
    return word in _AR_ROLE_BY_LAST or word in _AR_QUALIFIERS_NORM or (word.startswith("ال") and word.endswith(("ي", "ية")))


def _ar_role_before(nw: list[str], joined: list[bool], toks: list, i: int) -> Role | None:
    """A title ending just before token i, allowing up to two adjectives (العراقي، الأمريكي)
    between the title and the name; a qualifier (السابق) anywhere in between marks it.
    `nw`: the normalised words of `toks`; `joined[k]`: token k follows token k-1 across
    spaces only."""
    qualified = False
    j = i - 1
    skipped = 0
    while j >= 0 and skipped <= 2:
        word = nw[j]
        for words, key in _AR_ROLE_BY_LAST.get(word, ()):
            n = len(words)
            first = j - n + 1
            if first < 0 or (n > 1 and nw[first:j] != words[:-1]):
                continue
            if not all(joined[first + 1: i + 1]):
                return None
            if first > 0 and nw[first - 1] in _AR_DEPUTY:
                return None
            if key == "president" and n == 1 and skipped == 0:
                return None  # bare "الرئيس فلان" is too often a company or party head
            if first >= 2:  # رئيس الوزراء وزير الخارجية فلان: two offices at once
                before = nw[max(0, first - 3): first]
                for other, _ in _AR_ROLE_WORDS:
                    tail = before[-len(other):]
                    if tail and (tail == other or [tail[0].removeprefix("و")] + tail[1:] == other):
                        key = "combined"
                        break
            return Role(key, toks[first][0], toks[j][1], qualified)
        if word in _AR_QUALIFIERS_NORM:
            qualified = True
        elif not (word.startswith("ال") and (word.endswith("ي") or word.endswith("ية"))):
            return None
        skipped += 1
        j -= 1
    return None


# -- mentions ------------------------------------------------------------------------------

_EN_PARTICLE_PREFIXES = ("al-", "el-")


@lru_cache(maxsize=4096)
def _en_common(word: str) -> bool:
    """checker.lang.english.is_common, memoised: names ask about the same words again and again."""
    from checker.lang.english import is_common

    return is_common(word)


def _english_mentions(doc) -> list[NameMention]:
    text = doc.text
    starts = {s.start for s in doc.sentences} | {0} | {m.end() for m in re.finditer(r"\n", text)}
    mentions: list[NameMention] = []
    current: list[NameToken] = []
    sent_first = False
    last_end = -1

    def flush():
        nonlocal current
        while current and current[-1].surface.lower() in _PARTICLES_EN:
            current.pop()
        if current:
            mentions.append(NameMention(list(current), "en", sentence_start=sent_first))
        current = []

    # Outside a name only a capitalised word can start one: skip to the next (the words
    # between would only end a name; a lower-case one found here is passed over below).
    # Inside a name, every next word counts.
    word_re, capitalised_re = _en_token_patterns()
    any_token, capitalised = word_re.search, capitalised_re.search
    lower_words: list[set[str]] = []  # the text's words in lower case, made on first need
    pos = 0
    while True:
        m = any_token(text, pos) if current else capitalised(text, pos)
        if m is None:
            break
        pos = m.end()
        word = m.group()
        if not word[0].isupper():
            # a lower-case word ends a name, unless it is a particle inside one (bin, al-)
            if current:
                lower = word.lower()
                if lower in _PARTICLES_EN or lower.startswith(_EN_PARTICLE_PREFIXES):
                    gap = text[last_end: m.start()]
                    if gap.strip() != "" or "\n" in gap:
                        flush()
                    else:
                        current.append(NameToken(m.start(), m.end(), word, fold_latin(word), _en_common(word)))
                else:
                    flush()
            last_end = m.end()
            continue
        if current:
            gap = text[last_end: m.start()]
            if gap.strip() != "" or "\n" in gap:
                flush()
        at_start = m.start() in starts
        if at_start and _en_common(word) and not word.isupper() and not _first_name_at_start(text, m.end(), word, lower_words):
            flush()
            last_end = m.end()
            continue
        if not current:
            sent_first = at_start
        current.append(NameToken(m.start(), m.end(), word, fold_latin(word), _en_common(word)))
        last_end = m.end()
    flush()
    headline = _headline_end(doc)
    out = []
    for mention in mentions:
        if mention.start < headline:
            continue  # a title-case headline capitalises every word
        while len(mention.tokens) > 1 and mention.tokens[0].norm.rstrip(".") in _TITLE_WORDS:
            mention.tokens.pop(0)  # Chief Minister Ali Amin Gandapur -> Ali Amin Gandapur
        mention.role = _en_role_before(text, mention.start) if _after_role_word(text, mention.start) else None
        for k in range(1, len(mention.tokens)):  # a capitalised title inside: Defense Secretary Blinken
            if not _after_role_word(text, mention.tokens[k].start):
                continue
            role = _en_role_before(text, mention.tokens[k].start)
            if role is not None and role.start >= mention.start - 40:
                mention.tokens = mention.tokens[k:]
                mention.role = role
                break
        out.append(mention)
    return out


def _first_name_at_start(text: str, end: int, word: str, lower_words: list) -> bool:
    """A frequent word that begins a sentence is a name there (Matthew Miller, Will Smith)
    when a capitalised word follows it and the article never writes it in lower case."""
    if not (text[end: end + 1] == " " and text[end + 1: end + 2].isupper()):
        return False
    if not lower_words:
        lower_words.append(set(_LOWER_WORD.findall(text)))
    return word.lower() not in lower_words[0]


_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")


def _headline_end(doc) -> int:
    first = doc.text.split("\n", 1)[0]
    words = first.split()
    caps = sum(1 for w in words if w[:1].isupper())
    if "\n" in doc.text and words and caps >= 0.6 * len(words) and len(words) > 2 and not first.rstrip().endswith("."):
        return len(first)
    return 0


_AR_SAID = "قال قالت أكد أكدت أضاف أضافت أوضح أوضحت أعلن أعلنت صرح صرحت اعتبر اعتبرت أشار أشارت ذكر ذكرت التقى التقت استقبل استقبلت دعا دعت رأى رأت شدد شددت"
_AR_STOP = "إن أن ان إنه أنه في من على إلى الى عن مع خلال بعد قبل الذي التي الذين لدى حيث كما هو هي وهو وهي إنها أنها اليوم أمس يوم"


_AR_SAID_NORM = frozenset({normalize(w) for w in _AR_SAID.split()} | {"و" + normalize(w) for w in _AR_SAID.split()})
_AR_STOP_NORM = frozenset(normalize(w) for w in _AR_STOP.split())
_AR_ROLE_STARTS = frozenset({normalize(p.split()[0]) for p, _ in _AR_ROLES} | {"و" + normalize(p.split()[0]) for p, _ in _AR_ROLES})


@lru_cache(maxsize=4096)
def _folded_readings(word: str) -> tuple[str, ...]:
    """fold() of every clitic reading of a normalised word (NameToken.readings)."""
    return tuple(fold(r) for r in _clitic_readings(word))


def arabic_tokens(doc) -> list[tuple[int, int, str]]:
    """The words of the document that begin with an Arabic letter, as (start, end, word);
    shared through `doc.analysis(arabic_tokens)` (names and the name-variant rule)."""
    return [t for t in doc.analysis(word_tokens) if "\u0621" <= t[2][0] <= "\u064a"]  # as _AR_LETTER.match


def _arabic_mentions(doc) -> list[NameMention]:
    text = doc.text
    toks = doc.analysis(arabic_tokens)
    count = len(toks)
    # per token, once: the normalised word, whether it is common, whether it follows the
    # previous token across spaces only
    # each distinct word is worked on once per document (a long file has more distinct words
    # than the shared caches hold, and would otherwise recompute them over and over)
    words = [t[2] for t in toks]
    distinct = set(words)
    normal = {w: normalize(w) for w in distinct}
    nw = [normal[w] for w in words]
    # a final ى for ي (مصر: فى، الكروى) does not make a frequent word rare
    frequent = {w: _ar_common(w) or (w.endswith("ى") and _ar_common(w[:-1] + "ي")) for w in distinct}
    common = [frequent[w] for w in words]
    joined = [False] + [text[toks[k - 1][1]: toks[k][0]].strip() == "" for k in range(1, count)]
    vocab = set(nw)
    norms: dict[str, tuple[str, int]] = {}

    def norm(k: int) -> tuple[str, int]:
        """The folded word without the proclitics that the article shows are proclitics (the
        rest is a word of the article too), and how many letters those were."""
        n = nw[k]
        if n in norms:
            return norms[n]
        found = n
        for reading in _clitic_readings(n)[1:]:
            if reading in vocab and len(reading) >= 3:
                found = reading
                break
        norms[n] = result = (fold(found), len(n) - len(found))
        return result

    readings_of: dict[str, tuple[str, ...]] = {}
    spelled_of: dict[str, str] = {}

    def tok(k: int) -> NameToken:
        s, e, w = toks[k]
        folded, cut = norm(k)
        spelled = spelled_of.get(w)
        if spelled is None:
            spelled = spelled_of[w] = normalize(w, alef=False)
        readings = readings_of.get(nw[k])
        if readings is None:
            readings = readings_of[nw[k]] = _folded_readings(nw[k])
        return NameToken(s, e, w, folded, common[k], readings, spelled[cut:] if len(spelled) == len(nw[k]) else "")

    candidates: list[tuple[int, int, Role | None]] = []  # [first, last] token indexes, role
    evidence: dict[tuple[int, int], str] = {}  # candidates that come with evidence of a name
    said_at: set[int] = set()  # tokens right after a verb of saying (وقال حشيشي)
    # runs of words that are not common words
    i = 0
    while i < count:
        if common[i]:
            i += 1
            continue
        j = i
        while j + 1 < count and joined[j + 1] and not common[j + 1]:
            j += 1
        candidates.append((i, j, None))
        i = j + 1
    # a title, or a verb of saying, and up to three words after it
    # a title can end before token k only when token k-1 ends one, or is a qualifier or an
    # adjective that may stand between title and name (_ar_role_before's first step)
    may = {w: _may_precede_name(w) for w in vocab}
    named = {w: _given_name(w) for w in vocab}
    given = [named[w] for w in nw]
    roles = [_ar_role_before(nw, joined, toks, k) if joined[k] and may[nw[k - 1]] else None for k in range(count)]
    for i in range(count):
        role = roles[i]
        after_said = joined[i] and nw[i - 1] in _AR_SAID_NORM
        if role is None and i and joined[i] and _after_title(nw[i - 1]) and _may_follow_title(nw[i], common[i]):
            k = _span_after(nw, joined, i, count)
            if k > i:
                candidates.append((i, k - 1, None))
                evidence[(i, k - 1)] = "title"
            continue
        if after_said:
            said_at.add(i)
        if role is None and not after_said:
            continue
        if role is not None and i + 1 < count and roles[i + 1] is not None:
            continue  # an adjective of the title (العراقي), not the name
        if nw[i] in _AR_ROLE_STARTS:
            continue  # another title follows (رئيس الوزراء وزير الخارجية فلان)
        j = i
        while j < count and j - i < 3 and nw[j] not in _AR_STOP_NORM and (j == i or joined[j]):
            word = nw[j]
            if j > i and word.startswith("ال") and not word.endswith("ي") and _ar_common(word) and not given[j - 1]:
                break  # the object of the sentence (الوفد), not a surname (السوداني، بشار الأسد)
            j += 1
        if j > i:
            candidates.append((i, j - 1, role))
    # a given name and up to two words after it that can be names: not frequent words, other
    # given names, the particles of names (بن، أبو), surnames of the form ال…ي (السوداني)
    for i in range(count - 1):
        if not given[i] or not joined[i + 1]:
            continue
        if nw[i] in _EGYPTIAN_ALA and not (given[i + 1] or nw[i + 1] in _AR_PARTICLES):
            continue  # علي is also على written with ي (علي ارتدائها): a name only before a name
        j = i + 1
        while j < count and j - i <= 2 and (j == i + 1 or joined[j]) and _may_follow_given(nw[j], common[j], given[j]):
            j += 1
        if j > i + 1 and nw[j - 1] not in _AR_PARTICLES:
            candidates.append((i, j - 1, None))
            evidence[(i, j - 1)] = "given"
    taken: set[int] = set()
    mentions = []
    for first, last, role in sorted(candidates, key=lambda c: (c[2] is None, (c[0], c[1]) not in evidence, -(c[1] - c[0]), c[0])):
        idx = set(range(first, last + 1))
        if idx & taken:
            if role is not None:  # give an overlapping mention its title
                for m in mentions:
                    if m.tokens[0].start == toks[first][0] and m.role is None:
                        m.role = role
            continue
        taken |= idx
        mention = NameMention([tok(k) for k in range(first, last + 1)], "ar", role=role)
        mention.evidence = "role" if role is not None else evidence.get((first, last), "")
        mention.after_said = first in said_at
        mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    # the same two or more words twice or more: a name the article repeats
    keys: dict[tuple[str, ...], int] = {}
    for m in mentions:
        if len(m.tokens) >= 2:
            keys[m.key] = keys.get(m.key, 0) + 1
    for m in mentions:
        if not m.evidence and keys.get(m.key, 0) >= 2:
            m.evidence = "recurring"
    return mentions


_AR_TITLES = frozenset(
    normalize(w)
    for w in """السيد السيدة الدكتور الدكتورة الشيخ الشيخة الأمير الأميرة الملك الملكة المهندس الأستاذ
    الأستاذة اللاعب اللاعبة المهاجم المدافع الحارس المدرب النجم النجمة الفنان الفنانة الكاتب الكاتبة
    الروائي الشاعر الشاعرة المخرج الممثل الممثلة المطرب المطربة الزميل الزميلة النائب النائبة السفير
    السفيرة اللواء العميد العقيد الفريق المشير الجنرال المستشار القاضي المحامي المتحدث الناطق الوزير
    الوزيرة الإمام البابا المطران الحاخام المفتي البروفيسور الباحث الباحثة الخبير المحلل الصحفي
    الصحافي المراسل السيناتور المؤرخ الرسام المغني""".split()
)


def _after_title(word: str) -> bool:
    """The normalised word (or the word after و/ف) is a title that a person's name follows."""
    return word in _AR_TITLES or (word[:1] in "وف" and word[1:] in _AR_TITLES)


def _may_follow_title(word: str, common: bool) -> bool:
    """A name may follow a title unless the word is a stop word, another title, or a frequent
    ال- word (المدرب الجديد: an adjective, not a name)."""
    if word in _AR_STOP_NORM or word in _AR_ROLE_STARTS or _after_title(word):
        return False
    return not (common and word.startswith("ال"))


def _span_after(nw: list[str], joined: list[bool], i: int, count: int) -> int:
    """The end (exclusive) of up to three name words from token i, as after a verb of saying:
    a stop word ends them, and so does a frequent ال- word that is not a nisba (الوفد)."""
    j = i
    while j < count and j - i < 3 and nw[j] not in _AR_STOP_NORM and (j == i or joined[j]):
        word = nw[j]
        if j > i and word.startswith("ال") and not word.endswith("ي") and _ar_common(word) and not _given_name(nw[j - 1]):
            break
        if j > i and _ar_common(word) and not (_given_name(word) or word in _AR_PARTICLES or _nisba(word) or _given_name(nw[j - 1])):
            break  # a verb or a noun after the name (المهندس القحطاني عبر)
        j += 1
    return j


_AR_PARTICLES = frozenset(normalize(w) for w in "بن ابن بنت أبو أبي أبا آل".split())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """checker/lang/data/ar_given_names.txt, folded (alef forms, ى/ي, ة/ه, hamza seats)."""
    from checker.lang.arabic import DATA_DIR

    lines = (DATA_DIR / "ar_given_names.txt").read_text("utf-8").splitlines()
    return frozenset(fold(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


def _given_name(word: str) -> bool:
    """The normalised word, or the word after a proclitic (ومحمد), is a given name of the list."""
    names = given_names()
    return any(fold(r) in names for r in _clitic_readings(word)[:2]) if word else False


_EGYPTIAN_ALA = frozenset({"علي", "وعلي", "على", "وعلى", "فعلى", "فعلي"})  # the preposition, however written


def _nisba(word: str) -> bool:
    return word.startswith("ال") and word.endswith(("ي", "ى")) and len(word) >= 5


def _may_follow_given(word: str, common: bool, given: bool) -> bool:
    """A surname may follow a given name: a rare word, another given name, a particle of
    names, or a word with the article (السوداني، الأسد، الفيصل: family names are often words)."""
    if word in _AR_STOP_NORM or word in _AR_ROLE_STARTS:
        return False
    return not common or given or word in _AR_PARTICLES or (word.startswith("ال") and len(word) >= 4)


def find_names(doc) -> list[NameMention]:
    """Name mentions of the document, in text order (Arabic and English paragraphs alike)."""
    out: list[NameMention] = []
    if _AR_LETTER.search(doc.text):
        out.extend(_arabic_mentions(doc))
    if _LATIN_WORD.search(doc.text):
        out.extend(_english_mentions(doc))
    out.sort(key=lambda m: m.start)
    return out
