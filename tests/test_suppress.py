"""Inline suppressions: `<!-- factlint-disable RULE -->` ... `<!-- factlint-enable -->`,
`<!-- factlint-disable-next-line RULE -->`, an unknown id reported, --show-suppressed."""
from __future__ import annotations

from clitools import cli
from conftest import run_check

RULES = ["quote-balance", "repeated-word", "suppression-unknown-rule"]


def found(text: str, lang: str = "en"):
    return [(f.rule, f.text, f.line) for f in run_check(text, lang=lang, select=RULES)]


def test_a_disabled_region_hides_only_the_named_rule_and_only_until_enable():
    text = (
        'He said "yes.\n\n'
        "<!-- factlint-disable quote-balance -->\n"
        'She said "no.\n\n'
        "They met the the minister.\n"
        "<!-- factlint-enable -->\n\n"
        'He said "maybe.\n'
    )
    assert found(text) == [("quote-balance", '"', 1), ("repeated-word", "the", 6), ("quote-balance", '"', 9)]


def test_disable_next_line_hides_the_next_line_only():
    text = "<!-- factlint-disable-next-line repeated-word -->\nThey met the the minister.\nThey saw the the envoy.\n"
    assert found(text) == [("repeated-word", "the", 3)]


def test_a_disable_without_ids_hides_every_rule_until_the_end_when_never_enabled():
    text = 'Intro "quote.\n\n<!-- factlint-disable -->\nThey met the the minister "today.\n'
    assert found(text) == [("quote-balance", '"', 1)]


def test_a_family_prefix_disables_the_whole_family_and_ids_may_be_a_list():
    text = "<!-- factlint-disable quote-, repeated-word -->\n" 'He said "yes to the the plan.\n'
    assert found(text) == []


def test_arabic_text_is_suppressed_the_same_way():
    text = "<!-- factlint-disable-next-line quote-balance -->\nقال الوزير «إن المحادثات مستمرة.\nوأضاف «أن الوفد سيعود.\n"
    assert found(text, "ar") == [("quote-balance", "«", 3)]


def test_an_unknown_rule_id_is_reported_with_a_suggestion_and_suppresses_nothing():
    text = '<!-- factlint-disable quote-balanse -->\nHe said "yes.\n'
    findings = run_check(text, lang="en", select=RULES)
    assert [(f.rule, f.text) for f in findings] == [("suppression-unknown-rule", "quote-balanse"), ("quote-balance", '"')]
    warning = findings[0]
    assert warning.severity.value == "warning"
    assert "no rule or rule family is called 'quote-balanse'" in warning.message
    assert "did you mean 'quote-balance'" in warning.message and warning.suggestion == "quote-balance"


def test_suppressions_work_in_html_files(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body>\n<!-- factlint-disable-next-line repeated-word -->\n<p>They met the the minister.</p>\n<p>They saw the the envoy.</p>\n</body></html>\n",
        encoding="utf-8",
    )
    result = cli(str(page), "--select", "repeated-word", "--format", "text")
    assert result.returncode == 1
    assert [line.split(":")[1] for line in result.stdout.decode().splitlines()] == ["4"]


def test_show_suppressed_lists_what_was_hidden_on_stderr_and_the_run_passes(tmp_path):
    article = tmp_path / "article.md"
    article.write_text("<!-- factlint-disable quote-balance -->\nHe said \"yes.\n", encoding="utf-8")
    result = cli(str(article), "--select", "quote-balance", "--show-suppressed", "--format", "text")
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    line = result.stderr.decode().strip()
    assert line.startswith(f"{article}:2:9: suppressed error quote-balance ")
    assert "(by 'factlint-disable quote-balance' on line 1)" in line
    quiet = cli(str(article), "--select", "quote-balance", "--format", "text")
    assert quiet.returncode == 0 and quiet.stdout == b"" and b"suppressed" not in quiet.stderr
