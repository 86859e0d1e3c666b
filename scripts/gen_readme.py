"""Regenerate the README's table of rules from the rule classes (a test checks it is current).

    python scripts/gen_readme.py
"""
from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- rules-table:start -->", "<!-- rules-table:end -->"


def rules_table() -> str:
    from checker.registry import load_rules, measured_precision, precision_label

    measured = measured_precision()
    rows = ["| rule | tier | severity | languages | precision on real news (audited) | what it flags |", "| --- | --- | --- | --- | --- | --- |"]
    for rule in load_rules().rules.values():
        langs = ", ".join(sorted(rule.languages)) if rule.languages else "all"
        summary = rule.summary.replace("|", "\\|")
        rows.append(f"| `{rule.id}` | {rule.tier} | {rule.severity.value} | {langs} | {precision_label(measured.get(rule.id, {}))} | {summary} |")
    return "\n".join(rows)


def updated(readme: str) -> str:
    block = f"{START}\n{rules_table()}\n{END}"
    return re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _: block, readme, flags=re.S)


if __name__ == "__main__":
    README.write_text(updated(README.read_text(encoding="utf-8")), encoding="utf-8")
    print("README.md rule table updated")
