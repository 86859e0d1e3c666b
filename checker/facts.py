"""The newsroom's facts register: events with dates, people with roles, house spellings.

```toml
[[event]]
name = "Hamas attack on Israel"
aliases = ["October 7 attack", "هجوم حماس"]
date = "2023-10-07"              # or "2023-10"; a span of days: start = "…", end = "…"

[[person]]
name = "Hassan Nasrallah"
aliases = ["حسن نصر الله", "Nasrallah"]
roles = [{ title = "Secretary-General of Hezbollah", aliases = ["الأمين العام لحزب الله"],
           since = "1992-02-16", until = "2024-09-27" }]

[[spelling]]
preferred = "Hezbollah"
avoid = ["Hizbollah", "Hizballah"]
```

The file is read with tomllib and validated with pydantic models (built on first use: pydantic
costs ~60 ms at start-up); a file that does not parse or validate raises `FactsError` naming
the file, the line and the key. The JSON Schema of the format (schemas/facts.schema.json) is
generated from the same models. Registers are loaded once per process and cached.

The text side lives here too: tokens normalised for matching (Arabic diacritics, hamza forms,
ta marbuta, alef maqsura and proclitics; English case, accents and punctuation) and the search
for register aliases in a text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from checker.config import ConfigError


class FactsError(ConfigError):
    """A facts register that cannot be read, parsed or validated (file, line and key named)."""


# -- the register as the rules see it (plain dataclasses: cheap to pickle to workers) ----------


@dataclass(frozen=True)
class Role:
    title: str
    aliases: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None

    def held_on(self, day: date | None) -> bool:
        if day is None:
            return True
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)

    def period(self) -> str:
        if self.since and self.until:
            return f"from {human_date(self.since)} to {human_date(self.until)}"
        if self.since:
            return f"since {human_date(self.since)}"
        if self.until:
            return f"until {human_date(self.until)}"
        return ""


@dataclass(frozen=True)
class Event:
    name: str
    aliases: tuple[str, ...]
    start: date
    end: date
    precision: str  # "day" or "month"
    file: str = ""

    def describe(self) -> str:
        if self.precision == "month":
            return self.start.strftime("%B %Y")
        if self.start == self.end:
            return human_date(self.start)
        return f"{human_date(self.start)} to {human_date(self.end)}"


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    file: str = ""


@dataclass(frozen=True)
class Spelling:
    preferred: str
    avoid: tuple[str, ...]
    file: str = ""


@dataclass(frozen=True)
class Register:
    events: tuple[Event, ...] = ()
    people: tuple[Person, ...] = ()
    spellings: tuple[Spelling, ...] = ()
    files: tuple[str, ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.events or self.people or self.spellings)


def human_date(day: date) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"


# -- the file format (pydantic) ------------------------------------------------------------


@lru_cache(maxsize=1)
def models():
    """The pydantic models of a register file, built on first use."""
    from typing import Optional

    from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

    _DATE = r"^\d{4}-\d{2}(-\d{2})?$"

    def _check_date(value: str | None) -> str | None:
        if value is None:
            return value
        value = str(value)
        if not re.match(_DATE, value):
            raise ValueError(f"'{value}' is not a date of the form YYYY-MM-DD or YYYY-MM")
        try:
            date.fromisoformat(value if len(value) == 10 else value + "-01")
        except ValueError:
            raise ValueError(f"'{value}' is not a real date") from None
        return value

    class RoleModel(BaseModel):
        """A role a person holds or held; since/until bound it in time (inclusive)."""

        model_config = ConfigDict(extra="forbid")
        title: str = Field(min_length=1, description="The role's title, e.g. 'Prime Minister of Iraq'.")
        aliases: list[str] = Field([], description="Other wordings of the title, in any language.")
        since: Optional[str] = Field(None, description="First day in the role, YYYY-MM-DD or YYYY-MM.")
        until: Optional[str] = Field(None, description="Last day in the role, YYYY-MM-DD or YYYY-MM.")

        _dates = field_validator("since", "until", mode="before")(classmethod(lambda cls, v: _check_date(v)))

    class EventModel(BaseModel):
        """An event with its date (a day or a month) or its span of days."""

        model_config = ConfigDict(extra="forbid")
        name: str = Field(min_length=1)
        aliases: list[str] = Field([], description="Wordings that name the event in articles, in any language.")
        date: Optional[str] = Field(None, description="YYYY-MM-DD, or YYYY-MM when only the month is known.")
        start: Optional[str] = Field(None, description="First day of an event that spans days.")
        end: Optional[str] = Field(None, description="Last day of an event that spans days.")

        _dates = field_validator("date", "start", "end", mode="before")(classmethod(lambda cls, v: _check_date(v)))

        @model_validator(mode="after")
        def _one_date(self):
            if self.date is None and not (self.start and self.end):
                raise ValueError("an event needs 'date', or 'start' and 'end'")
            if self.date is not None and (self.start or self.end):
                raise ValueError("give either 'date' or 'start' and 'end', not both")
            return self

    class PersonModel(BaseModel):
        """A person: canonical name, the spellings articles use, and roles."""

        model_config = ConfigDict(extra="forbid")
        name: str = Field(min_length=1)
        aliases: list[str] = []
        roles: list[RoleModel] = []

    class SpellingModel(BaseModel):
        """A house spelling: the preferred form and the forms to avoid."""

        model_config = ConfigDict(extra="forbid")
        preferred: str = Field(min_length=1)
        avoid: list[str] = Field(min_length=1)

    class FactsRegister(BaseModel):
        """factlint facts register: events, people and house spellings."""

        model_config = ConfigDict(extra="forbid", title="factlint facts register")
        event: list[EventModel] = Field([], description="[[event]] tables.")
        person: list[PersonModel] = Field([], description="[[person]] tables.")
        spelling: list[SpellingModel] = Field([], description="[[spelling]] tables.")

    return FactsRegister


def json_schema() -> dict:
    """The JSON Schema of a register file (published as schemas/facts.schema.json)."""
    schema = models().model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://factlint.dev/schemas/facts.schema.json"
    return schema


def _first_day(value: str) -> date:
    return date.fromisoformat(value if len(value) == 10 else value + "-01")


def _last_day(value: str) -> date:
    if len(value) == 10:
        return date.fromisoformat(value)
    import calendar

    y, m = int(value[:4]), int(value[5:7])
    return date(y, m, calendar.monthrange(y, m)[1])


def _line_of(source: str, loc: tuple) -> int | None:
    """Best-effort line of a validation error: the n-th [[table]] header, then its key."""
    lines = source.splitlines()
    if not loc:
        return None
    table = str(loc[0])
    index = loc[1] if len(loc) > 1 and isinstance(loc[1], int) else None
    header = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
    starts = [i for i, line in enumerate(lines) if header.match(line)]
    if index is None or index >= len(starts):
        for i, line in enumerate(lines):
            if re.match(rf"^\s*{re.escape(table)}\s*=", line):
                return i + 1
        return starts[0] + 1 if starts else None
    begin = starts[index]
    end = next((i for i, line in enumerate(lines) if i > begin and re.match(r"^\s*\[", line)), len(lines))
    keys = [str(k) for k in loc[2:] if not isinstance(k, int)]
    for key in reversed(keys):
        for i in range(begin, end):
            if re.match(rf"^\s*{re.escape(key)}\s*=", lines[i]) or re.search(rf"[{{,]\s*{re.escape(key)}\s*=", lines[i]):
                return i + 1
    return begin + 1


def _describe_error(exc: Exception, path: str, source: str) -> str:
    first = exc.errors()[0]  # type: ignore[attr-defined]
    loc = tuple(first["loc"])
    key = ""
    for part in loc:
        key += f"[{part}]" if isinstance(part, int) else (f".{part}" if key else str(part))
    msg = first["msg"]
    if first["type"] == "extra_forbidden":
        msg = "unknown key"
    elif msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    line = _line_of(source, loc)
    where = f"{path}:{line}" if line else path
    return f"{where}: invalid facts register: key '{key or '(top level)'}': {msg}"


def _plain(data) -> "SimpleNamespace | None":
    """The register checked with plain Python, exactly as the pydantic models check it; None
    when anything is off (pydantic then says what, with its location)."""
    from types import SimpleNamespace

    def text(v) -> bool:
        return isinstance(v, str) and len(v) >= 1

    def texts(v) -> bool:
        return isinstance(v, list) and all(isinstance(x, str) for x in v)

    def day(v):
        if v is None:
            return None
        if isinstance(v, date):
            v = str(v)
        if not isinstance(v, str) or not re.match(r"^\d{4}-\d{2}(-\d{2})?$", v):
            raise ValueError
        date.fromisoformat(v if len(v) == 10 else v + "-01")
        return v

    def table(v, keys) -> bool:
        return isinstance(v, dict) and set(v) <= keys

    try:
        if not table(data, {"event", "person", "spelling"}):
            return None
        events, people, spellings = data.get("event", []), data.get("person", []), data.get("spelling", [])
        if not all(isinstance(x, list) for x in (events, people, spellings)):
            return None
        out = SimpleNamespace(event=[], person=[], spelling=[])
        for e in events:
            if not table(e, {"name", "aliases", "date", "start", "end"}) or not text(e.get("name")) or not texts(e.get("aliases", [])):
                return None
            one, start, end = day(e.get("date")), day(e.get("start")), day(e.get("end"))
            if (one is None and not (start and end)) or (one is not None and (start or end)):
                return None
            out.event.append(SimpleNamespace(name=e["name"], aliases=e.get("aliases", []), date=one, start=start, end=end))
        for p in people:
            if not table(p, {"name", "aliases", "roles"}) or not text(p.get("name")) or not texts(p.get("aliases", [])) or not isinstance(p.get("roles", []), list):
                return None
            roles = []
            for r in p.get("roles", []):
                if not table(r, {"title", "aliases", "since", "until"}) or not text(r.get("title")) or not texts(r.get("aliases", [])):
                    return None
                roles.append(SimpleNamespace(title=r["title"], aliases=r.get("aliases", []), since=day(r.get("since")), until=day(r.get("until"))))
            out.person.append(SimpleNamespace(name=p["name"], aliases=p.get("aliases", []), roles=roles))
        for sp in spellings:
            if not table(sp, {"preferred", "avoid"}) or not text(sp.get("preferred")) or not texts(sp.get("avoid")) or not sp["avoid"]:
                return None
            out.spelling.append(SimpleNamespace(preferred=sp["preferred"], avoid=sp["avoid"]))
        return out
    except (ValueError, TypeError, AttributeError):
        return None


def parse_register(source: str, path: str) -> Register:
    """A register from TOML text; FactsError (file, line, key) when it is not valid."""
    import tomllib

    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise FactsError(f"{path}: invalid TOML in facts register: {exc}") from None
    model = _plain(data)  # a valid register needs no pydantic (~100 ms at start-up)
    if model is None:
        try:
            model = models().model_validate(data)
        except Exception as exc:
            if not hasattr(exc, "errors"):
                raise
            raise FactsError(_describe_error(exc, path, source)) from None
    events = []
    for e in model.event:
        if e.date:
            start, end, precision = _first_day(e.date), _last_day(e.date), "day" if len(e.date) == 10 else "month"
        else:
            start, end, precision = _first_day(e.start), _last_day(e.end), "day"
        events.append(Event(e.name, tuple(dict.fromkeys([e.name, *e.aliases])), start, end, precision, path))
    people = [
        Person(
            p.name,
            tuple(dict.fromkeys([p.name, *p.aliases])),
            tuple(Role(r.title, tuple(dict.fromkeys([r.title, *r.aliases])), _first_day(r.since) if r.since else None, _last_day(r.until) if r.until else None) for r in p.roles),
            path,
        )
        for p in model.person
    ]
    spellings = [Spelling(s.preferred, tuple(s.avoid), path) for s in model.spelling]
    return Register(tuple(events), tuple(people), tuple(spellings), (path,))


@lru_cache(maxsize=32)
def _load_one(path: str, mtime: float) -> Register:
    try:
        source = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FactsError(f"{path}: facts register not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FactsError(f"{path}: cannot read facts register: {exc}") from None
    return parse_register(source, path)


def load_register(paths: Iterable[str]) -> Register:
    """The union of the registers at `paths` (each loaded once per process and cached)."""
    paths = tuple(paths)
    if not paths:
        return Register()
    parts = []
    for path in paths:
        try:
            mtime = Path(path).stat().st_mtime
        except OSError:
            mtime = 0.0
        parts.append(_load_one(path, mtime))
    if len(parts) == 1:
        return parts[0]
    return Register(
        tuple(e for p in parts for e in p.events),
        tuple(x for p in parts for x in p.people),
        tuple(s for p in parts for s in p.spellings),
        tuple(f for p in parts for f in p.files),
    )


# -- text normalisation and alias search ---------------------------------------------------

_TOKEN = re.compile(r"[^\W_][\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]*")
_AR_MARKS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك", "ۀ": "ه"})
_PROCLITICS = ("وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_ARABIC = re.compile(r"[\u0600-\u06FF]")


def _arabic_normalize(word: str) -> str:
    try:  # the shared helper (every fold on, as for proper names)
        from checker.lang.arabic import fold

        word = fold(word)
    except ImportError:  # pragma: no cover - older checkouts
        pass
    return _AR_MARKS.sub("", word).translate(_AR_FOLD)


def normalize_token(word: str) -> str:
    """One token folded for matching: Arabic marks, hamza seats, ة/ه and ى/ي; Latin case and accents."""
    if _ARABIC.search(word):
        return _arabic_normalize(word)
    folded = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def forms(norm: str) -> set[str]:
    """A normalised Arabic token and its readings without a proclitic (وأخنوش -> اخنوش;
    للحكومه -> الحكومه, حكومه)."""
    out = {norm}
    if not _ARABIC.match(norm):
        return out
    for p in _PROCLITICS:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            rest = norm[len(p):]
            if p in ("لل", "ولل", "فلل"):
                out.add("ال" + rest)
                out.add(rest)
            elif p.endswith("ال"):
                out.add("ال" + rest)
                out.add(rest)
            else:
                out.add(rest)
                if rest.startswith("ال") and len(rest) > 4:
                    out.add(rest[2:])
    return out


def bare(norm: str) -> str:
    """The shortest proclitic-free reading of a token (its stem for comparisons)."""
    return min(forms(norm), key=len)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    raw: str
    norm: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out = []
    for m in _TOKEN.finditer(text, start, end):
        raw = m.group()
        out.append(Token(m.start(), m.end(), raw, normalize_token(raw)))
    return out


def doc_tokens(doc) -> list[Token]:
    return doc.analysis(_doc_tokens)


def _doc_tokens(doc) -> list[Token]:
    return tokenize(doc.text)


@dataclass(frozen=True, slots=True)
class AliasMatch:
    start: int
    end: int
    first: int  # index of the first token
    last: int  # index past the last token
    alias: str
    entry: object


def _alias_key(alias: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(alias))


def find_aliases(text: str, tokens: list[Token], entries: Iterable[tuple[str, object]]) -> list[AliasMatch]:
    """Longest non-overlapping matches of the aliases in the token list. An alias matches a run
    of tokens whose normalised forms are equal; the first token may carry a proclitic."""
    by_first: dict[str, list[tuple[tuple[str, ...], str, object]]] = {}
    for alias, entry in entries:
        key = _alias_key(alias)
        if key:
            by_first.setdefault(key[0], []).append((key, alias, entry))
    for cands in by_first.values():
        cands.sort(key=lambda c: -len(c[0]))
    matches: list[AliasMatch] = []
    i = 0
    while i < len(tokens):
        best = None
        for f in forms(tokens[i].norm):
            for key, alias, entry in by_first.get(f, ()):
                n = len(key)
                if i + n <= len(tokens) and all(tokens[i + k].norm == key[k] for k in range(1, n)):
                    if not _contiguous(text, tokens, i, i + n):
                        continue
                    if best is None or n > best.last - best.first:
                        best = AliasMatch(tokens[i].start, tokens[i + n - 1].end, i, i + n, alias, entry)
                    break
        if best:
            matches.append(best)
            i = best.last
        else:
            i += 1
    return matches


_JOIN = re.compile(r"[ \t\u00A0\-\u2010\u2011'’]{1,3}")


def _contiguous(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """Tokens a..b-1 are one phrase: separated only by spaces, hyphens or apostrophes (a name
    does not run across a comma, a line break or a full stop)."""
    return all(_JOIN.fullmatch(text, tokens[k - 1].end, tokens[k].start) for k in range(a + 1, b))


# -- date mentions ----------------------------------------------------------------------------


def date_mentions(doc) -> list:
    """The document's date mentions: the shared extractor's (doc.dates) when it is installed,
    with the fallback's day-month mentions that it does not cover added."""
    return doc.analysis(_date_mentions)


def _date_mentions(doc) -> list:
    return [m for m in doc.dates if m.month is not None]





# -- role titles in front of a name ------------------------------------------------------------
# "Finance Minister Aziz Akhannouch", "وزير الفلاحة عزيز أخنوش": the title phrase, reduced to the
# words that say which office it is. A title's *signature* is the set of its office words (heads
# such as minister, governor, رئيس, والي; ranks such as deputy, نائب; portfolios such as finance,
# الفلاحة), with the usual multi-word offices folded to one token ("prime minister" = "head of
# government" = "رئيس الحكومة" = pm). Its *context* is its other content words (countries,
# organisations). A title agrees with a role's wording when its signature is contained in the
# role's and its context words occur there.


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _ar_set(words: str) -> frozenset[str]:
    return frozenset(_AR_MARKS.sub("", w).translate(_AR_FOLD) for w in words.split())  # plain words: the local fold is enough


HEADS_EN = _words(
    """minister president governor coach secretary chairman chairwoman chair ambassador mayor king queen
    emir chancellor speaker spokesman spokeswoman spokesperson envoy commissioner pm secgen manager"""
)
RANKS_EN = _words("deputy vice assistant acting interim junior")
PORTFOLIOS_EN = _words(
    """foreign finance economy economic agriculture interior defence defense health justice education energy
    trade transport tourism culture sports labour labor housing environment information treasury industry
    home water oil planning"""
)
SKIP_EN = _words("former ex late then outgoing incoming designate elect")
HEADS_AR = _ar_set("وزير رئيس والي محافظ مدرب سفير ملك امير مستشار متحدث ناطق مبعوث pm secgen")
RANKS_AR = _ar_set("نائب مساعد")
PORTFOLIOS_AR = _ar_set(
    """خارجيه داخليه ماليه اقتصاد فلاحه زراعه دفاع صحه عدل تعليم تربيه طاقه تجاره نقل سياحه ثقافه رياضه شباب
    عمل اسكان بيئه اعلام اوقاف خزانه تجهيز صناعه نفط تخطيط"""
)
SKIP_AR = _ar_set("سابق اسبق راحل اسبق منتهيه مكلف مرتقب")
# words that end an Arabic title phrase when walking back from the name
BREAK_AR = _ar_set(
    """ان انه قال قالت اكد اضاف عن مع الذي التي على في من الى بين ثم او لكن كما حيث بعد قبل منذ خلال عقب امام
    لدى عند هو هي و ف"""
)
CONNECT_EN = _words("of the for and s")

_MULTI = [
    (("prime", "minister"), "pm"),
    (("head", "of", "government"), "pm"),
    (("premier",), "pm"),
    (("secretary", "general"), "secgen"),
    (("رييس", "الوزراء"), "pm"),
    (("رييس", "الحكومه"), "pm"),
    (("رييس", "حكومه"), "pm"),
    (("الامين", "العام"), "secgen"),
    (("امين", "عام"), "secgen"),
]


def _fold(words: list[str]) -> list[str]:
    out, i = [], 0
    while i < len(words):
        for pattern, token in _MULTI:
            n = len(pattern)
            if tuple(words[i:i + n]) == pattern or (n == 2 and _ARAB(words[i]) and tuple(bare(w) for w in words[i:i + n]) == tuple(bare(p) for p in pattern)):
                out.append(token)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _ARAB(word: str) -> bool:
    return bool(re.match(r"[\u0600-\u06FF]", word))


def _stem(word: str) -> str:
    return bare(word) if _ARAB(word) else word


def _lexicon(word: str) -> str | None:
    """The office word a token stands for, or None."""
    if word in ("pm", "secgen"):
        return word
    if _ARAB(word):
        for f in forms(word):
            f2 = f[2:] if f.startswith("ال") else f
            if f2 in HEADS_AR or f2 in RANKS_AR or f2 in PORTFOLIOS_AR:
                return f2
            if f2.endswith("ه") and (f2[:-1] in HEADS_AR or f2[:-1] in RANKS_AR):
                return f2[:-1]  # وزيرة, رئيسة, نائبة
        return None
    if word in HEADS_EN or word in RANKS_EN or word in PORTFOLIOS_EN:
        return word
    if word.endswith("s") and word[:-1] in HEADS_EN:
        return word[:-1]
    return None


@dataclass(frozen=True)
class Title:
    start: int
    end: int
    text: str
    signature: frozenset[str]
    context: tuple[str, ...]
    bare_apposition: bool = False  # Arabic "أخنوش رئيس الحكومة" with no comma: may be an object

    @property
    def has_head(self) -> bool:
        return any(w in HEADS_EN or w in HEADS_AR for w in self.signature)


_STOP = _words("the of for and s a an al el") | _ar_set("في من على ل ب و")


def describe(words: list[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """(signature, context words) of a title given as normalised words."""
    folded = _fold(words)
    sig, ctx = set(), []
    for w in folded:
        office = _lexicon(w)
        if office:
            sig.add(office)
        elif w not in _STOP and not w.isdigit():
            ctx.append(_stem(w))
    return frozenset(sig), tuple(ctx)


def describe_text(title: str) -> tuple[frozenset[str], tuple[str, ...]]:
    return describe([t.norm for t in tokenize(title)])


def _similar(a: str, b: str) -> bool:
    """Context words agree: equal, or sharing a stem ("moroccan"/"morocco", "البرازيلي"/"البرازيل")."""
    if a == b:
        return True
    n = 5 if not _ARAB(a) else 4
    return len(a) >= n and len(b) >= n and a[:n] == b[:n]


def agrees(title: Title, role_title: str) -> bool:
    sig, ctx = describe_text(role_title)
    if not title.signature <= sig:
        return False
    return all(any(_similar(c, r) for r in ctx) for c in title.context)


def context_known(title: Title, role_titles: list[str]) -> bool:
    """Every context word of the title occurs in one of the person's role titles (so the title
    speaks of an office the register knows about, not of a party or a company)."""
    words = [c for t in role_titles for c in describe_text(t)[1]]
    return all(any(_similar(c, r) for r in words) for c in title.context)


_EN_JOIN = re.compile(r"[ \t\u00A0\-\u2010\u2011]{1,2}|['’]|['’]s |\s")


def title_before(text: str, tokens: list[Token], first: int, lang_arabic: bool) -> Title | None:
    """The title phrase right before the name whose first token is tokens[first], or None.

    English: a run of capitalised words and office words ending at the name, joined by spaces,
    hyphens or possessives ("Bank of England Governor", "Brazil's President", "finance minister").
    Arabic: an office head within four words before the name, with nothing between that breaks
    a noun phrase (a verb of saying, a preposition, "أن")."""
    if first == 0:
        return None
    if lang_arabic:
        return _title_ar(text, tokens, first)
    return _title_en(text, tokens, first)


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end:b.start]


def _title_en(text: str, tokens: list[Token], first: int) -> Title | None:
    k = first
    words: list[Token] = []
    comma = False  # "the finance minister, Aziz Akhannouch, said"
    while k > 0 and len(words) < 7:
        prev = tokens[k - 1]
        gap = _gap(text, prev, tokens[k])
        if k == first and re.fullmatch(r", ", gap):
            comma = True
        elif not re.fullmatch(r"[ \t\u00A0\-\u2010\u2011]{1,2}|['’]s?\s?|\s", gap) or "\n" in gap:
            break
        raw = prev.raw
        if prev.norm in ("of", "for") and any(_lexicon(w.norm) in HEADS_EN for w in words):
            break  # "Envoys of [Sovereignty Council Chairman] X": the title is complete
        if _lexicon(prev.norm) or raw[:1].isupper() or prev.norm in CONNECT_EN or prev.norm in SKIP_EN:
            words.insert(0, prev)
            k -= 1
            continue
        break
    while words and words[0].norm in CONNECT_EN:
        words.pop(0)
    if not words:
        return None
    if any(w.norm in SKIP_EN for w in words) or (k > 0 and tokens[k - 1].norm in SKIP_EN):
        return None
    # a sentence-initial capital word that is not an office word ("Yesterday Governor X")
    while words and not _lexicon(words[0].norm) and words[0].norm in _LEADING_NOISE:
        words.pop(0)
    if not words:
        return None
    if comma and not re.search(r"(?:\bthe|['’]s)\s+$", text[max(0, words[0].start - 6): words[0].start], re.I):
        return None  # a comma before the name: only "the …," or "Morocco's …," is a title
    sig, ctx = describe([w.norm for w in words])
    title = Title(words[0].start, words[-1].end, text[words[0].start:words[-1].end], sig, ctx)
    return title if title.has_head else None


_LEADING_NOISE = _words("yesterday today on in at but and when while as after before meanwhile also then")


def _title_ar(text: str, tokens: list[Token], first: int) -> Title | None:
    k = first
    head = None
    while k > 0 and first - k < 5:
        prev = tokens[k - 1]
        gap = _gap(text, prev, tokens[k])
        if not re.fullmatch(r"\s{1,2}", gap) or "\n" in gap:
            break
        if bare(prev.norm) in BREAK_AR or prev.norm in BREAK_AR:
            break
        k -= 1
        office = _lexicon(prev.norm)
        if office in HEADS_AR or office in RANKS_AR or (office in ("pm", "secgen")):
            head = k
        if prev.norm in ("الرييس", "رييس", "وزير", "الوزير") or (office in HEADS_AR):
            head = k
    if head is None:
        # "الأمين العام" and "رئيس الوزراء" fold to one office token only as a pair
        return None
    while head > 0 and _lexicon(tokens[head - 1].norm) in RANKS_AR and re.fullmatch(r"\s{1,2}", _gap(text, tokens[head - 1], tokens[head])):
        head -= 1
    words = tokens[head:first]
    if first < len(tokens) and any(bare(t.norm) in SKIP_AR for t in tokens[first:first + 6]):
        return None  # "... عزيز أخنوش السابق": a former office
    if any(bare(w.norm) in SKIP_AR for w in words):
        return None
    sig, ctx = describe([w.norm for w in words])
    title = Title(words[0].start, words[-1].end, text[words[0].start:words[-1].end], sig, ctx)
    return title if title.has_head else None


def normalized(text: str) -> str:
    return " ".join(normalize_token(t) for t in re.findall(r"\w+", text))


def title_after(text: str, tokens: list[Token], last: int, lang_arabic: bool) -> Title | None:
    """An appositive title right after the name whose last token is tokens[last - 1]:
    "Nadia Karam, the finance minister, said", "نادية كرم، وزيرة المالية، إن". The phrase runs
    from the comma to the next comma or full stop, at most six words, every one of them an office
    word, a capitalised word or "of/the"; an Arabic one starts with an office word."""
    if last >= len(tokens):
        return None
    between = text[tokens[last - 1].end: tokens[last].start]
    lead = re.fullmatch(r"\s*[,،]\s*", between)
    bare_apposition = bool(lang_arabic and re.fullmatch(r" ", between))
    if not lead and not bare_apposition:
        return None
    words: list[Token] = []
    k = last
    while k < len(tokens) and len(words) < 7:
        t = tokens[k]
        if lang_arabic and words and (bare(t.norm) in BREAK_AR or t.norm in BREAK_AR or t.norm.startswith("و")):
            break  # "... أن", "... وقال": the title ends where the clause goes on
        if words and not re.fullmatch(r"[ \t\u00A0\-\u2010\u2011]{1,2}|['’]s?\s?", text[words[-1].end: t.start]):
            end_gap = text[words[-1].end: t.start]
            if not re.match(r"\s*[,،.]", end_gap):
                return None  # the phrase goes on into a clause: not a bare title
            break
        words.append(t)
        k += 1
    else:
        if k < len(tokens):
            return None
    if not words:
        return None
    if lang_arabic:
        if _lexicon(words[0].norm) is None or any(bare(w.norm) in BREAK_AR or w.norm in BREAK_AR for w in words):
            return None
        if any(bare(w.norm) in SKIP_AR for w in words):
            return None
    else:
        while words and words[0].norm in ("the", "a", "an"):
            words.pop(0)
        if not words or any(w.norm in SKIP_EN for w in words):
            return None
        if not all(_lexicon(w.norm) or w.raw[:1].isupper() or w.norm in CONNECT_EN for w in words):
            return None
    sig, ctx = describe([w.norm for w in words])
    title = Title(words[0].start, words[-1].end, text[words[0].start:words[-1].end], sig, ctx, bare_apposition)
    if bare_apposition and not ctx:
        return None  # "استقبل تبون وزير الخارجية": without a comma and a place, maybe the object
    return title if title.has_head else None
