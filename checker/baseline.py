"""Baselines: adopt factlint on an old archive without fixing it first.

`check --write-baseline factlint-baseline.json articles/` records today's findings;
`check --baseline factlint-baseline.json articles/` then reports only findings that are not in
it. A finding is matched by its file (relative to the baseline file's folder, so the baseline
works from any working directory and in any clone), its rule, and a fingerprint of the flagged
text with a little context on its own line (up to 24 characters either side, whitespace
collapsed). Line numbers are not part of the match: edits elsewhere in the file (a paragraph
added above, another sentence rewritten) leave the fingerprint alone; rewriting the flagged
words themselves makes a new finding. Matching counts: if the baseline holds a finding twice
and the file now has it three times, one is new.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from checker.engine import FileResult
    from checker.findings import Finding

VERSION = 1
CONTEXT = 24


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names the file and the reason."""


def _norm(text: str) -> str:
    return " ".join(text.split())


def context(finding: "Finding", source: str | None) -> tuple[str, str]:
    """Up to CONTEXT characters before and after the finding, on its own line(s)."""
    if not source:
        return "", ""
    start, end = finding.start, finding.end
    line_start = max(source.rfind("\n", 0, start), source.rfind("\r", 0, start)) + 1
    stops = [i for i in (source.find("\n", end), source.find("\r", end)) if i >= 0]
    line_end = min(stops) if stops else len(source)
    return source[max(line_start, start - CONTEXT): start], source[end: min(line_end, end + CONTEXT)]


def fingerprint(finding: "Finding", source: str | None) -> str:
    before, after = context(finding, source)
    key = "\x1f".join((finding.rule, _norm(before), _norm(finding.text), _norm(after)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def file_key(path: str, baseline_path: str) -> str:
    if path in ("-", "<stdin>", "<text>"):
        return path
    folder = os.path.dirname(os.path.abspath(baseline_path))
    try:
        rel = os.path.relpath(os.path.abspath(path), folder)
    except ValueError:  # another drive (Windows)
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


class Baseline:
    """The findings recorded in a baseline file; `filter` keeps the new ones."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError:
            raise BaselineError(f"baseline '{path}': no such file (write one with --write-baseline)") from None
        except (OSError, ValueError) as exc:
            raise BaselineError(f"baseline '{path}': cannot be read: {exc}") from None
        if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
            raise BaselineError(f"baseline '{path}': not a factlint baseline (version {VERSION})")
        try:
            self.counts = Counter((e["path"], e["rule"], e["fingerprint"]) for e in data["findings"])
        except (KeyError, TypeError):
            raise BaselineError(f"baseline '{path}': an entry lacks path, rule or fingerprint") from None
        self.matched = 0

    def filter(self, result: "FileResult") -> list["Finding"]:
        """The findings of `result` that the baseline does not hold."""
        key = file_key(result.path, self.path)
        new = []
        for f in result.findings:
            entry = (key, f.rule, fingerprint(f, result.source))
            if self.counts[entry] > 0:
                self.counts[entry] -= 1
                self.matched += 1
            else:
                new.append(f)
        return new


class BaselineWriter:
    """Collects every finding of a run and writes them as a baseline file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.entries: list[dict] = []

    def add(self, result: "FileResult") -> None:
        key = file_key(result.path, self.path)
        for f in result.findings:
            self.entries.append(
                {"path": key, "rule": f.rule, "fingerprint": fingerprint(f, result.source), "line": f.line, "text": f.text, "message": f.message}
            )

    def write(self) -> int:
        entries = sorted(self.entries, key=lambda e: (e["path"], e["line"], e["rule"], e["fingerprint"]))
        data = {"version": VERSION, "tool": "factlint", "findings": entries}
        folder = os.path.dirname(os.path.abspath(self.path))
        os.makedirs(folder, exist_ok=True)
        with open(self.path, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return len(entries)

