"""Every sample article produces exactly the findings stored beside it (golden files).

A golden file lists, for each finding, the rule, severity, position and flagged text (and the
message, for readers; messages may be reworded without breaking the promise)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from update_goldens import findings_of, golden_path, sample_files  # noqa: E402

sys.path.pop(0)
KEYS = ("rule", "severity", "line", "column", "text")


@pytest.mark.parametrize("sample", sample_files(), ids=lambda p: p.name)
def test_sample_produces_its_golden_findings(sample):
    golden = golden_path(sample)
    assert golden.exists(), f"no golden file for {sample.name}: run python scripts/update_goldens.py and review it"
    expected = [{k: f[k] for k in KEYS} for f in json.loads(golden.read_text(encoding="utf-8"))]
    actual = [{k: f[k] for k in KEYS} for f in findings_of(sample)]
    assert actual == expected


def test_the_clean_samples_raise_nothing():
    clean = [p for p in sample_files() if "clean" in p.name]
    assert clean
    for sample in clean:
        assert findings_of(sample) == [], sample.name


def test_the_seed_sample_keeps_its_planted_faults():
    seed = ROOT / "samples" / "000_8fcd20fe111c0f9f.ar.txt"
    found = {(f["rule"], f["text"]) for f in findings_of(seed)}
    assert ("quote-balance", "”") in found
    assert ("punctuation-repeat", ". .") in found
    assert any(rule == "date-weekday" and "الأحد" in text for rule, text in found)
    assert any(rule == "spelling-variant" for rule, _ in found)
