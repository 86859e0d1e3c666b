"""json: one document `{"version": 1, "files": [...], "summary": {...}}`, validated and
serialised through the pydantic models of report/schema.py."""
from __future__ import annotations

from typing import TextIO

from checker.engine import FileResult


class Reporter:
    def __init__(self, out: TextIO, **options) -> None:
        self.out = out
        self.files: list[dict] = []

    def file(self, result: FileResult) -> None:
        self.files.append(
            {
                "path": result.path,
                "language": result.language,
                "findings": [f.to_dict() for f in result.findings],
                "error": result.error,
            }
        )

    def finish(self, summary: dict) -> None:
        from checker.report.schema import ReportModel

        report = ReportModel.model_validate({"files": self.files, "summary": summary})
        self.out.write(report.model_dump_json(indent=2) + "\n")
