"""github: workflow commands that GitHub turns into annotations on the pull request's lines."""
from __future__ import annotations

import re
from pathlib import Path

from checker.engine import FileResult
from checker.report import github
from clitools import cli
from reporting import finding, report

ROOT = Path(__file__).resolve().parent.parent
COMMAND = re.compile(r"^::(error|warning|notice) file=[^,:]+,line=\d+(,col=\d+)?,endLine=\d+(,endColumn=\d+)?,title=[a-z0-9-]+::[^\r\n]+$")


def test_every_finding_of_the_samples_is_one_well_formed_command():
    result = cli("samples", "--format", "github", cwd=str(ROOT))
    lines = result.stdout.decode().splitlines()
    assert result.returncode == 1 and lines
    for line in lines:
        assert COMMAND.match(line), line
    assert any(line.startswith("::error file=samples/floods-swat.en.md,line=10,col=1,endLine=10,endColumn=2,title=quote-balance::") for line in lines)


def test_severities_map_to_error_warning_and_notice():
    text = 'He said "yes.\nThe the end.\nA note.\n'
    results = [FileResult("article.md", "en", [finding(text, '"'), finding(text, "the", "repeated-word", "warning"), finding(text, "note", "house-style", "info")])]
    assert [line.split(" ")[0] for line in report(github, results).splitlines()] == ["::error", "::warning", "::notice"]


def test_message_and_properties_are_escaped_as_the_actions_toolkit_does():
    assert github.escape_data("100% sure\r\nnext: a, b") == "100%25 sure%0D%0Anext: a, b"
    assert github.escape_property("dir,name:x%\n") == "dir%2Cname%3Ax%25%0A"
    text = "one, two: three\n"
    results = [FileResult("news/a,b:c.md", "en", [finding(text, "two", message="50% said:\nno, never")])]
    (line,) = report(github, results).splitlines()
    assert line == "::error file=news/a%2Cb%3Ac.md,line=1,col=6,endLine=1,endColumn=9,title=quote-balance::50%25 said:%0Ano, never"


def test_a_finding_over_several_lines_carries_no_columns():
    text = "He said “yes\nand then no.\n"
    (line,) = report(github, [FileResult("a.md", "en", [finding(text, "“", end_needle="then")])]).splitlines()
    assert line == "::error file=a.md,line=1,endLine=2,title=quote-balance::a message"


def test_a_markdown_table_of_every_finding_is_appended_to_the_step_summary(tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("# Earlier step\n\n", encoding="utf-8")
    result = cli("samples/floods-swat.en.md", "samples/hijri-riyadh.ar.txt", "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)}, cwd=str(ROOT))
    assert result.returncode == 1
    table = summary.read_text(encoding="utf-8")
    assert table.startswith("# Earlier step\n\n### factlint: 2 files checked")
    rows = [line for line in table.splitlines() if line.startswith("| samples/")]
    assert len(rows) == len(result.stdout.decode().splitlines())
    assert any("| `quote-balance` |" in row and "floods-swat.en.md" in row for row in rows)
    assert any("hijri-riyadh.ar.txt" in row for row in rows)


def test_a_pipe_in_a_message_does_not_break_the_summary_table(tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    text = "a|b\n"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    report(github, [FileResult("a.md", "en", [finding(text, "|", message="the | mark")])])
    (row,) = [line for line in summary.read_text(encoding="utf-8").splitlines() if line.startswith("| a.md")]
    assert row == "| a.md | 1:2 | error | `quote-balance` | the \\| mark |"
