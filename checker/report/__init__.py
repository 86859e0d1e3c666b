"""Reporters: one module per output format. Each exposes `write(results, out, options)`,
reads Findings only, and never re-analyses text."""
from __future__ import annotations

import importlib

FORMATS = {
    "rich": "checker.report.rich",
    "text": "checker.report.text",
    "json": "checker.report.json",
    "jsonl": "checker.report.jsonl",
    "sarif": "checker.report.sarif",
    "github": "checker.report.github",
    "junit": "checker.report.junit",
    "gitlab": "checker.report.gitlab",
    "html": "checker.report.html",
    "docx": "checker.report.docx",
}


def reporter(name: str):
    return importlib.import_module(FORMATS[name])
