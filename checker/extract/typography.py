"""Quotation marks and brackets, paired per paragraph (a shared analysis).

`quotes(doc)` pairs every quotation mark of each paragraph and returns the problems (an opener
never closed, a closer never opened, a quotation closed across another) and the quoted regions
(the spans of quoted speech other rules need: repeated-word forgives "نعم نعم" in a quotation).
`brackets(doc)` does the same for ( ) [ ] { } ﴾ ﴿.

Conventions it knows (and so does not report):
- apostrophes: don’t, O’Brien, ’90s, the players’ union — ’ only ever closes an open ‘;
- the wire-service multi-paragraph quotation: a paragraph that opens a quotation and does not
  close it, when the next paragraph opens with a quotation mark;
- nesting done right: “… ‘…’ …”, «… “…” …», "… “…” …";
- German „…“, Polish „…”, Swedish ”…”, and Arabic copy stored as ”…“ (ARABIC.md §9);
- one straight " closing a curly “ (mixed styles are a style matter, not a missing quote).
Straight double quotes pair by alternation; only a paragraph with an odd count is reported,
at the one mark whose removal leaves a sensible open/close alternation (the last such mark).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from checker.lang.punctuation import (
    BRACKET_CLOSERS,
    BRACKET_OPENERS,
    BRACKET_PAIRS,
    ORNATE,
    QUOTE_CLOSERS,
    QUOTE_CLOSING,
    QUOTE_MARKS,
    QUOTE_OPENERS,
    is_arabic_letter,
)
from checker.lazyre import LazyPattern

# every mark each analysis looks at: a paragraph is scanned mark to mark, not character by character
_QUOTE_MARK = LazyPattern("[" + "".join(sorted(QUOTE_MARKS)) + "]")
_QUOTE_SCAN = LazyPattern("[" + "".join(sorted(QUOTE_MARKS)) + "″]")  # and the double prime a " after a digit may become
_BRACKET_MARK = LazyPattern("[" + re.escape("".join(sorted(BRACKET_OPENERS | set(BRACKET_CLOSERS) | ORNATE))) + "]")
_OPENING_CONTEXT = set(" \t\n([{-–—/:«“„‘﴾﴿") | {"\u00a0"}
_CONTINUATION_OPENERS = set('“«„"‘')


@dataclass(frozen=True)
class MarkIssue:
    """One unpaired mark: `kind` is 'unclosed', 'stray' or 'crossed'."""

    start: int
    mark: str
    kind: str
    related: tuple[tuple[int, int], ...] = ()
    detail: str = ""
    partner: str = ""  # the mark that would pair it (the missing closer, or the missing opener)

    @property
    def end(self) -> int:
        return self.start + 1


@dataclass
class PairAnalysis:
    issues: list[MarkIssue] = field(default_factory=list)
    regions: list[tuple[int, int]] = field(default_factory=list)  # quoted or bracketed spans
    # quotation marks that open a quotation again while it is still open, after a sentence
    # ends ('counts. "It is clear'): a paragraph break lost inside a multi-paragraph quotation
    reopened: list[int] = field(default_factory=list)
    # opening marks typed in their closing form right after a letter or a proclitic (و»هيمنته»,
    # بـ”الولد”): the mirroring of a conversion, read as openers
    mirrored: list[int] = field(default_factory=list)
    _merged: tuple[list[int], list[int], int] | None = field(default=None, repr=False, compare=False)

    def inside(self, offset: int) -> bool:
        """Is `offset` inside a quoted (bracketed) region? (A binary search over the regions,
        merged once: asked for every candidate, it must not scan them all.)"""
        if self._merged is None or self._merged[2] != len(self.regions):
            starts: list[int] = []
            ends: list[int] = []
            for s, e in sorted(self.regions):
                if ends and s <= ends[-1]:
                    ends[-1] = max(ends[-1], e)
                else:
                    starts.append(s)
                    ends.append(e)
            self._merged = (starts, ends, len(self.regions))
        starts, ends, _ = self._merged
        k = bisect_right(starts, offset) - 1
        return k >= 0 and offset < ends[k]


# -- quotation marks ----------------------------------------------------------------------
def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    """’ or ‘ used as an apostrophe: between letters (don’t, O’Brien), or eliding digits (’90s)."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if (_is_word(prev) or prev in "-‐") and nxt.isalpha():  # don’t, O’Brien, al-‘Aziz
        return True
    if nxt.isdigit() and not _is_word(prev):  # ’90s, ‘90s
        return True
    return False


_ELISION = LazyPattern(r"(?:til|em|cause|n|tis|twas|bout)\b", re.IGNORECASE)  # ‘til, ‘em, rock ‘n’ roll


def _straight_label(text: str, i: int, lo: int, hi: int) -> str:
    """'O' when a straight " can only open, 'C' when it can only close, '?' otherwise."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    opening_before = prev in _OPENING_CONTEXT or prev.isspace()
    closing_after = nxt.isspace() or (not _is_word(nxt) and nxt not in "“«„‘([")
    if opening_before and not nxt.isspace():
        return "O"
    if not opening_before and closing_after:
        return "C"
    return "?"


def _alternates(labels: list[str]) -> bool:
    return all(not ((i % 2 == 0 and lab == "C") or (i % 2 == 1 and lab == "O")) for i, lab in enumerate(labels))


def _fits(label: str, index: int) -> bool:
    return not ((index % 2 == 0 and label == "C") or (index % 2 == 1 and label == "O"))


def _removable(labels: list[str]) -> list[int]:
    """Every k such that the labels without the k-th still alternate (linear time)."""
    n = len(labels)
    prefix = [True] * (n + 1)  # prefix[k]: labels[:k] alternate in place
    for i, lab in enumerate(labels):
        prefix[i + 1] = prefix[i] and _fits(lab, i)
    suffix = [True] * (n + 1)  # suffix[k]: labels[k:] alternate when shifted one place left
    for i in range(n - 1, -1, -1):
        suffix[i] = suffix[i + 1] and _fits(labels[i], i - 1)
    return [k for k in range(n) if prefix[k] and suffix[k + 1]]


def _straight_pairs(text: str, positions: list[int], lo: int, hi: int) -> tuple[list[tuple[int, int]], int | None, str]:
    """(pairs, unmatched position or None, 'O'/'C'/'?' label of the unmatched one)."""
    labels = [_straight_label(text, p, lo, hi) for p in positions]
    if len(positions) % 2 == 0 and _alternates(labels):
        return [(positions[i], positions[i + 1]) for i in range(0, len(positions), 2)], None, ""
    # inch and second marks (a 20" screen, 50' 23"): a " right after a digit that can only close
    inches = [k for k, p in enumerate(positions) if labels[k] != "O" and p > lo and (text[p - 1].isdigit() or text[p - 2: p - 1].isdigit() and text[p - 1] in "'′")]
    if inches:
        inch_set = set(inches)
        kept = [k for k in range(len(positions)) if k not in inch_set]
        if len(kept) % 2 == 0 and _alternates([labels[k] for k in kept]):
            rest = [positions[k] for k in kept]
            return [(rest[i], rest[i + 1]) for i in range(0, len(rest), 2)], None, ""
        for k in list(reversed(inches))[:3]:  # (the last few: each try is a pass over the marks)
            kept = [j for j in range(len(positions)) if j != k]
            if len(kept) % 2 == 0 and _alternates([labels[j] for j in kept]):
                rest = [positions[j] for j in kept]
                return [(rest[i], rest[i + 1]) for i in range(0, len(rest), 2)], None, ""
        if len(positions) % 2 == 1 and len(inches) == 1 and inches[0] == len(positions) - 1:
            positions, labels = positions[:-1], labels[:-1]  # odd only because of a trailing 10"
            if _alternates(labels):
                return [(positions[i], positions[i + 1]) for i in range(0, len(positions), 2)], None, ""
    if len(positions) % 2 == 0:
        return [(positions[i], positions[i + 1]) for i in range(0, len(positions), 2)], None, ""
    candidates = _removable(labels)
    k = candidates[-1] if candidates else len(positions) - 1
    rest = positions[:k] + positions[k + 1:]
    return [(rest[i], rest[i + 1]) for i in range(0, len(rest), 2)], positions[k], labels[k]


def _in_code(text: str, i: int) -> bool:
    """A mark shown as code: `(` or `"`."""
    return text[i - 1: i] == "`" and text[i + 1: i + 2] == "`"


def _same_way_pairs(text: str, lo: int, hi: int) -> list[int]:
    """Arabic copy typed with one curly form only, “…“ (right-to-left keyboards): in an
    Arabic paragraph with an even number of “ and no ”, the marks pair by alternation."""
    chunk = text[lo:hi]
    if "”" in chunk or chunk.count("“") < 2 or chunk.count("“") % 2:
        return []
    letters = [c for c in chunk if c.isalpha()]
    if sum(1 for c in letters if "\u0600" <= c <= "\u06FF") * 2 < len(letters):
        return []
    found, i = [], text.find("“", lo, hi)
    while i >= 0:
        found.append(i)
        i = text.find("“", i + 1, hi)
    return found


def _separators(text: str, lo: int, hi: int) -> set[int]:
    """» and › standing alone between spaces in a paragraph with no « or ‹: breadcrumb and
    menu separators ("Home » News » World"), not quotation marks."""
    found = set()
    chunk = text[lo:hi]
    for mark, other in (("»", "«"), ("›", "‹")):
        if mark in chunk and other not in chunk:
            i = text.find(mark, lo, hi)
            while i >= 0:
                if (i == lo or text[i - 1].isspace()) and (i + 1 == hi or text[i + 1].isspace()):
                    found.add(i)
                i = text.find(mark, i + 1, hi)
    return found


_SENTENCE_END = frozenset(".!?؟…")
_TATWEEL = "ـ"
_DEPTH = 8  # a closer is matched against the innermost openers only: deeper nesting is not prose
_APOSTROPHE_TAIL = LazyPattern(r"(?:s|t|ll|re|ve|d|m)\b")


def _after_sentence(text: str, i: int, lo: int) -> bool:
    """The mark follows the end of a sentence and a blank, and a new sentence begins after it
    ('counts. "It is'; not 'the U.S. "national interest"': an abbreviation, a lower-case word)."""
    j = i - 1
    while j >= lo and text[j] in " \t\u00a0":
        j -= 1
    if j < i - 1 and j > lo and text[j] in "'’)" and text[j - 1] in _SENTENCE_END:
        j -= 1  # "... about it?' "To not apologise": an inner quotation or an aside ended the sentence
    if not (j < i - 1 and j >= lo and text[j] in _SENTENCE_END):
        return False
    if text[j] == "." and (text[j - 2: j - 1] in (".", " ", "") or text[j - 1: j].isupper()):
        return False  # "U.S.", "Mr A. "...": the full stop of an abbreviation or an initial
    nxt = text[i + 1: i + 2]
    return nxt.isupper() or nxt.isdigit() or (nxt.isalpha() and not nxt.islower())


# what closes each opener; ” may open too (Arabic and Swedish ”…”, and ”…“ stored swapped)
_CLOSERS = {**QUOTE_CLOSERS, "”": frozenset("”“")}


def _opening_position(text: str, i: int, hi: int) -> bool:
    """” or » right before a word, after a blank, a punctuation mark, a letter or a
    proclitic's tatweel (« ”باريس», «..”بالمواجيع», «و»هيمنته», «بـ”الولد», «و”787»), or right
    after a colon («قائلا:» الكل»), where a closing mark cannot stand."""
    prev = text[i - 1] if i > 0 else " "
    if prev == ":":
        return True  # "قائلا:» الكل يحلم": nothing closes right after a colon
    nxt = text[i + 1] if i + 1 < hi else ""
    if not nxt.isalnum():
        return False
    return not prev.isalnum() or prev == _TATWEEL or is_arabic_letter(prev)


def _after_proclitic(text: str, i: int, lo: int) -> bool:
    """Right after a proclitic (و” ف” بـ” لـ”): a word begins here, so the mark opens even
    inside another quotation."""
    prev = text[i - 1] if i > lo else ""
    if prev == _TATWEEL:
        return True
    return prev in "وفبلك" and (i - 1 == lo or not text[i - 2].isalnum())


def _closing_position(text: str, i: int, lo: int, hi: int) -> bool:
    """A mark right after a word and before a blank, a punctuation mark or the end."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    return (prev.isalnum() or prev in ".!?؟،,") and not nxt.isalnum()


def _apostrophe_typed_as_quote(text: str, i: int, lo: int, hi: int) -> bool:
    """A straight " between a letter and an English contraction's tail (Indonesia"s, don"t):
    an apostrophe typed (or converted) as a double quote."""
    return i > lo and text[i - 1].isalpha() and text[i - 1].isascii() and bool(_APOSTROPHE_TAIL.match(text, i + 1, hi))


def _straight_reopenings(text: str, positions: list[int], lo: int, hi: int) -> list[int]:
    """Straight quotes that open a quotation again while it is still open, right after a
    sentence ends: '"It was close. "We won," he said.' When the other marks then alternate,
    these are the marks of lost paragraph breaks (one line where the source had two)."""
    found: list[int] = []
    is_open = False
    labels = []
    for p in positions:
        label = _straight_label(text, p, lo, hi)
        if is_open and label == "O" and _after_sentence(text, p, lo):
            found.append(p)
            continue
        labels.append(label)
        is_open = not is_open
    if found and _alternates(labels):
        return found
    return []


def _paragraph_quotes(text: str, lo: int, hi: int):
    """Pair the quotation marks of text[lo:hi]. Returns (regions, unclosed, stray, crossed,
    straight, reopened, mirrored, apostrophes) where unclosed/stray/crossed are lists of
    (pos, mark), straight is (pos, label) of an unmatched straight quote or None, and the last
    three are lists of positions."""
    first = _QUOTE_MARK.search(text, lo, hi)
    if first is None:  # most paragraphs: no quotation mark, nothing to pair
        return [], [], [], [], None, [], [], []
    reopened: list[int] = []
    nested_same: set[int] = set()
    mirrored: list[int] = []
    apostrophes: list[int] = []
    stack: list[tuple[int, str]] = []
    regions: list[tuple[int, int]] = []
    unclosed: list[tuple[int, str]] = []
    stray: list[tuple[int, str, tuple]] = []
    crossed: list[tuple[int, str, int]] = []
    crossed_open: list[tuple[int, str]] = []
    straight: list[int] = []
    last_closed: dict[str, tuple[int, int]] = {}
    same_way = _same_way_pairs(text, lo, hi)
    for a, b in zip(same_way[::2], same_way[1::2]):
        regions.append((a, b + 1))
    skip = set(same_way) | _separators(text, lo, hi)
    for m in _QUOTE_SCAN.finditer(text, first.start(), hi):
        i = m.start()
        ch = text[i]
        if i in skip or _in_code(text, i):
            continue
        if ch in "«»" and text[i - 1: i].isdigit() and text[i + 1: i + 2].isdigit():
            continue  # "13»7»2011": a date's slash damaged by a conversion, not a quotation mark
        if ch == '"':
            if _apostrophe_typed_as_quote(text, i, lo, hi):
                apostrophes.append(i)
            else:
                straight.append(i)
            continue
        if ch == "″":
            # a " after a digit that smart-quote software turned into a double prime (“ويندوز 10″):
            # it closes an open “, or it is an inch mark
            if not (text[i - 1: i].isdigit() and any(mark in "“”„" for _, mark in stack[-_DEPTH:])):
                continue
            ch = "”"
        elif ch in "”»" and _opening_position(text, i, hi) and (_after_proclitic(text, i, lo) or not any(ch in _CLOSERS[mark] for _, mark in stack[-_DEPTH:])):
            # nothing open that it could close, and a word right after it: it opens, typed in
            # the closing form — after a letter or a proclitic by a conversion (و»هيمنته»), after
            # a blank by the Arabic (and Swedish) habit of one curly form for both ends (”…”)
            if text[i - 1: i] in (_TATWEEL, ":") or is_arabic_letter(text[i - 1: i]):
                mirrored.append(i)
            if ch == "»":
                ch = "«"
            stack.append((i, ch))
            continue
        elif ch == "“" and not text[i + 1: i + 2].isalnum() and any(mark == "”" for _, mark in stack[-_DEPTH:]):
            pass  # ”…“: Arabic copy stored with the two forms swapped (ARABIC.md §9) — it closes
        elif ch in QUOTE_OPENERS:
            if ch in "“«" and stack and stack[-1][1] == ch:
                if stack[-1][0] not in nested_same and _after_sentence(text, i, lo):
                    reopened.append(i)  # the same quotation goes on after a lost paragraph break
                    continue
                nested_same.add(stack[-1][0])  # “…“…”: the outer one was left open before
            if (ch == "“" and stack and stack[-1][1] == "„") or (ch == "‘" and stack and stack[-1][1] == "‚"):
                start = stack.pop()[0]  # German „…“ and ‚…‘
                regions.append((start, i + 1))
                continue
            if ch == "‘" and (_is_apostrophe(text, i, lo, hi) or _ELISION.match(text, i + 1)):
                continue
            stack.append((i, ch))
            continue
        elif ch not in QUOTE_CLOSING:
            continue
        if ch == "’":
            if _is_apostrophe(text, i, lo, hi):
                continue
            if stack and stack[-1][1] in "‘‚":
                start = stack.pop()[0]
                regions.append((start, i + 1))
            continue  # a ’ that closes nothing is an apostrophe (the players’ union)
        depth = next((d for d in range(len(stack) - 1, max(-1, len(stack) - 1 - _DEPTH), -1) if ch in _CLOSERS[stack[d][1]]), None)
        if depth is None:
            k = next((k for k in range(len(crossed_open) - 1, max(-1, len(crossed_open) - 1 - _DEPTH), -1) if ch in _CLOSERS[crossed_open[k][1]]), None)
            if k is not None:  # the closer of a quotation already reported as crossed
                del crossed_open[k]
                continue
            stray.append((i, ch, last_closed.get(ch, ())))
            continue
        for pos, mark in stack[depth + 1:]:
            if mark not in "‘‚":  # an open ‘ left inside is most often a misused apostrophe
                crossed.append((pos, mark, i))
                crossed_open.append((pos, mark))
        start = stack[depth][0]
        del stack[depth:]
        regions.append((start, i + 1))
        last_closed[ch] = (start, i + 1)
    unclosed = [(p, m) for p, m in stack if m not in "‘‚" or (m == "‘" and p + 1 < hi and text[p + 1].isalpha())]

    # Arabic copy stored as ”…“, and ”…” typed with blanks (” خوارج ”): the ” left stray pair
    # with a later unclosed “ (the nearest before it), then among themselves — by alternation
    # when they are even in number, else in order: an open one is closed by the next ”, and a
    # ” standing after a word with nothing open stays stray.
    if stray and any(m == "”" for _, m, _ in stray):
        paired_stray: set[int] = set()
        paired_open: set[int] = set()
        waiting: list[int] = []
        for pos, mark in sorted([(item[0], "”") for item in stray if item[1] == "”"] + [(p, "“") for p, m in unclosed if m == "“"]):
            if mark == "”":
                waiting.append(pos)
            elif waiting:
                start = waiting.pop()
                regions.append((start, pos + 1))
                paired_stray.add(start)
                paired_open.add(pos)
        left = [p for p, m, _ in stray if m == "”" and p not in paired_stray]
        if len(left) % 2 == 0:
            for x, y in zip(left[::2], left[1::2]):
                regions.append((x, y + 1))
            paired_stray.update(left)
        else:
            opened = None
            for pos in left:
                if opened is not None:
                    regions.append((opened, pos + 1))
                    paired_stray.update((opened, pos))
                    opened = None
                elif not _closing_position(text, pos, lo, hi):
                    opened = pos
        stray = [item for item in stray if item[0] not in paired_stray]
        unclosed = [item for item in unclosed if item[0] not in paired_open]

    again = _straight_reopenings(text, straight, lo, hi) if len(straight) > 2 else []
    if again:
        reopened.extend(again)
        kept = set(again)
        straight = [p for p in straight if p not in kept]
    pairs, lone, label = _straight_pairs(text, straight, lo, hi)
    regions.extend((a, b + 1) for a, b in pairs)
    # one straight " ending a curly “ (or opening what a ” closes): mixed styles, not a fault
    if lone is not None:
        opener = next(((p, m) for p, m in reversed(unclosed) if m in "“«„”" and p < lone), None)
        closer = next((s for s in stray if s[1] in "”»" and s[0] > lone), None)
        if opener:
            unclosed.remove(opener)
            regions.append((opener[0], lone + 1))
            lone = None
        elif closer:
            stray.remove(closer)
            regions.append((lone, closer[0] + 1))
            lone = None
    return regions, unclosed, stray, crossed, (lone, label) if lone is not None else None, reopened, mirrored, apostrophes


def _next_paragraph_opens_quote(text: str, paragraphs, index: int) -> bool:
    if index + 1 >= len(paragraphs):
        return False
    nxt = paragraphs[index + 1]
    first = text[nxt.start: nxt.start + 3].lstrip("-–— ")
    return bool(first) and first[0] in _CONTINUATION_OPENERS


_SWAP_GUILLEMETS = str.maketrans("«»‹›", "»«›‹")
_OPENS_WORD = LazyPattern(r"(?:^|(?<=[\s(]))([«»])(?=\w)")


def _reversed_guillemets(text: str) -> bool:
    """German and Danish copy quote »like this«: » opens. Decided for the whole document by
    which guillemet stands before words more often."""
    if "»" not in text or "«" not in text:
        return False
    marks = [m.group(1) for m in _OPENS_WORD.finditer(text)]
    return marks.count("»") > marks.count("«")


def quotes(doc) -> PairAnalysis:
    """Quotation problems and quoted regions of a document (use via doc.analysis(quotes))."""
    text = doc.text
    swapped = _reversed_guillemets(text)
    if swapped:
        text = text.translate(_SWAP_GUILLEMETS)

    def shown(marks: str) -> str:
        return marks.translate(_SWAP_GUILLEMETS) if swapped else marks
    result = PairAnalysis()
    paragraphs = doc.paragraphs
    for index, para in enumerate(paragraphs):
        regions, unclosed, stray, crossed, lone, reopened, mirrored, apostrophes = _paragraph_quotes(text, para.start, para.end)
        result.regions.extend(regions)
        result.reopened.extend(reopened)
        result.mirrored.extend(mirrored)
        result.issues.extend(MarkIssue(pos, '"', "apostrophe") for pos in apostrophes)
        # (only a paragraph left open can continue in the next one)
        continued = (unclosed or lone is not None) and _next_paragraph_opens_quote(text, paragraphs, index)
        if continued:
            # the wire convention: the quotation runs on into the next paragraph
            if unclosed:
                result.regions.append((unclosed[0][0], para.end))
            if lone is not None and lone[1] != "C" and lone[0] == max([lone[0]] + [p for p, _ in unclosed]):
                result.regions.append((lone[0], para.end))
                lone = None
            unclosed = []
        for pos, mark in unclosed:
            closers = " or ".join(sorted(QUOTE_CLOSERS.get(mark, mark)))
            result.issues.append(MarkIssue(pos, doc.text[pos], "unclosed", partner=shown(closers)))
            result.regions.append((pos, para.end))
        for pos, mark, related in stray:
            openers = " or ".join(o for o in "“„«‹‘" if mark in QUOTE_CLOSERS[o] and (o != "„" or mark == "“"))
            result.issues.append(MarkIssue(pos, doc.text[pos], "stray", (related,) if related else (), partner=shown(openers)))
        for pos, mark, closer in crossed:
            closers = " or ".join(sorted(_CLOSERS[mark]))
            result.issues.append(MarkIssue(pos, doc.text[pos], "crossed", ((closer, closer + 1),), partner=shown(closers)))
        if lone is not None:
            pos, label = lone
            count = text.count('"', para.start, para.end)
            kind = "stray" if label == "C" else "unclosed"
            result.issues.append(MarkIssue(pos, '"', kind, detail=str(count)))
    result.issues.sort(key=lambda m: m.start)
    _join_long_quotations(result, text, paragraphs)
    return result


_VERSE_LINES = 40  # the longest run of verse lines quoted between one pair of marks
_VERSE_LINE = 100  # the longest line of verse, in characters


def _join_long_quotations(result: PairAnalysis, text: str, paragraphs) -> None:
    """A quotation opened in one paragraph and closed a few paragraphs later, with no other
    quotation problem in between (the convention of papers that do not reopen the quotation
    at each paragraph): the opener and the closer pair, and neither is reported. Verse quoted
    one line per paragraph may run longer, over short lines only."""
    starts = [p.start for p in paragraphs]

    def para_of(offset: int) -> int:
        from bisect import bisect_right

        return bisect_right(starts, offset) - 1

    issues = result.issues
    keep = [True] * len(issues)
    for j, closer in enumerate(issues):
        if closer.kind != "stray" or j == 0:
            continue
        opener = issues[j - 1]
        if opener.kind != "unclosed" or not keep[j - 1]:
            continue
        gap = para_of(closer.start) - para_of(opener.start)
        a, b = text[opener.start], text[closer.start]
        fits = (a == '"' and b == '"') or (a != '"' and b != '"' and b in QUOTE_CLOSERS.get(a, ""))
        # the opener is the last quotation mark of its paragraph, the closer the first of its own
        after = text[opener.end: paragraphs[para_of(opener.start)].end]
        before = text[paragraphs[para_of(closer.start)].start: closer.start]
        alone = not any(c in QUOTE_MARKS and c not in "’‘" for c in after + before)
        # verse quoted one line per paragraph may close only at the end of its run of lines
        verse = 4 < gap <= _VERSE_LINES and all(
            paragraphs[k].end - paragraphs[k].start <= _VERSE_LINE for k in range(para_of(opener.start) + 1, para_of(closer.start)))
        if (0 < gap <= 4 or verse) and fits and alone:
            keep[j - 1] = keep[j] = False
            result.regions.append((opener.start, closer.end))
    result.issues = [m for m, k in zip(issues, keep) if k]


# -- brackets -----------------------------------------------------------------------------
_ROMAN = frozenset("i ii iii iv v vi vii viii ix x".split())


def _is_smiley(text: str, i: int, lo: int) -> bool:
    """:) :( :-) ;-( =) 8-) — emoticons, not brackets. A bracket right after a digit is never
    the "8)" emoticon: (18), £20 ($38), (G8) and (10-8) are closed; 8 are eyes only with a nose
    ("8-)") and standing alone; and an emoticon is not followed by a word ("قال تعالى:(ونزلنا")."""
    nxt = text[i + 1: i + 2]
    if nxt.isalnum() or (nxt and nxt in "([{"):
        return False  # "تعالى:(ونزلنا", "المدني :(600)": a bracket opening after a colon
    j = i - 1
    nose = j >= lo and text[j] in "-^'"
    if nose:
        j -= 1
    if j < lo:
        return False
    if text[j] == "8":
        return nose and (j == lo or text[j - 1].isspace())
    return text[j] in ":;="


def _is_list_marker(text: str, i: int, lo: int) -> bool:
    """"1)", "a)", "1a)", "iv)", "ب)": enumeration labels, not parentheses."""
    j = i
    while j > lo and text[j - 1].isalnum():
        j -= 1
    token = text[j:i]
    if not token or (j > lo and not text[j - 1].isspace()):
        return False
    if len(token) == 1 and token.isalpha():
        return True
    if token.isdigit() and len(token) <= 2:
        return True
    if len(token) <= 3 and token[:-1].isdigit() and token[-1].isalpha():
        return True
    return token in _ROMAN


def brackets(doc) -> PairAnalysis:
    text = doc.text
    result = PairAnalysis()
    carried: list[tuple[int, str]] = []  # openers left open at the end of the previous paragraph
    leading: dict[str, list[int]] = {}  # unpaired marks that begin their paragraph, by mark
    verse_run = 0  # short paragraphs since the one that left `carried` open
    paired: set[int] = set()  # openers reported unclosed, then closed in a later paragraph
    for para in doc.paragraphs:
        lo, hi = para.start, para.end
        stack: list[tuple[int, str]] = []
        crossed_open: list[str] = []
        ornate: list[int] = []
        for m in _BRACKET_MARK.finditer(text, lo, hi):
            i = m.start()
            ch = text[i]
            if _in_code(text, i) or (ch in "()" and _is_smiley(text, i, lo)):
                continue
            if ch in BRACKET_OPENERS:
                stack.append((i, ch))
            elif ch in BRACKET_CLOSERS:
                want = BRACKET_CLOSERS[ch]
                depth = next((d for d in range(len(stack) - 1, max(-1, len(stack) - 1 - _DEPTH), -1) if stack[d][1] == want), None)
                if depth is None:
                    if ch == ")" and _is_list_marker(text, i, lo):
                        continue
                    k = next((k for k in range(len(crossed_open) - 1, max(-1, len(crossed_open) - 1 - _DEPTH), -1) if crossed_open[k] == want), None)
                    if k is not None:  # the closer of a bracket already reported as crossed
                        del crossed_open[k]
                        continue
                    # an aside that runs over a paragraph break: "(…\n\n…)"
                    if not stack and carried and carried[-1][1] == want:
                        start = carried.pop()[0]
                        paired.add(start)
                        result.regions.append((start, i + 1))
                        continue
                    result.issues.append(MarkIssue(i, ch, "stray"))
                    if i - lo <= 8 and not text[lo:i].strip(" \t\u00a0" + ch):
                        leading.setdefault(ch, []).append(i)  # "} subheading": a paragraph's marker?
                    continue
                for pos, mark in stack[depth + 1:]:
                    result.issues.append(MarkIssue(pos, mark, "crossed", ((i, i + 1),), detail=BRACKET_PAIRS[mark]))
                    crossed_open.append(mark)
                result.regions.append((stack[depth][0], i + 1))
                del stack[depth:]
            else:
                ornate.append(i)
        for pos, mark in stack:
            result.issues.append(MarkIssue(pos, mark, "unclosed"))
            if pos - lo <= 8 and not text[lo:pos].strip(" \t\u00a0" + mark):
                leading.setdefault(mark, []).append(pos)
        # verse quoted one line per paragraph may close at the end of its run of short lines
        if stack or not (carried and hi - lo <= _VERSE_LINE and verse_run < _VERSE_LINES):
            carried, verse_run = stack, 0
        else:
            verse_run += 1
        if len(ornate) % 2:
            result.issues.append(MarkIssue(ornate[-1], text[ornate[-1]], "unclosed" if len(ornate) == 1 else "stray"))
    # a mark that opens several paragraphs and never closes in any of them is a bullet, a
    # subheading or an interview's question/answer marker ("{ ...", "{{ ...", "[ ..."), not a bracket
    if paired:
        result.issues = [m for m in result.issues if m.start not in paired]
    still_open = {m.start for m in result.issues if m.kind in ("unclosed", "stray")}
    leading = {mark: [p for p in spots if p in still_open] for mark, spots in leading.items()}
    # (a brace is never an aside's bracket in news prose: one opening a paragraph is a marker)
    markers = {p for mark, spots in leading.items() if len(spots) >= 2 or mark in "{}" for p in spots}
    if markers:
        result.issues = [m for m in result.issues if m.start not in markers]
    result.issues.sort(key=lambda m: m.start)
    return result
