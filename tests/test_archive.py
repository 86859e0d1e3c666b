"""archive-consistency and --learn-facts on samples/archive: 25 short articles (13 English,
12 Arabic) about one war, with a planted minority spelling, role and date in each language."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT / "samples" / "archive"


def archive_findings():
    engine = Engine(Config(select=("archive-consistency",)), discover=False, cross_document=True)
    return {(Path(r.path).name, f.text): f for r in engine.check_paths([str(ARCHIVE)]) for f in r.findings}


def test_the_archive_has_at_least_25_articles_in_both_languages():
    files = sorted(ARCHIVE.glob("*.txt"))
    assert len(files) >= 25
    assert {f.name[:2] for f in files} == {"ar", "en"}


def test_the_planted_minorities_are_reported_in_the_minority_document_and_nothing_else():
    found = archive_findings()
    assert set(found) == {
        ("en-10-gold-trade.txt", "Mohamed Hamdan Daglo"),
        ("ar-10-gold.txt", "حمدان دجلو"),
        ("en-09-cairo-summit.txt", "Prime Minister"),
        ("ar-09-cairo.txt", "وزير الدفاع"),
        ("en-08-un-appeal.txt", "May 15, 2023"),
        ("ar-08-appeal.txt", "15 مايو 2023"),
    }
    spelling = found[("en-10-gold-trade.txt", "Mohamed Hamdan Daglo")]
    assert "Mohamed Hamdan Dagalo" in spelling.message and "5 other documents" in spelling.message
    assert spelling.suggestion == "Mohamed Hamdan Dagalo"
    assert "Sovereignty Council Chairman" in found[("en-09-cairo-summit.txt", "Prime Minister")].message
    assert "15 April" in found[("ar-08-appeal.txt", "15 مايو 2023")].message
    assert all(f.severity.value == "warning" for f in found.values())


def test_without_cross_document_the_rule_is_silent():
    engine = Engine(Config(select=("archive-consistency",)), discover=False)
    assert [f for r in engine.check_paths([str(ARCHIVE)]) for f in r.findings] == []


def test_the_cli_reports_archive_consistency_with_cross_document():
    run = subprocess.run(
        [sys.executable, "-m", "checker", "samples/archive", "--cross-document", "--select", "archive-consistency", "--format", "json", "-j", "1"],
        capture_output=True, text=True, cwd=ROOT,
    )
    report = json.loads(run.stdout)
    flagged = {(Path(f["path"]).name if "path" in f else Path(file["path"]).name) for file in report["files"] for f in file["findings"]}
    assert {"en-10-gold-trade.txt", "ar-10-gold.txt", "en-08-un-appeal.txt"} <= flagged
    assert run.returncode == 1


def test_learn_facts_drafts_a_register_with_majorities_and_counts():
    run = subprocess.run([sys.executable, "-m", "checker", "--learn-facts", "samples/archive"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    draft = run.stdout
    assert 'name = "Mohamed Hamdan Dagalo"  # in 5 documents' in draft
    assert '"Mohamed Hamdan Daglo" (1)' in draft
    assert 'roles = [{ title = "Sovereignty Council Chairman" }]' in draft
    assert 'name = "عبد الفتاح البرهان"  # in 5 documents' in draft
    assert 'roles = [{ title = "رئيس مجلس السيادة" }]' in draft
    assert 'date = "2023-04-15"' in draft and "15/5/2023 (1)" in draft
    from checker.facts import parse_register

    assert parse_register(draft, "draft.toml").people  # the draft is a valid register


def test_an_inline_suppression_hides_a_cross_document_finding_in_its_file(tmp_path):
    import shutil

    archive = tmp_path / "archive"
    shutil.copytree(ARCHIVE, archive)
    story = archive / "en-10-gold-trade.txt"
    text = story.read_text(encoding="utf-8")
    line = next(i for i, l in enumerate(text.splitlines(keepends=True)) if "Mohamed Hamdan Daglo" in l)
    lines = text.splitlines(keepends=True)
    lines.insert(line, "<!-- factlint-disable-next-line archive-consistency -->\n")
    story.write_text("".join(lines), encoding="utf-8")
    engine = Engine(Config(select=("archive-consistency",)), discover=False, cross_document=True)
    results = {Path(r.path).name: r for r in engine.check_paths([str(archive)])}
    assert [f.text for f in results["en-10-gold-trade.txt"].findings] == []
    assert [(f.rule, f.text) for f, _ in results["en-10-gold-trade.txt"].suppressed] == [("archive-consistency", "Mohamed Hamdan Daglo")]
    assert [f.text for f in results["ar-10-gold.txt"].findings] == ["حمدان دجلو"]  # other files untouched


def test_cross_document_with_jobs_gives_the_serial_report():
    def report(jobs: str) -> str:
        run = subprocess.run(
            [sys.executable, "-m", "checker", "samples/archive", "--cross-document", "--format", "jsonl", "--exit-zero", "-j", jobs],
            capture_output=True, text=True, cwd=ROOT, timeout=300,
        )
        assert run.returncode == 0, run.stderr
        return run.stdout

    serial = report("1")
    assert '"rule": "archive-consistency"' in serial
    assert report("2") == serial
