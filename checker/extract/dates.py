"""Date mentions: every date a document names, with its weekday, calendar and resolved year.

Computed once per document: `doc.dates` (find_dates through doc.analysis); the article's "today"
is `doc.analysis(find_anchor)`.

The grammar is ours; the vocabulary is not hand-copied: month and weekday names of every
dateparser language come from checker/lang/data/dates/*.json (generated ahead of time by
scripts/gen_date_tables.py, so dateparser is never imported here), the Arabic names of every
month system, the Hijri months and the ordinal day words from checker/lang/arabic_dates.py.
One compiled pattern per language set, built once and cached.

Forms: "Sunday, November 5, 2023", "Sunday 5 November 2023", "Sun., Nov. 5", "Nov. 5 (Sunday)",
"Sunday (Nov 5)", "lundi 5 mai 2014", "Montag, den 5. Mai", "lunes, 5 de mayo de 2014",
"2023-11-05 (Sunday)", "Sa, 30.08.2014", "31/11/1988", "4/23(Wed)", "14-15 November 2023",
"13 Dhu al-Hijjah 1445"; Arabic "يوم الأحد 5 تشرين الثاني/نوفمبر 2023", "الأحد (5 نوفمبر)",
"الخامس من نوفمبر", "21 ربيع الآخر 1445هـ", in Western, Arabic-Indic and Persian digits.
Not dates: decimals, scores, times, ratios, version numbers (a numeric date needs a year of
two or four digits, or a weekday, and stands alone between spaces or punctuation).

Year resolution (issue 3): the year in the mention ("text"); a year of another mention in the
same sentence, the nearest first ("sentence"); the anchor date's ("anchor", nearest reading or
the one the text's direction fixes); the year on which the document's other weekday-date pairs
agree ("document"); otherwise today's date ("assumed").
"""
from __future__ import annotations

import datetime
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from checker.lang import arabic_dates as ard
from checker.lazyre import LazyPattern

DATA = Path(__file__).resolve().parents[1] / "lang" / "data" / "dates"
EXTRA = Path(__file__).resolve().parents[1] / "lang" / "extra_dates"

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HIJRI_NAMES = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"]


# The records are NamedTuples rather than frozen dataclasses: as immutable, cheaper to build,
# and a dataclass costs ~0.5 ms to create at import, in every start of the command.
class DateMention(NamedTuple):
    start: int
    end: int  # the whole mention, weekday included (offsets into doc.text)
    text: str  # doc.source[start:end]
    day: int | None
    month: int | None  # 1-12; for calendar "hijri" the Hijri month number
    year: int | None  # as written in the mention itself, else None
    calendar: str  # "gregorian" | "hijri"
    weekday: int | None  # as written: 0=Monday ... 6=Sunday
    weekday_span: tuple[int, int] | None
    date_span: tuple[int, int]  # the day/month/year part
    resolved_year: int | None  # year after resolution, None if unknown
    year_source: str | None  # "text" | "sentence" | "anchor" | "document" | "assumed"
    nearest_year: int | None  # year that puts a yearless mention nearest to the anchor
    direction: str | None  # "past" / "future" when the text fixes it, else None
    # -- extra fields --------------------------------------------------------------------
    form: str = "named"  # "named" (month name) | "numeric" | "iso"
    lang: str = "en"  # language of the grammar that matched ("ar" for the Arabic one)
    day_end: int | None = None  # last day of a range "14-15 November"
    ambiguous: bool = False  # a numeric date whose day/month order is not fixed (day, month None)
    month_span: tuple[int, int] | None = None
    year_span: tuple[int, int] | None = None
    second_month: int | None = None  # the other system's name of a two-system form ("تشرين الثاني/نوفمبر")

    def resolved(self) -> datetime.date | None:
        """The Gregorian date (a Hijri one converted, Umm al-Qura), None if impossible/unknown."""
        if self.day is None or self.month is None or self.resolved_year is None:
            return None
        if self.calendar == "hijri":
            return hijri_to_gregorian(self.resolved_year, self.month, self.day)
        try:
            return datetime.date(self.resolved_year, self.month, self.day)
        except ValueError:
            return None


class Anchor(NamedTuple):
    date: datetime.date | None
    source: str | None  # "option" (--date/config/front matter: doc.published) | "dateline" | None
    span: tuple[int, int] | None


# -- calendars -----------------------------------------------------------------------------------
def hijri_to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    try:
        from hijridate import Hijri

        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError, ImportError):
        return None


def gregorian_to_hijri(d: datetime.date) -> tuple[int, int, int] | None:
    try:
        from hijridate import Gregorian

        h = Gregorian(d.year, d.month, d.day).to_hijri()
        return h.year, h.month, h.day
    except (ValueError, OverflowError, ImportError):
        return None


def hijri_month_length(year: int, month: int) -> int | None:
    try:
        from hijridate import Hijri

        return Hijri(year, month, 1).month_length()
    except (ValueError, OverflowError, ImportError):
        return None


def days_in_month(year: int | None, month: int) -> int:
    """Gregorian month length; February has 29 days when the year is unknown."""
    if month == 2:
        if year is None:
            return 29
        return 29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28
    return 30 if month in (4, 6, 9, 11) else 31


# -- vocabulary ----------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def table(lang: str) -> dict:
    """Month/weekday names of one language: the generated dateparser table, or our own."""
    base = lang.split("-")[0].split("_")[0].lower()
    result = {"months": {}, "weekdays": {}, "weekdays_short": {}, "order": "DMY", "locales": {}}
    path = DATA / f"{base}.json"
    if path.exists():
        result = json.loads(path.read_text(encoding="utf-8"))
    extra = EXTRA / f"{base}.json"
    if extra.exists():
        own = json.loads(extra.read_text(encoding="utf-8"))
        for key in ("months", "weekdays"):
            result[key] = {**result.get(key, {}), **own.get(key, {})}
    return result


def weekday_names(lang: str) -> dict[str, int]:
    """Weekday name (case-folded) -> 0-6 for a language, Arabic included (for relative-weekday)."""
    if lang.split("-")[0] == "ar":
        return dict(ard.WEEKDAYS)
    return dict(table(lang)["weekdays"])


def date_order(lang: str) -> str | None:
    """"DMY", "MDY" or "YMD" when the language fixes the order of numeric dates; None for
    English without a region (en-US writes m/d, en-GB d/m)."""
    parts = lang.replace("_", "-").split("-")
    base = parts[0].lower()
    if base == "en":
        if len(parts) > 1:
            region = f"en-{parts[1].upper()}"
            if region == "en-US":
                return "MDY"
            return table("en")["locales"].get(region, "MDY" if region in ("en-PH", "en-CA") else "DMY")
        return None
    order = table(base).get("order", "DMY")
    if base == "ar":
        return "DMY"
    return "DMY" if order == "YMD" else order


def _alternation(names) -> str:
    return "|".join(re.escape(n).replace("'", "['’]") for n in sorted(set(names), key=lambda s: (-len(s), s)))


def _key(word: str) -> str:
    return word.casefold().replace("’", "'").rstrip(".")


_WEEKDAY_AFTER = frozenset({"tr", "az", "hu", "ja", "ko", "zh", "uz", "kk", "ky", "tk"})
_SEP_WD = r"\s*[,،]?\s*(?:(?:den|le|the|el|il|lo|o|am|la|d['’]an|an)\s+)?"
_DAY = r"(?P<d>\d{1,2})(?:\s*[-–]\s*(?P<d_end>[0-3]?\d))?(?:st|nd|rd|th|er|re|e|ème|º|ª|°|o|-an|-a|-añ|\.)?"
_YEAR = r"(?P<y>\d{4})(?![\d])(?![.,]\d)"
_NUM = r"(?<![\w.,:/\-])"
#: languages that write numeric dates day.month.year and never month first
_DOTTED_DMY = frozenset({"de", "pl", "cs", "sk", "ru", "uk", "be", "hu", "fi", "da", "nb", "no", "sv", "tr", "hr", "sl", "sr", "bg", "ro", "et", "lv", "lt"})
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12}
#: words after which a bare "31.04." or "31-9-69" is a date, not a number
_DATE_PREPOSITION = LazyPattern(
    r"(?<!\w)(?:am|vom|bis|zum|den|seit|ab|el|le|du|au|il|dal|al|op|van|tot|dnia|dniu|on|since|until|في|يوم|منذ|حتى|em|no|dia|de)\s*$",
    re.IGNORECASE,
)


class Grammar:
    """The compiled patterns of one language set (built once, cached)."""

    def __init__(self, langs: tuple[str, ...]):
        self.langs = langs
        months: dict[str, int] = {}
        weekdays: dict[str, int] = {}
        short: dict[str, int] = {}
        for lang in langs:
            t = table(lang)
            for name, n in t["months"].items():
                months.setdefault(name, n)
            for name, n in t["weekdays"].items():
                weekdays.setdefault(name, n)
            if lang.split("-")[0].lower() == "en":
                continue  # English writes no two-letter weekdays: "KANSAS CITY, Mo., April 2" is Missouri
            for name, n in t.get("weekdays_short", {}).items():
                short.setdefault(name, n)
        for name in set(months) & set(weekdays):
            weekdays.pop(name)
        for name in (set(months) | set(weekdays)) & set(short):
            short.pop(name)
        self.months = months
        self.hijri = {k.casefold(): v for k, v in ard.HIJRI_MONTHS_LATIN.items()}
        self.weekdays = {**short, **weekdays}
        wd = _alternation(weekdays)
        sh = _alternation(short) if short else "(?!)"
        mon = _alternation(months)
        hij = "|".join(re.escape(n).replace(r"\ ", r"[\s-]+").replace("'", "['’]?").replace("\\-", "[\\s-]*") for n in sorted(ard.HIJRI_MONTHS_LATIN, key=len, reverse=True))
        article = r"(?:(?:al|ar|d['’]ar|d['’]al)\s+)?" if any(l.startswith("br") for l in langs) else ""
        W = rf"(?<!\w){article}(?P<wd>(?:{wd})(?!\w)\.?|(?:{sh})(?=\.?,|\.\s))\.?"
        M = rf"(?<!\w)(?:(?P<m>{mon})|(?P<hm>{hij}))(?!\w)\.?"
        lead = rf"(?:{W}(?:\s*\(\s*(?:dia\s+)?|{_SEP_WD}))?"
        tail_wd = (
            rf"(?:\s*[(（]\s*(?P<wd2>{wd})\.?\s*[)）]|\s*,\s*(?P<wd3>{wd}|{sh})\.?(?=\s*(?:[.;)\n]|$)))"
            if not (set(langs) & _WEEKDAY_AFTER)
            else rf"(?:\s*[,(（]?\s*(?P<wd2>{wd})(?!\w)\.?\s*[)）]?)"
        )
        era = r"(?:\s*(?P<era>AH|A\.H\.|H|CE|AD|A\.D\.|BC|B\.C\.|BCE|av\.\s*J\.-C\.|v\.\s*Chr\.|n\.\s*Chr\.|a\.\s*C\.|d\.\s*C\.|v\.\s*u\.\s*Z\.))?(?!\w)"
        year_link = r"(?:de\s+|del\s+(?:año\s+)?|of\s+|año\s+|im\s+Jahr(?:e)?\s+|en\s+)?"
        day_month = rf"{lead}(?<![\w.,/])(?:the\s+|dia\s+)?{_DAY}\s*(?:de\s+|of\s+|d['’]\s*|-ogo\s+|-го\s+|a\s+viz\s+)?{M}(?:\s*,?\s*{year_link}{_YEAR}{era})?{tail_wd}?\)?"
        day2 = _DAY.replace("\\d{1,2}", "(?<!\\d)[0-3]?\\d").replace("|\\.)?", "|\\.(?=\\s*,?\\s*\\d{4}))?")
        month_day = rf"{lead}{M}\s*(?:the\s+)?{day2}(?!\d)(?!\.\d|,\d(?!\d{{3}}(?!\d)))(?:\s*,?\s*{_YEAR}{era})?{tail_wd}?\)?"
        # "31/septembre/1969", "29-feb-2005", "7/ottobre/2014"
        m_bare = M[: -len("\\.?")]
        slashed = rf"{lead}{_NUM}(?P<d>\d{{1,2}})(?P<sep>[/-]){m_bare}(?P=sep)(?P<y>\d{{4}}|\d{{2}})(?!\w)"
        numeric = (
            rf"{lead}{_NUM}(?P<n1>\d{{1,2}})(?P<sep>[./-])(?:(?<=\.)\s)?(?P<n2>\d{{1,2}})(?:(?P=sep)(?:(?<=\.)\s)?(?P<ny>\d{{4}}|\d{{2}}))?(?P<dot>\.)?(?![\w]|[.,/:\-]\d)(?:\s*(?P<nera>AH|هـ))?{tail_wd}?"
        )
        iso = rf"{lead}{_NUM}(?P<iy>\d{{4}})(?P<isep>[-/])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)(?![\w]|[.,/:\-]\d){tail_wd}?"
        roman = rf"{lead}(?<![\w.,])(?P<d>\d{{1,2}})\s+(?P<rm>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s+{_YEAR}"
        flags = re.IGNORECASE
        self.patterns = [
            ("named", "dm", LazyPattern(day_month, flags)),
            ("named", "md", LazyPattern(month_day, flags)),
            ("named", "slash", LazyPattern(slashed, flags)),
            ("roman", "roman", LazyPattern(roman)),
            ("iso", "iso", LazyPattern(iso, flags)),
            ("numeric", "num", LazyPattern(numeric, flags)),
        ]
        first = lambda name: _key(re.split(r"[\s\-]+", name.replace("’", "'"))[0])  # noqa: E731
        self.lead_words = {first(n) for n in self.weekdays} | ({"al", "ar", "d'ar", "d'al"} if article else set())
        self.month_words = {first(n) for n in months} | {first(n) for n in ard.HIJRI_MONTHS_LATIN}
        # "Sunday (Nov 5)": the weekday, then the date in parentheses
        self.paren_lead = LazyPattern(rf"{W}\s*\($", flags)
        #: word as written -> 1 a weekday (or other lead word), 2 a month, 0 neither (for _starts)
        self.word_class: dict[str, int] = {}
        # a year we cannot read right after a date ("23. Oktober 4004 v. u. Z.", "5 May 1,500")
        self.unread_year = re.compile(r"\s*,?\s*(?:de\s+|del\s+(?:año\s+)?)?\d{3,}")


@lru_cache(maxsize=32)
def grammar(langs: tuple[str, ...]) -> Grammar:
    return Grammar(langs)


# -- the Arabic grammar -------------------------------------------------------------------------
class ArabicGrammar:
    """Patterns over the folded text (`arabic_fold`: same length, alef/yeh/teh-marbuta folded),
    so that the names are plain literals: fast to compile and to match."""

    def __init__(self) -> None:
        self.weekdays = {_afold(k[2:] if k.startswith("ال") else k): v for k, v in ard.WEEKDAYS.items()}
        self.greg = {_afold(k): v for k, v in ard.GREGORIAN_MONTHS.items()}
        self.hijri = {_afold(k): v for k, v in ard.HIJRI_MONTHS.items()}
        self.day_words = {_afold(k): v for k, v in ard.DAY_WORDS.items()}
        wd_core = _literals(self.weekdays)
        W = rf"(?<!\w)(?:[وف]?[بل]?يوم\s+)?(?P<wd>(?:[وف]?[بك]?ال|[وف]?لل)(?:{wd_core}))(?!\w)"
        greg = _literals(self.greg)
        hij = _literals(self.hijri)
        M = rf"(?:(?:شهر|لشهر)\s+)?(?:(?P<m>{greg})|(?P<hm>{hij}))(?![^\W\d_])"  # "أغسطس2015": a year may be glued on
        # the other system's name: "نوفمبر/تشرين الثاني", "(تشرين الثاني)", "يونيو-حزيران"; a name we do not
        # know after "/" or "-" still hands the year that follows to the date ("16 يناير/كانون ثان 2012")
        M2 = (
            rf"(?:(?:\s*[/／\-–]\s*|\s*\(\s*|\s+)(?:(?P<m2>{greg}))(?!\w)\s*\)?"
            rf"|\s*[/／\-–]\s*(?P<m2x>[^\W\d_]+(?:\s+[^\W\d_]+)?)(?=\s*[،,]?\s*\d{{4}}(?!\d)))"
        )
        day_words = _literals(self.day_words)
        with_article = _literals(w[2:] for w in self.day_words if w.startswith("ال"))
        bare = _literals(w for w in self.day_words if not w.startswith("ال"))
        # no look-behind at the start, so that the engine can skip ahead to "ا", "غ" or "ف"
        self.day_word = re.compile(rf"(?:ال(?:{with_article})|{bare})(?!\w)")
        day = rf"(?:(?:(?<![\w.,/])|(?<=(?<!\w)[وفبل])|(?<=(?<!\w)[وفبل]\u0640))(?P<d>\d{{1,2}})(?:\s*[-–]\s*(?P<d_end>\d{{1,2}}))?(?![\d.,/])|(?:(?<!\w)|(?<=(?<!\w)[وف]))(?P<dw>{day_words})(?!\w))"
        year = r"(?:\s*[،,]?\s*(?:(?:الجاري|الحالي)\s+)?(?:(?:من\s+)?(?:عام|العام|سنة)\s+)?(?<![\d.,])(?P<y>\d{4})(?![\d.,]\d)\s*(?P<era>هـ|ه(?!\w)|هـ\.|هجري(?:ة)?|للهجرة|م(?!\w)|مـ|ميلادي(?:ة)?|للميلاد)?)?"
        lead = rf"(?:{W}\s*[،,]?\s*(?:\(\s*)?(?:(?:ال)?موافق\s+(?:لـ?\s*)?)?)?"
        tail = rf"(?:\s*\(\s*(?P<wd2>ال(?:{wd_core}))\s*\))?"
        named = rf"{lead}(?:يوم\s+)?{day}\s*(?:من\s+)?{M}(?:{M2})?{year}{tail}\)?"
        numeric = rf"{lead}(?<![\w.,:/\-])(?P<n1>\d{{1,2}})\s*(?P<sep>[/.\-])\s*(?P<n2>\d{{1,2}})\s*(?P=sep)\s*(?P<ny>\d{{4}}|\d{{2}})(?!\d|[.,/:\-]\d)\s*(?P<era>هـ|ه(?!\w)|م(?!\w))?(?(era)|(?!\w))"
        iso = rf"{lead}(?<![\w.,:/\-])(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})(?![\w]|[.,/:\-]\d)"
        slashed = rf"{lead}(?<![\w.,/])(?P<d>\d{{1,2}})\s*(?P<sep>[/\-])\s*(?:(?P<m>{greg})|(?P<hm>{hij}))\s*(?P=sep)\s*(?P<y>\d{{4}}|\d{{2}})(?![\w\d])"
        self.patterns = [("named", "dm", LazyPattern(named)), ("named", "slash", LazyPattern(slashed)), ("iso", "iso", LazyPattern(iso)), ("numeric", "num", LazyPattern(numeric))]
        self.lead_words = set(self.weekdays) | {"يوم"}
        self.month_words = set()
        self.paren_lead = LazyPattern(rf"{W}\s*\($")
        self.word_class: dict[str, int] = {}  # as in Grammar


_AFOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك"})


def _word_before(text: str, i: int) -> bool:
    """Whether a word character precedes position i (a clitic و or ف alone does not count)."""
    if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
        return False
    return not (text[i - 1] in "وف" and (i == 1 or not text[i - 2].isalnum()))


def _wkey(text: str) -> str:
    return re.sub(r"\s+", " ", _afold(text)).strip()


_AFOLD_PAIRS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ی", "ي"), ("ک", "ك"))


def _afold(text: str) -> str:
    """Length-preserving Arabic fold (alef forms, ى, ة, Persian yeh/kaf) for matching names
    (chained str.replace: C speed, unlike str.translate with a dict)."""
    for a, b in _AFOLD_PAIRS:
        if a in text:
            text = text.replace(a, b)
    return text


def _literals(names) -> str:
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(set(names), key=lambda s: (-len(s), s)))


@lru_cache(maxsize=1)
def arabic_grammar() -> ArabicGrammar:
    return ArabicGrammar()


# -- Japanese / Chinese: 2016年12月29日(月), 4月23日（金曜日）, 2016-12-29(月), 6/20(木) ----------------
_CJK_WEEKDAYS = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6, "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "天": 6}
_CJK_WD = r"\s*[（(]\s*(?:星期|周|週)?(?P<wd>[月火水木金土日一二三四五六天])(?:曜日?)?\s*[)）]"
_CJK = LazyPattern(
    rf"(?:(?:(?P<y>\d{{4}})\s*年\s*)?(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*[日号]|(?<![\d/\-])(?P<iy>\d{{4}})[-/](?P<im>\d{{1,2}})[-/](?P<id>\d{{1,2}})|(?<![\d/\-.])(?P<n1>\d{{1,2}})/(?P<n2>\d{{1,2}}))(?:{_CJK_WD})?"
)
_CJK_SCRIPT = LazyPattern(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _cjk_mentions(text: str, start: int, end: int) -> list["_Raw"]:
    out = []
    for m in _CJK.finditer(text, start, end):
        wd = m.group("wd")
        if m.group("n1") and not wd:
            continue
        if m.group("m"):
            y, mo, d = m.group("y"), m.group("m"), m.group("d")
        elif m.group("iy"):
            y, mo, d = m.group("iy"), m.group("im"), m.group("id")
        else:
            y, mo, d = None, m.group("n1"), m.group("n2")
        month = int(mo)
        if not 1 <= month <= 12:
            continue
        year = int(y) if y else None
        ds = (m.start(), m.start("wd") - 1 if wd else m.end())
        ds = (ds[0], len(text[: ds[1]].rstrip(" （(")))
        out.append(_Raw(m.start(), m.end(), int(d), month, year, "gregorian", _CJK_WEEKDAYS[wd] if wd else None,
                        m.span("wd") if wd else None, ds, "named", "ja"))
    return out


# -- matching -------------------------------------------------------------------------------------
class _Raw(NamedTuple):
    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None
    calendar: str
    weekday: int | None
    weekday_span: tuple[int, int] | None
    date_span: tuple[int, int]
    form: str
    lang: str
    day_end: int | None = None
    ambiguous: bool = False
    month_span: tuple[int, int] | None = None
    year_span: tuple[int, int] | None = None
    second_month: int | None = None


def _int(s: str) -> int:
    return int(s)  # int() reads every Nd digit script


def _two_digit_year(y: int) -> int:
    return 2000 + y if y < 50 else 1900 + y


def _weekday_of(g, m: re.Match, arabic: bool) -> tuple[int | None, tuple[int, int] | None]:
    for name in ("wd", "wd2", "wd3"):
        if name in m.re.groupindex and m.group(name):
            word = m.group(name)
            if arabic:
                k = re.sub(r"^[وف]?(?:[بك]?ال|لل)", "", _afold(word))
                value = g.weekdays.get(k)
            else:
                if len(word.rstrip(".")) <= 3 and word.rstrip(".").isupper() and len(word.rstrip(".")) > 1:
                    continue  # "DC", "SAT": an acronym, not an abbreviated weekday
                value = g.weekdays.get(_key(word))
            if value is not None:
                return value, m.span(name)
    return None, None


def _numeric(m: re.Match, order: str | None, weekday: int | None, swap: bool = True) -> tuple[int | None, int | None, int | None, bool]:
    """(day, month, year, ambiguous) of "n1/n2/y"."""
    n1, n2 = _int(m.group("n1")), _int(m.group("n2"))
    ys = m.group("ny")
    year = None
    if ys:
        year = _int(ys) if len(ys) == 4 else _two_digit_year(_int(ys))
    readings = []
    if order == "MDY":
        primary, secondary = (n2, n1), (n1, n2)
    else:
        primary, secondary = (n1, n2), (n2, n1)
    if order is not None:
        if primary[1] <= 12 or not swap:
            return primary[0], primary[1], year, False
        if secondary[1] <= 12:
            return secondary[0], secondary[1], year, False
        return primary[0], primary[1], year, False
    # order not fixed (English without a region)
    if n1 > 12 and n2 <= 12:
        return n1, n2, year, False
    if n2 > 12 and n1 <= 12:
        return n2, n1, year, False
    if n1 == n2:
        return n1, n2, year, False
    if n1 > 12 and n2 > 12:
        return n1, n2, year, False  # invalid either way
    for d, mo in ((n1, n2), (n2, n1)):
        if year is not None and weekday is not None:
            try:
                if datetime.date(year, mo, d).weekday() == weekday:
                    readings.append((d, mo))
            except ValueError:
                pass
    if len(readings) == 1:
        return readings[0][0], readings[0][1], year, False
    return None, None, year, True


def _lowercase_english(word: str, lang: str) -> bool:
    """An English month or weekday name written in lower case is an ordinary word (English
    capitalises them; French, Spanish... do not, so their names are taken as written)."""
    if not word[:1].islower():
        return False
    key = _key(word)
    en = table("en")
    if key not in en["months"] and key not in en["weekdays"] and key not in en.get("weekdays_short", {}):
        return False
    own = table(lang) if not lang.startswith("en") else None
    return own is None or (key not in own["months"] and key not in own["weekdays"])


def scan_at(pattern: re.Pattern, text: str, starts, end: int | None = None):
    """Matches of `pattern` that begin at one of the candidate starts (ascending: a day's digits,
    or one of the few words before them), leftmost first, not overlapping, empty ones skipped:
    what finditer gives when every match can only begin at a candidate, without trying the
    pattern at every position (patterns that open with a look-behind cannot skip ahead)."""
    last = -1
    end = len(text) if end is None else end
    match = pattern.match  # one look-up through LazyPattern, not one a start
    for st in starts:
        if st < last:
            continue
        m = match(text, st, end)
        if m is not None and m.end() > st:
            last = m.end()
            yield m


def _latin_mentions(text: str, starts: list[int], we: int, g: Grammar, lang: str) -> list[_Raw]:
    out: list[_Raw] = []
    seg, start = text, 0
    order = date_order(lang)
    for form, tag, pattern in g.patterns:
        if tag not in starts:
            continue
        for m in scan_at(pattern, text, starts[tag], we):
            weekday, wspan = _weekday_of(g, m, False)
            if weekday is not None and _lowercase_english(text[wspan[0]:wspan[1]], lang):
                weekday, wspan = None, None
            calendar = "gregorian"
            day = month = year = None
            day_end = None
            ambiguous = False
            mspan = yspan = None
            if form == "roman":
                day, month, year = _int(m.group("d")), _ROMAN[m.group("rm").lower()], _int(m.group("y"))
                yspan = m.span("y")
            elif form == "named":
                day = _int(m.group("d"))
                day_end = _int(m.group("d_end")) if "d_end" in m.re.groupindex and m.group("d_end") else None
                if m.group("y") is None and g.unread_year.match(seg, m.end()):
                    continue
                if m.group("m"):
                    month = g.months.get(_key(m.group("m")))
                    if _lowercase_english(m.group("m"), lang):
                        continue  # "another 5 may die", "the 20 march organisers"
                    mspan = m.span("m")
                else:
                    key = re.sub(r"[\s-]+", " ", m.group("hm").replace("’", "'")).casefold()
                    month = next((v for k, v in g.hijri.items() if re.sub(r"[\s-]+", " ", k) == key or re.sub(r"[\s\-']+", "", k) == re.sub(r"[\s\-']+", "", key)), None)
                    calendar = "hijri"
                    mspan = m.span("hm")
                if month is None:
                    continue
                if m.group("y"):
                    year = _int(m.group("y"))
                    if year < 100:
                        year = _two_digit_year(year)
                    elif not 1000 <= year <= 2999:
                        continue
                    yspan = m.span("y")
                    era = ((m.group("era") if "era" in m.re.groupindex else None) or "").upper().replace(".", "")
                    if era in ("BC", "BCE") or "CHR" in era and era.startswith("V") or era.startswith("AV") or era.startswith("A C"):
                        continue  # BC dates: out of our calendars
                    if era in ("AH", "H"):
                        calendar = "hijri" if calendar == "hijri" else calendar
                if day_end is not None and (day_end <= day and False):
                    pass
            elif form == "iso":
                year, month, day = _int(m.group("iy")), _int(m.group("im")), _int(m.group("id"))
                if not 1 <= month <= 12:
                    continue
            else:
                before = seg[max(0, m.start() - 12): m.start()]
                dated = weekday is not None or bool(_DATE_PREPOSITION.search(before))
                if not m.group("ny") and not (weekday is not None or (m.group("sep") == "." and m.group("dot") and dated)):
                    continue  # "4/23" alone is a score or a ratio; with "(Wed)" or as "am 31.04." it is a date
                if not m.group("ny") and m.group("sep") == "." and lang.split("-")[0] == "en":
                    continue  # English has no "14.9" for 14 September: "Tuesday, 7.75 billion dlrs" is a figure
                if m.group("ny") and len(m.group("ny")) == 2 and not dated and m.group("sep") == "-":
                    continue
                if m.group("ny") and len(m.group("ny")) == 2 and not dated and (_int(m.group("n1")) > 31 or _int(m.group("n2")) > 31):
                    continue
                day, month, year, ambiguous = _numeric(m, order, weekday, swap=not (m.group("sep") == "." and lang.split("-")[0] in _DOTTED_DMY))
                if not ambiguous and month is not None and not 1 <= month <= 12:
                    # neither reading has a month: a date only if it looks like one (dots or slashes, 4-digit year)
                    if not (m.group("ny") and len(m.group("ny")) == 4):
                        continue
                if m.group("nera"):
                    calendar = "hijri"
            s, e = m.span()
            # trim a closing parenthesis that belongs to an opening one before the mention
            matched = m.group()
            if matched.endswith(")") and matched.count("(") < matched.count(")"):
                e -= 1
            while e > s and seg[e - 1].isspace():
                e -= 1
            ds = _date_span(m, form, wspan)
            out.append(_Raw(start + s, start + e, day, month, year, calendar, weekday,
                            (start + wspan[0], start + wspan[1]) if wspan else None,
                            (start + ds[0], start + ds[1]), form, lang, day_end, ambiguous,
                            (start + mspan[0], start + mspan[1]) if mspan else None,
                            (start + yspan[0], start + yspan[1]) if yspan else None))
    return out


def _date_span(m: re.Match, form: str, wspan) -> tuple[int, int]:
    groups = [n for n in ("d", "dw", "m", "hm", "m2", "y", "era", "n1", "n2", "ny", "iy", "im", "id") if n in m.re.groupindex and m.group(n)]
    s = min(m.start(n) for n in groups)
    e = max(m.end(n) for n in groups)
    return s, e


def _not_ab(source: str | None, at: int, folded: str) -> bool:
    """The folded month "اب" written with a hamza: أب (father) or إب (a Yemeni city), not آب."""
    return folded == "اب" and source is not None and source[at: at + 1] in ("أ", "إ")


def _arabic_mentions(text: str, starts: list[int], we: int, g: ArabicGrammar, source: str | None = None) -> list[_Raw]:
    """Arabic mentions over the folded `text`; `source` is the text as written (for what folding hides)."""
    out: list[_Raw] = []
    seg, start = text, 0
    for form, tag, pattern in g.patterns:
        if tag not in starts:
            continue
        for m in scan_at(pattern, text, starts[tag], we):
            weekday, wspan = _weekday_of(g, m, True)
            if weekday is not None and _NIGHT.search(text, max(0, wspan[0] - 16), wspan[0]):
                weekday, wspan = None, None  # "ليلة الخميس" is Wednesday evening; "ليل السبت الأحد" spans two days
            if weekday is not None and wspan[1] <= _first_group(m) and _RELATIVE_BEFORE.search(text, max(0, wspan[0] - 24), wspan[0]) \
                    and _WORD_BETWEEN.search(text, wspan[1], _first_group(m)):
                # "أمس الاثنين يوم 26 فبراير 2016": the weekday is yesterday's, and the date another day's
                weekday, wspan = None, None
            calendar = "gregorian"
            day = month = year = None
            day_end = None
            second = None
            mspan = yspan = None
            G = lambda name: m.group(name) if name in m.re.groupindex else None  # noqa: E731
            if form == "named":
                if m.group("d"):
                    day = _int(m.group("d"))
                    day_end = _int(G("d_end")) if G("d_end") else None
                else:
                    day = g.day_words.get(_wkey(m.group("dw")))
                    if day is None:
                        continue
                if m.group("m"):
                    if _not_ab(source, m.start("m"), m.group("m")):
                        continue  # "أب" (father), "إب" (a city)
                    month = g.greg.get(_wkey(m.group("m")))
                    mspan = m.span("m")
                else:
                    month = g.hijri.get(_wkey(m.group("hm")))
                    calendar = "hijri"
                    mspan = m.span("hm")
                if month is None:
                    continue
                if G("m2") and _not_ab(source, m.start("m2"), m.group("m2")):
                    second = None  # "22 مايو/إب": إب (a city) is not آب (August)
                elif G("m2"):
                    second = g.greg.get(_wkey(m.group("m2")))
                    if calendar == "hijri":
                        continue
                    if second != month and m.group()[m.end("m") - m.start(): m.start("m2") - m.start()].strip() == "":
                        second = None  # "5 نوفمبر مارس..." two names joined by a space only count when equal
                if m.group("y"):
                    year = _int(m.group("y"))
                    if year < 100:
                        year = _two_digit_year(year)
                    yspan = m.span("y")
                    era = G("era") or ""
                    if era and era[0] == "ه" or "هجر" in era:
                        if calendar == "gregorian" and year > 1600:
                            pass
                        elif calendar == "gregorian":
                            continue  # a Gregorian month with a Hijri year: not a date we can read
                elif calendar == "hijri" and _wkey(m.group("hm")) == "صفر" and not G("dw"):
                    continue  # "2 صفر" is also a score
                if day_end is not None and G("d_end") is None:
                    day_end = None
            elif form == "iso":
                year, month, day = _int(m.group("iy")), _int(m.group("im")), _int(m.group("id"))
                if not 1 <= month <= 12:
                    continue
            else:
                n1, n2, year = _int(m.group("n1")), _int(m.group("n2")), _int(m.group("ny"))
                if len(m.group("ny")) == 2:
                    if weekday is None and not _DATE_PREPOSITION.search(seg[max(0, m.start() - 8): m.start()]):
                        continue
                    year = _two_digit_year(year)
                day, month = n1, n2
                if month > 12 and day <= 12:
                    day, month = n2, n1
                era = m.group("era") or ""
                if era.startswith("ه") or 1300 <= year <= 1500:
                    calendar = "hijri"
            s, e = m.span()
            if wspan and wspan[0] >= s:
                s = wspan[0]
                if m.group("wd") and m.group("wd")[:1] in "وف" and m.group("wd")[1:3] in ("ال", "لل", "با", "بال"[:2]):  # wd None: the weekday was in parentheses
                    s += 1
                    wspan = (wspan[0] + 1, wspan[1])
            matched = text[start + s: start + e]
            if matched.endswith(")") and matched.count("(") < matched.count(")"):
                e -= 1
            while e > s and text[start + e - 1].isspace():
                e -= 1
            ds = _date_span(m, form, wspan)
            out.append(_Raw(start + s, start + e, day, month, year, calendar, weekday,
                            (start + wspan[0], start + wspan[1]) if wspan else None,
                            (start + ds[0], start + ds[1]), form, "ar", day_end, False,
                            (start + mspan[0], start + mspan[1]) if mspan else None,
                            (start + yspan[0], start + yspan[1]) if yspan else None, second))
    return out


#: a word between a weekday and its date other than the link "الموافق"
_WORD_BETWEEN = LazyPattern(r"(?<!\w)(?!(?:ال)?موافق|لـ)[^\W\d_]{2,}")


def _first_group(m: re.Match) -> int:
    """Where the date itself (day, day word or first number) begins in the match."""
    for name in ("d", "dw", "n1", "iy"):
        if name in m.re.groupindex and m.group(name):
            return m.start(name)
    return m.end()


def _dedupe(raws: list[_Raw]) -> list[_Raw]:
    raws.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[_Raw] = []
    for r in raws:
        if kept and r.start < kept[-1].end:
            if (r.end - r.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = r
            continue
        kept.append(r)
    return kept


def _paren_weekday(text: str, raws: list[_Raw], para_start: int, g) -> list[_Raw]:
    """"Sunday (Nov 5)": a weekday just before a parenthesised date without one."""
    out = []
    for r in raws:
        if r.weekday is None:
            before = text[max(para_start, r.start - 30): r.start]
            if not before.rstrip().endswith("("):
                out.append(r)  # not in parentheses: no search (its result would not be used)
                continue
            m = g.paren_lead.search(before + "(") if not before.endswith("(") else g.paren_lead.search(before)
            if m:
                arabic = isinstance(g, ArabicGrammar)
                value, _ = _weekday_of(g, m, arabic)
                if value is not None:
                    off = r.start - len(before)
                    ws = (off + m.start("wd"), off + m.end("wd"))
                    close = text.find(")", r.end, r.end + 3)
                    end = close + 1 if close != -1 else r.end
                    r = _Raw(ws[0] if not arabic else off + m.start(), end, r.day, r.month, r.year, r.calendar, value, ws,
                             r.date_span, r.form, r.lang, r.day_end, r.ambiguous, r.month_span, r.year_span, r.second_month)
        out.append(r)
    return out


# -- direction ------------------------------------------------------------------------------------
_PAST_BEFORE = LazyPattern(r"(?:(?<!\w)(?:since|last|ago|until last)|منذ|مُنذ|depuis|seit|desde|dal|sinds|с)\s+(?:(?:on|the|يوم)\s+)?$", re.IGNORECASE)
_FUTURE_BEFORE = LazyPattern(
    r"(?:(?<!\w)(?:next|(?:will|shall|is due to|are due to|is scheduled to|are scheduled to|is set to|are set to|is expected to|are expected to|plans to|plan to|to be held|due)\b[^.;:!?\n]{0,50}?)|سوف[^.؛\n]{0,40}?|من المقرر[^.؛\n]{0,40}?|من المنتظر[^.؛\n]{0,40}?)\s*(?:on\s+|في\s+)?(?:يوم\s+)?$",
    re.IGNORECASE,
)
_PAST_AFTER = LazyPattern(r"^\s*[)\]]?\s*(?:" + "|".join(ard.loose(w) for w in ard.PAST_AFTER) + r")(?!\w)")
_FUTURE_AFTER = LazyPattern(r"^\s*[)\]]?\s*(?:" + "|".join(ard.loose(w) for w in ard.FUTURE_AFTER) + r")(?!\w)")


def _past_before(before: str) -> bool:
    """`_PAST_BEFORE.search(before)`, started where a match can begin: the pattern ends with
    spaces at the end, after its keyword (10 characters at most: "until last") and an optional
    short word ("on", "the", "يوم") -- not at each of up to 70 positions."""
    j1 = len(before.rstrip())
    if j1 == len(before):
        return False  # the pattern's last character is a space
    i1 = j1
    while i1 > 0 and not before[i1 - 1].isspace():
        i1 -= 1  # the last word: the optional one, or the end of the keyword
    j2 = len(before[:i1].rstrip())
    return _PAST_BEFORE.search(before, max(0, j2 - 10)) is not None


#: a relative day right before a weekday ("أمس الاثنين", "يوم غدٍ الأحد", "أوّل أمس الجمعة"): the
#: weekday is that day's, over the folded text (alef forms folded), harakat and tatweel allowed
_RELATIVE_BEFORE = LazyPattern(
    r"(?<!\w)(?:" + "|".join(ard.loose(w) for w in ("امس", "الامس", "البارحه", "اليوم", "غدا", "غد", "الغد")) + r")[\u064B-\u0652\u0640]*"
    r"\s*[،,]?\s*(?:(?:مساء|صباح|ظهر|عصر|فجر|ليل|ليله|ظهيره)\s+)?(?:يوم\s+)?[وف]?$"
)
_NIGHT = LazyPattern(r"(?<!\w)(?:[وف]?[بل]?ليل[هة]?|ليل\s+(?:ال|لل)?\w+)\s+(?:يوم\s+)?$")
_SENT_END = LazyPattern(r"[.!?؟](?:\s+)(?=[\"'“«(]?[A-Z\u0621-\u064A])|\n|[!?؟]")
_CLAUSE_START = LazyPattern(r".*(?:[.!?؟؛;]\s|\n)", re.S)


def _direction(text: str, r: _Raw) -> str | None:
    before = text[max(0, r.start - 70): r.start]
    cut = _CLAUSE_START.match(before)
    if cut:
        before = before[cut.end():]
    after = text[r.end: r.end + 20]
    if _PAST_AFTER.match(after):
        return "past"
    if _FUTURE_AFTER.match(after):
        return "future"
    if _past_before(before):
        return "past"
    if _FUTURE_BEFORE.search(before):
        return "future"
    return None


# -- year resolution -----------------------------------------------------------------------------
def _valid(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int, anchor: datetime.date, direction: str | None = None) -> int | None:
    """The year that puts day/month nearest to `anchor` (or, with a direction, the nearest on
    that side of it)."""
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = _valid(y, month, day)
        if d is None:
            continue
        if direction == "past" and d > anchor:
            continue
        if direction == "future" and d < anchor:
            continue
        if best is None or abs((d - anchor).days) < abs((best - anchor).days):
            best = d
    if best is None and month == 2 and day == 29:
        return None
    return best.year if best else None


def _pair_years(r: _Raw, today: datetime.date) -> list[int]:
    """The years a weekday-date pair is right in (its own year only, when it has one)."""
    if r.calendar != "gregorian" or r.weekday is None or r.day is None or r.month is None:
        return []
    years = [r.year] if r.year is not None else range(today.year - 12, today.year + 2)
    return [y for y in years if (d := _valid(y, r.month, r.day)) is not None and d.weekday() == r.weekday]


class _Votes:
    """The years the document's (Gregorian) weekday-date pairs are right in, counted once for the
    whole document; one pair's own votes are taken out when its year is asked for (so that each
    question costs the number of years, not the number of pairs)."""

    def __init__(self, raws: list[_Raw], today: datetime.date):
        self.today = today
        self.fits: dict[int, list[int]] = {}
        self.votes: dict[int, int] = {}
        self.pairs = 0  # pairs right in at least one year
        for r in raws:
            fits = _pair_years(r, today)
            self.fits[id(r)] = fits
            if fits:
                self.pairs += 1
                for y in fits:
                    self.votes[y] = self.votes.get(y, 0) + 1

    def year(self, me: _Raw) -> int | None:
        """The year on which the document's other weekday-date pairs agree."""
        own = self.fits.get(id(me), [])
        votes = dict(self.votes)
        for y in own:
            votes[y] -= 1
            if not votes[y]:
                del votes[y]
        others = self.pairs - (1 if own else 0)
        if not votes:
            return None
        top = max(votes.values())
        best = [y for y, v in votes.items() if v == top]
        if top < others:
            return None
        past = [y for y in best if y <= self.today.year]
        return max(past) if past else min(best)


def _resolve(doc, raws: list[_Raw], anchor: Anchor) -> list[DateMention]:
    text = doc.text
    out: list[DateMention] = []
    today = datetime.date.today()
    votes: _Votes | None = None  # built on first need
    # sentence numbers: a sentence end between two mentions separates them (cheaper than doc.sentences)
    spans: list[int] = []
    for i, r in enumerate(raws):
        if i == 0:
            spans.append(0)
        else:
            spans.append(spans[-1] + (1 if _SENT_END.search(text, raws[i - 1].end, r.start) else 0))
    # the mentions that carry a year, per sentence and calendar, in text order (for the nearest one)
    years_at: dict[tuple[int, str], tuple[list[int], list[int]]] = {}
    for i, r in enumerate(raws):
        if r.year is not None:
            starts_, years_ = years_at.setdefault((spans[i], r.calendar), ([], []))
            starts_.append(r.start)
            years_.append(r.year)
    for i, r in enumerate(raws):
        sent = spans[i]
        direction = _direction(text, r)
        year = r.year
        source = "text" if year is not None else None
        resolved = year
        near = None
        if year is None and not r.ambiguous:
            if True:
                same = _nearest_year_in_sentence(years_at, sent, r)
                if same is not None:
                    # a range "from 12 to 15 November 2023" or a list: the nearest mention's year (the following one on a tie)
                    resolved, source = same, "sentence"
                    if direction is not None and anchor.date is not None and r.calendar == "gregorian" and r.day and r.month:
                        d = _valid(resolved, r.month, r.day)
                        if d is not None and (d > anchor.date if direction == "past" else d < anchor.date):
                            # "23 يونيو المنصرم ... حتى 31 يناير 2016": the sentence's year would put
                            # a date the text calls past after the article's date (or a future one before it)
                            resolved, source = None, None
            if resolved is None and r.calendar == "gregorian" and r.day is not None and r.month is not None:
                ref = anchor.date or today
                near = nearest_year(r.month, r.day, ref)
                if anchor.date is not None:
                    resolved = nearest_year(r.month, r.day, ref, direction) or near
                    source = "anchor"
                else:
                    if r.weekday is not None and votes is None:
                        votes = _Votes(raws, today)
                    doc_year = votes.year(r) if r.weekday is not None else None
                    if doc_year is not None:
                        resolved, source = doc_year, "document"
                    else:
                        resolved, source = near, "assumed"
                if resolved is None and r.month == 2 and r.day == 29:
                    resolved, source = None, None
        if r.year is None and near is None and r.calendar == "gregorian" and r.day and r.month:
            near = nearest_year(r.month, r.day, anchor.date or today)
        calendar = r.calendar
        if calendar == "gregorian" and r.form in ("numeric", "iso") and r.year is not None and HIJRI_NUMERIC_YEARS[0] <= r.year <= HIJRI_NUMERIC_YEARS[1]:
            calendar = "hijri"  # Saudi datelines write the Hijri date in digits: "الأربعاء 1442/9/16"
        out.append(DateMention(
            start=r.start, end=r.end, text=doc.source[r.start:r.end], day=r.day, month=r.month, year=r.year,
            calendar=calendar, weekday=r.weekday, weekday_span=r.weekday_span, date_span=r.date_span,
            resolved_year=resolved, year_source=source if resolved is not None else None, nearest_year=near,
            direction=direction, form=r.form, lang=r.lang, day_end=r.day_end, ambiguous=r.ambiguous,
            month_span=r.month_span, year_span=r.year_span, second_month=r.second_month,
        ))
    return out


def _nearest_year_in_sentence(years_at: dict, sent: int, r: _Raw) -> int | None:
    """The year of the mention nearest to `r` (by start) in its sentence, of its calendar; on a
    tie the smaller year (as sorting the (distance, year) pairs gave)."""
    from bisect import bisect_left

    entry = years_at.get((sent, r.calendar))
    if not entry:
        return None
    starts, years = entry
    k = bisect_left(starts, r.start)
    best = None
    for j in (k - 1, k):
        if 0 <= j < len(starts):
            d = abs(starts[j] - r.start)
            if best is None or d < best[0] or (d == best[0] and years[j] < best[1]):
                best = (d, years[j])
    return best[1] if best else None


# A numeric date in these years is a Hijri date (1343-1500 AH = 1924-2077 CE, hijridate's range):
# no news story dates an event in Gregorian 1400 in digits.
HIJRI_NUMERIC_YEARS = (1343, 1500)


# -- entry points ---------------------------------------------------------------------------------
_DIGIT = LazyPattern(r"\d")
_DIGITS = LazyPattern(r"\d+")
_ARABIC_LETTER = LazyPattern(r"[\u0621-\u064A]")


def _languages(doc) -> tuple[str, ...]:
    lang = (doc.lang or "en").replace("_", "-")
    base = lang.split("-")[0].lower()
    if base in ("ar", "en"):
        return (lang,) if base == "en" else ("en",)
    return (lang, "en")


_BEFORE, _AFTER = 70, 60  # how far a mention reaches around its digits


def _windows(starts_ends: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in starts_ends:
        ws, we = max(lo, s - _BEFORE), min(hi, e + _AFTER)
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], we))
        else:
            out.append((ws, we))
    return out


_WORD = LazyPattern(r"(?<![\w'’])[^\W\d_][\w'’]*")
_ARABIC_PREFIX = LazyPattern(r"^[وف]?(?:[بك]?ال|لل|[بل](?=يوم))")
_TAGS = ("dm", "md", "slash", "roman", "iso", "num")
_WORD_CLASS_MAX = 200_000


def _starts(text: str, runs: list[tuple[int, int]], lo: int, g, arabic: bool) -> dict[str, list[int]]:
    """Where each pattern may begin: at a number that can be a day or a year (the characters
    after it tell which forms are possible), or at one of the few words before it that is a
    weekday (any form) or a month (month-first forms). Trying the patterns only there, instead
    of at every position, is what keeps extraction under a millisecond."""
    dm: set[int] = set()
    num: set[int] = set()
    slash: set[int] = set()
    roman: set[int] = set()
    iso: set[int] = set()
    md: set[int] = set()
    lead: list[int] = []  # weekday words: every form may begin there
    classes = g.word_class
    scanned = lo
    for s, e in runs:
        if text[s].isdigit():
            n = e - s
            if n == 3 or n > 4:
                continue
            after = text[e: e + 4]
            nxt = after.lstrip()[:1] if arabic else after[:1]
            if n <= 2:
                dm.add(s)
                if nxt and nxt in "./-":
                    num.add(s)
                    if nxt != ".":
                        slash.add(s)
                if after[:1] == " ":
                    roman.add(s)
            elif nxt and nxt in "-/":
                iso.add(s)
        else:
            dm.add(s)  # an Arabic ordinal day word
        begin = s - 45 if s - 45 > scanned else scanned
        if s > scanned:
            scanned = s
        for w in _WORD.finditer(text, begin, s):
            word = w.group()
            c = classes.get(word)
            if c is None:  # the word's class, remembered: most words recur from article to article
                key = _ARABIC_PREFIX.sub("", word) if arabic else _key(word)
                c = 1 if key in g.lead_words else 2 if key in g.month_words else 0
                if len(classes) >= _WORD_CLASS_MAX:
                    classes.clear()  # a bound for long runs over large corpora
                classes[word] = c
            if c == 1:
                lead.append(w.start())
            elif c == 2:
                md.add(w.start())
    out: dict[str, list[int]] = {}
    for tag, found in (("dm", dm), ("md", md), ("slash", slash), ("roman", roman), ("iso", iso), ("num", num)):
        if lead:
            found.update(lead)
        if found:
            out[tag] = sorted(found)
    return out


def digit_runs(doc) -> list[tuple[int, int]]:
    """The (start, end) of every run of digits (any script) in doc.text, found once per document:
    the date finders here and in checker/extract/timeline.py try their patterns only at these."""
    return [m.span() for m in _DIGITS.finditer(doc.text)]


def _raw_mentions(doc) -> list[_Raw]:
    text = doc.text
    digits = doc.analysis(digit_runs)
    has_arabic = doc.lang.startswith("ar") or bool(_ARABIC_LETTER.search(text))
    folded = ag = None
    if has_arabic:
        ag = arabic_grammar()
        folded = _afold(text)
        words = [
            m.span() for m in ag.day_word.finditer(folded)
            if not _word_before(folded, m.start())
        ]
        if words:
            digits = sorted(digits + words)
    if not digits:
        return []
    langs = _languages(doc)
    g = grammar(langs)
    raws: list[_Raw] = []
    cjk = not text.isascii() and bool(_CJK_SCRIPT.search(text))  # isascii() is free: no scan for most English texts
    di = 0
    for para in doc.paragraphs:
        while di < len(digits) and digits[di][1] <= para.start:
            di += 1
        here = []
        while di < len(digits) and digits[di][0] < para.end:
            here.append(digits[di])
            di += 1
        if not here:
            continue
        found: list[_Raw] = []
        found += _latin_mentions(text, _starts(text, here, para.start, g, False), para.end, g, langs[0] if not doc.lang.startswith("ar") else "ar")
        if ag is not None:
            arabic = _arabic_mentions(folded, _starts(folded, here, para.start, ag, True), para.end, ag, text)
            arabic = _paren_weekday(folded, arabic, para.start, ag)
            found += arabic
        if cjk:
            found += _cjk_mentions(text, para.start, para.end)
        found = _dedupe(found)
        found = _paren_weekday(text, found, para.start, g)
        raws.extend(found)
    return raws


def _raws(doc) -> list[_Raw]:
    return _raw_mentions(doc)


def find_dates(doc) -> list[DateMention]:
    """Every date mention of the document, in text order, with its year resolved."""
    raws = doc.analysis(_raws)
    anchor = doc.analysis(find_anchor)
    return _resolve(doc, raws, anchor)


_HEAD_LINK = LazyPattern(r"^[\s,،(/\-–]*(?:(?:ال)?موافق\s*(?:لـ?)?|corresponding to|or)?[\s,،(/\-–]*$")
_DATELINE_LEAD = LazyPattern(r"^[^\W\d][\w\s.'’,()\-]{0,40}?\s*(?:[,،:]|[-–—]{1,2}|\(\w[\w\s.]*\)\s*[-–—])\s*(?:في\s+)?$")


def find_anchor(doc) -> Anchor:
    """The article's "today": doc.published (--date, config, front matter), else a dated
    dateline at the head of one of the first paragraphs ("BAGHDAD, Nov 5, 2023 (Reuters) -",
    "بغداد - الأحد 5 نوفمبر 2023"), else unknown."""
    if doc.published is not None:
        return Anchor(doc.published, "option", None)
    raws = doc.analysis(_raws)
    first = doc.paragraphs[:3]
    head_end = -1  # end of a date at a dateline position: the one linked to it counts too
    for r in raws:
        para = next((p for p in first if p.start <= r.start < p.end), None)
        if para is None:
            if first and r.start > first[-1].end:
                break
            continue
        linked = head_end >= para.start and r.start - head_end <= 30 and _HEAD_LINK.match(doc.text[head_end: r.start])
        # a dateline's lead is a short place name and agency: a mention further into its paragraph
        # is not read against _DATELINE_LEAD (no slice of a long line for each mention)
        if r.start == para.start or (r.start - para.start <= 120 and _DATELINE_LEAD.match(doc.text[para.start: r.start])) or linked:
            head_end = r.end
            year = r.year
            if year is None or r.day is None or r.month is None or r.calendar != "gregorian":
                continue
            d = _valid(year, r.month, r.day)
            if d is not None:
                return Anchor(d, "dateline", (r.start, r.end))
    return Anchor(None, None, None)


def month_name(month: int, calendar: str = "gregorian") -> str:
    return (HIJRI_NAMES if calendar == "hijri" else MONTH_NAMES)[month - 1]


def describe(d: datetime.date) -> str:
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
