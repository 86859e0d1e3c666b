"""The Document: one article as every rule sees it.

`source` is the file's text exactly as decoded; `text` has the same length, with everything
that is not prose (front matter other than the headline, code, comments, URLs in Markdown)
blanked to spaces, so that a rule's offsets are always offsets into the original file.
Analyses that several rules need (sentences, dates, numbers) are computed on first use and
cached on the document.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, Iterable, TypeVar

from checker.findings import Finding, Related, Severity

if TYPE_CHECKING:  # pragma: no cover
    from checker.extract.dates import DateMention
    from checker.extract.numbers import NumberMention

T = TypeVar("T")

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")

# Abbreviations after which a full stop does not end an English sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc ltd co corp dept est
    approx fig al e.g i.e a.m p.m u.s u.k u.n u.s.a d.c""".split()
)
_SENTENCE_END = re.compile(r"[.!?؟…]+[\"'”’»)\]]*(?=\s)|\n+")
_NEXT_CHAR = re.compile(r"\s*(\S)")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def _span_at(spans: list[Span], starts: list[int], offset: int) -> Span:
    """The span containing offset (spans sorted and disjoint), by bisection; else empty."""
    i = bisect_right(starts, offset) - 1
    if i >= 0 and offset < spans[i].end:
        return spans[i]
    return Span(offset, offset)


def script_language(text: str) -> str | None:
    """'ar' when Arabic letters outnumber Latin ones, 'latin' for Latin text, None for neither."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if arabic == 0 and latin == 0:
        return None
    return "ar" if arabic >= latin else "latin"


@dataclass
class Document:
    path: str
    source: str
    text: str = ""
    lang: str = "en"
    published: date | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    kind: str = "text"  # text | markdown | html
    _cache: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.source
        if len(self.text) != len(self.source):
            raise ValueError("the prose view must keep the source's length")

    # -- positions -----------------------------------------------------------------------
    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in re.finditer(r"\r\n|\r|\n", self.source))
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset."""
        line = bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.source)
        return self.source[start:end].rstrip("\r\n")

    def related(self, start: int, end: int) -> Related:
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        return Related(start, end, line, column, end_line, end_column, self.source[start:end])

    def finding(
        self,
        rule: str,
        severity: Severity,
        start: int,
        end: int,
        message: str,
        *,
        related: Iterable[tuple[int, int]] = (),
        suggestion: str | None = None,
    ) -> Finding:
        """Build a Finding at [start, end); end_column is the column just past the span."""
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        return Finding(
            rule=rule,
            severity=severity,
            message=message,
            start=start,
            end=end,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            text=self.source[start:end],
            related=tuple(self.related(s, e) for s, e in related),
            suggestion=suggestion,
        )

    # -- structure ----------------------------------------------------------------------
    @cached_property
    def paragraphs(self) -> list[Span]:
        """Blank-line separated blocks; in a text with no blank line, every line (the
        one-paragraph-a-line convention of wire copy)."""
        text = self.text
        separators = (
            list(_BLANK_LINE.finditer(text)) if _BLANK_LINE.search(text.strip()) else list(re.finditer(r"\n", text))
        )
        spans, start = [], 0
        for sep in separators:
            spans.append(Span(start, sep.start()))
            start = sep.end()
        spans.append(Span(start, len(text)))
        return [s for s in (self._trim(s) for s in spans) if s.end > s.start]

    def _trim(self, span: Span) -> Span:
        start, end = span.start, span.end
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Span(start, end)

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences, Arabic and English aware: abbreviations ("U.S.", "Nov.", "Dr."), initials,
        decimals and an ellipsis followed by a lower-case word do not end a sentence."""
        text = self.text
        spans: list[Span] = []
        start = 0
        for m in _SENTENCE_END.finditer(text):
            if m.group().startswith("\n"):
                spans.append(Span(start, m.start()))
                start = m.end()
                continue
            if not self._ends_sentence(m):
                continue
            spans.append(Span(start, m.end()))
            start = m.end()
        spans.append(Span(start, len(text)))
        return [s for s in (self._trim(s) for s in spans) if s.end > s.start]

    def _ends_sentence(self, m: re.Match) -> bool:
        text = self.text
        mark = m.group()
        nxt = _NEXT_CHAR.match(text, m.end())  # matched in place: slicing the rest of the text made long documents quadratic
        following = nxt.group(1) if nxt else ""
        if mark.startswith(".") and not mark.startswith("..."):
            word = re.search(r"([\w.]+)\.$", text[max(0, m.start() - 20): m.start() + 1])
            if word:
                token = word.group(1).lower()
                if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                    return False
        if mark.startswith("...") or mark.startswith("…"):
            if following and following.islower():
                return False
        return not (following and following.islower() and mark.startswith("."))

    def sentence_at(self, offset: int) -> Span:
        return _span_at(self.sentences, self._starts("sentences"), offset)

    def paragraph_at(self, offset: int) -> Span:
        return _span_at(self.paragraphs, self._starts("paragraphs"), offset)

    def _starts(self, name: str) -> list[int]:
        key = ("starts", name)
        if key not in self._cache:
            self._cache[key] = [span.start for span in getattr(self, name)]
        return self._cache[key]

    def paragraph_lang(self, span: Span) -> str:
        """Language of one paragraph of a mixed text: Arabic by script, else the document's."""
        key = ("script", span.start, span.end)  # rules ask once per mention: count the letters once per span
        if key not in self._cache:
            self._cache[key] = script_language(self.text[span.start: span.end])
        script = self._cache[key]
        if script == "ar":
            return "ar"
        if script == "latin" and self.lang == "ar":
            return "en"
        return self.lang

    # -- shared analyses -----------------------------------------------------------------
    def analysis(self, compute: Callable[["Document"], T]) -> T:
        """Run `compute(doc)` once per document and cache it: how rules share analyses."""
        key = compute
        if key not in self._cache:
            self._cache[key] = compute(self)
        return self._cache[key]

    @property
    def dates(self) -> list["DateMention"]:
        from checker.extract.dates import find_dates

        return self.analysis(find_dates)

    @property
    def numbers(self) -> list["NumberMention"]:
        from checker.extract.numbers import find_numbers

        return self.analysis(find_numbers)
