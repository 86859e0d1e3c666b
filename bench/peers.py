"""Score factlint on the peer conformance suite (cases taken from other checkers' own tests).

    python bench/peers.py PEER_DIR [--rule R ...] [--lang L ...] [--show-misses] [--show-fp] [--json]

PEER_DIR holds *.jsonl files, one case a line (`text`, `lang`, `rule` = the peer category,
`expect_flag`, optional `ref_date` / `ref_year`; see the suite's README). Each case is checked
in-process with `Engine.check_text(text, lang=case lang, published=...)`, restricted to the
factlint rule its category maps to; the published date is `ref_date`, or `ref_year`-12-31, or
none. A case is a true positive when the peer expects a flag and the rule fired, a false
positive when the peer expects none and it fired, a miss when it was expected and did not fire.

Prints precision, recall and F1 per factlint rule and per language. Categories whose rule is
not installed (or that have no factlint rule) are skipped and listed. `--rule` takes factlint
rule ids or peer categories; `--show-misses` / `--show-fp` list the cases behind the figures.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

#: peer category -> factlint rule (None: no factlint rule yet)
CATEGORY_RULES: dict[str, str | None] = {
    "date-weekday": "date-weekday",
    "date-invalid": "date-invalid",
    "spelling-variant": "spelling-variant",
    "repeated-word": "repeated-word",
    "date-range-order": "timeline-order",
    "date-future-tense": "timeline-order",
    "unpaired-quote": "quote-balance",
    "unpaired-bracket": "bracket-balance",
    "repeated-punctuation": "punctuation-repeat",
    "quantity-conversion": "unit-conversion",
    "date-new-year": None,
}


def load_cases(peer_dir: Path) -> list[dict]:
    cases = []
    for path in sorted(peer_dir.glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if line.strip():
                    case = json.loads(line)
                    case["_where"] = f"{path.name}:{number}"
                    cases.append(case)
    return cases


def published_of(case: dict) -> date | None:
    if case.get("ref_date"):
        return date.fromisoformat(str(case["ref_date"])[:10])
    if case.get("ref_year"):
        return date(int(case["ref_year"]), 12, 31)
    return None


def score(cases: list[dict], rules: list[str] | None = None, langs: list[str] | None = None) -> dict:
    from checker.config import Config
    from checker.engine import Engine
    from checker.registry import load_rules

    installed = load_rules().rules
    engines: dict[str, Engine] = {}
    counts = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    skipped: dict[str, int] = defaultdict(int)
    misses, false_positives, errors = [], [], []
    for case in cases:
        category = case["rule"]
        rule = CATEGORY_RULES.get(category, category)
        if rules and rule not in rules and category not in rules:
            continue
        if langs and case["lang"] not in langs:
            continue
        if rule is None or rule not in installed:
            skipped[f"{category}: " + (f"rule {rule} is not installed" if rule else "factlint has no rule for it yet")] += 1
            continue
        engine = engines.get(rule)
        if engine is None:
            engine = engines[rule] = Engine(Config(select=(rule,)), discover=False)
        try:
            findings = [f for f in engine.check_text(case["text"], lang=case["lang"], published=published_of(case)) if f.rule == rule]
        except Exception as exc:  # a crash is a miss (or a pass for a negative case), and is listed
            errors.append((case, f"{type(exc).__name__}: {exc}"))
            findings = []
        fired = bool(findings)
        outcome = ("tp" if fired else "fn") if case["expect_flag"] else ("fp" if fired else "tn")
        for key in ((rule, "all"), (rule, case["lang"])):
            counts[key][outcome] += 1
        if outcome == "fn":
            misses.append((rule, case))
        elif outcome == "fp":
            false_positives.append((rule, case, findings))
    return {"counts": counts, "skipped": dict(skipped), "misses": misses, "false_positives": false_positives, "errors": errors}


def _ratios(c: dict) -> tuple[float | None, float | None, float | None]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else None
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return p, r, f


def _fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("peer_dir", type=Path, help="folder with the peer *.jsonl files")
    parser.add_argument("--rule", action="append", help="only this factlint rule or peer category (repeatable)")
    parser.add_argument("--lang", action="append", help="only cases in this language (repeatable)")
    parser.add_argument("--show-misses", action="store_true", help="list the cases the rule missed")
    parser.add_argument("--show-fp", action="store_true", help="list the cases the rule flagged against the peer's expectation")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.peer_dir.is_dir():
        print(f"peers: {args.peer_dir}: not a folder", file=sys.stderr)
        return 2
    result = score(load_cases(args.peer_dir), args.rule, args.lang)
    counts = result["counts"]
    rows = []
    for (rule, lang) in sorted(counts, key=lambda k: (k[0], k[1] != "all", k[1])):
        c = counts[(rule, lang)]
        p, r, f = _ratios(c)
        rows.append({"rule": rule, "lang": lang, **c, "precision": p, "recall": r, "f1": f})
    if args.json:
        print(json.dumps({"rows": rows, "skipped": result["skipped"], "errors": len(result["errors"])}, ensure_ascii=False, indent=2))
        return 0
    print(f"{'rule':22} {'lang':5} {'cases':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'tn':>4}  precision recall   f1")
    for row in rows:
        n = row["tp"] + row["fp"] + row["fn"] + row["tn"]
        print(f"{row['rule']:22} {row['lang']:5} {n:5} {row['tp']:4} {row['fp']:4} {row['fn']:4} {row['tn']:4}  "
              f"{_fmt(row['precision']):>9} {_fmt(row['recall']):>6} {_fmt(row['f1']):>5}")
    for category, n in sorted(result["skipped"].items()):
        print(f"skipped: {n} case(s) of {category}")
    for case, error in result["errors"]:
        print(f"error: {case['_where']}: {error}")
    if args.show_misses:
        print("\nmisses (the peer flags, factlint does not):")
        for rule, case in result["misses"]:
            print(f"  {rule} [{case['lang']}] {case['_where']}: {case['text']!r}")
    if args.show_fp:
        print("\nfalse positives (the peer expects nothing, factlint flags):")
        for rule, case, findings in result["false_positives"]:
            spans = "; ".join(f"{f.text!r} {f.message}" for f in findings[:2])
            print(f"  {rule} [{case['lang']}] {case['_where']}: {case['text']!r}\n      -> {spans}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
