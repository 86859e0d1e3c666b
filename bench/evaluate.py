"""Score factlint on a labelled corpus (the format of shared/eval/dev/README.md).

    python bench/evaluate.py CORPUS_DIR [--facts FILE] [--rule ID ...] [--show] [--json]

Each article is checked in-process with its label's `lang` and `published` date (as --date),
against CORPUS_DIR/facts.toml when present (or --facts). A finding matches a label when its
rule equals the label's rule (role-conflict counts as name-variant) and its span, or one of its
related spans, overlaps the label's text; a second finding on a matched label is a duplicate,
not a false positive. Prints per-rule precision and recall, then (with --show) every false
positive and miss, and the findings on clean articles.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ALIASES = {"role-conflict": "name-variant"}


def load_labels(corpus: Path) -> list[dict]:
    with open(corpus / "labels.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(corpus: Path, facts: str | None = None, rules: list[str] | None = None) -> dict:
    from checker.config import Config
    from checker.engine import Engine, RuleFailure
    from checker.sources import Source

    facts_files = (facts,) if facts else ((str(corpus / "facts.toml"),) if (corpus / "facts.toml").exists() else ())
    engine = Engine(Config(facts=facts_files), discover=False)
    per_rule = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "dup": 0})
    false_positives, misses, clean_findings = [], [], []
    articles = clean = 0
    for label in load_labels(corpus):
        articles += 1
        text = (corpus / label["file"]).read_text(encoding="utf-8")
        published = date.fromisoformat(label["published"]) if label.get("published") else None
        config = engine.base.merged(lang=label.get("lang"), date=published)
        from checker.engine import make_document

        doc = make_document(Source(label["file"], text=text), config)
        try:
            findings = engine.check_document(doc, config)
        except RuleFailure as failure:  # score what the other rules found; say which rule failed
            findings = failure.findings
            print(f"error: {label['file']}: {failure.reason}", file=sys.stderr)
        if rules:
            findings = [f for f in findings if ALIASES.get(f.rule, f.rule) in rules or f.rule in rules]
        issues = label["issues"]
        if not issues:
            clean += 1
        spans = []
        for issue in issues:
            start = text.find(issue["text"])
            spans.append((issue["rule"], start, start + len(issue["text"])))
        matched = [False] * len(issues)
        for f in findings:
            rule = ALIASES.get(f.rule, f.rule)
            places = [(f.start, f.end)] + [(r.start, r.end) for r in f.related]
            hit = None
            for i, (lrule, ls, le) in enumerate(spans):
                if lrule == rule and any(s < le and ls < e for s, e in places):
                    hit = i
                    if not matched[i]:
                        break
            if hit is None:
                per_rule[rule]["fp"] += 1
                entry = {"file": label["file"], "rule": f.rule, "line": f.line, "text": f.text, "message": f.message}
                (clean_findings if not issues else false_positives).append(entry)
            elif matched[hit]:
                per_rule[rule]["dup"] += 1
            else:
                matched[hit] = True
                per_rule[rule]["tp"] += 1
        for i, issue in enumerate(issues):
            if rules and issue["rule"] not in rules:
                continue
            if not matched[i]:
                per_rule[issue["rule"]]["fn"] += 1
                misses.append({"file": label["file"], "rule": issue["rule"], "text": issue["text"], "note": issue.get("note", "")})
    table = {}
    for rule, c in sorted(per_rule.items()):
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        table[rule] = {**c, "precision": tp / (tp + fp) if tp + fp else None, "recall": tp / (tp + fn) if tp + fn else None}
    total = {k: sum(c[k] for c in per_rule.values()) for k in ("tp", "fp", "fn", "dup")}
    total["precision"] = total["tp"] / (total["tp"] + total["fp"]) if total["tp"] + total["fp"] else None
    total["recall"] = total["tp"] / (total["tp"] + total["fn"]) if total["tp"] + total["fn"] else None
    return {
        "articles": articles,
        "clean_articles": clean,
        "rules": table,
        "total": total,
        "false_positives": false_positives,
        "misses": misses,
        "clean_findings": clean_findings,
    }


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:5.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder with labels.jsonl and the articles")
    parser.add_argument("--facts", help="facts register (default: CORPUS/facts.toml when present)")
    parser.add_argument("--rule", action="append", help="score only this rule (repeatable)")
    parser.add_argument("--show", action="store_true", help="list false positives and misses")
    parser.add_argument("--json", action="store_true", help="print the whole result as JSON")
    args = parser.parse_args(argv)
    if not (args.corpus / "labels.jsonl").is_file():
        print(f"evaluate: {args.corpus}: no labels.jsonl here", file=sys.stderr)
        return 2
    result = evaluate(args.corpus, args.facts, args.rule)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    if args.show:
        for fp in result["false_positives"]:
            print(f"FP   {fp['file']}:{fp['line']} {fp['rule']} {fp['text']!r}: {fp['message']}")
        for fp in result["clean_findings"]:
            print(f"FP!  {fp['file']}:{fp['line']} {fp['rule']} {fp['text']!r} (clean article): {fp['message']}")
        for m in result["misses"]:
            print(f"MISS {m['file']} {m['rule']} {m['text']!r}: {m['note']}")
        print()
    print(f"{'rule':22} {'tp':>4} {'fp':>4} {'fn':>4} {'dup':>4}  precision  recall")
    for rule, c in result["rules"].items():
        print(f"{rule:22} {c['tp']:4} {c['fp']:4} {c['fn']:4} {c['dup']:4}    {_fmt(c['precision'])}   {_fmt(c['recall'])}")
    t = result["total"]
    print(f"{'ALL':22} {t['tp']:4} {t['fp']:4} {t['fn']:4} {t['dup']:4}    {_fmt(t['precision'])}   {_fmt(t['recall'])}")
    print(f"findings on the {result['clean_articles']} clean articles: {len(result['clean_findings'])}")
    return 0


if __name__ == "__main__":
    # run from a checkout without installing: the repository's own checker (and rules/ beside it)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
