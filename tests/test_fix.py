"""Safe fixes: `check --fix` writes the fixes that are certain, `check --diff` shows them.

A fix is a finding's suggestion laid over its span, applied only when its rule is on the safe
list (doubled punctuation, the wrong script's comma/semicolon/question mark), it changes
punctuation and spaces only, the file holds at the span what the rule read, and checking the
fixed text again finds nothing new.
"""
from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import Engine
from checker.findings import Finding, Severity
from checker.fix import SAFE_RULES, WriteError, checker_for, fix_text, keeps_meaning, safe_edits, write_atomically
from checker.sources import Source
from clitools import cli as _cli

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "000_8fcd20fe111c0f9f.ar.txt"


def cli(*args: str, stdin: bytes | None = None):
    """The real command line; its output as text."""
    result = _cli(*args, stdin=stdin)
    result.stdout, result.stderr = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    return result


def fixed(text: str, kind: str = "text", path: str = "article.txt") -> str:
    """The text after its safe fixes, checked by the real engine with the default rules."""
    engine = Engine(Config(), discover=False)
    source = Source(path, text=text, kind=kind)
    return fix_text(text, checker_for(engine, source)).text


# -- what is fixed ------------------------------------------------------------------------------
def test_fix_on_a_copy_of_the_seed_removes_the_doubled_full_stop_and_nothing_else(tmp_path):
    article = tmp_path / "seed.ar.txt"
    article.write_bytes(SEED.read_bytes())
    original = SEED.read_text(encoding="utf-8")

    result = cli(str(article), "--fix", "--format", "json")

    assert f"1 fix applied to {article} (punctuation-repeat)" in result.stderr
    assert original.count("الدولي. .") == 1
    assert article.read_text(encoding="utf-8") == original.replace("الدولي. .", "الدولي.")
    assert result.returncode == 1  # the findings a person must decide are still reported
    assert '"punctuation-repeat"' not in result.stdout and '"date-weekday"' in result.stdout


def test_diff_shows_the_fix_and_writes_nothing(tmp_path):
    article = tmp_path / "seed.ar.txt"
    article.write_bytes(SEED.read_bytes())

    result = cli(str(article), "--diff")

    assert result.returncode == 1  # like a linter: there is something to fix
    assert article.read_bytes() == SEED.read_bytes()
    removed = [line for line in result.stdout.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line for line in result.stdout.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert len(removed) == len(added) == 1
    assert removed[0].endswith("أربيل الدولي. .") and added[0].endswith("أربيل الدولي.")
    assert result.stdout.startswith(f"--- a/{article}\n+++ b/{article}\n")


def test_diff_exits_0_and_prints_nothing_when_there_is_nothing_to_fix(tmp_path):
    article = tmp_path / "clean.en.txt"
    article.write_text("The council met on Monday. It approved the budget.\n", encoding="utf-8")
    result = cli(str(article), "--diff")
    assert (result.returncode, result.stdout) == (0, "")


def test_a_latin_comma_between_arabic_words_becomes_the_arabic_comma():
    text = "وقال المحافظ, خلال المؤتمر، إن التضخم تراجع إلى 2.2%، وإن النمو تحسن.\n"
    assert fixed(text) == text.replace("المحافظ,", "المحافظ،")


def test_the_latin_comma_is_replaced_at_every_place_the_finding_names():
    # punctuation-script gives one note per mark and article, its other places as related spans
    text = "قال الوزير, إن الحكومة، التي تعمل منذ عام، والوزارة المعنية، ستعمل معا, والبلدية، ستشارك في الخطة.\n"
    assert fixed(text) == text.replace(",", "،")


def test_an_arabic_comma_in_english_text_becomes_the_latin_comma():
    assert fixed("The delegation reached Doha، where talks resumed.\n") == "The delegation reached Doha, where talks resumed.\n"


def test_a_mixed_doubled_comma_keeps_the_form_of_the_paragraphs_script():
    assert fixed("وأضاف أن الأسعار ارتفعت،، بحسب البيان، ووصلت إلى مستوى قياسي.\n") == "وأضاف أن الأسعار ارتفعت، بحسب البيان، ووصلت إلى مستوى قياسي.\n"


# -- what is never fixed -----------------------------------------------------------------------
def test_the_safe_list_holds_punctuation_only():
    assert SAFE_RULES == {"punctuation-repeat", "punctuation-script"}


def test_an_inferred_finding_keeps_its_suggestion_for_a_person_to_decide():
    # the seed's weekday does not match its date, and date-weekday suggests the right one:
    # but the date may be the wrong half, so the weekday is not rewritten
    text = SEED.read_text(encoding="utf-8")
    after = fixed(text, path=str(SEED))
    assert "الأحد 14 تشرين الثاني/نوفمبر" in after
    assert len(after) == len(text) - 2


def finding(rule: str, text: str, start: int, end: int, suggestion: str) -> Finding:
    return Finding(rule, Severity.WARNING, "m", start, end, 1, start + 1, 1, end + 1, text[start:end], suggestion=suggestion)


def test_a_suggestion_that_touches_a_letter_a_digit_or_a_line_break_is_not_safe():
    assert keeps_meaning(". .", ".") and keeps_meaning(",", "،")
    assert not keeps_meaning("1,500", "1500")
    assert not keeps_meaning("the the", "the")
    assert not keeps_meaning(".\n.", ".")
    text = "He won,, 3-1."
    assert safe_edits([finding("punctuation-repeat", text, 6, 8, ",")], text, text) != []
    assert safe_edits([finding("punctuation-repeat", text, 6, 10, ",")], text, text) == []  # ",, 3" -> ","


def test_a_finding_silenced_by_a_factlint_disable_comment_is_not_fixed():
    text = ("Sales fell at the museum,, curators said.\n"
            "<!-- factlint-disable-next-line punctuation-repeat -->\n"
            "The banner read: stay,, please.\n")
    assert fixed(text) == text.replace("museum,,", "museum,", 1)


def test_a_span_where_the_file_is_not_what_the_rule_read_is_left_alone():
    # the HTML prose view writes "," where "&comma;" starts: the file's bytes there are the
    # entity, so "&comma;," is not rewritten; the plain ",," in the same page is
    page = "<html><body><article><p>Sales fell at the museum,, curators said.</p><p>Sales fell&comma;, curators said.</p></article></body></html>\n"
    after = fixed(page, kind="html", path="page.html")
    assert after == page.replace("museum,,", "museum,")


# -- checked again before writing ---------------------------------------------------------------
def fake_check(flag_doubled: bool = True, new_after: str | None = None):
    """A check that reports every ",," as a doubled comma, and (to stand for a rule that
    would object to a fixed text) a finding wherever `new_after` occurs."""

    def check(text: str):
        found = []
        if flag_doubled:
            found += [finding("punctuation-repeat", text, m.start(), m.start() + 2, ",") for m in re.finditer(r"(?=,,)", text)]
        if new_after:
            found += [finding("quote-balance", text, m.start(), m.end(), None) for m in re.finditer(re.escape(new_after), text)]
        return found, text

    return check


def test_a_fix_after_which_a_new_finding_appears_is_withheld_and_the_others_kept():
    text = "one,, two. three,, four."
    result = fix_text(text, fake_check(new_after="three, four"))
    assert result.text == "one, two. three,, four."
    assert [e.start for e in result.applied] == [3]
    assert [(e.start, reason.split(":")[0]) for e, reason in result.withheld] == [(16, "a new finding appeared with it")]


def test_a_fix_after_which_the_text_no_longer_reads_is_withheld():
    # (a title in YAML front matter that would stop parsing, say)
    def check(text: str):
        if "b, c" in text:
            raise ValueError("invalid front matter")
        return fake_check()(text)

    result = fix_text("a,, x. b,, c", check)
    assert result.text == "a, x. b,, c"
    assert [reason for _, reason in result.withheld] == ["the fixed text cannot be read: invalid front matter"]


def test_overlapping_fixes_are_applied_pass_after_pass():
    # ",,," is two overlapping doubled commas: one is fixed, the text checked again, then the next
    result = fix_text("a,,, b", fake_check())
    assert result.text == "a, b"
    assert len(result.applied) == 2


# -- writing ------------------------------------------------------------------------------------
def test_the_file_is_replaced_atomically_keeping_its_mode_encoding_and_line_endings(tmp_path):
    article = tmp_path / "a.txt"
    text = "وقال المحافظ, خلال المؤتمر، إن التضخم تراجع، وإن النمو تحسن وبلغ مستوى جيدا في العام الماضي من أجل ذلك قال إن الحكومة ستعمل على الاستمرار في هذه السياسة التي أثبتت نجاحها عند الناس في المدن والقرى وفي كل مكان.\r\n"
    article.write_bytes(text.encode("cp1256"))
    article.chmod(0o640)
    write_atomically(str(article), text, text.replace(",", "،"), "cp1256")
    assert article.read_bytes() == text.replace(",", "،").encode("cp1256")
    assert stat.S_IMODE(article.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temporary file left behind


def test_utf16_keeps_its_byte_order_and_a_link_is_written_through(tmp_path):
    target = tmp_path / "big-endian.txt"
    target.write_bytes(codecs.BOM_UTF16_BE + "a,, b\n".encode("utf-16-be"))
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_atomically(str(link), "a,, b\n", "a, b\n", "utf-16")
    assert link.is_symlink()
    assert target.read_bytes() == codecs.BOM_UTF16_BE + "a, b\n".encode("utf-16-be")


def test_a_file_changed_on_disk_since_it_was_read_is_not_written(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("edited by someone else\n", encoding="utf-8")
    with pytest.raises(WriteError, match="changed on disk"):
        write_atomically(str(article), "a,, b\n", "a, b\n", "utf-8")
    assert article.read_text(encoding="utf-8") == "edited by someone else\n"


def test_fix_refuses_standard_input_and_diff_reads_it():
    text = "Ticket sales fell at the museum,, curators said.\n".encode()
    refused = cli("-", "--fix", stdin=text)
    assert refused.returncode == 2 and "cannot write back to standard input" in refused.stderr
    shown = cli("-", "--diff", stdin=text)
    assert shown.returncode == 1 and "+Ticket sales fell at the museum, curators said." in shown.stdout
