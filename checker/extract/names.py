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
from dataclasses import dataclass, field

_PARTICLES_EN = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al", "el", "abu", "la", "le", "ben", "bint"}
_TITLE_WORDS = set(
    """mr mrs ms miss dr minister chief president secretary governor senator sen rep general gen prime foreign
    defense defence interior finance chancellor king queen prince princess sheikh emir judge justice coach
    striker midfielder defender goalkeeper spokesman spokeswoman ambassador mayor councillor councilor
    commissioner director professor prof rev lt col capt sgt speaker deputy vice chairman chairwoman chair ceo
    premier lord lady sir dame state crown former acting envoy commander colonel captain lieutenant sergeant
    pope cardinal bishop imam rabbi president-elect democrat republican independent conservative labour""".split()
)
_EN_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ɏ]+)*")
_AR_LETTER = re.compile(r"[\u0621-\u064A]")


@dataclass(frozen=True)
class NameToken:
    start: int
    end: int
    surface: str
    norm: str  # folded, for comparison (Arabic: clitics stripped, every letter fold)
    common: bool  # a frequent word of the language
    readings: tuple[str, ...] = ()  # Arabic: folded readings without proclitics


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

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(t.norm for t in self.tokens)


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
_EN_ROLE_RE = re.compile(
    r"(?P<qual>\b(?:former|ex-|then-|acting|outgoing|incoming|interim|late)\s*)?"
    r"(?:\b[A-Z][a-z]+(?:ian|ish|ese|i|an|ch)\s+|U\.S\.\s+|US\s+|UK\s+|British\s+|French\s+)?"
    r"(?P<deputy>\b(?:deputy|vice)\s+)?"
    r"\b(?P<role>" + "|".join(f"(?:{p})" for p, _ in _EN_ROLES) + r")\s+(?=[A-Z])",
    re.IGNORECASE,
)

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


def _en_role_before(text: str, start: int) -> Role | None:
    window_start = max(0, start - 80)
    window = text[window_start:start + 1]
    best = None
    for m in _EN_ROLE_RE.finditer(window):
        if window_start + m.end() == start:
            best = m
    if best is None or best.group("deputy"):
        return None
    role = best.group("role").lower()
    key = next(k for p, k in _EN_ROLES if re.fullmatch(p, role))
    before = text[max(0, window_start + best.start() - 12): window_start + best.start()].lower()
    qualified = bool(best.group("qual")) or bool(re.search(r"(former|then|ex|acting)[\s-]*$", before))
    if re.search(r"(minister|secretary|president|premier|chancellor)\s+(and|&)\s+$", text[max(0, window_start + best.start() - 40): window_start + best.start()], re.IGNORECASE):
        key = "combined"  # Prime Minister and Foreign Minister X: two offices at once
    return Role(key, window_start + best.start("role"), window_start + best.end("role"), qualified)


def _ar_role_before(text: str, toks: list, i: int) -> Role | None:
    """A title ending just before token i, allowing up to two adjectives (العراقي، الأمريكي)
    between the title and the name; a qualifier (السابق) anywhere in between marks it."""
    from checker.lang.arabic import normalize

    qualified = False
    j = i - 1
    skipped = 0
    while j >= 0 and skipped <= 2:
        for phrase, key in _AR_ROLES:
            words = phrase.split()
            n = len(words)
            if j - n + 1 < 0:
                continue
            seg = toks[j - n + 1: j + 1]
            if [normalize(t[2]) for t in seg] == [normalize(w) for w in words] or (
                n == 1 and normalize(seg[0][2]) in {normalize("الرئيس"), normalize("والرئيس")} and key == "president"
            ):
                if not all(text[a[1]: b[0]].strip() == "" for a, b in zip(toks[j - n + 1: i], toks[j - n + 2: i + 1])):
                    return None
                first = j - n + 1
                if first > 0 and normalize(toks[first - 1][2]) in {normalize("نائب"), normalize("ونائب")}:
                    return None
                if key == "president" and n == 1 and skipped == 0:
                    return None  # bare "الرئيس فلان" is too often a company or party head
                if first >= 2:  # رئيس الوزراء وزير الخارجية فلان: two offices at once
                    before = [normalize(t[2]) for t in toks[max(0, first - 3): first]]
                    for other, _ in _AR_ROLES:
                        words = [normalize(w) for w in other.split()]
                        tail = before[-len(words):]
                        if tail and (tail == words or [tail[0].removeprefix("و")] + tail[1:] == words):
                            key = "combined"
                            break
                return Role(key, seg[0][0], seg[-1][1], qualified)
        word = normalize(toks[j][2])
        if word in {normalize(q) for q in _AR_QUALIFIERS}:
            qualified = True
        elif not (word.startswith("ال") and (word.endswith("ي") or word.endswith("ية"))):
            return None
        skipped += 1
        j -= 1
    return None


# -- mentions ------------------------------------------------------------------------------


def _english_mentions(doc) -> list[NameMention]:
    from checker.lang.english import is_common

    text = doc.text
    sentence_starts = {s.start for s in doc.sentences}
    line_starts = {0} | {m.end() for m in re.finditer(r"\n", text)}
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

    for m in _EN_TOKEN.finditer(text):
        word = m.group()
        gap = text[last_end: m.start()] if last_end >= 0 else ""
        if current and (gap.strip() != "" or "\n" in gap):
            flush()
        capital = word[0].isupper()
        particle = word.lower() in _PARTICLES_EN or word.lower().startswith(("al-", "el-"))
        at_start = m.start() in sentence_starts or m.start() in line_starts
        if capital and at_start and is_common(word) and not word.isupper():
            flush()
            last_end = m.end()
            continue
        if capital or (particle and current):
            if not current:
                sent_first = at_start
            current.append(NameToken(m.start(), m.end(), word, fold_latin(word), is_common(word)))
        else:
            flush()
        last_end = m.end()
    flush()
    headline = _headline_end(doc)
    out = []
    for mention in mentions:
        if mention.start < headline:
            continue  # a title-case headline capitalises every word
        while len(mention.tokens) > 1 and mention.tokens[0].norm.rstrip(".") in _TITLE_WORDS:
            mention.tokens.pop(0)  # Chief Minister Ali Amin Gandapur -> Ali Amin Gandapur
        mention.role = _en_role_before(text, mention.start)
        for k in range(1, len(mention.tokens)):  # a capitalised title inside: Defense Secretary Blinken
            role = _en_role_before(text, mention.tokens[k].start)
            if role is not None and role.start >= mention.start - 40:
                mention.tokens = mention.tokens[k:]
                mention.role = role
                break
        out.append(mention)
    return out


def _headline_end(doc) -> int:
    first = doc.text.split("\n", 1)[0]
    words = first.split()
    caps = sum(1 for w in words if w[:1].isupper())
    if "\n" in doc.text and words and caps >= 0.6 * len(words) and len(words) > 2 and not first.rstrip().endswith("."):
        return len(first)
    return 0


_AR_SAID = "قال قالت أكد أكدت أضاف أضافت أوضح أوضحت أعلن أعلنت صرح صرحت اعتبر اعتبرت أشار أشارت ذكر ذكرت التقى التقت استقبل استقبلت دعا دعت رأى رأت شدد شددت"
_AR_STOP = "إن أن ان إنه أنه في من على إلى الى عن مع خلال بعد قبل الذي التي الذين لدى حيث كما هو هي وهو وهي إنها أنها اليوم أمس يوم"


def _arabic_mentions(doc) -> list[NameMention]:
    from checker.lang.arabic import clitic_readings, fold, is_common, normalize, tokens

    text = doc.text
    toks = [t for t in tokens(text) if _AR_LETTER.match(t[2])]
    vocab = {normalize(t[2]) for t in toks}
    said = {normalize(w) for w in _AR_SAID.split()} | {"و" + normalize(w) for w in _AR_SAID.split()}
    stop = {normalize(w) for w in _AR_STOP.split()}
    role_starts = {normalize(p.split()[0]) for p, _ in _AR_ROLES} | {"و" + normalize(p.split()[0]) for p, _ in _AR_ROLES}

    def norm(word: str) -> str:
        n = normalize(word)
        for reading in clitic_readings(n)[1:]:
            if reading in vocab and len(reading) >= 3:
                n = reading
                break
        return fold(n)

    def tok(i: int) -> NameToken:
        s, e, w = toks[i]
        return NameToken(s, e, w, norm(w), is_common(w), tuple(fold(r) for r in clitic_readings(normalize(w))))

    def joined(i: int) -> bool:  # token i follows token i-1 across spaces only
        return i > 0 and text[toks[i - 1][1]: toks[i][0]].strip() == ""

    candidates: list[tuple[int, int, Role | None]] = []  # [first, last] token indexes, role
    # runs of words that are not common words
    i = 0
    while i < len(toks):
        if is_common(toks[i][2]):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and joined(j + 1) and not is_common(toks[j + 1][2]):
            j += 1
        candidates.append((i, j, None))
        i = j + 1
    # a title, or a verb of saying, and up to three words after it
    for i in range(len(toks)):
        role = _ar_role_before(text, toks, i) if joined(i) else None
        after_said = i > 0 and joined(i) and normalize(toks[i - 1][2]) in said
        if role is None and not after_said:
            continue
        if role is not None and i + 1 < len(toks) and joined(i + 1) and _ar_role_before(text, toks, i + 1):
            continue  # an adjective of the title (العراقي), not the name
        if normalize(toks[i][2]) in role_starts:
            continue  # another title follows (رئيس الوزراء وزير الخارجية فلان)
        j = i
        while j < len(toks) and j - i < 3 and normalize(toks[j][2]) not in stop and (j == i or joined(j)):
            word = normalize(toks[j][2])
            if j > i and word.startswith("ال") and not word.endswith("ي") and is_common(word):
                break  # the object of the sentence (الوفد), not a surname (السوداني)
            j += 1
        if j > i:
            candidates.append((i, j - 1, role))
    taken: set[int] = set()
    mentions = []
    for first, last, role in sorted(candidates, key=lambda c: (c[2] is None, -(c[1] - c[0]), c[0])):
        idx = set(range(first, last + 1))
        if idx & taken:
            if role is not None:  # give an overlapping mention its title
                for m in mentions:
                    if m.tokens[0].start == toks[first][0] and m.role is None:
                        m.role = role
            continue
        taken |= idx
        mention = NameMention([tok(k) for k in range(first, last + 1)], "ar", role=role)
        mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    return mentions


def find_names(doc) -> list[NameMention]:
    """Name mentions of the document, in text order (Arabic and English paragraphs alike)."""
    out: list[NameMention] = []
    if _AR_LETTER.search(doc.text):
        out.extend(_arabic_mentions(doc))
    if re.search(r"[A-Za-z]{3}", doc.text):
        out.extend(_english_mentions(doc))
    out.sort(key=lambda m: m.start)
    return out
