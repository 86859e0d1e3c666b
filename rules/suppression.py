"""The built-in rule that watches the inline suppressions themselves (checker/suppress.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from checker.findings import Finding, Severity
from checker.registry import Example, Rule

if TYPE_CHECKING:  # pragma: no cover
    from checker.document import Document


class SuppressionUnknownRule(Rule):
    """## What it does
    Flags a rule id in a `<!-- factlint-disable ... -->`, `factlint-enable` or
    `factlint-disable-next-line` comment that names no installed rule or rule family.

    ## Why is this bad?
    A misspelt id disables nothing: the finding it was meant to silence is still reported,
    or, worse, a later rename of a rule silently brings back findings nobody expects. The
    comment should name a real rule (see `check --list-rules`) or be removed.

    ## Example
    `<!-- factlint-disable quote-balanse -->` (for `quote-balance`).
    """

    id = "suppression-unknown-rule"  # checker.suppress.UNKNOWN_RULE_ID
    summary = "An inline suppression comment names a rule that does not exist."
    severity = Severity.WARNING
    languages = None
    bad = [
        Example("<!-- factlint-disable quote-balanse -->\nHe said \"yes.", flag="quote-balanse", lang="en"),
        Example("<!-- factlint-disable-next-line no-such-rule -->\nقال الوزير إن المحادثات مستمرة.", flag="no-such-rule", lang="ar"),
    ]
    good = [
        Example("<!-- factlint-disable quote-balance -->\nHe said \"yes.\n<!-- factlint-enable -->", lang="en"),
        Example("<!-- factlint-disable-next-line quote- -->\nقال الوزير إن المحادثات مستمرة.", lang="ar"),
        Example("<!-- factlint-disable -->\nThe minister spoke.\n<!-- factlint-enable -->", lang="en"),
    ]

    def check(self, doc: "Document") -> Iterator[Finding]:
        if "factlint-" not in doc.source:
            return
        from checker.suppress import closest, directives, matches

        found = directives(doc.source)
        from checker.registry import load_rules

        known = list(load_rules().rules)
        for d in found:
            for rule_id, (start, end) in zip(d.ids, d.id_spans):
                if rule_id in ("ALL", "all") or any(matches(k, rule_id) for k in known):
                    continue
                close = closest(rule_id, known)
                hint = f" (did you mean '{close}'?)" if close else " (see check --list-rules)"
                yield self.finding(
                    doc, start, end,
                    f"'factlint-{d.kind} {rule_id}': no rule or rule family is called '{rule_id}', so this comment suppresses nothing{hint}.",
                    suggestion=close,
                )
