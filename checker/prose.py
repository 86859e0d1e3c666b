"""The prose view of a source: the same text with what is not prose blanked to spaces.

Blanking (rather than cutting) keeps every offset, line and column that of the original file,
so a finding in a Markdown or HTML article points at the right place of the file as written.

- Plain text: front matter (other than its title/headline/subtitle/description values).
- Markdown (parsed by markdown-it-py, CommonMark with tables): front matter as above; fenced
  and indented code blocks, inline code, URLs (bare, autolinks, link and image targets,
  reference definitions), images, HTML comments and tags, heading/blockquote/list markers and
  table pipes. The text of a link stays (it is prose); HTML blocks go through the HTML view.
  An inline object (code span, URL, image) leaves one U+FFFC OBJECT REPLACEMENT CHARACTER
  where it began, so that "`a`, `b`" does not read as ", ," and "the `x` the" not as "the the".
- HTML (.html, .htm; the standard library's html.parser): tags and attributes, comments,
  scripts, styles, code, <head>, and navigation (nav, header, footer, aside, form, ...) are
  blanked; the text of headings, paragraphs, lists and blockquotes stays in place. When the
  page has an <article> (else a <main>), only the text inside it counts; inside the article,
  its <header> gives only its headings. Elements that are hidden, have a chrome role
  (navigation, banner, complementary...) or a chrome class/id (share, related, menu, ad,
  newsletter...) are blanked too: on a real page they are not the story.
  An entity (`&amp;`, `&rdquo;`) is longer than the character it stands for: the character
  is written where the entity starts and the rest of the entity is blanked, so the quotation
  mark of `&ldquo;Yes&rdquo;` is seen by the quote rules at the entity's own position.
  Block-level tags become paragraph breaks in the prose view (a minified page is not one
  paragraph); line numbers still come from the original file.
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

from checker.sources import Source, front_matter


def blank(text: str, start: int, end: int) -> str:
    """Replace [start, end) by spaces, keeping line breaks (so lines keep their numbers)."""
    chunk = "".join([c if c in "\r\n" else " " for c in text[start:end]])
    return text[:start] + chunk + text[end:]


def prose_view(source: Source) -> tuple[str, dict[str, Any]]:
    """(prose text, metadata) of a decoded source."""
    text = source.text or ""
    meta: dict[str, Any] = {}
    if source.kind in ("markdown", "text"):
        meta, block, prose_keys = front_matter(text)
        if block:
            masked = blank(text, *block)
            for start, end in prose_keys.values():
                masked = masked[:start] + text[start:end] + masked[end:]
            text = masked
        if source.kind == "markdown":
            text = markdown_prose(text, keep=[span for span in prose_keys.values()] if block else [])
    elif source.kind == "html":
        text, meta = html_prose(text)
    return text, meta


# U+FFFC OBJECT REPLACEMENT CHARACTER stands in for an inline object that is not prose (code,
# a URL, an image): neither a letter nor punctuation nor space, so no rule reads it as a word
# or a mark, and the words on either side of it are not adjacent.
OBJECT = "\ufffc"


# -- a mutable character buffer -----------------------------------------------------------------
class _Buffer:
    def __init__(self, text: str) -> None:
        self.chars = list(text)

    def blank(self, start: int, end: int) -> None:
        chars = self.chars
        start, end = max(0, start), min(end, len(chars))
        if start < end:  # one slice, not an index a character (an HTML page is blanked whole)
            chars[start:end] = [c if c in "\r\n" else " " for c in chars[start:end]]

    def object(self, start: int, end: int) -> None:
        """Blank [start, end) but leave OBJECT in its first place: an inline code span or URL is
        a word of the sentence, and must not vanish ("`a`, `b`" is not ", ,")."""
        self.blank(start, end)
        if start < end and self.chars[start] not in "\r\n":
            self.chars[start] = OBJECT

    def put(self, index: int, value: str) -> None:
        for i, c in enumerate(value):
            if 0 <= index + i < len(self.chars) and self.chars[index + i] not in "\r\n":
                self.chars[index + i] = c

    def __str__(self) -> str:
        return "".join(self.chars)


# -- Markdown ---------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _markdown_patterns() -> SimpleNamespace:
    """The inline patterns of Markdown, compiled on first use (not at import: start-up)."""
    _CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.S)
    _HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
    _IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]")
    _LINK_TARGET = re.compile(r"\]\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?\s*\)")
    _REF_LINK = re.compile(r"\]\[[^\]\n]*\]")
    _AUTOLINK = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>")
    _BARE_URL = re.compile(r"\b(?:(?:https?|ftp)://|www\.)[^\s<>\"'»«“”]*[^\s<>\"'»«“”.,;:!?)\]]")
    _HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*)?/?>")
    _ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
    _HARD_BREAK = re.compile(r"\\(?=\r?\n)")
    _BLOCKQUOTE = re.compile(r"[ \t]*(?:>[ \t]?)+")
    _LIST_MARKER = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?(?=[ \t]|$)")
    _HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?=[ \t]|$)")
    _CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
    _SETEXT = re.compile(r"[ \t]*(?:=+|-+)[ \t]*$")
    _TABLE_DELIMITER = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
    return SimpleNamespace(CODE_SPAN=_CODE_SPAN, HTML_COMMENT=_HTML_COMMENT, IMAGE=_IMAGE, LINK_TARGET=_LINK_TARGET, REF_LINK=_REF_LINK, AUTOLINK=_AUTOLINK, BARE_URL=_BARE_URL, HTML_TAG=_HTML_TAG, ESCAPE=_ESCAPE, HARD_BREAK=_HARD_BREAK, BLOCKQUOTE=_BLOCKQUOTE, LIST_MARKER=_LIST_MARKER, HEADING=_HEADING, CLOSING_HASHES=_CLOSING_HASHES, SETEXT=_SETEXT, TABLE_DELIMITER=_TABLE_DELIMITER)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer(r"\r\n|\r|\n", text))
    return starts


def markdown_prose(text: str, keep: list[tuple[int, int]] | None = None) -> str:
    """The prose view of a Markdown text (front matter already blanked, `keep` spans of it
    kept as prose)."""
    from markdown_it import MarkdownIt

    P = _markdown_patterns()

    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(text)
    starts = _line_starts(text)
    n_lines = len(starts)

    def offset(line: int) -> int:
        return starts[line] if line < n_lines else len(text)

    buf = _Buffer(text)
    prose_lines: set[int] = set()
    item_lines: set[int] = set()
    heading_lines: dict[int, str] = {}
    table_lines: set[int] = set()
    html_blocks: list[tuple[int, int]] = []
    in_table = 0
    for tok in tokens:
        if tok.type == "table_open":
            in_table += 1
        elif tok.type == "table_close":
            in_table -= 1
        if tok.map is None:
            continue
        first, last = tok.map
        if tok.type == "inline":
            prose_lines.update(range(first, last))
            if in_table:
                table_lines.update(range(first, last))
        elif tok.type == "list_item_open":
            item_lines.add(first)
        elif tok.type == "heading_open":
            heading_lines[first] = tok.markup
            if tok.markup in ("=", "-") and last - 1 > first:
                heading_lines[last - 1] = "setext"
        elif tok.type == "html_block":
            html_blocks.append((offset(first), offset(last)))
        elif tok.type == "tr_open":
            table_lines.update(range(first, last))
    # every line outside an inline block (code, hr, reference definitions, html) is blanked
    for line in range(n_lines):
        if line not in prose_lines:
            buf.blank(offset(line), offset(line + 1))
    for start, end in html_blocks:
        inner, _ = html_prose(text[start:end], fragment=True)
        for i, c in enumerate(inner):
            if c not in "\r\n":
                buf.chars[start + i] = c
    # line-start markers: blockquote '>', list bullets, '#' of headings, setext underlines, tables
    for line in sorted(prose_lines | table_lines):
        a, b = offset(line), offset(line + 1)
        raw = text[a:b].rstrip("\r\n")
        pos = 0
        m = P.BLOCKQUOTE.match(raw)
        if m and ">" in m.group():
            buf.blank(a, a + m.end())
            pos = m.end()
        if line in item_lines:
            m = P.LIST_MARKER.match(raw, pos)
            if m:
                buf.blank(a + pos, a + m.end())
                pos = m.end()
        kind = heading_lines.get(line)
        if kind == "setext" or (line in table_lines and P.TABLE_DELIMITER.match(raw, pos)):
            buf.blank(a, b)
            continue
        if kind and kind.startswith("#"):
            m = P.HEADING.match(raw, pos)
            if m:
                buf.blank(a + pos, a + m.end())
            m = P.CLOSING_HASHES.search(raw)
            if m:
                buf.blank(a + m.start(), a + m.end())
        if line in table_lines:
            for pm in re.finditer(r"(?<!\\)\|", raw):
                buf.blank(a + pm.start(), a + pm.end())
    # inline constructs, searched over the whole prose (a code span may cross a line)
    view = str(buf)
    for m in P.HTML_COMMENT.finditer(view):
        buf.blank(m.start(), m.end())
    view = str(buf)
    for m in P.CODE_SPAN.finditer(view):
        buf.object(m.start(), m.end())
    view = str(buf)
    for m in P.IMAGE.finditer(view):
        buf.object(m.start(), m.end())
    view = str(buf)
    for m in P.LINK_TARGET.finditer(view):
        opening = _link_opening(view, m.start())
        if opening is not None:
            buf.blank(opening, opening + 1)
            buf.blank(m.start(), m.end())
    for m in P.REF_LINK.finditer(view):
        opening = _link_opening(view, m.start())
        if opening is not None:
            buf.blank(opening, opening + 1)
            buf.blank(m.start(), m.end())
    view = str(buf)
    for pattern in (P.AUTOLINK, P.HTML_TAG, P.BARE_URL):
        for m in pattern.finditer(view):
            if pattern is P.HTML_TAG:
                buf.blank(m.start(), m.end())
            else:
                buf.object(m.start(), m.end())
        view = str(buf)
    for pattern in (P.ESCAPE, P.HARD_BREAK):
        for m in pattern.finditer(view):
            buf.blank(m.start(), m.start() + 1)
    # the kept front-matter values (title, headline) are prose, even when they hold a colon
    for start, end in keep or ():
        buf.chars[start:end] = text[start:end]
    return str(buf)


def _link_opening(view: str, close: int) -> int | None:
    """The '[' that opens the link text ending at `close` (the ']'), on nested brackets."""
    depth = 0
    lo = max(0, close - 2000)
    for i in range(close - 1, lo - 1, -1):
        c = view[i]
        if c == "]":
            depth += 1
        elif c == "[":
            if depth == 0:
                return i
            depth -= 1
        elif c == "\n" and i > 0 and view[i - 1] == "\n":
            return None
    return None


# -- HTML -------------------------------------------------------------------------------------
# Elements whose content is never the article's prose.
SKIP = frozenset(
    "script style noscript template head nav header footer aside form button select option "
    "textarea svg math canvas iframe object code pre kbd samp var figure-code menu dialog".split()
)
# Block-level elements: their tags become paragraph breaks in the prose view.
BLOCK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote section article main br hr tr td th "
    "table thead tbody figcaption figure address caption".split()
)
# Inline elements whose content is not prose but is a word of the sentence.
INLINE_OBJECT = frozenset("code kbd samp var button select textarea svg math img input".split())
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# ARIA roles of the page's chrome, never the story.
SKIP_ROLES = frozenset("navigation banner contentinfo complementary search menu menubar dialog alertdialog".split())


@lru_cache(maxsize=1)
def _chrome() -> "re.Pattern[str]":
    """Class or id names of the site around a story: menus, share bars, related links, ads."""
    names = (
        "nav navbar navigation menu breadcrumb breadcrumbs share shares sharing social related "
        "comment comments sidebar footer masthead cookie cookies consent newsletter subscribe "
        "subscription ad ads advert advertisement promo sponsored banner tags pagination "
        "skip-link visually-hidden sr-only screen-reader-text"
    ).split()
    return re.compile(r"(?:^|[\s_-])(?:" + "|".join(re.escape(n) for n in names) + r")(?=$|[\s_-])", re.I)


def html_prose(text: str, fragment: bool = False) -> tuple[str, dict[str, Any]]:
    """(prose view, metadata) of an HTML text: tags blanked, text kept in place.

    Metadata: `lang` from <html lang>, `date` from <meta property="article:published_time">
    (or name="date", "pubdate", "publish-date", or the first <time datetime>), `title`."""
    from html.parser import HTMLParser

    starts = _line_starts(text)
    buf = _Buffer(text)
    buf.blank(0, len(text))
    meta: dict[str, Any] = {}

    # When the page marks its story up (<article>, else <main>), only the text inside counts:
    # the rest is the site around it (menus, teasers, cookie banners).
    scope_tag = None
    if not fragment:
        scope_tag = "article" if re.search(r"<article[\s>]", text, re.I) else "main" if re.search(r"<main[\s>]", text, re.I) else None

    class Parser(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=False)
            self.stack: list[tuple[str, str]] = []  # (tag, kind): kind is "", skip, scope, headings-only, heading
            self.counts = {"skip": 0, "scope": 0, "headings-only": 0, "heading": 0}

        @property
        def skip(self) -> bool:
            """True where the text is not the story's prose."""
            c = self.counts
            return c["skip"] > 0 or (scope_tag is not None and c["scope"] == 0) or (c["headings-only"] > 0 and c["heading"] == 0)

        def here(self) -> int:
            line, col = self.getpos()
            return starts[line - 1] + col

        def _kind(self, tag: str, attrs: dict) -> str:
            if tag == scope_tag:
                return "scope"
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                return "heading"
            if tag == "header" and self.counts["scope"] and scope_tag:
                return "headings-only"  # an article's own header: its headline, not its byline
            if tag in SKIP or "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
                return "skip"
            if str(attrs.get("role", "")).lower() in SKIP_ROLES:
                return "skip"
            names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
            if names.strip() and _chrome().search(names):
                return "skip"
            return ""

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "html" and attrs.get("lang"):
                meta.setdefault("lang", attrs["lang"])
            elif tag == "meta":
                key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
                if key in ("article:published_time", "date", "pubdate", "publish-date", "datepublished", "dc.date") and attrs.get("content"):
                    meta.setdefault("date", attrs["content"])
            elif tag == "time" and attrs.get("datetime") and not self.skip:
                meta.setdefault("date", attrs["datetime"])
            if tag not in VOID:
                kind = self._kind(tag, attrs)
                self.stack.append((tag, kind))
                if kind:
                    self.counts[kind] += 1
            if tag in INLINE_OBJECT and not self.skip:
                buf.put(self.here(), OBJECT)
            self._block(tag)

        def handle_startendtag(self, tag, attrs):
            if tag in INLINE_OBJECT and not self.skip:
                buf.put(self.here(), OBJECT)
            self._block(tag)

        def handle_endtag(self, tag):
            if any(open_tag == tag for open_tag, _ in self.stack):
                while self.stack:
                    open_tag, kind = self.stack.pop()
                    if kind:
                        self.counts[kind] -= 1
                    if open_tag == tag:
                        break
            self._block(tag)

        def _block(self, tag: str) -> None:
            if tag in BLOCK and not fragment:
                start = self.here()
                # a tag is at least 3 characters ("<p>"); two line feeds make a paragraph break,
                # one (for <br>) a line break
                if text.startswith("<", start) and text.find(">", start) - start >= 2:
                    buf.put(start, "\n" if tag == "br" else "\n\n")

        def handle_data(self, data):
            if self.skip or not data:
                return
            start = self.here()
            if text.startswith(data, start):
                buf.chars[start: start + len(data)] = data

        def _entity(self, raw: str, value: str) -> None:
            if self.skip:
                return
            start = self.here()
            if text.startswith(raw, start):
                buf.put(start, value if value.strip() else " ")
            elif text.startswith(raw[:-1], start):  # no semicolon ("AT&T"): the characters are text
                buf.chars[start: start + len(raw) - 1] = raw[:-1]

        def handle_entityref(self, name):
            import html

            self._entity(f"&{name};", html.unescape(f"&{name};") if name != "nbsp" else " ")

        def handle_charref(self, name):
            import html

            value = html.unescape(f"&#{name};")
            self._entity(f"&#{name};", value if value != "\xa0" else " ")

    parser = Parser()
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # malformed markup: keep whatever was mapped so far
        pass
    if not fragment:
        m = re.search(r"<title[^>]*>(.*?)</title>", text, re.S | re.I)
        if m and m.group(1).strip():
            import html

            meta.setdefault("title", html.unescape(m.group(1).strip()))
    return str(buf), meta
