"""gitlab: GitLab's code-quality report (artifacts:reports:codequality).

The schema below writes down GitLab's documented format ("Code Quality report format" in
GitLab's CI documentation): an array of issues, each with a description, a check_name, a
fingerprint unique in the report, a severity among info/minor/major/critical/blocker, and a
location with a path and either lines.begin or positions.begin.line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from clitools import cli

ROOT = Path(__file__).resolve().parent.parent

POSITION = {"type": "object", "required": ["line"], "properties": {"line": {"type": "integer", "minimum": 1}, "column": {"type": "integer", "minimum": 1}}}
CODE_QUALITY = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "type": {"const": "issue"},
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "categories": {"type": "array", "items": {"type": "string"}},
            "location": {
                "type": "object",
                "required": ["path"],
                "properties": {
                    "path": {"type": "string", "pattern": "^[^/]"},
                    "lines": {"type": "object", "required": ["begin"], "properties": {"begin": {"type": "integer"}, "end": {"type": "integer"}}},
                    "positions": {"type": "object", "required": ["begin"], "properties": {"begin": POSITION, "end": POSITION}},
                },
                "anyOf": [{"required": ["lines"]}, {"required": ["positions"]}],
            },
        },
    },
}


def issues_of(*args: str, cwd: Path = ROOT) -> list:
    result = cli(*args, "--format", "gitlab", cwd=str(cwd))
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_the_samples_report_follows_gitlabs_code_quality_format():
    jsonschema = pytest.importorskip("jsonschema")
    issues = issues_of("samples")
    jsonschema.Draft7Validator(CODE_QUALITY).validate(issues)
    assert issues and len({i["fingerprint"] for i in issues}) == len(issues)
    floods = [i for i in issues if i["location"]["path"] == "samples/floods-swat.en.md" and i["check_name"] == "quote-balance"]
    assert floods[0]["severity"] == "major" and floods[0]["location"]["positions"]["begin"] == {"line": 10, "column": 1}


def test_fingerprints_are_stable_across_runs_and_edits_above(tmp_path):
    article = tmp_path / "a.md"
    article.write_text('They met the the minister.\n\nHe said "yes.\n', encoding="utf-8")
    first = [i["fingerprint"] for i in issues_of("a.md", cwd=tmp_path)]
    article.write_text("New lead paragraph.\n\n" + article.read_text(encoding="utf-8"), encoding="utf-8")
    assert [i["fingerprint"] for i in issues_of("a.md", cwd=tmp_path)] == first and len(first) == 2


def test_a_clean_article_is_an_empty_array(tmp_path):
    (tmp_path / "a.txt").write_text("قال الوزير إن المحادثات مستمرة.\n", encoding="utf-8")
    assert issues_of("a.txt", cwd=tmp_path) == []
