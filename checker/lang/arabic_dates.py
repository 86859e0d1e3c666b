"""Arabic date vocabulary (from /work/shared/ARABIC.md §1-3, §8): weekdays with their spelling
variants, the Gregorian months of every naming system (Egypt/Gulf, Levant/Iraq, Morocco,
Algeria/Tunisia, Mauritania), the Hijri months, ordinal day words, era markers, link words
between a Hijri and a Gregorian date, and English transliterations of the Hijri months.

Lookups go through `key()` (checker.lang.arabic.fold: alef forms, ى/ي, ة/ه folded, marks
and tatweel removed); regular expressions through `loose()`, which accepts the same variants.
"""
from __future__ import annotations

import re

from checker.lang.arabic import fold

WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الإثنين": 0, "الأثنين": 0, "الاتنين": 0,
    "الثلاثاء": 1, "الثلثاء": 1, "الثلاثا": 1,
    "الأربعاء": 2, "الاربعاء": 2, "الأربعا": 2, "الإربعاء": 2,
    "الخميس": 3,
    "الجمعة": 4, "الجمعه": 4,
    "السبت": 5,
    "الأحد": 6, "الاحد": 6,
}

GREGORIAN_MONTHS: dict[str, int] = {
    # Egypt / Gulf / pan-Arab
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يونية": 6, "يوليو": 7, "يوليه": 7, "يولية": 7, "أغسطس": 8,
    "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levant / Iraq
    "كانون الثاني": 1, "كانون ثاني": 1, "كانون ثان": 1, "كانون الثانى": 1, "كانون 2": 1, "شباط": 2,
    "آذار": 3, "آزار": 3, "نيسان": 4, "أيار": 5, "آيار": 5, "مايس": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين أول": 10, "تشرين 1": 10,
    "تشرين الثاني": 11, "تشرين الثانى": 11, "تشرين ثاني": 11, "تشرين ثان": 11, "تشرين 2": 11,
    "كانون الأول": 12, "كانون أول": 12, "كانون 1": 12,
    # Morocco
    "ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    # Algeria / Tunisia
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "جوان": 6, "جويلية": 7, "جويلة": 7, "أوت": 8,
    # Mauritania
    "أغشت": 8, "شتمبر": 9, "دجمبر": 12,
}

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "المحرم": 1, "صفر": 2, "صفر الخير": 2,
    "ربيع الأول": 3, "ربيع أول": 3,
    "ربيع الثاني": 4, "ربيع الآخر": 4, "ربيع الثانى": 4, "ربيع ثاني": 4, "ربيع آخر": 4,
    "جمادى الأولى": 5, "جمادى الأول": 5, "جمادي الأولى": 5, "جماد الأولى": 5, "جماد أول": 5,
    "جمادى الآخرة": 6, "جمادى الثانية": 6, "جمادى الآخر": 6, "جمادي الآخرة": 6, "جماد الآخر": 6,
    "جمادى الثاني": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعدة": 11, "ذي القعدة": 11, "ذا القعدة": 11, "ذوالقعدة": 11,
    "ذو الحجة": 12, "ذي الحجة": 12, "ذا الحجة": 12, "ذوالحجة": 12,
}

#: Hijri months as English (and French) copy spells them
HIJRI_MONTHS_LATIN: dict[str, int] = {}
for _names, _n in [
    ("Muharram|al-Muharram", 1),
    ("Safar", 2),
    ("Rabi al-Awwal|Rabi' al-Awwal|Rabi al-Awal|Rabi' al-Awal|Rabi ul-Awwal|Rabi I", 3),
    ("Rabi al-Thani|Rabi' al-Thani|Rabi al-Akhir|Rabi' al-Akhir|Rabi al-Akhar|Rabi' al-Akhar|Rabi ul-Akhir|Rabi II", 4),
    ("Jumada al-Ula|Jumada al-Awwal|Jumada al-Oula|Jumada al-Ulaa|Jumada I|Jumada al-Awal", 5),
    ("Jumada al-Akhirah|Jumada al-Akhira|Jumada al-Thani|Jumada al-Thaniyah|Jumada al-Akhir|Jumada II", 6),
    ("Rajab", 7),
    ("Shaban|Sha'ban|Shaaban|Sha’ban", 8),
    ("Ramadan|Ramzan", 9),
    ("Shawwal|Shawal", 10),
    ("Dhu al-Qadah|Dhu al-Qa'dah|Dhu al-Qa’dah|Dhul-Qadah|Dhul-Qa'dah|Dhu al-Qidah|Dhu al-Qi'dah|Dhul Qadah|Dhu'l-Qa'dah|Zul Qadah|Dhu al-Qaada", 11),
    ("Dhu al-Hijjah|Dhul-Hijjah|Dhu al-Hijja|Dhul Hijjah|Dhu'l-Hijjah|Zul Hijjah|Dhul-Hijja", 12),
]:
    for _name in _names.split("|"):
        HIJRI_MONTHS_LATIN[_name] = _n

#: ordinal day words: "الخامس من نوفمبر", "غرة رمضان", "فاتح نونبر"
_UNITS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_UNITS_COMPOUND = ["الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
DAY_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS, 1)}
DAY_WORDS.update({"العاشر": 10, "العشرين": 20, "الثلاثين": 30, "غرة": 1, "فاتح": 1, "الفاتح": 1})
for _i, _w in enumerate(_UNITS_COMPOUND, 1):
    DAY_WORDS[f"{_w} عشر"] = 10 + _i
    DAY_WORDS[f"{_w} والعشرين"] = 20 + _i
    if _i == 1:
        DAY_WORDS[f"{_w} والثلاثين"] = 31
DAY_WORDS["الحادية عشرة"] = 11

#: words that fix a date's direction relative to the article's day
PAST_BEFORE = ("منذ", "مُنذ")
PAST_AFTER = ("الماضي", "الماضى", "المنصرم", "الفائت", "المنقضي", "السابق")
FUTURE_AFTER = ("المقبل", "القادم", "الآتي", "المقبلة", "القادمة")

#: between a Hijri and a Gregorian date given as equivalents
LINK_WORDS = ("الموافق لـ", "الموافق ل", "الموافق", "الموافقة", "الذي يوافق", "التي توافق", "ويوافق", "يوافق", "المصادف", "الذي يصادف", "الموافق له")

_LOOSE = {
    "ا": "[اأإآٱ]", "أ": "[اأإآٱ]", "إ": "[اأإآٱ]", "آ": "[اأإآٱ]",
    "ي": "[يى]", "ى": "[يى]", "ة": "[ةه]", "ه": "[هة]",
}


def key(name: str) -> str:
    """The lookup form of an Arabic date word."""
    return re.sub(r"\s+", " ", fold(name)).strip()


def loose(name: str) -> str:
    """A regular expression for `name` that accepts its alef/yeh/teh-marbuta variants, any run
    of spaces between its words, and tatweel or harakat inside it."""
    out = []
    for ch in name:
        if ch == " ":
            out.append(r"\s*" if name.startswith("ذو") or name.startswith("ذي") else r"\s+")
        elif ch.isdigit():
            out.append(r"\s*" + ch)
        else:
            out.append(_LOOSE.get(ch, re.escape(ch)) + "[\u0640\u064B-\u0652]*")
    return "".join(out)


def lookup(table: dict[str, int]) -> dict[str, int]:
    return {key(k): v for k, v in table.items()}
