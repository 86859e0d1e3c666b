"""text: one finding a line, `path:line:column: severity rule-id message` (editors, grep)."""
from __future__ import annotations

from typing import TextIO

from checker.engine import FileResult


class Reporter:
    def __init__(self, out: TextIO, **options) -> None:
        self.out = out

    def file(self, result: FileResult) -> None:
        for f in result.findings:
            self.out.write(f"{result.path}:{f.line}:{f.column}: {f.severity.value} {f.rule} {f.message}\n")

    def finish(self, summary: dict) -> None:
        pass
