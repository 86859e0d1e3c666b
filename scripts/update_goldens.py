"""Rewrite the golden findings of every sample (samples/*.findings.json) from today's output.

    python scripts/update_goldens.py

Review the diff before committing: a golden file is a promise about what a sample must produce.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SUFFIXES = (".txt", ".md")


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.is_file() and p.suffix in SUFFIXES and not p.name.startswith("README"))


def findings_of(path: Path) -> list[dict]:
    """The sample's findings as a user gets them: the CLI, run from the repo, config discovered."""
    result = subprocess.run(
        [sys.executable, "-m", "checker", str(path.relative_to(SAMPLES.parent)), "--format", "json"],
        capture_output=True,
        cwd=SAMPLES.parent,
        timeout=120,
    )
    report = json.loads(result.stdout)
    assert report["files"][0]["error"] is None, report["files"][0]["error"]
    return [
        {k: f[k] for k in ("rule", "severity", "line", "column", "text", "message")}
        for f in report["files"][0]["findings"]
    ]


def golden_path(path: Path) -> Path:
    return path.with_name(path.name + ".findings.json")


if __name__ == "__main__":
    for path in sample_files():
        golden_path(path).write_text(json.dumps(findings_of(path), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {golden_path(path).name}")
