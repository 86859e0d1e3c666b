"""text: one finding a line, `path:line:column: severity rule-id message` (editors, grep)."""
from __future__ import annotations

from typing import TextIO

from checker.engine import FileResult
from checker.report.bidi import isolate


def not_shown(truncated: dict[str, int]) -> str:
    """One line for the findings the per-rule cap left out: `312 more findings not shown
    (bracket-balance 300, quote-balance 12; --max-findings)`."""
    total = sum(truncated.values())
    parts = ", ".join(f"{rule} {n}" for rule, n in sorted(truncated.items(), key=lambda item: (-item[1], item[0])))
    return f"{total} more finding{'s' if total != 1 else ''} not shown ({parts}; at most --max-findings per rule and file)"


class Reporter:
    def __init__(self, out: TextIO, **options) -> None:
        self.out = out

    def file(self, result: FileResult) -> None:
        for f in result.findings:
            self.out.write(f"{result.path}:{f.line}:{f.column}: {f.severity.value} {f.rule} {isolate(f.message, f.text)}\n")
        if result.truncated:
            self.out.write(f"{result.path}: {not_shown(result.truncated)}\n")

    def finish(self, summary: dict) -> None:
        pass
