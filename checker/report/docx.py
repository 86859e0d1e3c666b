"""docx: a reviewed copy of the checked document, each finding a Word comment on its span.

    check story.docx --format docx --output-file reviewed.docx

The copy is the original document (tracked changes, footnotes, formatting and all) with one
comment per finding, anchored on exactly the flagged characters (runs are split at the span's
edges) and reading `rule (severity): message`, plus the suggestion when there is one. A finding
in a footnote is commented in the footnote. A plain-text or Markdown article becomes a new Word
document, one paragraph a line, commented the same way. The original is never written.

One run writes one document: check one file at a time. The document goes to --output-file (or
to standard output when it is not a terminal).
"""
from __future__ import annotations

import os
import sys
from typing import TextIO

from checker.engine import FileResult


def _fail(message: str) -> None:
    from checker.cli import fail

    fail(f"--format docx: {message}")


class Reporter:
    needs_source = True

    def __init__(self, out: TextIO, **options) -> None:
        self.out = out
        self.data: bytes | None = None
        self.path: str | None = None
        if out is sys.stdout and sys.stdout.isatty():
            _fail("a Word document is not for the terminal: give --output-file reviewed.docx")

    def file(self, result: FileResult) -> None:
        if result.error or result.source is None:
            return  # already reported on stderr; exit code 2
        if self.path is not None:
            _fail(f"one run writes one document, and {self.path} and {result.path} were both checked: check one file at a time")
        if result.path.lower().endswith((".html", ".htm")):
            _fail(f"{result.path} is a web page: a reviewed Word copy is made of a Word, text or Markdown article (use --format html)")
        target = getattr(self.out, "name", None)
        if isinstance(target, str) and os.path.exists(target) and os.path.exists(result.path) and os.path.samefile(target, result.path):
            _fail(f"the reviewed copy would overwrite {result.path}: write it to another file")
        from checker.docx import DocxError, reviewed_copy

        self.path = result.path
        try:
            self.data = reviewed_copy(result.findings, path=result.path, source=result.source)
        except DocxError as exc:
            _fail(str(exc))

    def finish(self, summary: dict) -> None:
        if self.data is None:
            return
        buffer = getattr(self.out, "buffer", None)
        if buffer is None:  # a text-only stream (a test's StringIO): nowhere to put bytes
            raise TypeError("--format docx needs a binary output (a file or a pipe)")
        self.out.flush()
        buffer.write(self.data)
        buffer.flush()
