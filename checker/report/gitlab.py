"""gitlab: GitLab's code-quality report (a JSON array, for `artifacts:reports:codequality`).

Each finding is an issue with `description`, `check_name` (the rule id), `fingerprint` (unique
in the report and stable across runs: the baseline fingerprint of the finding plus an
occurrence counter), `severity` (error -> major, warning -> minor, info -> info) and
`location` (path relative to the working directory, `positions` begin/end line and column).
The description is the message with its quoted text bidi-isolated (checker/report/bidi.py):
GitLab lays it out in the merge request's widget.
"""
from __future__ import annotations

import hashlib
import json
import os
from typing import TextIO

from checker.engine import FileResult
from checker.report.bidi import isolate

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def _path(path: str) -> str:
    if path in ("-", "<stdin>"):
        return path
    rel = os.path.relpath(os.path.abspath(path))
    return (path if rel.startswith("..") else rel).replace(os.sep, "/")


class Reporter:
    needs_source = True

    def __init__(self, out: TextIO, **options) -> None:
        self.out = out
        self.issues: list[dict] = []

    def file(self, result: FileResult) -> None:
        from checker.baseline import fingerprint

        path = _path(result.path)
        seen: dict[str, int] = {}
        for f in result.findings:
            base = fingerprint(f, result.source)
            seen[base] = seen.get(base, 0) + 1
            digest = hashlib.md5(f"{path}\x1f{base}\x1f{seen[base]}".encode("utf-8")).hexdigest()
            self.issues.append(
                {
                    "type": "issue",
                    "description": isolate(f.message, f.text),  # shown in the merge request: quoted text isolated
                    "check_name": f.rule,
                    "fingerprint": digest,
                    "severity": SEVERITY[f.severity.value],
                    "categories": ["Style" if f.severity.value == "info" else "Bug Risk"],
                    "location": {
                        "path": path,
                        "positions": {
                            "begin": {"line": f.line, "column": f.column},
                            "end": {"line": f.end_line, "column": f.end_column},
                        },
                    },
                }
            )

    def finish(self, summary: dict) -> None:
        self.out.write(json.dumps(self.issues, ensure_ascii=False, indent=2) + "\n")
