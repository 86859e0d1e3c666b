"""sarif: SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer).

Validates against the OASIS schema (tests/data/sarif-schema-2.1.0.json) and meets code
scanning's extra requirements: `$schema`; every rule of the run in tool.driver.rules with id,
name, short and full description, help text (the rule's documentation) and default level;
artifact URIs relative to the working directory (uriBaseId %SRCROOT%); columnKind
"unicodeCodePoints" (columns count code points, as factlint's do); and
partialFingerprints.primaryLocationLineHash, a hash of the rule, the flagged text and its
line's content (whitespace-insensitive) with an occurrence counter, so it survives edits above
the finding. Levels: error -> error, warning -> warning, info -> note.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

from checker.engine import FileResult
from checker.report.bidi import FSI, PDI, isolate

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
INFO_URI = "https://github.com/factlint/factlint"


def artifact_uri(path: str) -> str:
    """A relative, percent-encoded URI for a checked file (absolute only outside the cwd)."""
    if path in ("-", "<stdin>"):
        return "stdin"
    absolute = os.path.abspath(path)
    try:
        rel = os.path.relpath(absolute, os.getcwd())
    except ValueError:  # another drive
        rel = ".."
    if rel.startswith(".."):
        return Path(absolute).as_uri()
    return quote(rel.replace(os.sep, "/"))


def artifact_location(uri: str, index: int | None = None) -> dict:
    location: dict = {"uri": uri}
    if not uri.startswith("file:"):
        location["uriBaseId"] = "%SRCROOT%"
    if index is not None:
        location["index"] = index
    return location


def line_hash(rule: str, text: str, line: str) -> str:
    key = "\x1f".join((rule, " ".join(text.split()), re.sub(r"\s+", "", line)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _first_section(doc: str) -> str:
    """The "What it does" section of a rule's documentation (its full description)."""
    m = re.search(r"##\s*What it does\s*\n(.*?)(?=\n##|\Z)", doc, re.S)
    return " ".join((m.group(1) if m else doc).split())


class Reporter:
    needs_source = True

    def __init__(self, out: TextIO, **options) -> None:
        self.out = out
        self.results: list[dict] = []
        self.notifications: list[dict] = []
        self.artifacts: dict[str, int] = {}
        from checker.registry import load_rules

        self.rule_classes = load_rules().rules
        self.rule_index = {rule_id: i for i, rule_id in enumerate(self.rule_classes)}

    def _artifact(self, path: str) -> tuple[str, int]:
        uri = artifact_uri(path)
        if uri not in self.artifacts:
            self.artifacts[uri] = len(self.artifacts)
        return uri, self.artifacts[uri]

    def _location(self, uri: str, index: int, span, with_snippet: bool = True) -> dict:
        region = {
            "startLine": span.line,
            "startColumn": span.column,
            "endLine": span.end_line,
            "endColumn": span.end_column,
            "charOffset": span.start,
            "charLength": span.end - span.start,
        }
        if with_snippet and span.text:
            region["snippet"] = {"text": span.text}
        return {"physicalLocation": {"artifactLocation": artifact_location(uri, index), "region": region}}

    def file(self, result: FileResult) -> None:
        uri, index = self._artifact(result.path)
        if result.error:
            self.notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{result.path}: {result.error}"},
                    "locations": [{"physicalLocation": {"artifactLocation": artifact_location(uri, index)}}],
                }
            )
        lines = re.split(r"\r\n|\r|\n", result.source or "")
        seen: dict[str, int] = {}
        for f in result.findings:
            line = lines[f.line - 1] if 0 < f.line <= len(lines) else ""
            digest = line_hash(f.rule, f.text, line)
            seen[digest] = seen.get(digest, 0) + 1
            sarif = {
                "ruleId": f.rule,
                "level": LEVEL[f.severity.value],
                "message": {"text": isolate(f.message, f.text)},
                "locations": [self._location(uri, index, f)],
                "partialFingerprints": {"primaryLocationLineHash": f"{digest}:{seen[digest]}"},
            }
            if f.rule in self.rule_index:
                sarif["ruleIndex"] = self.rule_index[f.rule]
            if f.related:
                sarif["relatedLocations"] = [
                    {"id": i + 1, **self._location(uri, index, r), "message": {"text": f"related: {FSI}{r.text}{PDI}"}} for i, r in enumerate(f.related)
                ]
            if f.suggestion is not None:
                sarif["fixes"] = [
                    {
                        "description": {"text": f"Replace with: {FSI}{f.suggestion}{PDI}" if f.suggestion else "Remove it"},
                        "artifactChanges": [
                            {
                                "artifactLocation": artifact_location(uri, index),
                                "replacements": [
                                    {
                                        "deletedRegion": {"charOffset": f.start, "charLength": f.end - f.start},
                                        "insertedContent": {"text": f.suggestion},
                                    }
                                ],
                            }
                        ],
                    }
                ]
            self.results.append(sarif)

    def _rules(self) -> list[dict]:
        rules = []
        for rule_id, cls in self.rule_classes.items():
            doc = cls.documentation()
            languages = ", ".join(sorted(cls.languages)) if cls.languages else "all"
            rules.append(
                {
                    "id": rule_id,
                    "name": cls.__name__,
                    "shortDescription": {"text": cls.summary},
                    "fullDescription": {"text": _first_section(doc) or cls.summary},
                    "help": {"text": doc, "markdown": doc},
                    "defaultConfiguration": {"level": LEVEL[cls.severity.value]},
                    "properties": {"tags": [cls.family().rstrip("-"), f"languages: {languages}"]},
                }
            )
        return rules

    def finish(self, summary: dict) -> None:
        from checker import __version__

        cwd = Path(os.getcwd()).as_uri().rstrip("/") + "/"
        run = {
            "tool": {
                "driver": {
                    "name": "factlint",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "informationUri": INFO_URI,
                    "rules": self._rules(),
                }
            },
            "invocations": [
                {
                    "executionSuccessful": not summary.get("files_with_errors"),
                    "toolExecutionNotifications": self.notifications,
                }
            ],
            "originalUriBaseIds": {"%SRCROOT%": {"uri": cwd}},
            "artifacts": [{"location": artifact_location(uri)} for uri in self.artifacts],
            "columnKind": "unicodeCodePoints",
            "results": self.results,
        }
        document = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
        self.out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
