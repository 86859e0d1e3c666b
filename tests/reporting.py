"""Helpers for the output-format tests: findings built by hand, fed to a reporter."""
from __future__ import annotations

import io

from checker.document import Document
from checker.engine import FileResult
from checker.findings import Severity


def finding(text: str, needle: str, rule: str = "quote-balance", severity: str = "error", message: str = "a message", end_needle: str | None = None):
    """A Finding on `needle` in `text` (through `end_needle` when given: a multi-line span)."""
    doc = Document(path="article.md", source=text)
    start = text.index(needle)
    end = text.index(end_needle) + len(end_needle) if end_needle else start + len(needle)
    return doc.finding(rule, Severity(severity), start, end, message)


def report(module, results: list[FileResult], summary: dict | None = None, **options) -> str:
    out = io.StringIO()
    reporter = module.Reporter(out, **options)
    for result in results:
        reporter.file(result)
    total = sum(len(r.findings) for r in results)
    counts = {s: sum(1 for r in results for f in r.findings if f.severity.value == s) for s in ("error", "warning", "info")}
    reporter.finish(summary or {"files": len(results), "files_with_errors": sum(1 for r in results if r.error), "findings": total, **counts})
    return out.getvalue()
