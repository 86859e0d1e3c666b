"""Inline suppressions: HTML comments in the article that silence named rules.

    <!-- factlint-disable quote-balance, date-weekday -->   ... up to the next enable or the end
    <!-- factlint-enable -->                                  (or: factlint-enable quote-balance)
    <!-- factlint-disable-next-line spelling-variant -->      the line right after the comment
    <!-- factlint-disable -->                                 every rule, up to the next enable

They work in Markdown, HTML and plain text alike (the comment is never prose: the prose view
blanks it). A rule id may also be a family prefix (`date-`), as on the command line. A finding
is suppressed when its first character lies in a disabled region. An id that names no
installed rule or family is itself reported by the rule `suppression-unknown-rule` (warning),
so that a typo never silently disables nothing. `--show-suppressed` lists what was hidden.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable

from checker.findings import Finding

UNKNOWN_RULE_ID = "suppression-unknown-rule"  # the rule reporting an unknown id (rules/suppression.py)

DIRECTIVE = r"<!--[ \t]*factlint-(?P<kind>disable-next-line|disable|enable)\b(?P<ids>(?:(?!-->).)*?)[ \t]*-->"


@dataclass(frozen=True)
class Directive:
    kind: str  # disable | enable | disable-next-line
    ids: tuple[str, ...]  # empty: every rule
    start: int
    end: int
    id_spans: tuple[tuple[int, int], ...]  # offsets of each id in the source


def directives(source: str) -> list[Directive]:
    if "factlint-" not in source:
        return []
    found = []
    for m in re.finditer(DIRECTIVE, source, re.I | re.S):
        ids, spans = [], []
        for im in re.finditer(r"[^\s,]+", m.group("ids")):
            ids.append(im.group())
            spans.append((m.start("ids") + im.start(), m.start("ids") + im.end()))
        found.append(Directive(m.group("kind").lower(), tuple(ids), m.start(), m.end(), tuple(spans)))
    return found


def matches(rule: str, selector: str) -> bool:
    return selector in ("ALL", "all") or rule == selector or rule.startswith(selector.rstrip("-") + "-")


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    ids: tuple[str, ...]  # empty: every rule
    directive: Directive

    def covers(self, finding: Finding) -> bool:
        return self.start <= finding.start < self.end and (not self.ids or any(matches(finding.rule, s) for s in self.ids))


def regions(source: str) -> list[Region]:
    """The disabled regions of a source, from its directives."""
    found = directives(source)
    if not found:
        return []
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", source)]
    result: list[Region] = []
    open_: list[tuple[Directive, set[str] | None]] = []  # (directive, ids still disabled; None = all)
    for d in found:
        if d.kind == "disable-next-line":
            line = bisect_right(line_starts, d.end) - 1
            if line + 1 < len(line_starts):
                a = line_starts[line + 1]
                b = line_starts[line + 2] if line + 2 < len(line_starts) else len(source)
                result.append(Region(a, b, d.ids, d))
        elif d.kind == "disable":
            open_.append((d, set(d.ids) if d.ids else None))
        else:  # enable: closes the named ids (or all) of every open region
            still = []
            for opened, ids in open_:
                if not d.ids:
                    result.append(Region(opened.end, d.start, opened.ids, opened))
                    continue
                if ids is None:  # a disable of every rule ends at the first enable, whatever it names
                    result.append(Region(opened.end, d.start, opened.ids, opened))
                    continue
                closing = {i for i in ids if i in d.ids}
                if closing:
                    result.append(Region(opened.end, d.start, tuple(sorted(closing)), opened))
                rest = ids - closing
                if rest:
                    still.append((opened, rest))
            open_ = still
    for opened, ids in open_:
        result.append(Region(opened.end, len(source), tuple(sorted(ids)) if ids is not None else (), opened))
    return result


def apply(findings: Iterable[Finding], source: str) -> tuple[list[Finding], list[tuple[Finding, Directive]]]:
    """(kept findings, [(suppressed finding, the directive that hid it)]). The warning about an
    unknown id in a directive is never suppressed by that same directive."""
    return apply_regions(findings, regions(source))


def apply_regions(findings: Iterable[Finding], spans: list[Region]) -> tuple[list[Finding], list[tuple[Finding, Directive]]]:
    """apply() with the regions already read from the source."""
    findings = list(findings)
    if not spans:
        return findings, []
    kept, hidden = [], []
    for f in findings:
        region = None
        if f.rule != UNKNOWN_RULE_ID:
            region = next((r for r in spans if r.covers(f)), None)
        if region is None:
            kept.append(f)
        else:
            hidden.append((f, region.directive))
    return kept, hidden


def closest(name: str, known: list[str]) -> str | None:
    """The known rule id nearest to a misspelt one, if any is near."""
    import difflib

    match = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
    return match[0] if match else None
