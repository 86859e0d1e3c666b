"""The prose view: what is not prose in Markdown and HTML is blanked, and every finding keeps
the line and column of the file as written."""
from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import Engine
from checker.prose import prose_view
from checker.sources import Source, read_source


def view(text: str, kind: str) -> str:
    prose, _ = prose_view(Source("article", text=text, kind=kind))
    assert len(prose) == len(text)
    assert [i for i, c in enumerate(prose) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"] or kind == "html"
    return prose


def check_file(tmp_path, name: str, text: str, select=("quote-balance", "repeated-word", "bracket-balance")):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    engine = Engine(Config(select=tuple(select)), discover=False)
    return engine.check_source(read_source(str(path)))


def position(text: str, needle: str) -> tuple[int, int]:
    index = text.index(needle)
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


MARKDOWN = """---
title: "Talks resume in Doha"
slug: "talks-resume"
tags: ["a \\"b"]
---
# Talks resume

Run `grep "unclosed` to see it, then read the [full story](https://example.com/a_(b) "Title").

```python
print("an unclosed string)
```

    indented "code

<!-- an editor's note with a stray " quote -->
See <https://example.com/x"y> and https://example.com/path(q, or [the report][r].

[r]: https://example.com/report "The report"

> The minister said "the talks will resume.
"""


def test_markdown_code_urls_link_targets_comments_and_front_matter_are_not_prose():
    prose = view(MARKDOWN, "markdown")
    for gone in ('grep "unclosed', "https://example.com/a_(b)", '"Title"', 'print("an', 'indented "code', "stray", "https://example.com/x", "https://example.com/path", "[r]:", "slug", "tags"):
        assert gone not in prose, gone
    for kept in ("Talks resume in Doha", "Talks resume", "full story", "the report", 'The minister said "the talks will resume.'):
        assert kept in prose, kept
    assert "#" not in prose and ">" not in prose


def test_a_markdown_finding_has_the_line_and_column_of_the_original_file(tmp_path):
    result = check_file(tmp_path, "article.md", MARKDOWN)
    assert [(f.rule, f.text) for f in result.findings] == [("quote-balance", '"')]
    f = result.findings[0]
    assert (f.line, f.column) == position(MARKDOWN, '"the talks')
    assert f.start == MARKDOWN.index('"the talks')


def test_markdown_in_arabic_keeps_its_positions_too(tmp_path):
    text = "---\ntitle: «محادثات الدوحة»\n---\n\nقال الوزير `code «` إن «المحادثات ستستأنف.\n\nزار الوفد في في الدوحة [الموقع](https://example.com/«).\n"
    result = check_file(tmp_path, "maqal.md", text)
    found = {(f.rule, f.text): (f.line, f.column) for f in result.findings}
    assert found == {("quote-balance", "«"): position(text, "«المحادثات"), ("repeated-word", "في"): position(text, "في الدوحة")}


def test_markdown_lists_tables_and_emphasis_keep_their_words():
    text = "- first *item* here\n1. second item\n\n| Name | Role |\n|---|---|\n| Ali | minister |\n"
    prose = view(text, "markdown")
    assert "first *item* here" in prose and "second item" in prose and "minister" in prose
    assert "|" not in prose and "---" not in prose and "- first" not in prose


HTML = """<!DOCTYPE html>
<html lang="en">
<head><title>Floods</title>
<meta property="article:published_time" content="2024-03-12T08:00:00Z">
<style>p::before { content: "\\201C"; }</style>
<script>var s = "unclosed;</script>
</head>
<body>
<nav><a href="/">Home</a> &raquo; <a href="/news">News "x</a></nav>
<header>Site "header</header>
<article>
<h1>Floods kill 36</h1>
<p class="lead">Rescue teams reached the the valley on <b>Tuesday</b>.</p>
<ul><li>Swat (north</li></ul>
<blockquote>&ldquo;We lost everything,&rdquo; said a farmer.</blockquote>
<!-- "an editor's comment -->
</article>
<aside>Related: "more</aside>
<footer>&copy; Wire "2024</footer>
</body>
</html>
"""


def test_html_keeps_headings_paragraphs_lists_and_blockquotes_and_drops_the_rest():
    prose, meta = prose_view(Source("page.html", text=HTML, kind="html"))
    assert len(prose) == len(HTML)
    for kept in ("Floods kill 36", "Rescue teams reached the the valley on", "Tuesday", "Swat (north", "We lost everything,", "said a farmer."):
        assert kept in prose, kept
    for gone in ("<", "unclosed", "content", "Home", "News", "header", "editor", "Related", "Wire", "class", "href"):
        assert gone not in prose, gone
    assert meta["lang"] == "en" and str(meta["date"]).startswith("2024-03-12") and meta["title"] == "Floods"


def test_an_html_entity_is_seen_as_its_character_at_the_entity_position():
    prose, _ = prose_view(Source("page.html", text=HTML, kind="html"))
    start = HTML.index("&ldquo;")
    assert prose[start] == "“" and prose[HTML.index("&rdquo;")] == "”"


def test_html_findings_point_at_the_lines_and_columns_of_the_html_file(tmp_path):
    result = check_file(tmp_path, "page.html", HTML)
    found = {(f.rule, f.text): (f.line, f.column) for f in result.findings}
    assert found == {("repeated-word", "the"): position(HTML, "the valley"), ("bracket-balance", "("): position(HTML, "(north")}
    assert result.language == "en"


def test_arabic_html_and_a_minified_page_are_read_paragraph_by_paragraph(tmp_path):
    text = '<html lang="ar" dir="rtl"><body><p>قال الوزير «إن المحادثات مستمرة».</p><p>وأضاف «أن الوفد سيعود.</p></body></html>'
    result = check_file(tmp_path, "maqal.htm", text, select=("quote-balance",))
    assert [(f.rule, f.text, f.line, f.column) for f in result.findings] == [("quote-balance", "«", 1, text.index("«أن") + 1)]
    assert result.language == "ar"


@pytest.mark.parametrize("text", ["<p>AT&T said &quot;yes&quot; &amp; left.</p>", "<p>Tom &amp Jerry &#x201C;hi&#8221;</p>"])
def test_entities_never_break_the_view(text):
    prose, _ = prose_view(Source("x.html", text=text, kind="html"))
    assert len(prose) == len(text) and "<" not in prose


def test_plain_text_is_its_own_prose():
    text = 'He said "yes" at https://example.com and `x`.'
    assert view(text, "text") == text


def test_a_line_break_tag_is_a_line_break_and_a_block_tag_a_paragraph_break():
    text = '<p>He said: "One line,<br>and the next."</p><p>New paragraph.</p>'
    prose, _ = prose_view(Source("x.html", text=text, kind="html"))
    assert '"One line,\n' in prose and '\n\n' in prose[prose.index("next.") :]


PAGE = """<html lang="en"><body>
<div class="site-menu">Home | World "Politics</div>
<main>
<div class="teaser"><a href="/x">Earlier: the the teaser</a></div>
<article>
<header><h1>Talks resume in Doha</h1><p class="byline">By Staff | Share (</p></header>
<div class="share-bar">Share on Facebook, Twitter ((</div>
<p>Negotiators met on Tuesday, officials said.</p>
<p hidden>Hidden "text</p>
<div role="complementary">Read more "here</div>
<ul id="related-links"><li>Related: "one</li></ul>
<p>The talks will continue.</p>
</article>
</main>
<div class="newsletter-signup">Subscribe "now</div>
</body></html>
"""


def test_on_a_page_with_an_article_only_the_story_counts_not_the_site_around_it():
    prose, _ = prose_view(Source("page.html", text=PAGE, kind="html"))
    assert "Talks resume in Doha" in prose and "Negotiators met on Tuesday" in prose and "The talks will continue." in prose
    for gone in ("Home", "teaser", "By Staff", "Share", "Hidden", "Read more", "Related", "Subscribe"):
        assert gone not in prose, gone
