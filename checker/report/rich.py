"""rich: the terminal report for editors.

Grouped by file; each finding gives line:column, severity, rule and message, then the source
line with the flagged span highlighted by style, not by carets: carets cannot line up under
right-to-left Arabic. Related spans (the mention a finding contradicts) are shown the same way.
"""
from __future__ import annotations

import re
from typing import TextIO

from checker.engine import FileResult
from checker.findings import Finding, Related
from checker.report.bidi import FSI, PDI, isolate

STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
HIGHLIGHT = {"error": "bold white on red", "warning": "bold black on yellow", "info": "bold black on cyan"}
MAX_LINE = 160


class Reporter:
    needs_source = True

    def __init__(self, out: TextIO, *, color: bool = True, **options) -> None:
        from rich.console import Console

        self.console = Console(file=out, no_color=not color, highlight=False, soft_wrap=True, emoji=False)

    def file(self, result: FileResult) -> None:
        if not result.findings:
            return
        from rich.text import Text

        self.console.print(Text(result.path, style="bold underline"))
        lines = re.split(r"\r\n|\r|\n", result.source or "")
        for f in result.findings:
            head = Text("  ")
            head.append(f"{f.line}:{f.column}", style="bold")
            head.append("  ")
            head.append(f.severity.value, style=STYLES[f.severity.value])
            head.append("  ")
            head.append(f.rule, style="magenta")
            head.append("  ")
            head.append(isolate(f.message, f.text))
            self.console.print(head)
            self._excerpt(lines, f, f.severity.value)
            for r in f.related:
                self._excerpt(lines, r, "related")
            if f.suggestion is not None:
                self.console.print(Text("      suggestion: ", style="dim") + Text(f"{FSI}{f.suggestion}{PDI}" if f.suggestion else "(remove)", style="green"))
        if result.truncated:
            from checker.report.text import not_shown

            self.console.print(Text("  " + not_shown(result.truncated), style="dim"))
        self.console.print()

    def _excerpt(self, lines: list[str], span: Finding | Related, kind: str) -> None:
        from rich.text import Text

        if not (0 < span.line <= len(lines)):
            return
        line = lines[span.line - 1]
        start = span.column - 1
        end = span.end_column - 1 if span.end_line == span.line else len(line)
        lo = max(0, start - MAX_LINE // 2) if len(line) > MAX_LINE else 0
        hi = min(len(line), lo + MAX_LINE)
        shown = Text(("…" if lo else "") + line[lo:hi] + ("…" if hi < len(line) else ""))
        offset = 1 if lo else 0
        style = "underline" if kind == "related" else HIGHLIGHT[kind]
        shown.stylize(style, start - lo + offset, max(start + 1, end) - lo + offset)
        prefix = Text(f"    {span.line:>4} │ " if kind != "related" else f"    {span.line:>4} ┊ ", style="dim")
        self.console.print(prefix + shown)

    def finish(self, summary: dict) -> None:
        from rich.text import Text

        parts = [f"{summary['files']} file{'s' if summary['files'] != 1 else ''} checked"]
        counts = [f"{summary[s]} {s}{'s' if summary[s] != 1 else ''}" for s in ("error", "warning", "info") if summary[s]]
        parts.append(", ".join(counts) if counts else "no findings")
        if summary["files_with_errors"]:
            parts.append(f"{summary['files_with_errors']} file{'s' if summary['files_with_errors'] != 1 else ''} could not be checked")
        style = "bold red" if summary["error"] or summary["files_with_errors"] else "bold yellow" if summary["warning"] else "bold green"
        self.console.print(Text(" · ".join(parts), style=style))
