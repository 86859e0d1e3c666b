"""How often does factlint cry wolf on real published news?

    python bench/realnews.py FOLDER [--show] [--rule ID ...] [--json]

FOLDER/index.jsonl lists the articles, one JSON object a line:
    {"file": "en/reuters-rates.txt", "lang": "en", "url": "https://...", "published": "2014-04-25"}
(`file` relative to FOLDER; `lang` and `published` may be null). Without an index every *.txt
under FOLDER is checked, its language detected and no anchor date given.

Each article is checked in-process with checker.engine.Engine (the index's lang and published
as --lang and --date). Prints the number of findings per article, overall and per rule (with
the rate per article: the target is at most 0.3 findings per real article, all rules together),
then with --show every finding as `file:line:col rule "text" message`.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path


def load_index(folder: Path) -> list[dict]:
    """The index entries, or one entry per *.txt (sorted) when there is no index."""
    index = folder / "index.jsonl"
    if index.exists():
        with open(index, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    return [{"file": str(p.relative_to(folder)), "lang": None, "url": None, "published": None} for p in sorted(folder.rglob("*.txt"))]


def _date(value) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def run(folder: Path, rules: list[str] | None = None) -> dict:
    """Check every article; returns {"articles": [...], "per_rule": {...}, "total": n, "errors": [...]}."""
    from checker.config import Config
    from checker.engine import Engine, RuleFailure, make_document
    from checker.sources import Source

    engine = Engine(Config(select=tuple(rules) if rules else None), discover=False)
    articles, errors = [], []
    per_rule: Counter = Counter()
    per_lang: Counter = Counter()
    for entry in load_index(folder):
        path = folder / entry["file"]
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            errors.append(f"{entry['file']}: cannot read: {exc}")
            continue
        config = engine.base.merged(lang=entry.get("lang") or None, date=_date(entry.get("published")))
        doc = make_document(Source(str(entry["file"]), text=text), config)
        try:
            findings = engine.check_document(doc, config)
        except RuleFailure as failure:
            findings = failure.findings
            errors.append(f"{entry['file']}: {failure.reason}")
        per_rule.update(f.rule for f in findings)
        per_lang[doc.lang] += 1
        articles.append({
            "file": entry["file"],
            "lang": doc.lang,
            "url": entry.get("url"),
            "published": entry.get("published"),
            "findings": [{"rule": f.rule, "line": f.line, "column": f.column, "text": f.text, "message": f.message, "context": _context(doc, f)} for f in findings],
        })
    total = sum(per_rule.values())
    return {"articles": articles, "per_rule": dict(per_rule.most_common()), "per_lang": dict(per_lang), "total": total, "errors": errors}


def _context(doc, f, width: int = 90) -> str:
    """The finding's line, clipped to about `width` characters either side of the span."""
    line = doc.line_text(f.line)
    start = max(0, f.column - 1 - width)
    end = min(len(line), f.column - 1 + len(f.text) + width)
    return ("…" if start else "") + line[start:end] + ("…" if end < len(line) else "")


def report(result: dict, show: bool = False, out=sys.stdout) -> None:
    articles = result["articles"]
    n = len(articles) or 1
    flagged = sum(1 for a in articles if a["findings"])
    langs = ", ".join(f"{k} {v}" for k, v in sorted(result["per_lang"].items()))
    print(f"{len(articles)} articles ({langs}); {result['total']} findings = {result['total'] / n:.2f} per article; {flagged} articles with findings", file=out)
    if result["per_rule"]:
        by_lang: dict = {}
        for a in articles:
            for f in a["findings"]:
                by_lang.setdefault(f["rule"], Counter())[a["lang"]] += 1
        print("\nper rule:", file=out)
        for rule, count in result["per_rule"].items():
            split = ", ".join(f"{lang} {c}" for lang, c in sorted(by_lang[rule].items()))
            print(f"  {rule:24} {count:4}  {count / n:.3f}/article  ({split})", file=out)
    print("\nper article:", file=out)
    for a in articles:
        if a["findings"]:
            counts = Counter(f["rule"] for f in a["findings"])
            print(f"  {a['file']:40} {len(a['findings']):3}  " + ", ".join(f"{r} {c}" for r, c in counts.most_common()), file=out)
    if show:
        print("\nfindings:", file=out)
        for a in articles:
            for f in a["findings"]:
                print(f"{a['file']}:{f['line']}:{f['column']} {f['rule']} \"{f['text']}\" {f['message']}", file=out)
                print(f"    | {f['context']}", file=out)
    for error in result["errors"]:
        print(f"error: {error}", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", action="store_true", help="print every finding")
    parser.add_argument("--rule", action="append", help="only this rule (repeatable)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"error: {args.folder} is not a folder", file=sys.stderr)
        return 2
    result = run(args.folder, args.rule)
    try:
        _print(result, args)
    except BrokenPipeError:  # `| head` closed the pipe
        sys.stderr.close()
    return 0


def _print(result: dict, args) -> None:
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        report(result, args.show)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
