"""Bidi isolation of the text a message quotes, done once, at the reporters' boundary.

A message such as `'الأميركي' is spelled 'الأمريكية' (4×)` is English with Arabic inside it.
Laid out by the Unicode bidi algorithm (a browser, GitHub's annotations, a bidi terminal, Word)
the Arabic and the neutral or numeric characters around it run together: the count "(4×)"
lands beside the wrong word and the "14" of "14 November" jumps into an Arabic date before it.
Wrapping each quoted span in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (U+2068, U+2069),
or in `<bdi>` in HTML, lays it out on its own, whatever its direction, so the message reads in
its logical order.

`quoted_spans` finds what to isolate, the same way for every reporter:
- the inside of a pair of quotation marks: 'x', "x", “x”, ‘x’, «x», ‹x›. An opening mark is
  not preceded by a letter or digit and is followed by a non-space; its closing mark is preceded
  by a non-space and not followed by a letter or digit. So the apostrophes of "don't", "the
  article's date" and "writers'" are no quotation marks, and a lone mark named by the message
  ('this " closes', '” closes a quotation', 'no matching “ before it') pairs with nothing.
- a quotation glued to an Arabic prefix written with tatweel, الـ'x': the prefix and the
  quotation are isolated together (they are one Arabic word);
- the finding's own flagged text where the message gives it unquoted, as a whole word, when it
  holds a letter or a digit (a lone punctuation mark has no direction of its own to protect).
Only the inside of the marks is isolated: the marks themselves stay in the message's direction
(an English message keeps “ on the left of the quotation).

Used by the text, rich, github, SARIF, GitLab, JUnit and docx reporters (FSI…PDI) and the HTML
report (<bdi>). JSON keeps its `message` without isolates: tools render the text their own way.
"""
from __future__ import annotations

import re

FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
ISOLATES = "\u2066\u2067\u2068\u2069"

PAIRS = {"'": "'", '"': '"', "“": "”", "‘": "’", "«": "»", "‹": "›", "„": "“", "‚": "‘"}
TATWEEL = "\u0640"


def _wordlike(c: str) -> bool:
    return c.isalnum() or c == "_" or c == TATWEEL or "\u064b" <= c <= "\u065f"


def quoted_spans(message: str, text: str | None = None) -> list[tuple[int, int]]:
    """The [start, end) spans of `message` to isolate, in order, never overlapping."""
    if not message or any(c in message for c in ISOLATES):
        return []  # already isolated by its author: leave it as it is
    spans: list[tuple[int, int]] = []
    n = len(message)
    i = 0
    while i < n:
        c = message[i]
        close = PAIRS.get(c)
        if close is None:
            i += 1
            continue
        before = message[i - 1] if i else " "
        after = message[i + 1] if i + 1 < n else " "
        glued = before == TATWEEL  # الـ'x': an Arabic prefix and its quotation, one word
        if (_wordlike(before) and not glued) or after.isspace():
            i += 1
            continue
        j = i + 1
        end = -1
        while j < n:
            if message[j] == close and not message[j - 1].isspace() and not (j + 1 < n and _wordlike(message[j + 1])) and j > i + 1:
                end = j
                break
            j += 1
        if end < 0:
            i += 1
            continue
        if glued:
            start = i - 1
            while start > 0 and _wordlike(message[start - 1]):
                start -= 1
            spans.append((start, end + 1))
        else:
            spans.append((i + 1, end))
        i = end + 1
    if text and text.strip() and "\n" not in text:
        spans = _merge(spans, _bare_text(message, text, spans))
    return spans


def _bare_text(message: str, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the flagged text (with a letter or digit) stands unquoted in the message, as a word."""
    found: list[tuple[int, int]] = []
    if not any(c.isalnum() for c in text):
        return found
    start = message.find(text)
    while start >= 0:
        end = start + len(text)
        before = message[start - 1] if start else " "
        after = message[end] if end < len(message) else " "
        if not _wordlike(before) and not _wordlike(after) and not any(a - 1 <= start and end <= b + 1 for a, b in taken):
            found.append((start, end))
        start = message.find(text, end)
    return found


def _merge(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for span in sorted(a + b):
        if out and span[0] < out[-1][1]:
            continue
        out.append(span)
    return out


def isolate(message: str, text: str | None = None) -> str:
    """The message with every quoted span wrapped in FSI ... PDI (text, rich, github, SARIF)."""
    spans = quoted_spans(message, text)
    if not spans:
        return message
    parts, last = [], 0
    for start, end in spans:
        parts += [message[last:start], FSI, message[start:end], PDI]
        last = end
    parts.append(message[last:])
    return "".join(parts)


def html(message: str, text: str | None = None) -> str:
    """The message as escaped HTML with every quoted span in <bdi>."""
    from html import escape  # here, not at import: the text reporter's start-up

    spans = quoted_spans(message, text)
    parts, last = [], 0
    for start, end in spans:
        parts += [escape(message[last:start]), "<bdi>", escape(message[start:end]), "</bdi>"]
        last = end
    parts.append(escape(message[last:]))
    return "".join(parts)


def strip(message: str) -> str:
    """The message without isolates (what JSON carries)."""
    return re.sub(f"[{ISOLATES}]", "", message)
