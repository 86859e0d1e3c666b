"""Fault kinds of bench/inject.py for counts, quantities, totals and timelines.

Real sites are used where the article has them (a count before its list, a figure given twice,
a breakdown of a total, a written range, a stated age). Where real sites are rare, a constructed
sentence or clause is spliced in, built from names and figures of the article itself: its form
starts with `constructed-` (count-mismatch, total-mismatch) or `inserted-` (timeline-order)."""
from __future__ import annotations

import re
from collections import defaultdict

from inject_base import AR_LETTERS, Article, Plant, like_digits, plant, to_ascii_digits

MAX = 30

# -- count-mismatch --------------------------------------------------------------------------------
EN_COUNTS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
AR_COUNTS_M = {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة", 10: "عشرة"}
AR_COUNTS_F = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني", 9: "تسع", 10: "عشر"}
AR_COUNT_VALUE = {**{w: (n, "m") for n, w in AR_COUNTS_M.items()}, **{w: (n, "f") for n, w in AR_COUNTS_F.items()},
                  "اربعة": (4, "m"), "اربع": (4, "f")}

_EN_NUM = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])"
_EN_LIST = re.compile(
    rf"\b(?P<num>{_EN_NUM})\s+(?P<noun>(?:[a-z-]+\s+){{0,2}}[a-z-]+s)(?P<sep>:\s*|,\s*namely\s+|\s+[—–]\s*|\s+-\s+|\s+\()"
    r"(?P<list>[^.;:()—–\n]+?)(?=[.;)—–]|\s-\s|\n|$)", re.IGNORECASE)
_AR_NUM = "|".join(sorted(AR_COUNT_VALUE, key=len, reverse=True)) + r"|[3-9]|10|[٣-٩]"
_AR_LIST = re.compile(
    rf"(?<![{AR_LETTERS}])(?P<num>{_AR_NUM})\s+(?P<noun>[{AR_LETTERS}]+(?:\s+[{AR_LETTERS}]+)?)"
    rf"(?P<sep>\s*:\s*|،?\s+(?:هي|وهي|هم|وهم)\s+)(?P<list>[^.؛:()\n]+?)(?=[.؛)]|\n|$)")


def _en_items(lst: str) -> list[tuple[int, int]]:
    """Item spans (relative to lst) of 'A, B and C' / 'A, B, and C'; [] when it is not such a list."""
    parts, pos = [], 0
    for m in re.finditer(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", lst):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(lst.rstrip())))
    joins = re.findall(r"\b(?:and|or)\b", lst)
    if len(joins) != 1 or not re.search(r"\b(?:and|or)\s+\S+(?:\s+\S+){0,3}\s*$", lst):
        return []
    for s, e in parts:
        item = lst[s:e].split()
        if not item or len(item) > 4 or not item[0][:1].isupper():
            return []
    return parts


def _ar_items(lst: str) -> list[tuple[int, int]]:
    parts, pos = [], 0
    for m in re.finditer(rf"\s*،\s*(?:و(?=[{AR_LETTERS}]))?|\s+و(?=(?:ال)?[{AR_LETTERS}]{{2,}})", lst):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(lst.rstrip())))
    for s, e in parts:
        if not 1 <= len(lst[s:e].split()) <= 3:
            return []
    return parts


def _other_count(art: Article, n: int, lo: int = 2, hi: int = 12) -> int:
    options = [k for k in (n - 2, n - 1, n + 1, n + 2) if lo <= k <= hi and k != n]
    return art.rng.choice(options)


def count_mismatch(art: Article) -> list[Plant]:
    text, out = art.text, []
    regex, items_of = (_AR_LIST, _ar_items) if art.lang == "ar" else (_EN_LIST, _en_items)
    for m in regex.finditer(text):
        if not art.in_body(m.start()):
            continue
        num = m.group("num")
        if art.lang == "ar":
            if num in AR_COUNT_VALUE:
                n, gender = AR_COUNT_VALUE[num]
            else:
                n, gender = int(to_ascii_digits(num)), None
        else:
            n = int(num) if num.isdigit() else EN_COUNTS[num.lower()]
        items = items_of(m.group("list"))
        if len(items) != n:
            continue
        ls = m.start("list")
        list_span = (ls + items[0][0], ls + items[-1][1])
        count_span = (m.start("num"), m.end("noun"))
        if len(items) >= 3 and art.rng.random() < 0.3:
            k = art.rng.randrange(1, len(items) - 1)  # a middle item and the separator before it
            out.append(plant("count-mismatch", "real-item-removed", text, ls + items[k - 1][1], ls + items[k][1], "", span=count_span,
                             related=[list_span], note=f"{n} listed, one removed"))
            continue
        if art.lang == "ar":
            k = _other_count(art, n, 3, 10)
            new = (AR_COUNTS_M if gender == "m" else AR_COUNTS_F)[k] if gender else like_digits(k, num)
            form = "real-count-word-changed" if gender else "real-count-digit-changed"
        else:
            k = _other_count(art, n)
            if num.isdigit():
                new, form = str(k), "real-count-digit-changed"
            else:
                word = [w for w, v in EN_COUNTS.items() if v == k][0]
                new, form = (word.capitalize() if num[0].isupper() else word), "real-count-word-changed"
        p = plant("count-mismatch", form + "-" + ("colon" if ":" in m.group("sep") else "other"), text, m.start("num"), m.end("num"), new,
                  related=[list_span], note=f"{num} -> {new} ({n} listed)")
        p.end = p.end + (m.end("noun") - m.end("num"))
        out.append(p)
    if len(out) < 3:
        out += _constructed_counts(art)
    return out[:MAX]


_EN_PLACES = """France Germany Italy Spain Britain China Japan India Russia Iran Iraq Syria Egypt Jordan Lebanon Turkey Israel
Qatar Kuwait Oman Bahrain Yemen Libya Tunisia Algeria Morocco Sudan Pakistan Afghanistan Brazil Argentina Mexico Canada
Australia Nigeria Kenya Ethiopia Greece Poland Ukraine Sweden Norway Denmark Belgium Netherlands Switzerland Austria
Portugal Ireland Scotland Wales England Indonesia Malaysia Singapore Thailand Vietnam Chile Peru Colombia Venezuela Cuba""".split()
_EN_CITIES = """London Paris Washington Moscow Beijing Tokyo Berlin Rome Madrid Cairo Baghdad Tehran Riyadh Dubai Doha Beirut
Damascus Jerusalem Ankara Istanbul Brussels Geneva Vienna Manchester Liverpool Glasgow Edinburgh Cardiff Birmingham Leeds
Chicago Boston Frankfurt Milan Sydney Toronto Mumbai Delhi Shanghai Singapore""".split()
_AR_PLACES = """مصر السعودية الأردن لبنان سوريا العراق الكويت قطر البحرين الإمارات اليمن ليبيا تونس الجزائر المغرب السودان فلسطين
إيران تركيا روسيا الصين اليابان الهند باكستان أفغانستان فرنسا ألمانيا بريطانيا إيطاليا إسبانيا كندا البرازيل اليونان
بلجيكا هولندا السويد أستراليا إثيوبيا كينيا نيجيريا موريتانيا الصومال""".split()
_AR_CITIES = """الرياض جدة مكة المدينة القاهرة بغداد دمشق بيروت الدوحة دبي أبوظبي طهران أنقرة إسطنبول موسكو بكين طوكيو باريس لندن
برلين روما مدريد واشنطن نيويورك جنيف الدمام الطائف أبها تبوك""".split()


def _found_names(art: Article, names: list[str]) -> list[str]:
    if art.lang == "ar":
        found = set(re.findall(rf"[{AR_LETTERS}]+", art.text))
        found |= {w[1:] for w in found if w[:1] in "وبل"}
    else:
        found = set(re.findall(r"[A-Z][a-z]+", art.text))
    return [n for n in names if n in found]


def _constructed_counts(art: Article) -> list[Plant]:
    """A sentence with a count and a list of places named in the article, the count wrong."""
    paras = [(s, e) for s, e in art.paragraphs if art.text[e - 1:e] == "."]
    if not paras:
        return []
    for names, noun_en, noun_ar in ((_EN_PLACES if art.lang == "en" else _AR_PLACES, "countries", "دول"),
                                    (_EN_CITIES if art.lang == "en" else _AR_CITIES, "cities", "مدن")):
        found = _found_names(art, names)
        if len(found) >= 2:
            break
    else:
        return []
    rng = art.rng
    items = rng.sample(found, min(len(found), rng.choice([2, 3, 3, 4])))
    n = len(items)
    s, e = rng.choice(paras)
    if art.lang == "ar":
        k = _other_count(art, n, 3, 10)
        count = AR_COUNTS_F[k] if rng.random() < 0.7 else str(k)
        if rng.random() < 0.5:
            lst, join = " و".join(items), "waw"
        else:
            lst, join = "، ".join(items[:-1]) + "، و" + items[-1], "comma"
        form, template = rng.choice([
            ("constructed-hiya", "وشارك في الاجتماع ممثلون عن {c} {n} هي {l}."),
            ("constructed-colon", "وزار الوفد {c} {n}: {l}."),
            ("constructed-wahiya", "وتضم المجموعة {c} {n}، وهي {l}."),
        ])
        sentence = template.format(c=count, n=noun_ar, l=lst)
    else:
        k = _other_count(art, n)
        count = rng.choice([[w for w, v in EN_COUNTS.items() if v == k][0], str(k)])
        lst = ", ".join(items[:-1]) + rng.choice([" and ", ", and "]) + items[-1]
        join = "and"
        form, template = rng.choice([
            ("constructed-colon", "The talks brought together {c} {n}: {l}."),
            ("constructed-namely", "Delegations came from {c} {n}, namely {l}."),
            ("constructed-dash", "The tour covers {c} {n} - {l} - the organisers said."),
        ])
        sentence = template.format(c=count, n=noun_en, l=lst)
    new = " " + sentence
    p = plant("count-mismatch", f"{form}-{join}", art.text, e, e, new, note=f"constructed: {count} {noun_ar if art.lang == 'ar' else noun_en} for {n} items")
    cs = e + 1 + sentence.index(count)
    ls = e + 1 + sentence.index(lst)
    p.start, p.end = cs, cs + len(count) + 1 + len(noun_ar if art.lang == "ar" else noun_en)
    p.related = ((ls, ls + len(lst)),)
    return [p]


# -- quantity-conflict ------------------------------------------------------------------------------
_EN_HEADS = """people persons killed dead injured wounded soldiers troops civilians workers employees jobs staff students
children pupils passengers houses homes buildings cars vehicles aircraft planes jets ships vessels tanks companies firms banks
members delegates cases patients deaths victims refugees migrants prisoners detainees protesters demonstrators fans
spectators candidates schools hospitals villages stores shops branches plants factories mines wells flights trains
officers police policemen doctors nurses teachers athletes players families residents inhabitants tourists visitors
pilgrims guests women men""".split()
_EN_FIG = re.compile(r"(?<![\w.,$£€/-])(\d{1,3}(?:,\d{3})+|\d+)(?![.,/:]\d)\s+(" + "|".join(_EN_HEADS) + r")\b")
_AR_HEADS = """شخصا شخصاً شخص أشخاص قتيلا قتيلاً قتلى مصابا مصاباً مصابين جريحا جريحاً جرحى طالبا طالباً طالبة طلاب طالبات عاملا عاملاً
عمال موظفا موظفاً موظفين حاجا حاجاً حجاج مواطنا مواطناً مواطنين منزلا منزلاً منازل سيارة سيارات طائرة طائرات شركة شركات عضوا
عضواً أعضاء حالة حالات وفاة وفيات طفلا طفلاً أطفال امرأة نساء جنديا جندياً جنود مدنيا مدنياً مدنيين مدرسة مدارس مستشفى
مستشفيات لاعبا لاعباً لاعبين معتمرا معتمراً زائر زائرا زائراً زوار سجينا سجيناً سجناء متظاهرا متظاهرين مشاركا مشاركاً مشاركين
متسابقا متسابقاً أسرة أسر عائلة عائلات قرية قرى مشروعا مشروعاً مشاريع مسجدا مسجداً مساجد""".split()
_AR_FIG = re.compile(rf"(?<![\d٠-٩.,٫/-])([\d٠-٩]+)(?![.,٫/:][\d٠-٩])\s*(" + "|".join(sorted(_AR_HEADS, key=len, reverse=True)) + rf")(?![{AR_LETTERS}])")
_EN_NOT_HEAD: set = set()
_AR_NOT_HEAD: set = set()
# a figure right after these words is a change or a comparison, not the same quantity again
_CHANGE = re.compile(r"(?:from|to|compared with|compared to|versus|against|than|instead of|بدلا من|بدلاً من|مقابل|من|إلى|الى|نحو|حوالي|أكثر من|أقل من)\s*$")


def _changed_value(art: Article, v: int) -> tuple[str, int]:
    s = str(v)
    opts = []
    if len(s) >= 2:
        i = art.rng.randrange(len(s) - 1)
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if t != s and t[0] != "0":
            opts.append(("digits-transposed", int(t)))
    delta = max(1, v // art.rng.choice([5, 8, 10])) if v > 10 else art.rng.choice([1, 2, 3])
    opts.append(("value-off", v + art.rng.choice([-1, 1]) * delta if v - delta > 0 else v + delta))
    d = art.rng.randrange(len(s))
    digit = art.rng.choice([c for c in "0123456789" if c != s[d] and not (d == 0 and c == "0")])
    opts.append(("digit-changed", int(s[:d] + digit + s[d + 1:])))
    return art.rng.choice(opts)


def _fmt(v: int, model: str) -> str:
    out = f"{v:,}" if "," in model else str(v)
    return like_digits(out, model)


def quantity_conflict(art: Article) -> list[Plant]:
    text, out = art.text, []
    regex, stop = (_AR_FIG, _AR_NOT_HEAD) if art.lang == "ar" else (_EN_FIG, _EN_NOT_HEAD)
    groups = defaultdict(list)
    for m in regex.finditer(text):
        v = int(to_ascii_digits(m.group(1)).replace(",", ""))
        head = m.group(2).replace("\u064b", "")
        if head in stop or v < 2 or (1900 <= v <= 2100 and "," not in m.group(1)):
            continue
        groups[(v, head)].append(m)
    for (v, head), ms in groups.items():
        if len(ms) < 2 or ms[-1].start() - ms[0].start() < 40:
            continue
        choices = [x for x in ms if art.in_body(x.start()) and not _CHANGE.search(text[max(0, x.start() - 20):x.start()]) and not _approximate(text, x.start())]
        if not choices:
            continue
        m = art.rng.choice(choices)
        form, nv = _changed_value(art, v)
        if nv < 2 or nv == v:
            continue
        others = [(x.start(), x.end()) for x in ms if x is not m]
        p = plant("quantity-conflict", form, text, m.start(1), m.end(1), _fmt(nv, m.group(1)), related=others,
                  note=f"{m.group(1)} {head} -> {nv} ({len(ms) - 1} other mention{'s' if len(ms) > 2 else ''})")
        p.end += m.end(2) - m.end(1)
        out.append(p)
    out += _headline_figures(art)
    if len(out) < 2:
        out += _constructed_restatements(art, regex, groups)
    return out[:MAX]


# a figure standing alone: not glued to letters (3G, 18th, F-16), not after a capitalised word (PlayStation 3),
# not the start of a range (60 to 90)
_ANY_FIG = re.compile(r"(?<![\w.,$£€/%-])([\d٠-٩]{1,3}(?:,[\d٠-٩]{3})+|[\d٠-٩]+)"
                      r"(?![.,٫/:%][\d٠-٩])(?![\w%٪-])(?![^\S\n]*(?:to|and|or|-|–|إلى|الى|و)[^\S\n]*[\d٠-٩])")


def _in_date(text: str, start: int, end: int) -> bool:
    """A day number of a date (5 مايو، March 5, 12 رمضان) is not a quantity."""
    from inject_dates import AR_MONTHS, EN_MONTHS, HIJRI_AR

    after = re.match(r"[^\S\n]*(?:من[^\S\n]+)?([A-Za-z]+|[\u0621-\u064A]+(?: [\u0621-\u064A]+)?)", text[end:end + 30])
    before = re.search(r"([A-Za-z]+)\.?[^\S\n]+$", text[max(0, start - 15):start])
    words = set()
    if after:
        words |= {after.group(1), after.group(1).split(" ")[0]}
    if before:
        words.add(before.group(1))
    return any(w in AR_MONTHS or w in EN_MONTHS or w in HIJRI_AR for w in words)


def _after_name(text: str, pos: int) -> bool:
    """A figure right after a capitalised word is part of a name (PlayStation 3, Windows 95)."""
    prev = re.search(r"(\S+)[^\S\n]+$", text[max(0, pos - 40):pos])
    return bool(prev and prev.group(1)[:1].isupper())


def _headline_figures(art: Article) -> list[Plant]:
    """A figure of the headline given again in the first two paragraphs (the lede restates the
    headline): the body's one changed."""
    text, out = art.text, []
    head_end = text.find("\n")
    paras = art.paragraphs[:2]
    if head_end < 0 or not paras:
        return out
    heads = {}
    for m in _ANY_FIG.finditer(text, 0, head_end):
        v = int(to_ascii_digits(m.group(1)).replace(",", ""))
        if v >= 3 and not (1900 <= v <= 2100 and "," not in m.group(1)) and not _CHANGE.search(text[max(0, m.start() - 20):m.start()]) and not _after_name(text, m.start()) and not _in_date(text, m.start(), m.end()):
            heads.setdefault(v, m)
    for s, e in paras:
        for m in _ANY_FIG.finditer(text, s, e):
            v = int(to_ascii_digits(m.group(1)).replace(",", ""))
            h = heads.get(v)
            if h is None or _CHANGE.search(text[max(0, m.start() - 20):m.start()]) or _approximate(text, m.start()) or _after_name(text, m.start()) or _in_date(text, m.start(), m.end()):
                continue
            form, nv = _changed_value(art, v)
            if nv < 2 or nv == v:
                continue
            word = re.match(r"[^\S\n]*(\S+)", text[m.end():m.end() + 30])
            p = plant("quantity-conflict", f"real-headline-body-{form}", text, m.start(1), m.end(1), _fmt(nv, m.group(1)),
                      related=[(h.start(), h.end())], note=f"headline {h.group(1)}, body {m.group(1)} -> {nv}")
            if word:
                p.end += len(word.group(0))
            out.append(p)
    return out[:3]


# sentences that restate a figure as the same quantity (no change, no comparison)
_RESTATE_EN = [("confirmed", "A spokesman confirmed the figure of {f}."), ("official", "The official figure is {f}, the spokesman said."),
               ("definite-most", "Most of the {f} were in the capital."), ("all-accounted", "All {f} were accounted for by the evening."),
               ("definite-identified", "Police said the {f} had been identified."), ("definite-listed", "The {f} were listed in the report."),
               ("of-the", "Of the {f}, only a few were named.")]
_RESTATE_AR = [("confirmed", "وأكد متحدث رسمي هذا الرقم، أي {f}."), ("same-source", "وبحسب المصدر نفسه فإن العدد هو {f}."),
               ("definite-most", "وكان معظم الـ{f} في العاصمة."), ("definite-identified", "وقد تم التعرف على الـ{f} جميعا."),
               ("definite-listed", "وأشار التقرير إلى الـ{f} بالاسم."), ("among-the", "ومن بين الـ{f} عدد من الأجانب."),
               ("in-all", "وفي المجموع، شمل الأمر {f}.")]


def _constructed_restatements(art: Article, regex, groups) -> list[Plant]:
    """A sentence restating a figure of the article with another value, at the end of a later
    paragraph: 'A spokesman confirmed the figure of 26 people.' / 'وأكد متحدث رسمي هذا الرقم، أي 26 شخصا.'"""
    text, out = art.text, []
    paras = art.paragraphs
    for (v, head), ms in groups.items():
        if len(ms) != 1:
            continue
        m = ms[0]
        if not art.in_body(m.start()) or _approximate(text, m.start()) or _CHANGE.search(text[max(0, m.start() - 20):m.start()]):
            continue
        later = [(s, e) for s, e in paras if e >= m.end() and text[e - 1:e] == "."]
        if not later:
            continue
        form, nv = _changed_value(art, v)
        if nv < 2 or nv == v or (art.lang == "ar" and (v <= 10) != (nv <= 10)):
            continue
        fig = f"{_fmt(nv, m.group(1))} {m.group(2)}"
        templates = _RESTATE_AR if art.lang == "ar" else _RESTATE_EN
        kind, template = art.rng.choice(templates)
        sentence = template.format(f=fig)
        form = f"{kind}-{form}"
        s, e = art.rng.choice(later)
        p = plant("quantity-conflict", f"constructed-restatement-{form}", text, e, e, " " + sentence, related=[(m.start(), m.end())],
                  note=f"{m.group(1)} {m.group(2)} restated as {nv}")
        at = e + 1 + sentence.index(fig)
        p.start, p.end = at, at + len(fig)
        out.append(p)
    return out[:5]


# -- total-mismatch --------------------------------------------------------------------------------
_EN_BREAK = re.compile(r"\b(\d{1,3}(?:,\d{3})*|\d+)\s+([a-z]+)(?:\s+[a-z]+){0,3}?,?\s+(including|of whom|among them|among whom)\s+"
                       r"((?:\d[\d,]*\s+[a-z]+,\s+)*\d[\d,]*\s+[a-z]+,?\s+and\s+\d[\d,]*\s+[a-z]+)\b")
_AR_BREAK = re.compile(rf"([\d٠-٩]+)\s+([{AR_LETTERS}]+)[^.،\n]{{0,40}}?،?\s+(بينهم|منهم|من بينهم|بينها|منها|منهن|بينهن)\s+"
                       rf"([\d٠-٩]+\s+[{AR_LETTERS}]+(?:(?:\s*،\s*|\s+)و?[\d٠-٩]+\s+[{AR_LETTERS}]+)+)(?![{AR_LETTERS}])(?!\s+[\d٠-٩])")
_PART = re.compile(r"[\d٠-٩][\d٠-٩,]*")
_EN_CASUALTY = re.compile(r"(?<![\w.,$£€/-])(\d{1,3}(?:,\d{3})+|\d+)(?![.,]\d)\s+(people|persons|civilians|soldiers|workers|passengers|students|employees|staff|migrants|refugees|prisoners|protesters|pilgrims|patients|victims)\b")
_AR_CASUALTY = re.compile(r"(?<![\d٠-٩.,٫/-])([\d٠-٩]+)(?![.,٫][\d٠-٩])\s+(شخصا|شخصاً|قتيلا|قتيلاً|مصابا|مصاباً|جريحا|جريحاً|مواطنا|مواطناً|عاملا|عاملاً|طالبا|طالباً|حاجا|حاجاً|مريضا|مريضاً|معتمرا|شخص|قتلى|مصابين|جرحى|أشخاص|مواطنين|طلاب)(?![{AR_LETTERS}])".replace("{AR_LETTERS}", AR_LETTERS))


_APPROX = re.compile(r"(?:about|some|around|nearly|almost|more than|over|fewer than|less than|up to|at least|roughly|approximately|"
                     r"نحو|حوالي|حوالى|قرابة|زهاء|أكثر من|أقل من|ما يقارب|ما يزيد على|ما يزيد عن|ما لا يقل عن|أزيد من|و)\s*$")


def _approximate(text: str, pos: int) -> bool:
    """A figure after an approximator (about, نحو) or inside a compound numeral (230 ألفا و618)."""
    return bool(_APPROX.search(text[max(0, pos - 20):pos]))


def total_mismatch(art: Article) -> list[Plant]:
    text, out = art.text, []
    regex = _AR_BREAK if art.lang == "ar" else _EN_BREAK
    for m in regex.finditer(text):
        total = int(to_ascii_digits(m.group(1)).replace(",", ""))
        parts = list(_PART.finditer(m.group(4)))
        values = [int(to_ascii_digits(p.group()).replace(",", "")) for p in parts]
        if len(values) < 2 or sum(values) > total or (1900 <= total <= 2100) or _approximate(text, m.start()):
            continue
        k = art.rng.randrange(len(values))
        nv = values[k] + (total - sum(values)) + art.rng.choice([1, 2, 3, max(1, total // 10)])
        p0 = parts[k]
        s, e = m.start(4) + p0.start(), m.start(4) + p0.end()
        out.append(plant("total-mismatch", f"real-{'ar' if art.lang == 'ar' else m.group(3).replace(' ', '-')}-part-raised", text, s, e,
                         _fmt(nv, p0.group()), related=[(m.start(1), m.end(1)), (m.start(4), m.end(4))],
                         note=f"total {total}, parts {values} -> part {k + 1} = {nv}"))
    if len(out) < 2:
        out += _constructed_totals(art)
    return out[:MAX]


def _ar_plural(n: int, plural: str, singular: str) -> str:
    return plural if 3 <= n <= 10 else singular


def _constructed_totals(art: Article) -> list[Plant]:
    """A breakdown whose parts add up to more than a figure of the article: '12 people,
    including 7 women and 6 children' / '12 شخصا، بينهم 7 أطفال و6 نساء'."""
    text, out = art.text, []
    regex = _AR_CASUALTY if art.lang == "ar" else _EN_CASUALTY
    for m in regex.finditer(text):
        n = int(to_ascii_digits(m.group(1)).replace(",", ""))
        if not 6 <= n <= 5000 or not art.in_body(m.start()) or _approximate(text, m.start()):
            continue
        after = text[m.end():m.end() + 2]
        if re.match(r"\s*(?:,|،)?\s*(?:including|of whom|among|بينهم|منهم)", text[m.end():m.end() + 20]):
            continue
        rng = art.rng
        a = n // 2 + 1 + rng.randrange(max(1, n // 4))
        b = n - a + 1 + rng.randrange(max(1, n // 5))
        if b < 3:
            b = 3
        if art.lang == "ar":
            word = rng.choice(["بينهم", "منهم"])
            ins = f"، {word} {_fmt(a, m.group(1))} {_ar_plural(a, 'أطفال', 'طفلا')} و{_fmt(b, m.group(1))} {_ar_plural(b, 'نساء', 'امرأة')}"
            form = f"constructed-{'baynahum' if word == 'بينهم' else 'minhum'}"
        else:
            tail = "," if after[:1] not in (".", ",", ";", ")") else ""
            second = "children" if m.group(2) in ("people", "persons", "civilians", "passengers", "victims", "refugees", "migrants", "pilgrims", "patients") else "men"
            if rng.random() < 0.5:
                ins, form = f", including {a:,} women and {b:,} {second}{tail}", "constructed-including"
            else:
                ins, form = f", of whom {a:,} were women and {b:,} were {second}{tail}", "constructed-of-whom"
        p = plant("total-mismatch", form, text, m.end(), m.end(), ins, related=[(m.start(), m.end())], note=f"total {n}, parts {a} + {b}")
        p.start, p.end = m.end(), m.end() + len(ins)
        out.append(p)
    return out[:5]


# -- timeline-order -----------------------------------------------------------------------------------
_Y = r"(1[89]\d\d|20\d\d)"
_EN_RANGES = [
    ("from-to", re.compile(rf"\bfrom\s+(?:the\s+year\s+)?{_Y}\s+(?:to|until|till|through)\s+{_Y}\b")),
    ("between-and", re.compile(rf"\bbetween\s+{_Y}\s+and\s+{_Y}\b")),
    ("hyphen", re.compile(rf"(?<![\d/-]){_Y}\s?[-–]\s?{_Y}(?![\d/-])")),
]
_AR_RANGES = [
    ("min-ila", re.compile(rf"(?<![{AR_LETTERS}])من\s+(?:عام\s+|العام\s+|سنة\s+)?{_Y}\s+(?:إلى|الى|وحتى|حتى|ولغاية|لغاية)\s+(?:عام\s+|العام\s+|سنة\s+)?{_Y}")),
    ("mundhu-hatta", re.compile(rf"(?<![{AR_LETTERS}])منذ\s+(?:عام\s+|العام\s+|سنة\s+)?{_Y}\s+(?:وحتى|حتى|إلى|الى)\s+(?:عام\s+|العام\s+)?{_Y}")),
]
_EN_MONTHS = "January February March April May June July August September October November December".split()
_AR_MONTHS = "يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر".split()
_EN_DAY_RANGE = re.compile(rf"\bfrom\s+(\d{{1,2}})\s+(?:to|until)\s+(\d{{1,2}})\s+(?:{'|'.join(_EN_MONTHS)})\b")
_EN_DAY_RANGE2 = re.compile(rf"\bfrom\s+(?:{'|'.join(_EN_MONTHS)})\s+(\d{{1,2}})\s+(?:to|until)\s+(\d{{1,2}})\b")
_AR_DAY_RANGE = re.compile(rf"(?<![{AR_LETTERS}])من\s+(\d{{1,2}})\s+(?:إلى|الى|حتى)\s+(\d{{1,2}})\s+(?:{'|'.join(_AR_MONTHS)})")
_EN_AGE = re.compile(r"\b([A-Z][a-z]+), (\d{2}), ")
_AR_AGE = re.compile(rf"(?:\((\d{{2}}) (?:عاما|عاماً|سنة)\)|(?:البالغ|البالغة) من العمر (\d{{2}}) (?:عاما|عاماً|سنة))")


def timeline_order(art: Article) -> list[Plant]:
    text, out = art.text, []
    ranges = _AR_RANGES if art.lang == "ar" else _EN_RANGES
    for form, regex in ranges:
        for m in regex.finditer(text):
            y1, y2 = int(m.group(1)), int(m.group(2))
            if not y1 < y2 or y2 - y1 > 60:
                continue
            if form == "hyphen" and re.match(r"\s*(?:season|seasons)\b", text[m.end():m.end() + 10]):
                continue
            new = text[m.start():m.start(1)] + m.group(2) + text[m.end(1):m.start(2)] + m.group(1) + text[m.end(2):m.end()]
            out.append(plant("timeline-order", f"year-range-{form}-swapped", text, m.start(), m.end(), new, note=f"{y1}..{y2} swapped"))
    day_ranges = [_AR_DAY_RANGE] if art.lang == "ar" else [_EN_DAY_RANGE, _EN_DAY_RANGE2]
    for regex in day_ranges:
        for m in regex.finditer(text):
            d1, d2 = int(m.group(1)), int(m.group(2))
            if not d1 < d2 <= 31:
                continue
            new = text[m.start():m.start(1)] + m.group(2) + text[m.end(1):m.start(2)] + m.group(1) + text[m.end(2):m.end()]
            out.append(plant("timeline-order", "day-range-swapped", text, m.start(), m.end(), new, note=f"{d1}..{d2} swapped"))
    if art.published:
        out += _births(art)
    return out[:MAX]


def _birth_year(art: Article, age: int) -> int:
    return art.published.year - age + art.rng.choice([-9, -7, -5, -4, -3, 3, 4, 5, 7, 9])


def _births(art: Article) -> list[Plant]:
    """An age stated for a person, and a birth year inserted beside it that cannot fit it."""
    text, out = art.text, []
    if art.lang == "ar":
        for m in _AR_AGE.finditer(text):
            age = int(m.group(1) or m.group(2))
            if not 18 <= age <= 90 or not art.in_body(m.start()) or re.search(r"(?:تحت|فوق|دون|أقل من|لأقل من)\s*$", text[max(0, m.start() - 12):m.start()]):
                continue  # an age group (تحت 19 سنة), not a person's age
            year = _birth_year(art, age)
            if m.group(1):  # (45 عاما) -> (45 عاما، من مواليد عام 1960)
                ins, at, form = f"، من مواليد عام {year}", m.end() - 1, "inserted-birth-in-parenthesis"
            else:
                tail = "" if text[m.end():m.end() + 1] in "،.؛:)" else "،"
                ins, at, form = f"، المولود عام {year}{tail}", m.end(), "inserted-birth-after-age"
            p = plant("timeline-order", form, text, at, at, ins, note=f"age {age} in {art.published}, born {year}")
            p.start, p.end = at, at + len(ins)
            p.related = ((m.start(), m.end()),)
            out.append(p)
    else:
        for m in _EN_AGE.finditer(text):
            age = int(m.group(2))
            if not 18 <= age <= 90 or not art.in_body(m.start()) or m.group(1) in ("Under", "Over", "Aged"):
                continue
            year = _birth_year(art, age)
            ins = f"who was born in {year}, "
            at = m.end()
            p = plant("timeline-order", "inserted-born-in-after-age", text, at, at, ins, note=f"age {age} in {art.published}, born {year}")
            p.start, p.end = at, at + len(ins) - 2
            p.related = ((m.start(2), m.end(2)),)
            out.append(p)
    return out
