"""The one record every layer speaks: a Finding, with its Severity and related spans.

Findings are plain frozen dataclasses so that creating thousands of them costs nothing at
start-up; pydantic validates and serialises them only at the JSON boundary (report/json.py).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]

    def __str__(self) -> str:  # so f-strings print "error", not "Severity.ERROR"
        return self.value


@dataclass(frozen=True, slots=True)
class Related:
    """Another place in the document that the finding refers to (the mention it contradicts)."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at one span. Offsets are code points into the original text; line and
    column are 1-based and derived once, by the document's line index."""

    rule: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    related: tuple[Related, ...] = field(default=())
    suggestion: str | None = None

    def with_severity(self, severity: Severity) -> "Finding":
        return replace(self, severity=severity)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["severity"] = self.severity.value
        data["related"] = [asdict(r) for r in self.related]
        return data

    @property
    def sort_key(self) -> tuple:
        return (self.start, self.end, self.rule, self.message)
