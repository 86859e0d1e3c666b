"""sarif: valid SARIF 2.1.0 that GitHub code scanning accepts."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from checker.registry import load_rules
from clitools import cli

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"  # source: tests/data/README.md


def sarif_of(*args: str, cwd: Path = ROOT) -> dict:
    result = cli(*args, "--format", "sarif", cwd=str(cwd))
    assert result.returncode in (0, 1, 2) and result.stdout, result.stderr
    return json.loads(result.stdout)


def test_the_samples_report_validates_against_the_official_sarif_schema():
    jsonschema = pytest.importorskip("jsonschema")
    report = sarif_of("samples", "no/such/file.txt")
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(report)
    run = report["runs"][0]
    assert run["results"], "the samples have planted faults"
    assert run["invocations"][0]["executionSuccessful"] is False
    assert "no such file" in run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]


def test_github_code_scanning_requirements_are_met():
    report = sarif_of("samples")
    assert report["$schema"].endswith("sarif-2.1.0.json") and report["version"] == "2.1.0"
    run = report["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    listed = cli("--list-rules", cwd=str(ROOT)).stdout.decode().splitlines()
    assert [r["id"] for r in rules] == [line.split("\t")[0] for line in listed]
    for rule in rules:
        cls = load_rules().rules.get(rule["id"])
        assert rule["help"]["text"].strip() and (cls is None or rule["help"]["text"] == cls.documentation())
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["name"] and rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert uri.startswith("samples/") and ":" not in uri and location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["partialFingerprints"]["primaryLocationLineHash"]
        assert result["level"] in ("error", "warning", "note")


def test_columns_count_code_points_in_arabic_lines():
    run = sarif_of("samples/000_8fcd20fe111c0f9f.ar.txt", "--select", "quote-balance")["runs"][0]
    text = (ROOT / "samples" / "000_8fcd20fe111c0f9f.ar.txt").read_text(encoding="utf-8")
    (result,) = run["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    line = text.splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == region["snippet"]["text"] == "”"
    assert text[region["charOffset"]] == "”"


def test_fingerprints_survive_edits_above_the_finding(tmp_path):
    article = tmp_path / "article.md"
    body = 'They met the the minister.\n\nHe said "yes.\n'
    article.write_text(body, encoding="utf-8")
    before = [r["partialFingerprints"]["primaryLocationLineHash"] for r in sarif_of("article.md", cwd=tmp_path)["runs"][0]["results"]]
    article.write_text("UPDATE: a paragraph added later.\n\n" + body, encoding="utf-8")
    after_run = sarif_of("article.md", cwd=tmp_path)["runs"][0]
    after = [r["partialFingerprints"]["primaryLocationLineHash"] for r in after_run["results"]]
    assert len(before) == 2 and before == after
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after_run["results"]] == [3, 5]


def test_two_identical_findings_get_distinct_fingerprints(tmp_path):
    (tmp_path / "a.txt").write_text("They met the the minister.\n\nThey met the the minister.\n", encoding="utf-8")
    results = sarif_of("a.txt", "--select", "repeated-word", cwd=tmp_path)["runs"][0]["results"]
    prints = [r["partialFingerprints"]["primaryLocationLineHash"] for r in results]
    assert len(prints) == 2 and len(set(prints)) == 2 and prints[0].split(":")[0] == prints[1].split(":")[0]
