"""Shared pieces of bench/inject.py: the planted case (Plant), the article it is planted in,
and small text helpers. The fault kinds live in inject_text.py (typography, words, spellings,
names), inject_numbers.py (counts, quantities, totals, timelines) and inject_dates.py
(weekdays, Hijri dates)."""
from __future__ import annotations

import random
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

AR_LETTERS = "\u0621-\u063A\u0641-\u064A\u0671"
AR_WORD = re.compile(rf"[{AR_LETTERS}]+")
EN_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩"
AR_DIGITS = "٠١٢٣٤٥٦٧٨٩"


@dataclass
class Plant:
    """One planted fault: the new text, where the fault is in it (start, end, and related spans
    a finding may be anchored at instead), and the edit that made it (original [a, b) became
    new [a, b + shift))."""

    rule: str
    form: str
    text: str
    start: int
    end: int
    related: tuple[tuple[int, int], ...] = ()
    a: int = 0
    b: int = 0
    shift: int = 0
    note: str = ""

    def spans(self) -> list[tuple[int, int]]:
        return [(self.start, self.end), *self.related]

    def back(self, p: int, is_end: bool = False) -> int | None:
        """A position of the new text as a position of the original; None inside the edit."""
        if p < self.a or (is_end and p == self.a):
            return p
        if p >= self.b + self.shift:
            return p - self.shift
        return None


def plant(rule: str, form: str, text: str, a: int, b: int, new: str, span: tuple[int, int] | None = None,
          related: list[tuple[int, int]] | tuple = (), note: str = "") -> Plant:
    """Replace text[a:b] by `new`. `span` and `related` are given in ORIGINAL coordinates and
    moved to the new text (a span inside the edit is taken relative to the replacement: use
    `inside(...)`); by default the span is the replacement itself."""
    shift = len(new) - (b - a)
    out = text[:a] + new + text[b:]

    def move(s: int, e: int) -> tuple[int, int]:
        return _mv(s, a, b, shift), _mv(e, a, b, shift, end=True)

    start, end = (a, a + len(new)) if span is None else move(*span)
    rel = tuple(move(s, e) for s, e in related)
    return Plant(rule, form, out, start, end, rel, a, b, shift, note)


def _mv(p: int, a: int, b: int, shift: int, end: bool = False) -> int:
    if p < a or (end and p == a):
        return p
    if p >= b:
        return p + shift
    return p  # inside the edit: keep (caller passes spans outside edits, or the edit start)


class Article:
    """An article to plant faults in: its text, language, date, paragraphs (the headline, line
    one, excluded) and a random generator seeded by (seed, file, rule)."""

    def __init__(self, path: str, text: str, lang: str, published: date | None, seed: int = 0, rule: str = "") -> None:
        self.path = path
        self.text = text
        self.lang = lang
        self.published = published
        self.rng = random.Random(f"{seed}:{path}:{rule}")
        self._paras: list[tuple[int, int]] | None = None
        self._starts: list[int] | None = None

    @property
    def paragraphs(self) -> list[tuple[int, int]]:
        """Body paragraphs as (start, end) offsets: every line but the first, non-empty."""
        if self._paras is None:
            paras, pos = [], 0
            for i, line in enumerate(self.text.split("\n")):
                if i > 0 and line.strip():
                    paras.append((pos, pos + len(line)))
                pos += len(line) + 1
            self._paras = paras
        return self._paras

    def paragraph_of(self, pos: int) -> tuple[int, int] | None:
        paras = self.paragraphs
        if self._starts is None:
            self._starts = [s for s, _ in paras]
        k = bisect_right(self._starts, pos) - 1
        if k >= 0 and paras[k][0] <= pos <= paras[k][1]:
            return paras[k]
        return None

    def in_body(self, pos: int) -> bool:
        return self.paragraph_of(pos) is not None


def is_ar_letter(ch: str) -> bool:
    return bool(ch) and ("\u0621" <= ch <= "\u064A" or ch == "\u0671")


def to_ascii_digits(s: str) -> str:
    return s.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))


def like_digits(value: int | str, model: str) -> str:
    """`value` written in the digit script of `model`."""
    s = str(value)
    if any(c in AR_DIGITS for c in model):
        return s.translate(str.maketrans("0123456789", AR_DIGITS))
    return s


def in_quotation(text: str, para: tuple[int, int], pos: int) -> bool:
    """Whether `pos` lies inside a quotation of its paragraph (an opened « “ not yet closed, or
    an odd number of straight double quotes before it)."""
    s = text[para[0]:pos]
    if s.count("«") > s.count("»") or s.count("“") > s.count("”"):
        return True
    return s.count('"') % 2 == 1


def same_case(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
