"""html: one self-contained page for editors; the structure (tests/test_browser.py opens it in
a real browser)."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from checker.engine import FileResult
from checker.report import html
from clitools import cli
from reporting import finding, report

ROOT = Path(__file__).resolve().parent.parent


class Marks(HTMLParser):
    """The text of every <mark data-f>, per finding id, and every external reference."""

    def __init__(self) -> None:
        super().__init__()
        self.text: dict[str, str] = {}
        self.open: list[list[str]] = []
        self.external: list[str] = []
        self.paragraph_dirs: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("src", "href"):
            if attrs.get(key) and not attrs[key].startswith("#"):
                self.external.append(attrs[key])
        if tag == "p":
            self.paragraph_dirs.append(attrs.get("dir"))
        if tag == "mark":
            ids = (attrs.get("data-f") or "").split()
            self.open.append(ids)
            for i in ids:
                self.text.setdefault(i, "")

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data):
        for ids in self.open:
            for i in ids:
                self.text[i] += data


def test_the_page_of_the_samples_is_self_contained_and_highlights_every_finding(tmp_path):
    page = tmp_path / "report.html"
    result = cli("samples", "--format", "html", "--output-file", str(page), cwd=str(ROOT))
    assert result.returncode == 1 and result.stdout == b""
    content = page.read_text(encoding="utf-8")
    parser = Marks()
    parser.feed(content)
    assert parser.external == []
    assert "default-src 'none'" in content
    items = re.findall(r'<li data-f="(f\d+)"><a href="#\1">', content)
    assert items and set(items) == set(parser.text)
    assert all(d == "auto" for d in parser.paragraph_dirs)


def test_overlapping_findings_each_keep_their_whole_text():
    text = "قال الوزير «إن المحادثات مستمرة. They met the the minister.\n\nSecond paragraph.\n"
    findings = [
        finding(text, "«إن المحادثات", "quote-balance"),
        finding(text, "المحادثات مستمرة", "spelling-variant", "warning"),
        finding(text, "the the", "repeated-word", "warning"),
        finding(text, "minister.\n\nSecond", "bracket-balance", "info"),
    ]
    parser = Marks()
    parser.feed(report(html, [FileResult("maqal.md", "ar", findings, source=text)]))
    assert [parser.text[f"f{i}"] for i in range(1, 5)] == [f.text for f in findings]


def test_text_is_escaped_and_a_file_that_could_not_be_checked_is_listed():
    text = "<script>alert(1)</script> & the the end\n"
    page = report(html, [FileResult("a.html", "en", [finding(text, "the the", "repeated-word")], source=text), FileResult("b.txt", error="empty file")])
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "b.txt: could not be checked: empty file" in page
