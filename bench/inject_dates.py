"""Fault kinds of bench/inject.py for weekdays beside dates and Hijri dates beside Gregorian ones.

Only pairs that are right in the original are changed (the weekday is the date's weekday; the
Hijri date is the Gregorian date by Umm al-Qura, within a day). Where the article has a full date
but no weekday or Hijri date beside it, one can be inserted, wrong (forms `inserted-*`)."""
from __future__ import annotations

import re
from datetime import date

from inject_base import AR_LETTERS, Article, Plant, like_digits, plant, to_ascii_digits

MAX = 30
EN_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
EN_MONTHS = {m: i + 1 for i, m in enumerate("January February March April May June July August September October November December".split())}
EN_MONTHS.update({"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12})
AR_WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الأثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4,
               "السبت": 5, "الأحد": 6, "الاحد": 6}
AR_CANON = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_MONTHS = {}
for _n, _names in enumerate([
    "يناير جانفي|كانون الثاني|كانون ثاني", "فبراير فيفري|شباط", "مارس|آذار|اذار", "أبريل ابريل إبريل أفريل افريل|نيسان",
    "مايو ماي|أيار|ايار", "يونيو يونيه يونية جوان|حزيران", "يوليو يوليه يولية جويلية يوليوز|تموز", "أغسطس اغسطس أوت غشت|آب",
    "سبتمبر شتنبر|أيلول|ايلول", "أكتوبر اكتوبر|تشرين الأول|تشرين الاول|تشرين أول", "نوفمبر نونبر|تشرين الثاني|تشرين ثاني",
    "ديسمبر دجنبر|كانون الأول|كانون الاول|كانون أول"], start=1):
    for _group in _names.split("|"):
        for _name in ([_group] if _group.startswith(("كانون", "تشرين")) else _group.split()):
            AR_MONTHS[_name] = _n
AR_MONTH_NAMES = {n: [k for k, v in AR_MONTHS.items() if v == n][0] for n in range(1, 13)}
HIJRI_AR = {"محرم": 1, "المحرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع أول": 3, "ربيع الثاني": 4, "ربيع الآخر": 4,
            "ربيع الاخر": 4, "ربيع ثاني": 4, "جمادى الأولى": 5, "جمادى الاولى": 5, "جمادي الأولى": 5, "جمادى الأول": 5,
            "جمادى الآخرة": 6, "جمادى الاخرة": 6, "جمادى الثانية": 6, "جمادي الآخرة": 6, "جمادى الآخر": 6, "رجب": 7, "شعبان": 8,
            "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12}
HIJRI_AR_CANON = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
HIJRI_EN = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Awwal", "Jumada al-Thani", "Rajab", "Shaban", "Ramadan",
            "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"]


def _alt(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_EN_WD = _alt(EN_WEEKDAYS)
_EN_MON = _alt(EN_MONTHS)
_AR_WD = _alt(AR_WEEKDAYS)
_AR_MON = f"(?:{_alt(AR_MONTHS)})(?![{AR_LETTERS}])"
_D = r"[\d٠-٩]{1,2}"
_YR = r"(?:19|20|١٩|٢٠)[\d٠-٩]{2}"

_EN_PAIRS = [
    ("weekday-comma-day-month", re.compile(rf"\b(?P<wd>{_EN_WD}),?[^\S\n]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[^\S\n]+(?P<mon>{_EN_MON})\b\.?(?:,?[^\S\n]+(?P<year>(?:19|20)\d\d)\b)?")),
    ("weekday-comma-month-day", re.compile(rf"\b(?P<wd>{_EN_WD}),?[^\S\n]+(?P<mon>{_EN_MON})\.?[^\S\n]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,[^\S\n]+(?P<year>(?:19|20)\d\d)\b)?")),
    ("weekday-parenthesis", re.compile(rf"\b(?P<wd>{_EN_WD})[^\S\n]+\((?:(?P<mon>{_EN_MON})\.?[^\S\n]+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})[^\S\n]+(?P<mon2>{_EN_MON}))\)")),
]
_AR_PAIR = re.compile(
    rf"(?<![{AR_LETTERS}])(?:[وفبل])?(?:يوم[^\S\n]+)?(?P<wd>{_AR_WD})(?P<sep>[^\S\n]*،[^\S\n]*|[^\S\n]+الموافق[^\S\n]+|[^\S\n]+\([^\S\n]*|[^\S\n]+)(?:ال?ـ?)?(?P<day>{_D})[^\S\n]*(?:من[^\S\n]+)?"
    rf"(?P<mon>{_AR_MON})(?:[^\S\n]*/[^\S\n]*(?:{_AR_MON})|[^\S\n]*\((?:{_AR_MON})\))?(?:[^\S\n]*\)?[^\S\n]*(?:عام[^\S\n]+|سنة[^\S\n]+)?(?P<year>{_YR}))?")
_EN_FULL = [
    ("day-month-year", re.compile(rf"\b(?P<on>on[^\S\n]+)(?P<day>\d{{1,2}})[^\S\n]+(?P<mon>{_EN_MON})[^\S\n]+(?P<year>(?:19|20)\d\d)\b")),
    ("month-day-year", re.compile(rf"\b(?P<on>on[^\S\n]+)(?P<mon>{_EN_MON})\.?[^\S\n]+(?P<day>\d{{1,2}}),[^\S\n]+(?P<year>(?:19|20)\d\d)\b")),
    ("month-day", re.compile(rf"\b(?P<on>on[^\S\n]+)(?P<mon>{_EN_MON})\.?[^\S\n]+(?P<day>\d{{1,2}})\b(?!,?[^\S\n]+(?:19|20)\d\d)(?![\d:])(?![^\S\n]*(?:and|to|-|–)[^\S\n]*\d)")),
]
_AR_FULL = re.compile(rf"(?<![{AR_LETTERS}\d٠-٩ـ])(?P<day>{_D})[^\S\n]+(?:من[^\S\n]+)?(?P<mon>{_AR_MON})(?:[^\S\n]*/[^\S\n]*(?:{_AR_MON})|[^\S\n]*\((?:{_AR_MON})\))?(?:[^\S\n]+(?:عام[^\S\n]+|سنة[^\S\n]+)?(?P<year>{_YR}))?(?![\d٠-٩])")


def _resolve(art: Article, day: int, month: int, year: int | None) -> date | None:
    """The date, its year written or (when not) the one nearest the article's date."""
    try:
        if year:
            return date(year, month, day)
        if not art.published:
            return None
        best = None
        for y in (art.published.year - 1, art.published.year, art.published.year + 1):
            try:
                d = date(y, month, day)
            except ValueError:
                continue
            if best is None or abs((d - art.published).days) < abs((best - art.published).days):
                best = d
        return best if best and abs((best - art.published).days) <= 60 else None
    except ValueError:
        return None


def _int(s: str | None) -> int | None:
    return int(to_ascii_digits(s)) if s else None


def date_weekday(art: Article) -> list[Plant]:
    text, out = art.text, []
    rng = art.rng
    if art.lang == "ar":
        for m in _AR_PAIR.finditer(text):
            d = _resolve(art, _int(m.group("day")), AR_MONTHS[m.group("mon")], _int(m.group("year")))
            if d is None or d.weekday() != AR_WEEKDAYS[m.group("wd")]:
                continue
            wrong = rng.choice([k for k in range(7) if k != d.weekday()])
            sep = m.group("sep").strip() or "space"
            form = f"swapped-{'muwafiq' if 'الموافق' in sep else 'parenthesis' if '(' in sep else 'comma' if '،' in sep else 'space'}-{'year' if m.group('year') else 'no-year'}"
            p = plant("date-weekday", form, text, m.start("wd"), m.end("wd"), AR_CANON[wrong], note=f"{m.group('wd')} -> {AR_CANON[wrong]} for {d}")
            p.related = ((p.end, m.end() + p.shift),)
            out.append(p)
        for m in _AR_FULL.finditer(text):
            if not art.in_body(m.start()) or re.search(rf"(?:{_AR_WD})", text[max(0, m.start() - 30):m.start()]):  # a weekday already near
                continue
            d = _resolve(art, _int(m.group("day")), AR_MONTHS[m.group("mon")], _int(m.group("year")))
            if d is None:
                continue
            wrong = AR_CANON[rng.choice([k for k in range(7) if k != d.weekday()])]
            before = text[max(0, m.start() - 3):m.start()]
            ins, form = (f"يوم {wrong} ", "inserted-yawm") if before.endswith("في ") else (f"{wrong} ", "inserted-before-date")
            form += "-year" if m.group("year") else "-no-year"
            p = plant("date-weekday", form, text, m.start(), m.start(), ins, note=f"{wrong} inserted for {d}")
            p.start, p.end = m.start(), m.start() + len(ins) - 1
            p.related = ((p.end + 1, m.end() + len(ins)),)
            out.append(p)
    else:
        for form, regex in _EN_PAIRS:
            for m in regex.finditer(text):
                mon = m.group("mon") or m.groupdict().get("mon2")
                day = m.group("day") or m.groupdict().get("day2")
                d = _resolve(art, int(day), EN_MONTHS[mon], _int(m.groupdict().get("year")))
                if d is None or d.weekday() != EN_WEEKDAYS.index(m.group("wd")):
                    continue
                wrong = EN_WEEKDAYS[rng.choice([k for k in range(7) if k != d.weekday()])]
                p = plant("date-weekday", f"swapped-{form}-{'year' if m.groupdict().get('year') else 'no-year'}", text, m.start("wd"), m.end("wd"), wrong,
                          note=f"{m.group('wd')} -> {wrong} for {d}")
                p.related = ((p.end, m.end() + p.shift),)
                out.append(p)
        for form, regex in _EN_FULL:
            for m in regex.finditer(text):
                if not art.in_body(m.start()):
                    continue
                d = _resolve(art, int(m.group("day")), EN_MONTHS[m.group("mon")], _int(m.groupdict().get("year")))
                if d is None:
                    continue
                wrong = EN_WEEKDAYS[rng.choice([k for k in range(7) if k != d.weekday()])]
                at = m.end("on")
                if form == "month-day" and rng.random() < 0.5:  # on Tuesday (Nov 14)
                    new = f"{wrong} ({m.group('mon')[:3]} {m.group('day')})"
                    p = plant("date-weekday", "inserted-weekday-parenthesis-no-year", text, at, m.end(), new, note=f"{wrong} for {d}")
                    p.start, p.end = at, at + len(wrong)
                    p.related = ((at + len(wrong), at + len(new)),)
                else:
                    ins = f"{wrong}, "
                    p = plant("date-weekday", f"inserted-{form}" + ("" if form != "month-day" else "-no-year"), text, at, at, ins, note=f"{wrong} for {d}")
                    p.start, p.end = at, at + len(wrong)
                    p.related = ((at + len(ins), m.end() + len(ins)),)
                out.append(p)
    art.rng.shuffle(out)
    return out[:MAX]


# -- hijri-gregorian --------------------------------------------------------------------------------
_HIJRI = re.compile(rf"(?<![\d٠-٩])(?P<hd>{_D})[^\S\n]+(?:من[^\S\n]+)?(?:شهر[^\S\n]+)?(?P<hm>{_alt(HIJRI_AR)})[^\S\n]+(?:عام[^\S\n]+|سنة[^\S\n]+)?(?P<hy>(?:1[34]|١[٣٤])[\d٠-٩]{{2}})[^\S\n]*(?:هـ|ه|هجري|هجرية|للهجرة)?")
_GREG = re.compile(rf"(?<![\d٠-٩])(?P<gd>{_D})[^\S\n]+(?:من[^\S\n]+)?(?P<gm>{_AR_MON})(?:[^\S\n]*/[^\S\n]*(?:{_AR_MON})|[^\S\n]*\((?:{_AR_MON})\))?[^\S\n]+(?:عام[^\S\n]+|سنة[^\S\n]+)?(?P<gy>{_YR})[^\S\n]*(?:م(?![{AR_LETTERS}])|ميلادي|ميلادية)?")
_GAP = re.compile(r"^[\s،,()\-–/]*(?:الموافق|الموافقة|ويوافق|المصادف)?\s*(?:لـ|ل)?[\s،,()\-–/]*$")


def _h2g(hy: int, hm: int, hd: int) -> date | None:
    from hijridate import Hijri

    try:
        return Hijri(hy, hm, hd).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _g2h(d: date):
    from hijridate import Gregorian

    try:
        return Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None


def _other_day(art: Article, hd: int) -> int:
    return art.rng.choice([k for k in range(1, 30) if 3 <= abs(k - hd) <= 9])


def hijri_gregorian(art: Article) -> list[Plant]:
    text, out = art.text, []
    if art.lang == "ar":
        hijris = list(_HIJRI.finditer(text))
        gregs = list(_GREG.finditer(text))
        for h in hijris:
            for g in gregs:
                a, b = (h, g) if h.start() < g.start() else (g, h)
                if not 0 <= b.start() - a.end() <= 30 or not _GAP.match(text[a.end():b.start()]):
                    continue
                hd, hm, hy = _int(h.group("hd")), HIJRI_AR[h.group("hm")], _int(h.group("hy"))
                conv = _h2g(hy, hm, hd)
                try:
                    gd = date(_int(g.group("gy")), AR_MONTHS[g.group("gm")], _int(g.group("gd")))
                except ValueError:
                    continue
                if conv is None or abs((conv - gd).days) > 1:
                    continue
                k = _other_day(art, hd)
                form = ("real-hijri-first" if h is a else "real-gregorian-first") + ("-indic-digits" if h.group("hd")[0] in "٠١٢٣٤٥٦٧٨٩" else "")
                p = plant("hijri-gregorian", form, text, h.start("hd"), h.end("hd"), like_digits(k, h.group("hd")), note=f"{hd} -> {k} {h.group('hm')} {hy} (= {gd})")
                p.end = h.end() + p.shift
                p.related = ((g.start() + (p.shift if g.start() > h.start() else 0), g.end() + (p.shift if g.start() > h.start() else 0)),)
                out.append(p)
        if len(out) < 2:
            near_hijri = {g.start() for g in gregs for h in hijris if abs(h.start() - g.end()) < 40 or abs(g.start() - h.end()) < 40}
            for g in gregs:
                if g.start() in near_hijri or not art.in_body(g.start()):
                    continue
                try:
                    gd = date(_int(g.group("gy")), AR_MONTHS[g.group("gm")], _int(g.group("gd")))
                except ValueError:
                    continue
                hij = _g2h(gd)
                if hij is None:
                    continue
                k = _other_day(art, hij.day)
                hdate = f"{like_digits(k, g.group('gd'))} {HIJRI_AR_CANON[hij.month - 1]} {like_digits(hij.year, g.group('gy'))}هـ"
                end = g.end()
                while end > g.start() and text[end - 1].isspace():
                    end -= 1
                if art.rng.random() < 0.5:
                    ins, form = f" الموافق {hdate}", "inserted-muwafiq"
                else:
                    ins, form = f" ({hdate})", "inserted-parenthesis"
                p = plant("hijri-gregorian", form, text, end, end, ins, note=f"{hdate} for {gd} (right: day {hij.day})")
                s = end + ins.index(hdate)
                p.start, p.end = s, s + len(hdate)
                p.related = ((g.start(), end),)
                out.append(p)
    else:
        for form, regex in _EN_FULL[:2]:
            for m in regex.finditer(text):
                if not art.in_body(m.start()):
                    continue
                try:
                    gd = date(int(m.group("year")), EN_MONTHS[m.group("mon")], int(m.group("day")))
                except ValueError:
                    continue
                hij = _g2h(gd)
                if hij is None:
                    continue
                k = _other_day(art, hij.day)
                hdate = f"{HIJRI_EN[hij.month - 1]} {k}, {hij.year}"
                ins = f" ({hdate})"
                p = plant("hijri-gregorian", f"inserted-en-{form}", text, m.end(), m.end(), ins, note=f"{hdate} for {gd} (right: day {hij.day})")
                p.start, p.end = m.end() + 2, m.end() + 2 + len(hdate)
                p.related = ((m.end("on"), m.end()),)
                out.append(p)
    return out[:MAX]
