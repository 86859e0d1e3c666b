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
    assert "quote-balance\terror" in listing
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
