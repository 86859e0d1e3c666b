"""github: GitHub Actions workflow commands, one a finding, shown as annotations on the pull
request's lines:

    ::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE

error -> `::error`, warning -> `::warning`, info -> `::notice`. Escaping is the Actions
toolkit's (@actions/core): in the message % CR LF become %25 %0D %0A; in properties also
: and , become %3A and %2C. `endColumn` is the column just past the span (exclusive, as
the Actions runner reads it, and as factlint's end_column is everywhere). A finding that spans
lines carries only line and endLine: GitHub rejects col/endColumn on multi-line annotations.
GitHub shows at most 10 annotations of a level per step, so when GITHUB_STEP_SUMMARY is set,
a Markdown table of every finding is appended to it.
"""
from __future__ import annotations

import os
from typing import TextIO

from checker.engine import FileResult
from checker.report.bidi import isolate

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _path(path: str) -> str:
    if path in ("-", "<stdin>"):
        return path
    rel = os.path.relpath(os.path.abspath(path))
    return (path if rel.startswith("..") else rel).replace(os.sep, "/")


def _cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


class Reporter:
    def __init__(self, out: TextIO, **options) -> None:
        self.out = out
        self.summary_path = os.environ.get("GITHUB_STEP_SUMMARY") or None
        self.rows: list[tuple[str, int, int, str, str, str]] = []
        self.errors: list[tuple[str, str]] = []

    def file(self, result: FileResult) -> None:
        path = _path(result.path)
        if result.error:
            self.out.write(f"::error file={escape_property(path)},title=factlint::{escape_data(f'{path} could not be checked: {result.error}')}\n")
            self.errors.append((path, result.error))
        for f in result.findings:
            props = [f"file={escape_property(path)}", f"line={f.line}"]
            if f.end_line == f.line:
                props += [f"col={f.column}", f"endLine={f.end_line}", f"endColumn={max(f.column, f.end_column)}"]
            else:
                props += [f"endLine={f.end_line}"]
            props.append(f"title={escape_property(f.rule)}")
            message = isolate(f.message, f.text)
            self.out.write(f"::{COMMAND[f.severity.value]} {','.join(props)}::{escape_data(message)}\n")
            if self.summary_path:
                self.rows.append((path, f.line, f.column, f.severity.value, f.rule, message))

    def finish(self, summary: dict) -> None:
        if not self.summary_path:
            return
        counts = ", ".join(f"{summary[s]} {s}{'s' if summary[s] != 1 else ''}" for s in ("error", "warning", "info") if summary.get(s))
        lines = [f"### factlint: {summary['files']} file{'s' if summary['files'] != 1 else ''} checked, {counts or 'no findings'}", ""]
        if self.rows:
            lines += ["| File | Line | Severity | Rule | Message |", "| --- | ---: | --- | --- | --- |"]
            lines += [f"| {_cell(p)} | {line}:{col} | {sev} | `{rule}` | {_cell(msg)} |" for p, line, col, sev, rule, msg in self.rows]
            lines.append("")
        for path, error in self.errors:
            lines.append(f"- **{_cell(path)}** could not be checked: {_cell(error)}")
        with open(self.summary_path, "a", encoding="utf-8") as fh:
            fh.write("\n".join(lines).rstrip("\n") + "\n\n")
