"""Baselines: `--write-baseline FILE` records today's findings, `--baseline FILE` reports only
new ones; a finding is matched by file, rule and a fingerprint of its text and context."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from checker.baseline import fingerprint
from clitools import cli
from conftest import run_check

ROOT = Path(__file__).resolve().parent.parent


def test_the_fingerprint_survives_edits_elsewhere_but_not_an_edit_of_the_flagged_words():
    text = 'Intro.\n\nHe said "yes to the plan.\n'
    (before,) = run_check(text, lang="en", select=["quote-balance"])
    edited = "A new first paragraph, added later.\n\nIntro, rewritten.\n\n" + text.split("\n\n", 1)[1]
    (after,) = run_check(edited, lang="en", select=["quote-balance"])
    assert after.line != before.line
    assert fingerprint(after, edited) == fingerprint(before, text)
    changed = text.replace("yes to", "no to")
    (other,) = run_check(changed, lang="en", select=["quote-balance"])
    assert fingerprint(other, changed) != fingerprint(before, text)


def test_a_baseline_written_on_the_samples_passes_the_next_run_and_a_new_fault_fails_it(tmp_path):
    samples = tmp_path / "samples"
    shutil.copytree(ROOT / "samples", samples, ignore=shutil.ignore_patterns("*.findings.json"))
    baseline = tmp_path / "factlint-baseline.json"
    first = cli(str(samples), "--write-baseline", str(baseline))
    assert first.returncode == 0, first.stderr
    recorded = json.loads(baseline.read_text(encoding="utf-8"))
    assert recorded["version"] == 1 and len(recorded["findings"]) >= 5
    assert all(not e["path"].startswith("/") and e["path"].startswith("samples/") for e in recorded["findings"])
    assert b"baseline written to" in first.stderr

    again = cli(str(samples), "--baseline", str(baseline), "--format", "text")
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout == b""

    # an edit elsewhere (a new paragraph on top) moves every line but adds no finding
    article = samples / "floods-swat.en.md"
    head, body = article.read_text(encoding="utf-8").split("---\n", 2)[1:]
    article.write_text("---\n" + head + "---\nUPDATE: a paragraph added on top.\n\n" + body, encoding="utf-8")
    moved = cli(str(samples), "--baseline", str(baseline), "--format", "text")
    assert moved.returncode == 0, moved.stdout + moved.stderr

    # a newly planted fault is reported, and only it
    article.write_text(article.read_text(encoding="utf-8") + "\nThe rescue teams reached the the last village.\n", encoding="utf-8")
    planted = cli(str(samples), "--baseline", str(baseline), "--format", "text")
    assert planted.returncode == 1
    lines = planted.stdout.decode().splitlines()
    assert len(lines) == 1 and "repeated-word" in lines[0] and "floods-swat.en.md" in lines[0]


def test_the_baseline_counts_each_finding_so_a_second_copy_is_new(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("They met the the minister.\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    assert cli(str(article), "--select", "repeated-word", "--write-baseline", str(baseline)).returncode == 0
    article.write_text("They met the the minister.\n\nThey met the the minister.\n", encoding="utf-8")
    result = cli(str(article), "--select", "repeated-word", "--baseline", str(baseline), "--format", "text")
    assert result.returncode == 1 and len(result.stdout.decode().splitlines()) == 1


def test_the_baseline_path_is_relative_to_the_baseline_file_so_any_working_directory_works(tmp_path):
    (tmp_path / "articles").mkdir()
    article = tmp_path / "articles" / "a.txt"
    article.write_text("قال الوزير «إن المحادثات مستمرة.\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    assert cli("articles/a.txt", "--select", "quote-balance", "--write-baseline", "baseline.json", cwd=str(tmp_path)).returncode == 0
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"][0]["path"] == "articles/a.txt"
    assert cli("a.txt", "--select", "quote-balance", "--baseline", "../baseline.json", cwd=str(tmp_path / "articles")).returncode == 0


def test_a_missing_or_foreign_baseline_is_a_usage_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("They met the minister.\n", encoding="utf-8")
    missing = cli(str(article), "--baseline", str(tmp_path / "nope.json"))
    assert missing.returncode == 2 and b"no such file" in missing.stderr
    foreign = tmp_path / "foreign.json"
    foreign.write_text("[1, 2]", encoding="utf-8")
    bad = cli(str(article), "--baseline", str(foreign))
    assert bad.returncode == 2 and b"not a factlint baseline" in bad.stderr


def test_write_baseline_under_a_path_that_is_a_file_is_a_one_line_error(tmp_path):
    (tmp_path / "a.txt").write_text("He said the the talks resumed.\n", encoding="utf-8")
    result = cli("a.txt", "--write-baseline", "a.txt/baseline.json", cwd=str(tmp_path))
    assert (result.returncode, result.stderr.decode()) == (2, "factlint: error: --write-baseline 'a.txt/baseline.json': 'a.txt' is a file, not a folder\n")
    (tmp_path / "folder").mkdir()
    result = cli("a.txt", "--write-baseline", "folder", cwd=str(tmp_path))
    assert (result.returncode, result.stderr.decode()) == (2, "factlint: error: --write-baseline 'folder': is a folder\n")
