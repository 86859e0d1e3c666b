"""The options of `check`, declared with typer: help, types, validation. The work is
checker.cli.execute; checker.cli.entry skips this module when there is no option to parse."""
from __future__ import annotations

from enum import Enum
from typing import List, Optional

import typer

from checker import __version__

app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)


class Format(str, Enum):
    rich = "rich"
    text = "text"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"
    junit = "junit"
    gitlab = "gitlab"
    html = "html"
    docx = "docx"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _version(value: bool) -> None:
    if value:
        print(f"factlint {__version__}")
        raise typer.Exit(0)


@app.command(context_settings={"help_option_names": ["-h", "--help"]})
def main(
    paths: List[str] = typer.Argument(None, help="Files or folders to check; '-' reads standard input.", show_default=False),
    format: Optional[Format] = typer.Option(None, "--format", "-f", help="Output format (default: rich on a terminal, text otherwise)."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Rule ids or family prefixes (date-) to run; comma-separated or repeated."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Rule ids or family prefixes to skip."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Lowest severity that makes the exit code 1 (default: warning)."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of the text: auto or an ISO 639-1 code."),
    published: Optional[str] = typer.Option(None, "--date", help="The article's publication date, YYYY-MM-DD (the anchor for dates)."),
    config_file: Optional[str] = typer.Option(None, "--config", help="Configuration file (turns off discovery)."),
    include: Optional[List[str]] = typer.Option(None, "--include", help="Glob of files to check inside folders (default: *.txt, *.md, *.markdown, *.html, *.htm, *.docx)."),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", help="Glob of files to skip."),
    list_rules: bool = typer.Option(False, "--list-rules", help="List the rules and exit."),
    explain: Optional[str] = typer.Option(None, "--explain", help="Print a rule's documentation and examples, and exit."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print findings only: no summary line."),
    no_color: bool = typer.Option(False, "--no-color", help="No colours (NO_COLOR is honoured too)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when findings are reported (2 still means a file could not be checked)."),
    statistics: bool = typer.Option(False, "--statistics", help="After the report, print the number of findings per rule."),
    output_file: Optional[str] = typer.Option(None, "--output-file", "-o", help="Write the report to FILE instead of standard output."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="Report only findings that are not in this baseline file."),
    write_baseline: Optional[str] = typer.Option(None, "--write-baseline", help="Record every finding of this run in FILE (then exit 0)."),
    show_suppressed: bool = typer.Option(False, "--show-suppressed", help="List on stderr the findings hidden by factlint-disable comments."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Files checked in parallel (default: the number of CPUs).", min=1),
    facts: Optional[List[str]] = typer.Option(None, "--facts", help="Facts register (TOML) to hold the articles against; repeatable (replaces the config's 'facts')."),
    cross_document: bool = typer.Option(False, "--cross-document", help="Also compare the documents with each other (archive-consistency)."),
    learn_facts: Optional[str] = typer.Option(None, "--learn-facts", help="Draft a facts register (TOML, on stdout) from the archive in DIR, and exit."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Check the documents on a Dask cluster: its scheduler's address, tcp://HOST:8786 (needs factlint[dask])."),
    preview: bool = typer.Option(False, "--preview", help="Also run the preview-tier rules and checks (not yet precise enough on real news to run by default)."),
    max_file_size: Optional[str] = typer.Option(None, "--max-file-size", help="A larger file is an error for that file (default 25MB; a number of bytes, or 25MB, 512KB)."),
    max_findings: Optional[int] = typer.Option(None, "--max-findings", help="At most N findings per rule and file; the rest are counted (default 100; 0: no cap)."),
    progress: bool = typer.Option(False, "--progress", help="Show progress on stderr even when it is not a terminal (files, and the rules of a long file)."),
    fix: bool = typer.Option(False, "--fix", help="Apply the safe fixes (doubled punctuation, Latin punctuation in Arabic text) to the files, then report what is left."),
    diff: bool = typer.Option(False, "--diff", help="Print the safe fixes as a unified diff, write nothing; exit 1 when there is a fix."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Check news articles for internal contradictions: dates and weekdays, Hijri and Gregorian
    dates, counts and figures, quotation marks, spellings and names."""
    from checker.cli import execute

    raise typer.Exit(execute(
        paths, format=format.value if format else None, select=select, ignore=ignore, fail_on=fail_on.value if fail_on else None,
        lang=lang, published=published, config_file=config_file, include=include, exclude=exclude, list_rules=list_rules,
        explain=explain, quiet=quiet, no_color=no_color, exit_zero=exit_zero, statistics=statistics, output_file=output_file,
        baseline=baseline, write_baseline=write_baseline, show_suppressed=show_suppressed, jobs=jobs, facts=facts,
        cross_document=cross_document, learn_facts=learn_facts, scheduler=scheduler, preview=preview,
        max_file_size=max_file_size, max_findings=max_findings, progress=progress,
        fix=fix, diff=diff,
    ))
