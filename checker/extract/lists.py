"""Counted lists: a count ("three towns", "ثلاث دول", "المتهمون الثلاثة") followed right away by
the enumeration of the things it counts, and whether that enumeration is certainly whole.

Computed once per document: `doc.analysis(find_enumerations)`. Each `Enumeration` holds the count
mention, the span of the counted noun phrase, the items (their spans) and `complete`: True only
when the text unambiguously states both sides —

- the list starts right after the counted noun (at most a few words of adjectives between) and
  is introduced by a colon, a dash, a bracket, "namely", or Arabic هي / هم / وهي / وهم;
- nothing makes it partial or open ("including", "such as", "among them", منها، أبرزها، في
  مقدمتها، بينها، مثل) and nothing continues it past its parallel items ("as well as", "plus",
  إضافة إلى، فضلا عن، ثم، مع، وغيرها);
- its items are parallel: separated by commas with "and"/و before the last (or, in Arabic, by و
  alone between short noun phrases), each short, no item a verb clause or an alternative ("or");
- the list ends where a sentence, a bracket or a clause ends.

When any of this is unsure the enumeration is kept with `complete = False` (no rule compares it).
A count that is not a count of things is never taken: durations and measures ("for two years",
"لأسبوعين"), designators ("F-16", "باك-3"), ordinals (القرن العشرين), ratios ("one in five") and
partitives ("two of the three").
"""
from __future__ import annotations

import re
from typing import NamedTuple

from checker.extract.quantities import count_role
from checker.lang import arabic_numbers as arn


class Enumeration(NamedTuple):
    count: object  # the NumberMention
    start: int  # the count's start
    end: int  # end of the counted noun phrase (the span a finding flags)
    items: tuple[tuple[int, int], ...]
    complete: bool
    why: str = ""  # why it is not complete (for tests and debugging)


# -- English ---------------------------------------------------------------------------------
_EN_INTRO = re.compile(r"(?P<gap>(?:\s+(?:[a-z][\w'-]*|the|of|in|on|at|for))?(?:\s+(?:[a-z][\w'-]*)){0,2}?)(?P<intro>\s*:\s*|\s+(?:—|–|--|-)\s+|\s*\(\s*|,\s+namely\s+|,\s+(?=[A-Z]))")
_EN_PARTIAL = re.compile(
    r"\b(?:including|includes|include|included|such\s+as|among\s+them|among\s+others|among\s+which|amongst|like|notably|especially|"
    r"e\.g\.|for\s+example|for\s+instance|mainly|mostly|chiefly|primarily|led\s+by|headed\s+by|top|leading|biggest|largest|others|etc|and\s+so\s+on)\b",
    re.I,
)
_EN_CONTINUE = re.compile(r"\b(?:as\s+well\s+as|plus|in\s+addition\s+to|along\s+with|together\s+with|besides|also|then)\b", re.I)
_EN_CLAUSE_END = re.compile(
    r",\s+(?:according|said|says|officials|who|whom|whose|which|where|while|when|as|but|after|before|with|in\s+a|at\s+a|respectively|"
    r"[a-z]+ed|met|was|were|is|are|has|have|had|told|went|came|made|took|gave|won|lost|left|led|held|saw|fled|will|would|can|could|to|and\s+(?:the|a|an|it|he|she|they|we|his|her|their|its)\s+[a-z]+(?:ed|s)\b)\b"
)
_EN_VERBISH = re.compile(r"^(?:[a-z]+ing\s+(?:the|a|an|to|it|them|him|her|up|out|on|in)\b|I|we|he|she|they|it|you|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did)\b")
_JOINED_NAMES = re.compile(
    r"\b(?:Trinidad and Tobago|Bosnia and Herzegovina|Antigua and Barbuda|Saint Kitts and Nevis|Sao Tome and Principe|"
    r"Turks and Caicos|Procter and Gamble|Marks and Spencer|Johnson and Johnson|Tom and Jerry)\b|\b[A-Z][a-z]*\s*&\s*[A-Z]\w*"
)


def _en_items(body: str) -> list[tuple[int, int]] | None:
    """Items of an English enumeration as offsets into body; None when it is not a clean list."""
    if ";" in body or re.search(r",\s+or\b", body) or (re.search(r"\bor\b", body) and not re.search(r"\band\b", body)):
        return None  # alternatives, or a list of clauses
    masked = _JOINED_NAMES.sub(lambda m: m.group().replace("and", "___").replace("&", "_"), body)
    bounds = []
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^,]+", masked)]
    if not parts:
        return None
    for k, (s, e) in enumerate(parts):
        seg = masked[s:e]
        lead = re.match(r"\s*(?:and\s+)?", seg, re.I).end()
        seg_s = s + lead
        inner = [m for m in re.finditer(r"\s+and\s+", masked[seg_s:e], re.I)]
        if inner:
            if k != len(parts) - 1 or len(inner) > 1:
                return None  # "and" inside an earlier item: a name or a phrase, unsure
            cut = seg_s + inner[0].start()
            bounds.append((seg_s, cut))
            bounds.append((seg_s + inner[0].end(), e))
        else:
            bounds.append((seg_s, e))
    out = []
    for s, e in bounds:
        item = body[s:e].strip()
        if not item:
            return None
        s = s + (len(body[s:e]) - len(body[s:e].lstrip()))
        e = s + len(item)
        words = item.split()
        head = re.split(r"\s+(?:of|from|in|at|for|with|on)\s+", item, maxsplit=1)[0].split()
        if len(head) > 6 or len(words) > 16 or _EN_VERBISH.match(item) or re.search(r"\d", item):
            return None
        out.append((s, e))
    return out


def _en_enumeration(doc, m, noun_end: int, sent_end: int) -> Enumeration | None:
    text = doc.text
    intro = _EN_INTRO.match(text, noun_end, min(sent_end, noun_end + 60))
    if not intro:
        return None
    gap, kind = intro.group("gap"), intro.group("intro").strip()
    if _EN_PARTIAL.search(gap) or len(gap.split()) > 3:
        return None
    body_start = intro.end()
    if kind == "(":
        close = text.find(")", body_start, sent_end)
        if close < 0:
            return None
        body_end = close
    else:
        body_end = sent_end
        if kind in ("—", "–", "--", "-"):
            dash = re.compile(r"\s+(?:—|–|--|-)\s+").search(text, body_start, sent_end)
            if dash:
                body_end = dash.start()
        ce = _EN_CLAUSE_END.search(text, body_start, body_end)
        if ce:
            body_end = ce.start()
        elif kind == "," and body_end == sent_end:
            return None  # an apposition must be closed by a clause ("The two suspects, A and B, appeared")
    body = text[body_start:body_end].rstrip(" .")
    e = Enumeration(m, m.start, noun_end, (), False)
    if not body or _EN_PARTIAL.search(body[:40]) or _EN_CONTINUE.search(body) or re.search(r"[\n\"“”‘’`]|\.\.|…", body):
        return e._replace(why="partial or continued")
    items = _en_items(body)
    if not items or len(items) < 2:
        return e._replace(why="not a clean list")
    if _numbers_between(doc, body_start, body_start + len(body)):
        return e._replace(why="counts inside the list")
    if kind == "," and not all(text[body_start + s].isupper() for s, _ in items):
        return e._replace(why="an apposition of names only")
    if any(not text[body_start + s].isupper() for s, _ in items) and any(text[body_start + s].isupper() for s, _ in items):
        # mixed: proper names and phrases; only "the U.S." style articles are fine
        if not all(text[body_start + s].isupper() or text.startswith("the ", body_start + s) for s, _ in items):
            return e._replace(why="items not parallel")
    return e._replace(items=tuple((body_start + s, body_start + t) for s, t in items), complete=True)


# -- Arabic ----------------------------------------------------------------------------------
_AR_INTRO = re.compile(
    r"(?P<gap>(?:\s+[\u0621-\u064A\u0640\u064B-\u065F]+){0,8}?)(?P<intro>\s*:\s*|\s+(?:—|–|-)\s+|\s*\(\s*|\s*[،,]?\s+(?:و?هي|و?هم|و?هما|و?هن)\s*:?\s+)"
)
_AR_PARTIAL_WORDS = frozenset(arn.fold_text(w) for w in (
    "منها منهم بينها بينهم ومنها ومنهم وبينها وبينهم أبرزها أبرزهم وأبرزها وأبرزهم أهمها أهمهم وأهمها مقدمتها مقدمتهم "
    "مثل ومثل خاصة وخاصة سيما أغلبها أغلبهم معظمها معظمهم بعضها بعضهم رأسها رأسهم يتقدمها يتصدرها تتصدرها "
    "أخرى آخرين آخرون وغيرها وغيرهم وسواها وغير إلخ وآخرين وآخرون "
    "الأوائل الأولى الأوائل الأكبر الأبرز الأفضل الأهم الأكثر الأعلى الأقوى الأغنى الأوسع"
).split())
_AR_CONTINUE = frozenset(arn.fold_text(w) for w in (
    "إضافة بالإضافة وبالإضافة وإضافة فضلا علاوة جانب ثم مع وكذلك كذلك أيضا وأيضا عدا باستثناء إلا أخيرا وأخيرا "
    "نحو ونحو إلخ الخ وغيره"
).split())
# words that end a list when they follow it after a comma or a و: a new clause begins
_AR_CLAUSE = frozenset(arn.fold_text(w) for w in (
    "بعدما بعد حيث فيما بينما مما ما التي الذي الذين اللذين اللتين وذلك وفق وفقا بحسب حسب وقال وأضاف مؤكدا مشيرا "
    "مضيفا معتبرا وهو وهي وهم وهذا وهذه وذلك وتلك وقد وكان وكانت وإن وأن ولم ولن ولا لأن كما قبل لكن غير إذ إذا "
    "الذي والتي والذي وفي وعلى وخلال وبعد وقبل ومنذ وحول وعن وإلى ولكن"
).split())
_AR_WORD = re.compile(r"[\u0621-\u064A\u0640\u064B-\u065F\u0670]+|[^\s\u0621-\u064A،,.:]+")
# words that start with و but are not "and + word"
_AR_W_WORDS = frozenset(arn.fold_text(w) for w in (
    "وزارة وزير وزراء وزيرة وادي واشنطن ورزازات وهران وكالة ولاية ولايات وسط وطني وطنية واحد واحدة وحدة وفد ورقة وقف وقود "
    "واقع وثيقة وجدة ويلز وارسو وولفسبورغ وائل وليد وسام وجيه وفاء وداد ودود وهبة وهيب وضاح ولي وصفي وديع واصل "
    "والي وجه وجهة وصول وضع واجهة وثائق ورشة وظيفة وظائف ولاء ورود وردة وتيرة وسيلة وسائل وقت أوقات وقائع وجود وحدات "
    "ودائع ورق وزن وصف وعي وعد وعود وفاة وفيات ولادة وفرة وجبة وجبات وكيل وكلاء وريث ورثة وطن وقفة وسام وساطة وصية وصايا "
    "وارد واردات ولع وهم وباء ولاية وئام وحش وزارات وكالات وظيفية وسطى وطنيين واجب واجبات"
).split())


def _ar_w_split(word: str) -> bool:
    """Whether a word is و + another word (an item joined by "and")."""
    key = arn.fold(word)
    return key.startswith("و") and len(key) > 2 and key not in _AR_W_WORDS


def _ar_items(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Items of an Arabic enumeration in text[start:end]; None when it is not a clean list."""
    commas = [(m.start(), m.end()) for m in re.finditer(r"[^،,]+", text[start:end])]
    commas = [(start + s, start + e) for s, e in commas if text[start + s:start + e].strip()]
    if not commas:
        return None
    words_of = [[(w.start(), w.end()) for w in _AR_WORD.finditer(text, s, e)] for s, e in commas]
    if len(commas) > 1:
        led = [bool(ws) and _ar_w_split(text[ws[0][0]:ws[0][1]]) for ws in words_of]
        # "العربية والإسلامية والأفريقية، وحقوق ...": و + article inside the first part joins items too
        first_w = [k for k, w in enumerate(words_of[0]) if k and _ar_w_split(text[w[0]:w[1]])]
        if first_w:
            if not led[1]:
                # "مصر والأردن، ستشارك": a list joined by و alone ends at the comma
                return _ar_items(text, commas[0][0], commas[0][1])
            return None  # "أ وب، وج، ود": two styles of joining, unsure where items end
        if all(led[1:]):
            if not all(words_of):
                return None
            items = [(ws[0][0] + (1 if k else 0), ws[-1][1]) for k, ws in enumerate(words_of)]
            if any(len(ws) > 12 for ws in words_of):
                return None
            return items
        if len(commas) >= 3 and led[-1] and not any(led[1:-1]) and all(len(ws) <= 3 for ws in words_of):
            # "الرياض، لندن، ومدريد": commas between short items, و before the last only
            return [(ws[0][0] + (1 if k == len(words_of) - 1 else 0), ws[-1][1]) for k, ws in enumerate(words_of)]
        if not any(led[1:]) and all(len(ws) <= 3 for ws in words_of):
            # "أ، ب، ج" or "أ، ب وج": the last part may still hold "و"
            last = words_of[-1]
            inner = [k for k, w in enumerate(last) if k and _ar_w_split(text[w[0]:w[1]])]
            items = [(ws[0][0], ws[-1][1]) for ws in words_of[:-1]]
            if len(inner) > 1:
                return None
            if inner:
                k = inner[0]
                items += [(last[0][0], last[k - 1][1]), (last[k][0] + 1, last[-1][1])]
            else:
                items.append((last[0][0], last[-1][1]))
            return items
        return None
    # no comma: items joined by و, each a short noun phrase
    words = words_of[0]
    items, current = [], []
    for w in words:
        if current and _ar_w_split(text[w[0]:w[1]]):
            items.append(current)
            current = [(w[0] + 1, w[1])]
        else:
            current.append(w)
    if current:
        items.append(current)
    if any(len(it) > 3 for it in items):
        return None
    return [(it[0][0], it[-1][1]) for it in items]


def _ar_enumeration(doc, m, noun_end: int, sent_end: int) -> Enumeration | None:
    text = doc.text
    intro = _AR_INTRO.match(text, noun_end, min(sent_end, noun_end + 50))
    if not intro:
        return None
    gap, kind = intro.group("gap"), intro.group("intro").strip(" ،,:")
    gap_words = [arn.fold(w) for w in gap.split()]
    if any(w in _AR_PARTIAL_WORDS or w in _AR_CONTINUE for w in gap_words):
        return None
    # a long gap (a relative clause: "أربع قواعد عسكرية تتمركز فيها القوات، وهي") only when every
    # item then repeats the counted noun ("قاعدة ...، وقاعدة ...، وقاعدة ...")
    long_gap = len(gap_words) > 2
    e = Enumeration(m, m.start, noun_end, (), False)
    body_start = intro.end()
    body_end = sent_end
    if kind == "(":
        close = text.find(")", body_start, sent_end)
        if close < 0:
            return None
        body_end = close
    # the list ends at a clause: a dash, a bracket, a semicolon, or a comma/و before a clause word
    stop = re.compile(r"\s+(?:—|–|-)\s+|[();؛]|\n|\.\.|…").search(text, body_start, body_end)
    if stop:
        if text[stop.start()] in "(;؛" or stop.group().strip() in ("—", "–", "-", "..", "…"):
            return e._replace(why="the list is cut by a bracket, dash or ellipsis")
        body_end = stop.start()
    words = list(_AR_WORD.finditer(text, body_start, body_end))
    if not words:
        return None
    for k, w in enumerate(words):
        key = arn.fold(w.group())
        if k < 4 and key in _AR_PARTIAL_WORDS:
            return e._replace(why="partial")
        if key in _AR_CONTINUE or key in _AR_PARTIAL_WORDS:
            return e._replace(why="continued")
        if k and key in _AR_CLAUSE:
            before = text[words[k - 1].end():w.start()]
            if "،" in before or "," in before or key.startswith("و"):
                body_end = words[k - 1].end()
                break
            return e._replace(why="a clause inside the list")
    body_end = len(text[:body_end].rstrip(" .،,"))
    if re.search(r"\d|[\"«»“”]", text[body_start:body_end]):
        return e._replace(why="figures or quotations in the list")
    items = _ar_items(text, body_start, body_end)
    if not items or len(items) < 2:
        return e._replace(why="not a clean list")
    if any(_dual_looking(text[s:t]) for s, t in items):
        return e._replace(why="a dual item counts two")
    if not _parallel_heads(text, items):
        return e._replace(why="items not parallel")
    if long_gap:
        from checker.extract.numbers import normalize_noun_ar

        heads = {normalize_noun_ar(text[s:t].split()[0]) for s, t in items}
        if heads != {m.noun} or not ("،" in intro.group("intro") or "," in intro.group("intro")):
            return None  # the list may describe something else than the counted noun
    if _numbers_between(doc, body_start, body_end):
        return e._replace(why="counts inside the list")
    return e._replace(items=tuple(items), complete=True)


# Names that end like a dual (-ان / -ين) but are not one.
_NOT_DUALS = frozenset(arn.fold_text(w) for w in (
    "لبنان عمان إيران تايوان أذربيجان طهران أصفهان همدان تطوان وهران تلمسان تركمان عثمان سلمان عدنان حسان رمضان سفيان مروان "
    "عمران شعبان غسان حمدان سليمان لقمان نعمان عرفان رضوان بنيامين ياسين حسين فلسطين البحرين جنين الصين برلين بكين كونين "
    "ستالين بوتين لينين كلينتون واشنطن اليابان السودان الأردن اردوغان أردوغان"
).split())


def _dual_looking(item: str) -> bool:
    first = arn.fold(item.split()[0]) if item.split() else ""
    return (
        not first.startswith("ال") and len(first) >= 4 and first.endswith(("ان", "ين")) and not first.endswith("ستان")
        and first not in _NOT_DUALS
    )


def _parallel_heads(text: str, items) -> bool:
    """Items that mostly start with one head word (لجنة ...، ولجنة ...) must all start with it,
    and none may hide another one inside ("لجنة أ ولجنة ب")."""
    from collections import Counter

    from checker.extract.numbers import normalize_noun_ar

    heads = [normalize_noun_ar(text[s:t].split()[0]) for s, t in items]
    head, n = Counter(heads).most_common(1)[0]
    if n == len(items):
        return not any(
            normalize_noun_ar(w[1:]) == head for s, t in items for w in text[s:t].split()[1:] if _ar_w_split(w)
        )
    return n < 2 or n * 2 < len(items)


def _numbers_between(doc, start: int, end: int) -> bool:
    from bisect import bisect_left

    starts = doc.analysis(_number_starts)
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _number_starts(doc) -> list[int]:
    return [n.start for n in doc.numbers]


# -- the analysis ----------------------------------------------------------------------------
def find_enumerations(doc) -> list[Enumeration]:
    """Every count followed by an introduced list, in text order (computed once per document)."""
    out = []
    text = doc.text
    for m in doc.numbers:
        if count_role(doc, m) != "count" or not m.noun_span or not 2 <= m.value <= 20 or m.value != int(m.value):
            continue
        if m.kind == "dual":
            continue  # a dual noun before a list ("بأمرين أساسيين: ...") is too often an aside
        noun_end = max(m.noun_span[1], m.end)
        sent = doc.sentence_at(m.start)
        sent_end = sent.end if sent.end > noun_end else doc.paragraph_at(m.start).end
        if m.lang == "ar":
            found = _ar_enumeration(doc, m, noun_end, sent_end)
        else:
            if text[m.noun_span[0]:m.noun_span[0] + 1].isupper():
                continue  # a name ("the Big Four"), not a count
            found = _en_enumeration(doc, m, noun_end, sent_end)
        if found is not None:
            out.append(found)
    return out
