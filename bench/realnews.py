"""Real published news: how often each rule cries wolf, and a triage tool to find out.

    python bench/realnews.py run CORPUS [--out FINDINGS.jsonl] [--rule ID ...] [--preview] [--jobs N]
    python bench/realnews.py sample --findings F --rule ID [--lang ar] [--n 25] [--seed 1] [--all]
    python bench/realnews.py verdict PATH START END RULE REAL|ARTIFACT|FALSE|UNSURE "reason"
    python bench/realnews.py verdict --batch FILE        (the same five fields + reason, tab-separated)
    python bench/realnews.py precision --findings F [--rule ID ...] [--write-precision FILE]
    python bench/realnews.py replay --findings F [--audit AUDIT.jsonl] [--rule ID ...]
    python bench/realnews.py check CORPUS [--show] [--json]   (the old one-shot count per article)

CORPUS is the folder `../shared/corpus/README.md` rebuilds (kept outside the repository: the
articles are licensed for research only): `manifest.tsv` gives each file's language and
publication date, which are passed as --lang and --date. A folder with `index.jsonl`
({"file", "lang", "published"} a line), or plain *.txt files, works too.

`run` writes every finding (path, lang, rule, severity, offsets, flagged text, message) to a
JSONL file outside the repository. `sample` shows random findings of one rule and language
that have no verdict yet, each in its paragraph with the flagged words in ⟦ ⟧ and the related
mentions in ⟨ ⟩. A verdict is REAL (the writer's fault), ARTIFACT (damage made by the
dataset's extraction), FALSE (the text is right) or UNSURE; `verdict` appends it to
bench/realnews/verdicts.tsv, the committed audit (file, offsets, rule, verdict, the flagged
words and a short reason: no article text beyond the flagged words). `precision` matches the
verdicts to the findings of a run (same file, rule and offsets) and prints, per rule and
language, findings per 1,000 articles, the audited sample and
precision = (REAL + ARTIFACT) / (audited - UNSURE). `replay` replays a first audit (its FALSE
rows should be gone or at most info; its REAL rows still reported under the same rule).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERDICTS = ROOT / "bench" / "realnews" / "verdicts.tsv"
DEFAULT_AUDIT = ROOT.parent / "shared" / "corpus" / "audit-2026-12.jsonl"
DEFAULT_CORPUS = ROOT.parent / "corpus"
CLASSES = ("REAL", "ARTIFACT", "FALSE", "UNSURE")
VERDICT_FIELDS = ["path", "start", "end", "rule", "verdict", "text", "reason"]


# --- the corpus ------------------------------------------------------------------------------

def load_index(folder: Path) -> list[dict]:
    """One entry per article: {"file", "lang", "published"} (lang and published may be None)."""
    index = folder / "index.jsonl"
    if index.exists():
        with open(index, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    manifest = folder / "manifest.tsv"
    if manifest.exists():
        with open(manifest, encoding="utf-8", newline="") as fh:
            return [
                {"file": row["file"], "lang": row.get("lang") or None, "published": row.get("published") or None}
                for row in csv.DictReader(fh, delimiter="\t")
            ]
    return [{"file": str(p.relative_to(folder)), "lang": None, "published": None} for p in sorted(folder.rglob("*.txt"))]


def _date(value) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


_ENGINE = None


def _engine(rules: tuple[str, ...] | None, preview: bool):
    global _ENGINE
    if _ENGINE is None:
        from checker.config import Config
        from checker.engine import Engine

        _ENGINE = Engine(Config(select=rules or None, preview=preview), discover=False)
    return _ENGINE


def check_article(folder: Path, entry: dict, rules: tuple[str, ...] | None = None, preview: bool = False) -> dict:
    """One article's findings: {"file", "lang", "published", "findings": [Finding...], "error"}."""
    from checker.engine import RuleFailure, make_document
    from checker.sources import Source

    engine = _engine(rules, preview)
    result = {"file": entry["file"], "lang": entry.get("lang"), "published": entry.get("published"), "findings": [], "error": None}
    try:
        text = (folder / entry["file"]).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        result["error"] = f"cannot read: {exc}"
        return result
    config = engine.base.merged(lang=entry.get("lang") or None, date=_date(entry.get("published")))
    doc = make_document(Source(str(entry["file"]), text=text), config)
    result["lang"] = doc.lang
    try:
        result["findings"] = engine.check_document(doc, config)
    except RuleFailure as failure:
        result["findings"] = failure.findings
        result["error"] = failure.reason
    result["doc"] = doc
    return result


def _row(article: dict, f) -> dict:
    return {
        "path": article["file"], "lang": article["lang"], "published": article.get("published") or "",
        "rule": f.rule, "severity": f.severity.value, "start": f.start, "end": f.end, "line": f.line,
        "column": f.column, "text": f.text, "message": f.message, "related": [[r.start, r.end] for r in f.related],
        # the related places that hold the same text are further places of the same fault
        # (a rule that groups its findings: one Latin comma, listed at each place)
        "same": [[r.start, r.end] for r in f.related if r.text == f.text],
    }


def _work(args) -> dict:
    folder, entry, rules, preview = args
    article = check_article(folder, entry, rules, preview)
    article.pop("doc", None)
    article["rows"] = [_row(article, f) for f in article.pop("findings")]
    return article


def run_corpus(folder: Path, out: Path, rules: list[str] | None = None, preview: bool = False, jobs: int = 1, limit: int | None = None) -> dict:
    """Check every article; write the findings (first line: a _meta record) to `out`."""
    from checker.registry import load_rules

    entries = load_index(folder)[:limit] if limit else load_index(folder)
    key = tuple(rules) if rules else None
    tasks = [(folder, e, key, preview) for e in entries]
    articles: Counter = Counter()
    errors: list[str] = []
    rows: list[dict] = []
    if jobs > 1:
        from multiprocessing import Pool

        with Pool(jobs) as pool:
            results = list(pool.imap(_work, tasks, chunksize=32))
    else:
        results = map(_work, tasks)
    for article in results:
        articles[article["lang"]] += 1
        if article["error"]:
            errors.append(f"{article['file']}: {article['error']}")
        rows.extend(article["rows"])
    tiers = {rule_id: cls.tier for rule_id, cls in load_rules().rules.items()}
    meta = {"corpus": str(folder), "articles": dict(articles), "rules": rules, "preview": preview, "tiers": tiers, "errors": errors}
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"_meta": meta}, ensure_ascii=False) + "\n")
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return {"meta": meta, "rows": rows}


def load_findings(path: Path) -> tuple[dict, list[dict]]:
    with open(path, encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh if line.strip()]
    if not lines or "_meta" not in lines[0]:
        raise SystemExit(f"error: {path} is not a findings file written by `realnews.py run`")
    return lines[0]["_meta"], lines[1:]


def print_rates(meta: dict, rows: list[dict], out=None) -> None:
    out = out or sys.stdout
    articles = meta["articles"]
    counts: dict = defaultdict(Counter)
    for row in rows:
        counts[row["rule"]][row["lang"]] += 1
    langs = sorted(articles, key=lambda lang: -articles[lang])[:2]
    print("articles: " + ", ".join(f"{lang} {n}" for lang, n in sorted(articles.items(), key=lambda kv: -kv[1])), file=out)
    print(f"{'rule':26}{'tier':9}" + "".join(f"{lang + ' n':>9}{lang + ' /1000':>10}" for lang in langs), file=out)
    for rule in sorted(counts):
        cells = "".join(f"{counts[rule][lang]:9}{1000 * counts[rule][lang] / max(articles.get(lang, 0), 1):10.1f}" for lang in langs)
        print(f"{rule:26}{meta['tiers'].get(rule, '?'):9}{cells}", file=out)
    for lang in langs:
        default = sum(1 for r in rows if r["lang"] == lang and meta["tiers"].get(r["rule"]) == "default")
        print(f"default tier, {lang}: {default / max(articles.get(lang, 0), 1):.3f} findings per article", file=out)
    for error in meta["errors"][:20]:
        print(f"error: {error}", file=out)
    if len(meta["errors"]) > 20:
        print(f"... and {len(meta['errors']) - 20} more errors", file=out)


# --- verdicts --------------------------------------------------------------------------------

def load_verdicts(path: Path | None = None) -> dict[tuple, dict]:
    """(path, rule, start, end) -> the latest verdict row."""
    path = path or VERDICTS
    verdicts: dict[tuple, dict] = {}
    if not path.exists():
        return verdicts
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            verdicts[(row["path"], row["rule"], int(row["start"]), int(row["end"]))] = row
    return verdicts


def _flagged(corpus: Path, path: str, start: int, end: int) -> str:
    try:
        return (corpus / path).read_text(encoding="utf-8")[start:end]
    except (OSError, UnicodeDecodeError):
        return ""


def add_verdicts(rows: list[dict], path: Path | None = None, corpus: Path = DEFAULT_CORPUS) -> None:
    path = path or VERDICTS
    for row in rows:
        if row["verdict"] not in CLASSES:
            raise SystemExit(f"error: verdict '{row['verdict']}' is not one of {', '.join(CLASSES)}")
        row["start"], row["end"] = int(row["start"]), int(row["end"])
        if not row.get("text"):
            row["text"] = _flagged(corpus, row["path"], row["start"], row["end"])
        for key in ("text", "reason"):  # one line a verdict
            row[key] = " ".join(str(row.get(key, "")).split())[:300]
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists()
    with open(path, "a", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, VERDICT_FIELDS, delimiter="\t", extrasaction="ignore", lineterminator="\n")
        if new:
            writer.writeheader()
        writer.writerows(rows)


# --- sample: findings in context ------------------------------------------------------------

def context(text: str, start: int, end: int, related: list, width: int = 260) -> str:
    """The paragraph around [start, end), clipped to about `width` characters either side,
    the span in ⟦ ⟧ and related spans in ⟨ ⟩."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lo, hi = max(line_start, start - width), min(line_end, end + width)
    marks = [(start, "⟦"), (end, "⟧")]
    for r_start, r_end in related:
        if lo <= r_start and r_end <= hi:
            marks += [(r_start, "⟨"), (r_end, "⟩")]
    pieces, last = [], lo
    for at, mark in sorted(marks, key=lambda m: (m[0], m[1] in "⟧⟩")):
        pieces += [text[last:at], mark]
        last = at
    pieces.append(text[last:hi])
    return ("…" if lo > line_start else "") + "".join(pieces) + ("…" if hi < line_end else "")


def sample(rows: list[dict], corpus: Path, rule: str, lang: str | None, n: int, seed: int, include_audited: bool, out=None) -> None:
    out = out or sys.stdout
    verdicts = load_verdicts()
    pool = [
        r for r in rows
        if r["rule"] == rule and (lang is None or r["lang"] == lang)
        and (include_audited or (r["path"], r["rule"], r["start"], r["end"]) not in verdicts)
    ]
    chosen = random.Random(seed).sample(pool, min(n, len(pool)))
    print(f"{len(chosen)} of {len(pool)} {'' if include_audited else 'unaudited '}findings of {rule}{' in ' + lang if lang else ''}\n", file=out)
    for i, r in enumerate(chosen, 1):
        try:
            text = (corpus / r["path"]).read_text(encoding="utf-8")
        except OSError as exc:
            text = f"[cannot read: {exc}]"
        title = text.split("\n", 1)[0][:100]
        print(f"[{i}] {r['path']}:{r['line']}:{r['column']} {r['severity']} published={r['published'] or '-'}", file=out)
        print(f"    headline: {title}", file=out)
        print(f"    message: {r['message']}", file=out)
        print(f"    | {context(text, r['start'], r['end'], r['related'])}", file=out)
        print(f"    KEY {r['path']} {r['start']} {r['end']} {r['rule']}\n", file=out)


# --- precision and replay -------------------------------------------------------------------

FIRST_AUDIT = "audit-2026-12: "  # the reason prefix of the verdicts imported from the first audit


def precision_table(meta: dict, rows: list[dict], rules: list[str] | None = None, first_audit_only: bool = False) -> list[dict]:
    verdicts = load_verdicts()
    if first_audit_only:
        verdicts = {k: v for k, v in verdicts.items() if v["reason"].startswith(FIRST_AUDIT)}
    table = []
    groups: dict = defaultdict(list)
    for row in rows:
        if not rules or row["rule"] in rules:
            groups[(row["rule"], row["lang"])].append(row)
    for (rule, lang), found in sorted(groups.items()):
        classes: Counter = Counter()
        for row in found:
            verdict = verdicts.get((row["path"], row["rule"], row["start"], row["end"]))
            if verdict:
                classes[verdict["verdict"]] += 1
        audited = sum(classes.values())
        judged = audited - classes["UNSURE"]
        table.append({
            "rule": rule, "lang": lang, "tier": meta["tiers"].get(rule, "?"), "findings": len(found),
            "per_1000": 1000 * len(found) / max(meta["articles"].get(lang, 0), 1), "audited": audited,
            **{c.lower(): classes[c] for c in CLASSES},
            "precision": (classes["REAL"] + classes["ARTIFACT"]) / judged if judged else None,
        })
    return table


def print_precision(table: list[dict], out=None) -> None:
    out = out or sys.stdout
    print(f"{'rule':26}{'lang':5}{'tier':9}{'found':>7}{'/1000':>8}{'audited':>9}{'REAL':>6}{'ART':>5}{'FALSE':>6}{'UNS':>5}{'precision':>11}", file=out)
    for t in table:
        p = "-" if t["precision"] is None else f"{t['precision']:.2f}"
        print(f"{t['rule']:26}{t['lang']:5}{t['tier']:9}{t['findings']:7}{t['per_1000']:8.1f}{t['audited']:9}{t['real']:6}{t['artifact']:5}{t['false']:6}{t['unsure']:5}{p:>11}", file=out)


def replay(rows: list[dict], audit: Path, rules: list[str] | None = None, out=None) -> dict:
    out = out or sys.stdout
    """For each audited row of a first audit: is it still reported (same rule, overlapping
    span) and at which severity? FALSE rows should be gone or info; REAL rows kept."""
    by_file: dict = defaultdict(list)
    for row in rows:
        by_file[(row["path"], row["rule"])].append(row)
    with open(audit, encoding="utf-8") as fh:
        audited = [json.loads(line) for line in fh if line.strip()]
    stats: dict = defaultdict(Counter)
    for a in audited:
        if rules and a["rule"] not in rules:
            continue
        lang = a["path"].split("/", 1)[0]
        hits = [r for r in by_file.get((a["path"], a["rule"]), []) if any(_overlap(span, (a["start"], a["end"])) for span in [(r["start"], r["end"]), *r.get("same", ())])]
        above_info = any(r["severity"] != "info" for r in hits)
        key = (a["rule"], lang)
        stats[key][a["class"]] += 1
        if a["class"] == "FALSE" and not above_info:
            stats[key]["false_gone"] += 1
        if a["class"] in ("REAL", "ARTIFACT") and hits:
            stats[key][a["class"].lower() + "_kept"] += 1
    total: Counter = Counter()
    print(f"{'rule':26}{'lang':5}{'FALSE gone':>14}{'REAL kept':>13}{'ARTIFACT kept':>16}", file=out)
    for (rule, lang), s in sorted(stats.items()):
        total.update(s)
        print(f"{rule:26}{lang:5}{_share(s['false_gone'], s['FALSE']):>14}{_share(s['real_kept'], s['REAL']):>13}{_share(s['artifact_kept'], s['ARTIFACT']):>16}", file=out)
    print(f"{'all':31}{_share(total['false_gone'], total['FALSE']):>14}{_share(total['real_kept'], total['REAL']):>13}{_share(total['artifact_kept'], total['ARTIFACT']):>16}", file=out)
    return {"per_rule": {f"{r}/{l}": dict(s) for (r, l), s in stats.items()}, "total": dict(total)}


def compare(before: Path, after: Path, markdown: bool = False, out=None) -> None:
    """Per rule and language: findings per 1,000 articles and audited precision, before (the
    first audit's verdicts only) and after (every verdict that matches a finding of the run)."""
    out = out or sys.stdout
    tables = []
    for path, first_audit_only in ((before, True), (after, False)):  # before: as the first audit judged it
        meta, rows = load_findings(path)
        tables.append({(t["rule"], t["lang"]): t for t in precision_table(meta, rows, first_audit_only=first_audit_only)})
    _, after_meta = None, load_findings(after)[0]

    def cell(t):
        if t is None:
            return "0", "-"
        p = "-" if t["precision"] is None else f"{t['precision']:.2f} ({t['real'] + t['artifact']}/{t['audited'] - t['unsure']})"
        return f"{t['per_1000']:.1f}", p

    head = ["rule", "lang", "tier", "/1000 before", "precision before", "/1000 after", "precision after"]
    lines = []
    for key in sorted(set(tables[0]) | set(tables[1])):
        b, a = tables[0].get(key), tables[1].get(key)
        lines.append([key[0], key[1], after_meta["tiers"].get(key[0], "?"), *cell(b), *cell(a)])
    if markdown:
        print("| " + " | ".join(head) + " |", file=out)
        print("|" + " --- |" * len(head), file=out)
        for line in lines:
            print("| " + " | ".join(line) + " |", file=out)
    else:
        print("".join(f"{h:>18}" if i > 2 else f"{h:{26 if i == 0 else 6}}" for i, h in enumerate(head)), file=out)
        for line in lines:
            print("".join(f"{c:>18}" if i > 2 else f"{c:{26 if i == 0 else 6}}" for i, c in enumerate(line)), file=out)


def _overlap(a, b) -> bool:
    """Spans overlap (an empty span counts as its one character)."""
    return a[0] < max(b[1], b[0] + 1) and b[0] < max(a[1], a[0] + 1)


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} {part / whole:.0%}" if whole else "-"


# --- the old one-shot count (kept for quick looks at a small folder) --------------------------

def run(folder: Path, rules: list[str] | None = None) -> dict:
    """Check every article in-process; returns {"articles": [...], "per_rule", "per_lang", "total", "errors"}."""
    global _ENGINE
    _ENGINE = None
    articles, errors = [], []
    per_rule: Counter = Counter()
    per_lang: Counter = Counter()
    for entry in load_index(folder):
        article = check_article(folder, entry, tuple(rules) if rules else None)
        if article["error"]:
            errors.append(f"{entry['file']}: {article['error']}")
        if "doc" not in article:
            continue
        doc, findings = article["doc"], article["findings"]
        per_rule.update(f.rule for f in findings)
        per_lang[doc.lang] += 1
        articles.append({
            "file": entry["file"], "lang": doc.lang, "url": entry.get("url"), "published": entry.get("published"),
            "findings": [{"rule": f.rule, "line": f.line, "column": f.column, "text": f.text, "message": f.message, "context": _line_context(doc, f)} for f in findings],
        })
    _ENGINE = None
    return {"articles": articles, "per_rule": dict(per_rule.most_common()), "per_lang": dict(per_lang), "total": sum(per_rule.values()), "errors": errors}


def _line_context(doc, f, width: int = 90) -> str:
    line = doc.line_text(f.line)
    start = max(0, f.column - 1 - width)
    end = min(len(line), f.column - 1 + len(f.text) + width)
    return ("…" if start else "") + line[start:end] + ("…" if end < len(line) else "")


def report(result: dict, show: bool = False, out=None) -> None:
    out = out or sys.stdout
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
    if show:
        print("\nfindings:", file=out)
        for a in articles:
            for f in a["findings"]:
                print(f"{a['file']}:{f['line']}:{f['column']} {f['rule']} \"{f['text']}\" {f['message']}", file=out)
                print(f"    | {f['context']}", file=out)
    for error in result["errors"]:
        print(f"error: {error}", file=out)


# --- command line ----------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="check the corpus, write every finding to a JSONL file")
    p.add_argument("corpus", type=Path)
    p.add_argument("--out", type=Path, help="findings file (default: CORPUS/findings.jsonl)")
    p.add_argument("--rule", action="append", help="only this rule or family (repeatable; selects preview rules too)")
    p.add_argument("--preview", action="store_true", help="run the preview tier too")
    p.add_argument("--jobs", type=int, default=1)
    p.add_argument("--limit", type=int, help="only the first N articles")

    p = sub.add_parser("sample", help="random unaudited findings of one rule, in context")
    p.add_argument("--findings", type=Path, required=True)
    p.add_argument("--corpus", type=Path, help="default: the corpus the findings came from")
    p.add_argument("--rule", required=True)
    p.add_argument("--lang")
    p.add_argument("--n", type=int, default=25)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--all", action="store_true", help="include findings that already have a verdict")

    p = sub.add_parser("verdict", help="record a verdict in bench/realnews/verdicts.tsv")
    p.add_argument("fields", nargs="*", help="PATH START END RULE VERDICT REASON...")
    p.add_argument("--batch", type=Path, help="a TSV file of PATH START END RULE VERDICT REASON lines")
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="to copy the flagged words (default: ../corpus)")

    p = sub.add_parser("precision", help="per rule and language: rate, audited sample, precision")
    p.add_argument("--findings", type=Path, required=True)
    p.add_argument("--rule", action="append")
    p.add_argument("--json", action="store_true")
    p.add_argument("--write-precision", type=Path, help="write {rule: {lang: {precision, audited, per_1000}}} as JSON")

    p = sub.add_parser("compare", help="before/after table of two runs: rate and audited precision per rule and language")
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    p.add_argument("--markdown", action="store_true")

    p = sub.add_parser("replay", help="replay a first audit against a run's findings")
    p.add_argument("--findings", type=Path, required=True)
    p.add_argument("--audit", type=Path, default=DEFAULT_AUDIT)
    p.add_argument("--rule", action="append")

    p = sub.add_parser("check", help="check a small folder and count findings per article (no files written)")
    p.add_argument("folder", type=Path)
    p.add_argument("--show", action="store_true")
    p.add_argument("--rule", action="append")
    p.add_argument("--json", action="store_true")

    args = parser.parse_args(argv)
    try:
        return _dispatch(args)
    except BrokenPipeError:  # `| head` closed the pipe
        sys.stderr.close()
        return 0


def _dispatch(args) -> int:
    if args.command == "run":
        if not args.corpus.is_dir():
            print(f"error: {args.corpus} is not a folder", file=sys.stderr)
            return 2
        out = args.out or args.corpus / "findings.jsonl"
        result = run_corpus(args.corpus, out, args.rule, args.preview, args.jobs, args.limit)
        print_rates(result["meta"], result["rows"])
        print(f"findings written to {out}")
    elif args.command == "sample":
        meta, rows = load_findings(args.findings)
        sample(rows, args.corpus or Path(meta["corpus"]), args.rule, args.lang, args.n, args.seed, args.all)
    elif args.command == "verdict":
        if args.batch:
            with open(args.batch, encoding="utf-8") as fh:
                lines = [line.rstrip("\n").split("\t") for line in fh if line.strip()]
        elif len(args.fields) >= 6:
            lines = [args.fields[:5] + [" ".join(args.fields[5:])]]
        else:
            print("error: verdict needs PATH START END RULE VERDICT REASON (or --batch FILE)", file=sys.stderr)
            return 2
        rows = [dict(zip(["path", "start", "end", "rule", "verdict", "reason"], fields[:6])) for fields in lines]
        add_verdicts(rows, corpus=args.corpus)
        print(f"{len(rows)} verdict(s) recorded in {VERDICTS}")
    elif args.command == "precision":
        meta, rows = load_findings(args.findings)
        table = precision_table(meta, rows, args.rule)
        if args.json:
            json.dump(table, sys.stdout, indent=1)
            print()
        else:
            print_precision(table)
        if args.write_precision:
            data: dict = {}
            for t in table:
                if t["precision"] is not None:
                    data.setdefault(t["rule"], {})[t["lang"]] = {"precision": round(t["precision"], 2), "audited": t["audited"], "per_1000": round(t["per_1000"], 1)}
            args.write_precision.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    elif args.command == "compare":
        compare(args.before, args.after, args.markdown)
    elif args.command == "replay":
        _, rows = load_findings(args.findings)
        replay(rows, args.audit, args.rule)
    elif args.command == "check":
        if not args.folder.is_dir():
            print(f"error: {args.folder} is not a folder", file=sys.stderr)
            return 2
        result = run(args.folder, args.rule)
        if args.json:
            json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
            print()
        else:
            report(result, args.show)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
