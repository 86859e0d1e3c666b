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
from itertools import accumulate
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, TypeVar

from checker.findings import Finding, Related, Severity

if TYPE_CHECKING:  # pragma: no cover
    from checker.extract.dates import DateMention
    from checker.extract.numbers import NumberMention

T = TypeVar("T")

_ARABIC_LETTERS = "\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF"
_LATIN_LETTERS = "A-Za-z\u00C0-\u024F"
# runs of letters, written [x][x]* rather than [x]+: a pattern that begins with a character class
# lets the matcher skip ahead to a letter (three times faster through a text with none)
_ARABIC_RUN = re.compile(f"[{_ARABIC_LETTERS}][{_ARABIC_LETTERS}]*")
_LATIN_RUN = re.compile(f"[{_LATIN_LETTERS}][{_LATIN_LETTERS}]*")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")

# Abbreviations after which a full stop does not end an English sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc ltd co corp dept est
    approx fig al e.g i.e a.m p.m u.s u.k u.n u.s.a d.c""".split()
)
# group 1: the first character after the mark that is not white space. The leading lookahead
# lets the matcher skip to a candidate character before trying either branch.
_SENTENCE_END = re.compile(r"(?=[.!?؟…\n])(?:[.!?؟…]+[\"'”’»)\]]*(?=\s)(?:(?=\s*(\S)))?|\n+)")
_DOTTED_WORD = re.compile(r"([\w.]+)\.$")
_LINE_FEED = re.compile(r"\n")
_NOT_SPACE = re.compile(r"\S")


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


def _letters(runs: re.Pattern, text: str, enough: int | None = None) -> int:
    """The number of letters in `runs` (a pattern of letter runs) in text; with `enough`, counting
    stops as soon as that many are found (the caller only needs to know whether they are)."""
    if enough is None:
        return sum(map(len, runs.findall(text)))  # runs, not letters: one match a word, not a letter
    found = 0
    for m in runs.finditer(text):
        found += m.end() - m.start()
        if found >= enough:
            break
    return found


def _trimmed(text: str, bounds: Iterable[tuple[int, int]]) -> list[Span]:
    """The spans of text[start:end] for each (start, end), without the white space at their
    ends (str.strip's white space is str.isspace's); those with nothing else are dropped."""
    spans = []
    for start, end in bounds:
        chunk = text[start:end]
        core = chunk.strip()
        if core:
            start += chunk.find(core[0])  # the first character that is not white space
            spans.append(Span(start, start + len(core)))
    return spans


def script_language(text: str) -> str | None:
    """'ar' when Arabic letters outnumber Latin ones, 'latin' for Latin text, None for neither."""
    arabic_run, latin_run = _ARABIC_RUN.search(text), _LATIN_RUN.search(text)
    if arabic_run is None:
        return None if latin_run is None else "latin"
    if latin_run is None:
        return "ar"  # the usual cases above: one script only
    # Both: count the script that is probably the minority (the one the text does not begin
    # with: few runs to find), then the other only until it is known to win (arabic >= latin).
    if latin_run.start() < arabic_run.start():
        arabic = _letters(_ARABIC_RUN, text)
        return "latin" if _letters(_LATIN_RUN, text, arabic + 1) > arabic else "ar"
    latin = _letters(_LATIN_RUN, text)
    return "ar" if _letters(_ARABIC_RUN, text, latin) >= latin else "latin"


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
        source = self.source
        if "\r" not in source:  # the usual case: a line starts after each line feed
            return list(accumulate([len(line) + 1 for line in source.split("\n")[:-1]], initial=0))
        starts = [0]
        starts.extend(m.end() for m in re.finditer(r"\r\n|\r|\n", source))
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
        first = _NOT_SPACE.search(text)
        last = len(text)
        while last and text[last - 1].isspace():
            last -= 1
        blank_lines = first is not None and _BLANK_LINE.search(text, first.start(), last) is not None  # text.strip(), uncopied
        separators = _BLANK_LINE.finditer(text) if blank_lines else _LINE_FEED.finditer(text)

        def bounds() -> Iterator[tuple[int, int]]:  # generated, not listed: a 20 MB file has 10^5 of them
            start = 0
            for sep in separators:
                yield start, sep.start()
                start = sep.end()
            yield start, len(text)

        return _trimmed(text, bounds())

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences, Arabic and English aware: abbreviations ("U.S.", "Nov.", "Dr."), initials,
        decimals and an ellipsis followed by a lower-case word do not end a sentence."""
        return _trimmed(self.text, self._sentence_bounds())

    def _sentence_bounds(self) -> Iterator[tuple[int, int]]:
        text = self.text
        start = 0
        for m in _SENTENCE_END.finditer(text):
            at = m.start()
            first = text[at]
            if first == "\n":
                yield start, at
                start = m.end()
                continue
            following = m.group(1)  # the next character that is not white space, if any
            lower = following is not None and following.islower()
            if first == ".":
                if lower:
                    continue  # "... and", "e.g. the": the sentence goes on
                if not text.startswith("...", at):
                    # the word the full stop ends, within 20 characters ("U.S.", "Nov.", "J.")
                    word = _DOTTED_WORD.search(text, max(0, at - 20), at + 1)
                    if word:
                        token = word.group(1).lower()
                        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                            continue
            elif first == "…" and lower:
                continue
            yield start, m.end()
            start = m.end()
        yield start, len(text)

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
    def forget(self) -> None:
        """Drop the cached analyses (dates, numbers, names, the rules' own memos), keeping the
        text's structure (lines, paragraphs, sentences): they are computed again on demand. The
        engine calls it between rules on a long document, so that its peak memory is that of the
        hungriest rule, not of every analysis at once."""
        keep = {key: value for key, value in self._cache.items() if isinstance(key, tuple) and key[:1] == ("starts",)}
        self._cache.clear()
        self._cache.update(keep)

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
