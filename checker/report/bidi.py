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
- a quotation cut short by an ellipsis, «the first words of it… before it: up to the "…";
- outside the quotations, any run of the other direction than the message's (Arabic in an
  English message, English in an Arabic one), from its first strong letter to its last: the
  flagged text given unquoted, a list of Arabic items after a colon, the marks ، ؛ ؟ named in
  a sentence. Text of the message's own direction needs nothing ("the word the"), nor does a
  lone punctuation mark.
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


def quoted_spans(message: str, text: str | None = None, base: str | None = None) -> list[tuple[int, int]]:
    """The [start, end) spans of `message` to isolate, in order, never overlapping. `base` is
    the message's direction ("ltr" or "rtl"; by default that of its first letter outside the
    quotations, as the bidi algorithm's own first-strong rule). `text`, the flagged text, is
    isolated wherever it matters by the run rule below."""
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
        if end < 0:  # an excerpt cut short: «the words of the quotation… before it
            cut = message.find("…", i + 2)
            if cut < 0 or (cut + 1 < n and not message[cut + 1].isspace()) or message.find(close, i + 1, cut) >= 0:
                i += 1
                continue
            spans.append((i + 1, cut + 1))
            i = cut + 1
            continue
        if glued:
            start = i - 1
            while start > 0 and _wordlike(message[start - 1]):
                start -= 1
            spans.append((start, end + 1))
        else:
            spans.append((i + 1, end))
        i = end + 1
    base = base or _direction(_outside(message, spans))
    if base is not None:
        spans = _merge(spans, _opposite_runs(message, spans, base))
    return spans


def _direction(text: str) -> str | None:
    """"rtl" or "ltr": the direction of the first strong character, or None (no letter)."""
    for c in text:
        kind = _bidi_class(c)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


def _bidi_class(c: str) -> str:
    if c < "\u0080":
        return "L" if c.isalpha() else "ON"
    import unicodedata

    return unicodedata.bidirectional(c)


def _opposite_runs(message: str, spans: list[tuple[int, int]], base: str) -> list[tuple[int, int]]:
    """Runs of the other direction outside the quotations: from its first strong character to
    its last, across spaces, digits and punctuation, up to a strong character of the
    message's direction (an Arabic list after "listed after it:", the marks ، ؛ ؟ named in an
    English sentence, the flagged text given unquoted)."""
    other = ("R", "AL") if base == "ltr" else ("L",)
    own = ("L",) if base == "ltr" else ("R", "AL")
    found: list[tuple[int, int]] = []
    bounds = [0] + [x for span in spans for x in span] + [len(message)]
    for lo, hi in zip(bounds[::2], bounds[1::2]):
        start = last = -1
        for i in range(lo, hi):
            kind = _bidi_class(message[i])
            if kind in other:
                if start < 0:
                    start = i
                last = i
            elif kind in own or message[i] == "\n":
                if start >= 0:
                    found.append((start, last + 1))
                start = -1
        if start >= 0:
            found.append((start, last + 1))
    return found


def _outside(message: str, spans: list[tuple[int, int]]) -> str:
    parts, last = [], 0
    for start, end in spans:
        parts.append(message[last:start])
        last = end
    parts.append(message[last:])
    return "".join(parts)


def _merge(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for span in sorted(a + b):
        if out and span[0] < out[-1][1]:
            continue
        out.append(span)
    return out


def isolate(message: str, text: str | None = None, base: str | None = None) -> str:
    """The message with every quoted span wrapped in FSI ... PDI (text, rich, github, SARIF)."""
    spans = quoted_spans(message, text, base)
    if not spans:
        return message
    parts, last = [], 0
    for start, end in spans:
        parts += [message[last:start], FSI, message[start:end], PDI]
        last = end
    parts.append(message[last:])
    return "".join(parts)


def html(message: str, text: str | None = None, base: str | None = None) -> str:
    """The message as escaped HTML with every quoted span in <bdi>."""
    from html import escape  # here, not at import: the text reporter's start-up

    spans = quoted_spans(message, text, base)
    parts, last = [], 0
    for start, end in spans:
        parts += [escape(message[last:start]), "<bdi>", escape(message[start:end]), "</bdi>"]
        last = end
    parts.append(escape(message[last:]))
    return "".join(parts)


def strip(message: str) -> str:
    """The message without isolates (what JSON carries)."""
    return re.sub(f"[{ISOLATES}]", "", message)
