"""Fault kinds of bench/inject.py for typography, repeated words, spellings and names.

Each function takes an Article and returns every candidate Plant it can make (the runner
drops those near a finding the original already had and picks one at random)."""
from __future__ import annotations

import re
from collections import defaultdict

from inject_base import AR_WORD, EN_WORD, Article, Plant, in_quotation, is_ar_letter, plant, same_case

MAX_CANDIDATES = 40


def _sample(art: Article, items: list, k: int = MAX_CANDIDATES) -> list:
    return items if len(items) <= k else art.rng.sample(items, k)


# -- punctuation-repeat ------------------------------------------------------------------------
_STOP = re.compile(r"(?<=[A-Za-z\u0621-\u064A])\.(?= [^\s.])")
_COMMA_EN = re.compile(r"(?<=[A-Za-z]),(?= [A-Za-z])")
_COMMA_AR = re.compile(r"(?<=[\u0621-\u064A])،(?= ?[\u0621-\u064A])")


def punctuation_repeat(art: Article) -> list[Plant]:
    text, sites = art.text, []
    for m in _STOP.finditer(text):
        word = re.search(r"(\w+)$", text[max(0, m.start() - 12):m.start()])
        if word and len(word.group(1)) < 3 and word.group(1)[:1].isupper():  # Mr. St. U.S.
            continue
        sites.append((m.start(), "stop"))
    comma = _COMMA_AR if art.lang == "ar" else _COMMA_EN
    sites += [(m.start(), "comma") for m in comma.finditer(text)]
    sites = [x for x in sites if art.in_body(x[0])]
    out = []
    for pos, kind in _sample(art, sites):
        if kind == "stop":
            # ".." is a sentence separator of Arabic house styles, a fault only in English
            stops = [("full-stop-space-full-stop", ". .")] + ([("double-full-stop", "..")] if art.lang == "en" else [])
            form, new = art.rng.choice(stops)
        elif art.lang == "ar":
            form, new = art.rng.choice([("double-arabic-comma", "،،"), ("arabic-comma-space-comma", "، ،")])
        else:
            form, new = art.rng.choice([("double-comma", ",,"), ("comma-space-comma", ", ,")])
        out.append(plant("punctuation-repeat", form, text, pos, pos + 1, new))
    return out


# -- repeated-word -------------------------------------------------------------------------------
_FUNCTION_EN = set("the a an of to in on at for with by from and or but that as is was are were be has have will would said".split())
_FUNCTION_AR = set("في من على إلى الى أن ان عن مع التي الذي قد لا ما كما بين حيث أو لم لن هذا هذه".split())
# doublings that are grammatical or emphatic, never planted
_NATURAL_EN = set("had that is do very many far so more again no yes well bye ha go knock".split())
_NATURAL_AR = set("جدا جداً الكثير كثيرا رويدا شيئا لا نعم بعيدا قليلا ولي".split())  # ولي ولي العهد: the deputy crown prince


def repeated_word(art: Article) -> list[Plant]:
    text = art.text
    word_re = AR_WORD if art.lang == "ar" else EN_WORD
    natural = _NATURAL_AR if art.lang == "ar" else _NATURAL_EN
    function = _FUNCTION_AR if art.lang == "ar" else _FUNCTION_EN
    sites = {"function-word": [], "content-word": []}
    for s, e in art.paragraphs:
        words = list(word_re.finditer(text, s, e))
        for i in range(1, len(words) - 1):
            m = words[i]
            w = m.group()
            if len(w) < 2 or (art.lang == "en" and not w.islower()) or w.lower() in natural:
                continue
            if text[words[i - 1].end():m.start()] != " " or text[m.end():words[i + 1].start()] != " ":
                continue  # inside a sentence, between two plain words
            sites["function-word" if w.lower() in function else "content-word"].append((m.start(), m.end()))
    out = []
    for form, found in sites.items():  # as many function words as content words
        for a, b in _sample(art, found, MAX_CANDIDATES // 2):
            w = text[a:b]
            out.append(plant("repeated-word", form, text, a, b, f"{w} {w}"))
    return out


# -- punctuation-script (Arabic text) ------------------------------------------------------
_AR_MARKS = re.compile(r"(?<=[\u0621-\u064A])([،؟؛])")


def punctuation_script(art: Article) -> list[Plant]:
    if art.lang != "ar":
        return []
    text = art.text
    latin = {"،": ("latin-comma", ","), "؟": ("latin-question-mark", "?"), "؛": ("latin-semicolon", ";")}
    rare, commas = [], []
    for m in _AR_MARKS.finditer(text):
        if not art.in_body(m.start()):
            continue
        nxt = text[m.end():m.end() + 2]
        if m.group() == "،":
            if nxt[:1] == " " and is_ar_letter(nxt[1:2]) or is_ar_letter(nxt[:1]):
                commas.append(m.start())
        else:
            rare.append(m.start())
    # the rarer marks kept whole, so that they are not sampled away by the many commas
    sites = rare[:MAX_CANDIDATES // 2] + _sample(art, commas, MAX_CANDIDATES // 2)
    out = []
    for pos in sites:
        form, new = latin[text[pos]]
        out.append(plant("punctuation-script", form, text, pos, pos + 1, new))
    return out


# -- quote-balance -----------------------------------------------------------------------------
_PAIRS = {"«": "»", "“": "”"}


def _quotations(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Balanced quotations of one paragraph, as (open, close, mark kind)."""
    para = text[s:e]
    found = []
    for op, cl in _PAIRS.items():
        if para.count(op) != para.count(cl) or not para.count(op):
            continue
        stack, ok, pairs = [], True, []
        for i, ch in enumerate(para):
            if ch == op:
                stack.append(i)
            elif ch == cl:
                if not stack:
                    ok = False
                    break
                o = stack.pop()
                if not stack:
                    pairs.append((o, i))
        if ok and not stack:
            kind = "guillemets" if op == "«" else "curly"
            found += [(s + o, s + c, kind) for o, c in pairs if c - o > 3]
    n = para.count('"')
    if n and n % 2 == 0:
        pos = [i for i, ch in enumerate(para) if ch == '"']
        good = True
        pairs = []
        for o, c in zip(pos[::2], pos[1::2]):
            before = para[o - 1] if o else " "
            after = para[c + 1] if c + 1 < len(para) else " "
            if not (before.isspace() or before in "(:—-–" or is_ar_letter(before) and o >= 2 and para[o - 2] == " " and before in "وبلفك") or after.isalnum():
                good = False
                break
            pairs.append((o, c))
        if good:
            found += [(s + o, s + c, "straight") for o, c in pairs if c - o > 3]
    return found


def quote_balance(art: Article) -> list[Plant]:
    text, out = art.text, []
    paras = art.paragraphs
    for k, (s, e) in enumerate(paras):
        next_start = text[paras[k + 1][0]:paras[k + 1][0] + 2].lstrip() if k + 1 < len(paras) else ""
        for o, c, kind in _quotations(text, s, e):
            which = art.rng.choice(["opening", "closing"])
            if which == "closing" and next_start[:1] in "«“\"":
                which = "opening"  # a quotation continued in the next paragraph may stay open
            if which == "opening" and text[c - 1:c].isdigit():
                which = "closing"
            if which == "closing" and (text[o - 1:o].isdigit() or next_start[:1] in "«“\""):
                continue
            if which == "opening":
                p = plant("quote-balance", f"{kind}-opening-removed", text, o, o + 1, "", span=(c, c + 1), related=[(s, e)])
            else:
                p = plant("quote-balance", f"{kind}-closing-removed", text, c, c + 1, "", span=(o, o + 1), related=[(s, e)])
            out.append(p)
    return _sample(art, out)


# -- bracket-balance ---------------------------------------------------------------------------
def bracket_balance(art: Article) -> list[Plant]:
    text, out = art.text, []
    for s, e in art.paragraphs:
        para = text[s:e]
        for op, cl in (("(", ")"), ("[", "]")):
            if para.count(op) != para.count(cl) or not para.count(op):
                continue
            depth, o, pairs, ok = 0, -1, [], True
            for i, ch in enumerate(para):
                if ch == op:
                    depth += 1
                    if depth == 1:
                        o = i
                    elif depth > 1:
                        ok = False
                elif ch == cl:
                    depth -= 1
                    if depth < 0:
                        ok = False
                        break
                    if depth == 0:
                        pairs.append((o, i))
            if not ok:
                continue
            for o, c in pairs:
                if c - o < 2:
                    continue
                last = para[c - 1]
                form = ("paren" if op == "(" else "square") + ("-after-digit" if last.isdigit() else "-after-letter") + "-closing-removed"
                out.append(plant("bracket-balance", form, text, s + c, s + c + 1, "", span=(s + o, s + o + 1), related=[(s, e)]))
    return _sample(art, out)


# -- spelling-variant -------------------------------------------------------------------------
_AR_PREFIX = re.compile(r"^(?:وال|بال|فال|كال|لل|ال|و|ب|ل|ف)?")
_AR_FUNCTION = set("أن إن أو إلى على حتى متى لدى سوى أي إذا إذ أما إما أيضا أكثر أقل أول أحد إحدى أمام إثر أمس أنه إنه أنها إنها أنهم إنهم".split())
_WASL = re.compile(r"^(?:وال|بال|فال|لل|ال|و|ب|ف|ل)?ا(?=ست|نت|جت|تح|تف|تخ|تص|عت|قت|نط|نخ|نس|نض|حت|رت|مت|نق|نف|نع|نه)")


def _ar_variants(w: str) -> list[tuple[str, str]]:
    """(form, variant) one-letter spelling variants of an Arabic word."""
    out = []
    pre = _AR_PREFIX.match(w).group()
    stem = w[len(pre):]
    if len(stem) < 3:
        return out
    if stem[0] in "أإ":
        out.append(("hamza-dropped", pre + "ا" + stem[1:]))
    m = _WASL.match(w)
    if m and len(w) - m.end() >= 4 and not (m.end() == 1 and w.startswith("ال")):
        out.append(("hamza-added-to-wasl", w[:m.end() - 1] + "إ" + w[m.end():]))
    if "ؤ" in stem[1:]:
        out.append(("hamza-seat-waw-to-ya", pre + stem.replace("ؤ", "ئ", 1)))
    if stem.endswith("ى") and len(stem) >= 4:
        out.append(("alef-maqsura-to-ya", w[:-1] + "ي"))
    if stem.endswith("ة") and len(stem) >= 4:
        out.append(("ta-marbuta-to-ha", w[:-1] + "ه"))
    return out


# British/American pairs, written here as (british, american) stems with the endings they take
_ISE = """organ recogn real critic emphas apolog author privat mobil stabil minim maxim priorit summar modern normal
special categor character legal central final subsid util jeopard capital global hospital familiar vandal terror
patron symbol sympath scrutin standard revolution memor monopol neutral optim penal polar popular harmon fertil
energ dramat decentral commercial colon civil brutal antagon capsiz visual westernis""".split()
_ISE_ENDINGS = ["e", "ed", "es", "ing", "ation", "ations", "er", "ers"]
_OUR = """colo favo hono labo neighbo behavio harbo rumo humo vapo endeavo flavo savo armo vigo""".split()
_OUR_ENDINGS = ["", "s", "ed", "ing", "ite", "ites", "able", "hood", "ful"]
_PAIRS_EN = [
    ("centre", "center"), ("centres", "centers"), ("theatre", "theater"), ("theatres", "theaters"), ("fibre", "fiber"),
    ("litre", "liter"), ("litres", "liters"), ("calibre", "caliber"), ("defence", "defense"), ("offence", "offense"),
    ("offences", "offenses"), ("analyse", "analyze"), ("analysed", "analyzed"), ("analysing", "analyzing"),
    ("paralysed", "paralyzed"), ("travelled", "traveled"), ("travelling", "traveling"), ("traveller", "traveler"),
    ("travellers", "travelers"), ("cancelled", "canceled"), ("cancelling", "canceling"), ("labelled", "labeled"),
    ("modelling", "modeling"), ("fuelled", "fueled"), ("counselling", "counseling"), ("signalled", "signaled"),
    ("totalled", "totaled"), ("levelled", "leveled"), ("channelled", "channeled"), ("jewellery", "jewelry"),
    ("programme", "program"), ("programmes", "programs"), ("grey", "gray"), ("ageing", "aging"), ("judgement", "judgment"),
    ("aluminium", "aluminum"), ("catalogue", "catalog"), ("sceptical", "skeptical"), ("sceptics", "skeptics"),
    ("paediatric", "pediatric"), ("manoeuvre", "maneuver"), ("manoeuvres", "maneuvers"), ("enrolment", "enrollment"),
    ("fulfil", "fulfill"), ("mould", "mold"), ("plough", "plow"), ("cheque", "check"),
    ("kerb", "curb"), ("storey", "story"), ("tyre", "tire"), ("tyres", "tires"), ("licence", "license"),
    # not tonnes/tons: a metric and a short ton are two units
]


def _en_variant_table() -> dict[str, str]:
    table = {}
    for stem in _ISE:
        for end in _ISE_ENDINGS:
            table[f"{stem}is{end}"] = f"{stem}iz{end}"
    for stem in _OUR:
        for end in _OUR_ENDINGS:
            table[f"{stem}ur{end}"] = f"{stem}r{end}"
    for br, am in _PAIRS_EN:
        table[br] = am
    # ambiguous American forms (a program, a check, a story, tons, a tire, a curb, a mold)
    # are changed only British -> American
    one_way = {"program", "programs", "check", "story", "tire", "tires", "curb", "mold", "license", "gray"}
    both = dict(table)
    for br, am in table.items():
        if am not in one_way:
            both[am] = br
    return both, set(table)


_EN_TABLE, _BRITISH = _en_variant_table()


def spelling_variant(art: Article) -> list[Plant]:
    text, out = art.text, []
    groups: dict[str, list] = defaultdict(list)
    body = [(s, e) for s, e in art.paragraphs]
    word_re = AR_WORD if art.lang == "ar" else EN_WORD
    for s, e in body:
        for m in word_re.finditer(text, s, e):
            key = m.group() if art.lang == "ar" else m.group()
            if art.lang == "en" and not key.islower():
                continue  # capitalised: a name (the Labour Party, Ministry of Defence) or a sentence start
            groups[key].append(m)
    for word, ms in groups.items():
        if len(ms) < 2:
            continue
        if art.lang == "ar":
            if word in _AR_FUNCTION or len(word) < 4:
                continue
            variants = _ar_variants(word)
        else:
            variants = [("british-to-american" if _is_british(word) else "american-to-british", _EN_TABLE[word])] if word in _EN_TABLE else []
        if not variants:
            continue
        form, new = art.rng.choice(variants)
        if new in groups:  # the variant is already in the article: not a clean site
            continue
        choices = [m for m in ms[1:] if not in_quotation(text, art.paragraph_of(m.start()), m.start())]
        if not choices:
            continue
        m = art.rng.choice(choices)
        others = [(x.start(), x.end()) for x in ms if x is not m]
        out.append(plant("spelling-variant", form, text, m.start(), m.end(), new, related=others, note=f"{word} -> {new} ({len(ms) - 1} others)"))
    return _sample(art, out)


def _is_british(word: str) -> bool:
    return word in _BRITISH


# -- name-variant -------------------------------------------------------------------------------
# given names that are not also common words (عمر "age", حسن "good", باسم "in the name of", مالك
# "owner", جمال "beauty" ... are left out)
_AR_GIVEN = set("""محمد أحمد احمد عبدالله عبدالعزيز عبدالرحمن عبدالمجيد عبدالكريم عبداللطيف عبدالفتاح عبدالحميد عبدالسلام
عبدالوهاب عبدالملك عبدالإله يوسف إبراهيم ابراهيم إسماعيل اسماعيل مصطفى عمرو هشام وليد ياسر أسامة اسامة أيمن ايمن هاني إياد
زياد مازن معاذ عثمان جعفر حيدر نوري مهدي عباس قاسم ميشال جورج نجيب وائل شادي فادي خليل إدريس يحيى زكريا موسى عيسى داود
سليمان هارون لؤي غسان نزار ماهر سمير هيثم حسين محمود منصور مشعل ماجد زايد جاسم رامي فؤاد حاتم حمزة أنس بشار عصام
بسام خالد فيصل سلطان سعود تركي نايف طارق فاطمة عائشة مريم سارة نورة هند ليلى نادية رانيا سعاد حنان نوال""".split())
_AR_NOT_SURNAME = set("""الأول الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الدين الله الرحمن الأمين""".split())
_AR_TITLES = set("الرئيس الوزير الأمير الملك الشيخ الدكتور المهندس اللواء العميد الفريق المتحدث السفير النائب المدرب اللاعب السيد السيدة".split())
_AR_DOTS = dict(zip("تثحخدذرزسشصضعغطظفق", "ثتخحذدزرشسضصغعظطقف"))
_EN_NOT_GIVEN = set("""The A An In On At For With By From And But Of To Mr Mrs Ms Miss Dr Sir Lord Lady Prime Minister President Secretary
General Chief Mayor Judge King Queen Prince Princess Senator Governor Justice Professor Coach Captain Speaker Deputy
Chancellor Foreign Home Defence Defense Interior Finance Labour Conservative Democrat Democratic Republican Liberal
New North South East West United Great Saudi Arab British American European Chinese Russian Iraqi Iranian Israeli
January February March April May June July August September October November December Monday Tuesday Wednesday
Thursday Friday Saturday Sunday It He She They We This That These Those There Here When Where What Why How If But
Former Acting Vice Police Royal National International Federal Central Supreme Democratic Middle St Mount Lake
Cape Port Fort Los Las San Santa Hong Sri Wall Downing White Red Prime Although However Meanwhile Despite After Before During
Since While Under Over Both Many Some Most Several Each Every Other Another Last Next First Second Third Only Even Also Still
Yet Then Now Today Yesterday Tomorrow Until Without Within Though Because Unlike Like Among Against Into Upon Through As Once
Should Would Could Will Can May Might Must Not No Yes All Any Our Your Their His Her Its Mrs Messrs Team Club League Cup Bank
Group Party Council Court House Senate Congress Ministry Department Office Street Road University College School""".split())
_EN_SAID = re.compile(r"^(?:'s\b| said| says| told| added| explained| noted| wrote| argued| insisted| announced| who\b)")


def name_variant(art: Article) -> list[Plant]:
    return _names_ar(art) if art.lang == "ar" else _names_en(art)


def _names_en(art: Article) -> list[Plant]:
    text = art.text
    full = list(re.finditer(r"\b([A-Z][a-z]{2,})\s([A-Z][a-z]{3,})\b", text))
    out = []
    by_surname: dict[str, list] = defaultdict(list)
    from inject_numbers import _EN_CITIES, _EN_PLACES

    places = set(_EN_PLACES) | set(_EN_CITIES)
    for m in full:
        if m.group(1) in _EN_NOT_GIVEN or m.group(2) in _EN_NOT_GIVEN or m.group(2) in places or m.group(1) in places:
            continue
        by_surname[m.group(2)].append(m)
    lower = set(re.findall(r"\b[a-z]+\b", text))
    for surname, fulls in by_surname.items():
        givens = {m.group(1) for m in fulls}
        if len(givens) > 1:
            continue  # two people of one family, or a place name
        if surname.lower() in lower or next(iter(givens)).lower() in lower:
            continue  # a common word capitalised (Oil World), not a name
        mentions = [m for m in re.finditer(rf"\b{surname}\b", text)]
        if len(mentions) < 2:
            continue
        person = any(_EN_SAID.match(text[m.end():m.end() + 12]) or re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? $", text[max(0, m.start() - 5):m.start()]) for m in mentions)
        if not person:
            continue
        given = fulls[0].group(1)
        spans = [(m.start(), m.end()) for m in mentions]
        # one mention, not the first: the surname, or the given name of a later full mention
        choices = [("surname", s, e) for s, e in spans[1:] if art.in_body(s)]
        choices += [("given-name", m.start(1), m.end(1)) for m in fulls[1:] if art.in_body(m.start())]
        if not choices:
            continue
        part, s, e = art.rng.choice(choices)
        word = text[s:e]
        variant = _en_one_letter(word, art)
        if not variant or re.search(rf"\b{re.escape(variant[1])}\b", text):
            continue
        op, new = variant
        related = [(x, y) for x, y in spans if (x, y) != (s, e)] + [(m.start(1), m.end(1)) for m in fulls if m.start(1) != s]
        out.append(plant("name-variant", f"{part}-{op}", text, s, e, new, related=related, note=f"{given} {surname}: {word} -> {new}"))
    return _sample(art, out)


def _en_one_letter(word: str, art: Article) -> tuple[str, str] | None:
    ops = []
    low = word.lower()
    for i in range(1, len(word) - 1):
        if word[i] == word[i + 1]:
            ops.append(("letter-dropped", word[:i] + word[i + 1:]))
    for i in range(1, len(word)):
        if low[i] in "aeiou" and i > 1:
            ops.append(("letter-dropped", word[:i] + word[i + 1:]))
        if low[i] not in "aeiouy" and low[i - 1] in "aeiou" and (i + 1 >= len(word) or word[i + 1] != word[i]):
            ops.append(("letter-doubled", word[:i + 1] + word[i] + word[i + 1:]))
        sub = {"a": "e", "e": "a", "i": "y", "y": "i", "o": "u", "u": "o", "c": "k", "k": "c", "s": "z", "z": "s"}.get(low[i])
        if sub:
            ops.append(("letter-substituted", word[:i] + sub + word[i + 1:]))
    if not ops:
        return None
    kind = art.rng.choice(sorted({k for k, _ in ops}))
    return art.rng.choice([o for o in ops if o[0] == kind])


_AR_SAY = set("قال وقال وأضاف وأكد وأوضح وأشار وذكر وتابع وشدد ولفت وبين وأعلن أكد أوضح أضاف".split())


def _names_ar(art: Article) -> list[Plant]:
    """A person's name is a given name of the list followed by a surname that is a family name
    (الأسد، العبادي) or that follows the given name twice (محمد مرسي ... محمد مرسي). The sites:
    a later mention of the surname that reads as a name (after the given name, a title or a verb
    of saying), or the given name of a later full mention."""
    text = art.text
    words = list(AR_WORD.finditer(text))
    out = []
    full: dict[str, list[int]] = defaultdict(list)  # surname -> indices of the given names before it
    for i in range(len(words) - 1):
        g, s = words[i].group(), words[i + 1].group()
        g0 = g[1:] if g[:1] in "وب" and g[1:] in _AR_GIVEN else g
        if g0 not in _AR_GIVEN or text[words[i].end():words[i + 1].start()] != " ":
            continue
        if len(s) < 4 or s in _AR_FUNCTION or s in _AR_GIVEN or s in _AR_NOT_SURNAME or s in _AR_TITLE_WORDS or s[:1] in "وبلفك" or s.startswith(("بال", "لل")):
            continue
        if i + 2 < len(words) and words[i + 2].group() in ("الدين", "الله"):
            continue  # a compound name (سراج الدين)
        full[s].append(i)
    where: dict[str, list] = defaultdict(list)
    for k, m in enumerate(words):
        if m.group() in full:
            where[m.group()].append((k, m))
    vocabulary = {m.group() for m in words}
    for surname, given_at in full.items():
        givens = {words[i].group().lstrip("وب") if words[i].group() not in _AR_GIVEN else words[i].group() for i in given_at}
        if len(givens) > 1 or not (surname.startswith("ال") or len(given_at) >= 2):
            continue
        mentions = where[surname]
        if len(mentions) < 2:
            continue
        choices = []
        for k, m in mentions[1:]:
            prev = words[k - 1].group() if k else ""
            prev0 = prev[1:] if prev[:1] in "وب" and prev[1:] in _AR_GIVEN else prev
            if (prev0 in _AR_GIVEN or prev in _AR_TITLES or prev in _AR_SAY) and art.in_body(m.start()):
                choices.append(("surname", m))
        choices += [("given-name", words[i]) for i in given_at[1:] if art.in_body(words[i].start())]
        if not choices:
            continue
        part, m = art.rng.choice(choices)
        word = m.group()
        pre = word[0] if part == "given-name" and word not in _AR_GIVEN else ""
        variant = _ar_one_letter(word[len(pre):], art)
        if not variant or pre + variant[1] in vocabulary:
            continue
        op, new = variant
        new = pre + new
        if part == "surname":
            related = [(x.start(), x.end()) for _, x in mentions if x is not m]
        else:
            related = [(words[i].start(), words[i].end()) for i in given_at if words[i] is not m] + [(x.start(), x.end()) for _, x in mentions]
        out.append(plant("name-variant", f"{part}-{op}", text, m.start(), m.end(), new, related=related,
                         note=f"{next(iter(givens))} {surname}: {word} -> {new}"))
    return _sample(art, out)


_AR_TITLE_WORDS = set("أمير الأمير ملك الملك رئيس الرئيس وزير الوزير نائب مدير أمين سفير محافظ قائد الشيخ الدكتور".split())


def _ar_one_letter(word: str, art: Article) -> tuple[str, str] | None:
    pre = "ال" if word.startswith("ال") else ""
    stem = word[len(pre):]
    ops = []
    for i, ch in enumerate(stem):
        if ch in "أإ" and i == 0:
            ops.append(("hamza-seat", pre + "ا" + stem[1:]))
        if ch == "ؤ":
            ops.append(("hamza-seat", pre + stem[:i] + "و" + stem[i + 1:]))
        if ch == "ئ":
            ops.append(("hamza-seat", pre + stem[:i] + "ي" + stem[i + 1:]))
        if 0 < i < len(stem) - 1 and ch in "اوي":
            ops.append(("letter-dropped", pre + stem[:i] + stem[i + 1:]))
        if 0 < i and ch in _AR_DOTS:
            ops.append(("letter-substituted", pre + stem[:i] + _AR_DOTS[ch] + stem[i + 1:]))
        if 0 < i < len(stem) - 1 and ch not in "اويةىأإؤئء" and stem[i + 1] != ch:
            ops.append(("letter-doubled", pre + stem[:i + 1] + ch + stem[i + 1:]))
    if not ops:
        return None
    kinds = sorted({k for k, _ in ops})
    kind = art.rng.choice(kinds)
    return art.rng.choice([o for o in ops if o[0] == kind])
