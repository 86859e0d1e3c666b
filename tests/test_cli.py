"""The command line as users and CI see it: exit codes, formats, options, errors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from clitools import cli

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "000_8fcd20fe111c0f9f.ar.txt"


def _position(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def test_seed_flags_the_stray_quote_and_the_doubled_full_stop_at_their_line_and_column():
    result = cli(str(SEED), "--format", "json", "--select", "quote-balance,punctuation-repeat")
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["files"][0]["findings"]
    text = SEED.read_text(encoding="utf-8")
    stray = text.index("إمكانية”") + len("إمكانية")
    by_rule = {f["rule"]: f for f in findings}
    assert (by_rule["quote-balance"]["start"], by_rule["quote-balance"]["text"]) == (stray, "”")
    assert (by_rule["quote-balance"]["line"], by_rule["quote-balance"]["column"]) == _position(text, "”. إمكانية”", 0)[:1] + (stray - text.rfind("\n", 0, stray),)
    assert by_rule["punctuation-repeat"]["text"] == ". ."
    assert (by_rule["punctuation-repeat"]["line"], by_rule["punctuation-repeat"]["column"]) == _position(text, ". .")


def test_json_output_validates_against_the_published_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "schemas" / "findings.schema.json").read_text())
    result = cli(str(SEED), str(ROOT / "samples"), "/no/such/file.txt", "--format", "json")
    report = json.loads(result.stdout)
    jsonschema.validate(report, schema)
    assert report["summary"]["files_with_errors"] == 1
    first = report["files"][0]["findings"][0]
    assert list(first) == ["rule", "severity", "message", "start", "end", "line", "column", "end_line", "end_column", "text", "related", "suggestion"]


def test_published_schema_is_current():
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from gen_schemas import render, schemas
    finally:
        sys.path.pop(0)
    for name, schema in schemas().items():
        assert (ROOT / "schemas" / name).read_text(encoding="utf-8") == render(schema), f"run python scripts/gen_schemas.py ({name})"


def test_exit_codes_follow_fail_on():
    assert cli(str(SEED), "--select", "punctuation-repeat", "--format", "text").returncode == 1
    assert cli(str(SEED), "--select", "punctuation-repeat", "--fail-on", "error").returncode == 0
    assert cli(str(SEED), "--select", "punctuation-repeat", "--fail-on", "never").returncode == 0
    assert cli(str(SEED), "--select", "quote-balance", "--fail-on", "error").returncode == 1


def test_text_format_is_one_finding_a_line():
    result = cli(str(SEED), "--select", "punctuation-repeat", "--format", "text")
    lines = result.stdout.decode().splitlines()
    assert lines and all(l.startswith(f"{SEED}:") and " warning punctuation-repeat " in l for l in lines)


def test_jsonl_format_gives_each_finding_its_path():
    result = cli(str(SEED), "--format", "jsonl", "--select", "quote-balance")
    rows = [json.loads(l) for l in result.stdout.decode().splitlines()]
    assert rows and all(r["path"] == str(SEED) and r["rule"] == "quote-balance" for r in rows)


def test_rich_format_highlights_the_span_and_prints_a_summary():
    result = cli(str(SEED), "--format", "rich", "--select", "quote-balance", "--no-color")
    out = result.stdout.decode()
    assert "quote-balance" in out and "إمكانية”" in out and "1 file checked" in out


@pytest.mark.parametrize(
    "args,message",
    [
        (["--date", "5 Nov"], "--date '5 Nov' is not a date"),
        (["--lang", "english"], "not an ISO 639-1"),
        (["--select", "no-such-rule"], "unknown rule or family 'no-such-rule'"),
        (["--explain", "no-such-rule"], "unknown rule 'no-such-rule'"),
        ([], "no path given"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args, message):
    result = cli(*args, *([] if not args or args[0] == "--explain" else [str(SEED)]))
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert message in stderr and "Traceback" not in stderr


def test_list_rules_and_explain():
    listing = cli("--list-rules").stdout.decode()
    assert "quote-balance\tdefault\terror\t" in listing  # id, tier, severity, languages, measured precision, summary
    explained = cli("--explain", "quote-balance").stdout.decode()
    assert "What it does" in explained and "Flagged:" in explained and "Not flagged:" in explained


def test_version():
    from checker import __version__

    assert cli("--version").stdout.decode().strip() == f"factlint {__version__}"


def test_the_cli_never_opens_a_network_connection(tmp_path):
    """Newsrooms check embargoed copy: run every rule with sockets disabled."""
    import subprocess
    import sys

    guard = tmp_path / "sitecustomize.py"
    guard.write_text(
        "import socket\n"
        "def _refuse(*a, **k):\n    raise RuntimeError('factlint tried to open a network connection')\n"
        "socket.socket = _refuse\nsocket.create_connection = _refuse\nsocket.getaddrinfo = _refuse\n"
    )
    import os

    env = {**os.environ, "PYTHONPATH": str(tmp_path), "NO_COLOR": "1"}
    result = subprocess.run([sys.executable, "-m", "checker", str(SEED), str(ROOT / "samples"), "--format", "json"], capture_output=True, env=env, timeout=120)
    assert result.returncode in (0, 1), result.stderr.decode()
    assert "network" not in result.stderr.decode()
    assert json.loads(result.stdout)["summary"]["files_with_errors"] == 0


def test_paths_alone_skip_typer_and_give_the_same_report_as_the_full_parser(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('He said "the the vote was close.\n', encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    plain = cli(str(article), missing, env={"PYTHONPROFILEIMPORTTIME": "1"})
    parsed = cli(str(article), missing, "--fail-on", "warning")  # an option: typer parses
    assert (plain.returncode, plain.stdout) == (parsed.returncode, parsed.stdout) == (2, parsed.stdout)
    assert b"repeated-word" in plain.stdout and b"quote-balance" in plain.stdout
    assert b"missing.txt" in plain.stderr and b"missing.txt" in parsed.stderr
    imported = {line.split("|")[-1].strip() for line in plain.stderr.decode().splitlines() if line.startswith("import time:")}
    assert "checker.cli" in imported and "typer" not in imported and "click" not in imported


@pytest.mark.parametrize(
    "value,message",
    [
        ("2023-02-30", "factlint: error: --date '2023-02-30' is not a date that exists (that month has no day 30)\n"),
        ("2023-13-01", "factlint: error: --date '2023-13-01' is not a date that exists (there is no month 13)\n"),
        ("5 Nov", "factlint: error: --date '5 Nov' is not a date of the form YYYY-MM-DD\n"),
    ],
)
def test_a_date_that_does_not_exist_is_told_apart_from_a_malformed_one(value, message):
    result = cli("-", "--date", value, stdin=b"Text.\n")
    assert (result.returncode, result.stderr.decode()) == (2, message)


def test_a_select_typo_is_answered_with_did_you_mean():
    result = cli("-", "--select", "quote-balanse", stdin=b"Text.\n")
    assert (result.returncode, result.stderr.decode()) == (2, "factlint: error: --select: unknown rule or family 'quote-balanse' (did you mean 'quote-balance'?)\n")


STRAYS = "He said ) and then ) again.\n" * 60  # 120 stray closing brackets


def test_findings_are_capped_per_rule_and_file_with_a_count_of_the_rest(tmp_path):
    (tmp_path / "a.txt").write_text(STRAYS, encoding="utf-8")
    result = cli("a.txt", "--select", "bracket-balance", "--format", "text", cwd=str(tmp_path))
    lines = result.stdout.decode().splitlines()
    assert result.returncode == 1
    assert len(lines) == 101 and all(" bracket-balance " in l for l in lines[:100])
    assert lines[100] == "a.txt: 20 more findings not shown (bracket-balance 20; at most --max-findings per rule and file)"
    report = json.loads(cli("a.txt", "--select", "bracket-balance", "--format", "json", "--max-findings", "30", cwd=str(tmp_path)).stdout)
    assert len(report["files"][0]["findings"]) == 30
    assert report["summary"]["not_shown"] == 90 and report["summary"]["findings"] == 30
    everything = cli("a.txt", "--select", "bracket-balance", "--format", "text", "--max-findings", "0", cwd=str(tmp_path))
    assert len(everything.stdout.decode().splitlines()) == 120
    rich = cli("a.txt", "--select", "bracket-balance", "--format", "rich", "--max-findings", "5", cwd=str(tmp_path)).stdout.decode()
    assert "  115 more findings not shown (bracket-balance 115; at most --max-findings per rule and file)" in rich.splitlines()


def test_progress_of_a_long_file_goes_to_stderr_when_asked_and_never_into_the_report(tmp_path):
    from checker import engine

    (tmp_path / "a.txt").write_text("The talks resumed on Monday.\n" * 40_000, encoding="utf-8")  # 1.16 MB
    assert (tmp_path / "a.txt").stat().st_size >= engine.PROGRESS_CHARS
    plain = cli("a.txt", "--select", "bracket-balance,quote-balance", "--format", "json", cwd=str(tmp_path))
    shown = cli("a.txt", "--select", "bracket-balance,quote-balance", "--format", "json", "--progress", cwd=str(tmp_path))
    assert plain.stdout == shown.stdout and plain.stderr == b""
    assert shown.stderr.decode().splitlines() == ["factlint: checking a.txt: rule 1/2 (bracket-balance)", "factlint: checking a.txt: rule 2/2 (quote-balance)"]
