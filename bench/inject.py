"""Recall on planted faults: plant one fault per case in real articles and see whether the rule
made for it finds it.

    python bench/inject.py CORPUS [--rule ID ...] [--limit N] [--max-cases N] [--seed N]
                                  [--jobs N] [--json] [--show-missed N] [--forms] [--preview]
    python bench/inject.py --load RESULT.json [--rule ID ...] [--show-missed N] [--forms]

CORPUS is a folder with manifest.tsv (columns file, lang, ..., published; as ../corpus), or
index.jsonl ({"file", "lang", "published"} a line), or just ar/*.txt and en/*.txt. Articles are
taken in an order shuffled by --seed. For each fault kind (named by the rule it targets) a
function in inject_text.py / inject_numbers.py / inject_dates.py finds the places in an article
where the fault can be planted (a count word before its list, one of two mentions of a figure,
a range, a weekday beside its date, a recurring word or name, a quotation ...), and one of them,
away from any finding the original already has, is changed by script, in varied surface forms
(the `form` of the case). The checker runs in-process (checker.engine.Engine, the manifest's
lang and published date as config lang and date) on the original and on the planted copy. A
case is CAUGHT when the copy has a finding of the target rule, absent from the original, whose
span or related spans overlap the planted span or its related spans (the other mention, the
list, the quotation's paragraph). COLLATERAL: the copy has a new finding of another rule.

Each article gets at most one case per rule, and only when the original has no finding of that
rule at all (--dirty: also articles that have one, away from it); a rule stops getting cases in a language once it
has --max-cases of them there (default 400). All rules are selected by id (so preview-tier
rules run); their preview sub-checks run only with --preview.

Some kinds also splice a constructed sentence or clause into the article where real sites are
rare (forms named `constructed-*` / `inserted-*`, the others are changes of real text); an
article with both gets either, at even odds. --forms shows recall per form. The fault kinds:

  count-mismatch     a count before its list changed, or a list item removed (real lists are
                     rare); constructed: 'The talks brought together four countries: France,
                     Italy and Spain.' / 'وزار الوفد أربع دول: مصر، الأردن، ولبنان.' with places
                     named in the article and a count one or two off
  quantity-conflict  one of two mentions of a figure with the same head noun changed (digits
                     transposed, one digit changed, or off by a share); the lede's figure changed
                     against the headline's; constructed: a later sentence restating a figure of
                     the article with another value (seven templates per language)
  total-mismatch     a part of a breakdown (including / of whom / منها / بينهم) raised above the
                     total; constructed: ', including 7 women and 6 children' after a figure
  timeline-order     the ends of a written year or day range swapped (English from/between/hyphen;
                     Arabic only من...إلى/حتى and منذ...حتى, whose direction is explicit);
                     inserted: a birth year that cannot fit a stated age in a dated article
  date-weekday       a weekday beside its date swapped (only where it was right); inserted: a wrong
                     weekday before a date ('on Tuesday, Nov. 14', 'on Tuesday (Nov 14)',
                     'يوم الثلاثاء 14 نوفمبر 2023')
  hijri-gregorian    the day of a Hijri date beside its Gregorian date moved 3-9 days (only where
                     they agreed); inserted: 'الموافق 14 رجب 1386هـ' / '(Shawwal 20, 1436)' off
  spelling-variant   one occurrence of a recurring word changed: hamza dropped or added to a
                     hamzat al-wasl, ؤ->ئ, ى->ي, ة->ه; British <-> American (outside quotations)
  name-variant       one later mention of a recurring person's name: a letter dropped, doubled or
                     substituted (Arabic: dots, long vowels, hamza seat)
  quote-balance      the opening or closing mark of a quotation removed (« » “ ” ")
  bracket-balance    the closing bracket of a pair removed
  punctuation-repeat ". ." / ".." (English only: Arabic house styles use "..") / ",," / "،،"
  repeated-word      a word doubled, function words and content words as often
  punctuation-script a Latin , ? ; typed for ، ؟ ؛ in Arabic text
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

from inject_base import Article, Plant  # noqa: E402
import inject_dates  # noqa: E402
import inject_numbers  # noqa: E402
import inject_text  # noqa: E402

KINDS = {
    "count-mismatch": inject_numbers.count_mismatch,
    "quantity-conflict": inject_numbers.quantity_conflict,
    "total-mismatch": inject_numbers.total_mismatch,
    "timeline-order": inject_numbers.timeline_order,
    "date-weekday": inject_dates.date_weekday,
    "hijri-gregorian": inject_dates.hijri_gregorian,
    "spelling-variant": inject_text.spelling_variant,
    "name-variant": inject_text.name_variant,
    "quote-balance": inject_text.quote_balance,
    "bracket-balance": inject_text.bracket_balance,
    "punctuation-repeat": inject_text.punctuation_repeat,
    "repeated-word": inject_text.repeated_word,
    "punctuation-script": inject_text.punctuation_script,
}
LANGS = {"punctuation-script": ("ar",)}  # fault kinds planted in some languages only
PAD = 150  # an original finding of the target rule this close to the edit makes the site unusable


# -- the corpus -----------------------------------------------------------------------------------
def _date(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def load_articles(folder: Path) -> list[dict]:
    manifest, index = folder / "manifest.tsv", folder / "index.jsonl"
    if manifest.exists():
        with open(manifest, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
        return [{"file": r["file"], "lang": r.get("lang") or None, "published": r.get("published") or None} for r in rows]
    if index.exists():
        with open(index, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    out = []
    for p in sorted(folder.rglob("*.txt")):
        rel = p.relative_to(folder)
        lang = rel.parts[0] if len(rel.parts) > 1 and rel.parts[0] in ("ar", "en") else None
        out.append({"file": str(rel), "lang": lang, "published": None})
    return out


# -- one article (runs in a worker) ---------------------------------------------------------------
_ENGINE = None


def _engine(preview: bool):
    global _ENGINE
    if _ENGINE is None:
        from checker.config import Config
        from checker.engine import Engine
        from checker.registry import load_rules

        ids = tuple(sorted(load_rules().rules))
        _ENGINE = Engine(Config(select=ids, preview=preview), discover=False)
    return _ENGINE


def _check(text: str, entry: dict, lang: str, preview: bool) -> list:
    from checker.engine import RuleFailure, make_document
    from checker.sources import Source

    engine = _engine(preview)
    config = engine.base.merged(lang=lang, date=_date(entry.get("published")))
    doc = make_document(Source(entry["file"], text=text), config)
    try:
        return engine.check_document(doc, config)
    except RuleFailure as failure:
        return failure.findings


def _read(folder: Path, entry: dict) -> tuple[str, str] | None:
    try:
        text = (folder / entry["file"]).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    lang = entry.get("lang")
    if not lang:
        from checker.lang.detect import detect_language

        lang = detect_language(text)
    return text, lang.split("-")[0].lower()


def _candidates(text: str, lang: str, entry: dict, rule: str, seed: int) -> list[Plant]:
    art = Article(entry["file"], text, lang, _date(entry.get("published")), seed, rule)
    try:
        return KINDS[rule](art)
    except Exception as exc:  # a broken site finder must not stop the run
        print(f"warning: {rule} site finder failed on {entry['file']}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return []


def sites(job: tuple) -> tuple[str, str | None, list[str]]:
    """Phase 1: which rules can be planted in this article."""
    folder, entry, rules, seed = job
    read = _read(folder, entry)
    if read is None:
        return entry["file"], None, []
    text, lang = read
    return entry["file"], lang, [r for r in rules if _candidates(text, lang, entry, r, seed)]


def _overlaps(spans_a, spans_b) -> bool:
    for s1, e1 in spans_a:
        e1 = max(e1, s1 + 1)
        for s2, e2 in spans_b:
            if s1 < max(e2, s2 + 1) and s2 < e1:
                return True
    return False


def _busy(p: Plant, original: list) -> bool:
    """Whether the original already has a finding of the target rule near the planted site."""
    edit = (p.a - PAD, p.b + PAD)
    rel = []
    for s, e in p.related:
        s0, e0 = p.back(s), p.back(e, True)
        if s0 is not None and e0 is not None:
            rel.append((s0, e0))
    for f in original:
        if f.rule != p.rule:
            continue
        spans = [(f.start, f.end)] + [(r.start, r.end) for r in f.related]
        if _overlaps(spans, [edit]) or _overlaps(spans, rel):
            return True
    return False


def _synthetic(p: Plant) -> bool:
    return p.form.startswith(("constructed-", "inserted-"))


def _context(p: Plant, width: int = 160) -> str:
    text = p.text
    lo = text.rfind("\n", 0, p.start) + 1
    hi = text.find("\n", p.end)
    hi = len(text) if hi < 0 else hi
    a, b = max(lo, p.start - width), min(hi, p.end + width)
    return ("…" if a > lo else "") + text[a:p.start] + "⟦" + text[p.start:p.end] + "⟧" + text[p.end:b] + ("…" if b < hi else "")


def run_article(job: tuple) -> list[dict]:
    """Phase 2: plant each assigned rule's fault in the article and check both versions."""
    folder, entry, rules, seed, preview, dirty = job
    read = _read(folder, entry)
    if read is None:
        return []
    text, lang = read
    original = None
    cases = []
    for rule in rules:
        cands = _candidates(text, lang, entry, rule, seed)
        if not cands:
            continue
        if original is None:
            original = _check(text, entry, lang, preview)
            keys = {(f.rule, f.start, f.end) for f in original}
        if not dirty and any(f.rule == rule for f in original):
            continue  # the original already has a finding of this rule: a clean article is wanted
        free = [p for p in cands if not _busy(p, original)]
        if not free:
            continue
        # real sites and constructed/inserted ones equally often, when an article has both
        pick = random.Random(f"{seed}:{entry['file']}:{rule}:pick")
        families = sorted({_synthetic(p) for p in free})
        family = pick.choice(families)
        p = pick.choice([p for p in free if _synthetic(p) == family])
        found = _check(p.text, entry, lang, preview)
        new = []
        for f in found:
            s0, e0 = p.back(f.start), p.back(f.end, True)
            if s0 is None or e0 is None or (f.rule, s0, e0) not in keys:
                new.append(f)
        target = [f for f in new if f.rule == rule]
        hits = [f for f in target if _overlaps([(f.start, f.end)] + [(r.start, r.end) for r in f.related], p.spans())]
        cases.append({
            "file": entry["file"],
            "lang": lang,
            "rule": rule,
            "form": p.form,
            "note": p.note,
            "start": p.start,
            "end": p.end,
            "planted": p.text[p.start:p.end],
            "caught": bool(hits),
            "finding": (f"{hits[0].severity} {hits[0].text!r}: {hits[0].message}" if hits else None),
            "elsewhere": [f"{f.text!r}: {f.message}" for f in target if f not in hits][:3],
            "collateral": sorted({f.rule for f in new if f.rule != rule}),
            "context": _context(p),
        })
    return cases


# -- the run ---------------------------------------------------------------------------------------
def run(folder: Path, rules: list[str] | None = None, limit: int | None = None, max_cases: int = 400, seed: int = 0,
        jobs: int = 1, preview: bool = False, progress: bool = False, dirty: bool = False) -> dict:
    rules = [r for r in (rules or list(KINDS)) if r in KINDS]
    entries = load_articles(folder)
    random.Random(seed).shuffle(entries)
    if limit:
        per_lang: Counter = Counter()
        kept = []
        for e in entries:
            key = e.get("lang") or "?"
            if per_lang[key] < limit:
                per_lang[key] += 1
                kept.append(e)
        entries = kept
    pool = None
    if jobs > 1:
        import multiprocessing

        pool = multiprocessing.get_context("fork").Pool(jobs)
    mapper = (lambda f, it: pool.imap(f, it, chunksize=8)) if pool else map
    try:
        # phase 1: where can each rule be planted; assign up to `cap` cases per rule and language.
        # Articles are scanned in batches, and a rule full in a language is no longer looked for.
        cap = max_cases if dirty else max_cases + max_cases // 2
        tally: Counter = Counter()
        assigned: list[tuple[dict, list[str]]] = []
        available: Counter = Counter()
        langs: Counter = Counter()
        batch = 64 * max(1, jobs)
        for i in range(0, len(entries), batch):
            chunk = entries[i:i + batch]
            jobs_ = []
            for e in chunk:
                lang = e.get("lang")
                open_rules = [r for r in rules if tally[(r, lang)] < cap and lang in LANGS.get(r, (lang,))] if lang else [r for r in rules if min(tally[(r, "ar")], tally[(r, "en")]) < cap]
                jobs_.append((folder, e, open_rules, seed))
            if not any(j[2] for j in jobs_):
                break
            for entry, (_, lang, possible) in zip(chunk, mapper(sites, jobs_)):
                if lang is None:
                    continue
                langs[lang] += 1
                take = []
                for r in possible:
                    available[(r, lang)] += 1
                    if tally[(r, lang)] < cap:
                        tally[(r, lang)] += 1
                        take.append(r)
                if take:
                    assigned.append((entry, take))
        if progress:
            print(f"phase 1: {len(entries)} articles, {sum(tally.values())} cases assigned", file=sys.stderr)
        # phase 2: plant and check
        cases, kept = [], Counter()
        for n, out in enumerate(mapper(run_article, [(folder, e, take, seed, preview, dirty) for e, take in assigned]), 1):
            if progress and n % 500 == 0:
                print(f"phase 2: {n}/{len(assigned)} articles, {len(cases)} cases", file=sys.stderr)
            for c in out:
                if kept[(c["rule"], c["lang"])] < max_cases:
                    kept[(c["rule"], c["lang"])] += 1
                    cases.append(c)
    finally:
        if pool:
            pool.close()
            pool.join()
    return {"articles_scanned": dict(langs), "sites_seen": {f"{r}/{l}": n for (r, l), n in sorted(available.items())}, "cases": cases,
            "summary": summarise(cases), "seed": seed, "max_cases": max_cases, "preview": preview, "dirty": dirty}


def summarise(cases: list[dict]) -> dict:
    table: dict = defaultdict(lambda: {"cases": 0, "caught": 0, "collateral": 0})
    for c in cases:
        for key in (f"{c['rule']}/{c['lang']}", f"{c['rule']}/all", f"{c['rule']}/{c['lang']}/{c['form']}"):
            row = table[key]
            row["cases"] += 1
            row["caught"] += c["caught"]
            row["collateral"] += bool(c["collateral"])
    for row in table.values():
        row["recall"] = round(row["caught"] / row["cases"], 3) if row["cases"] else None
    return dict(sorted(table.items()))


def report(result: dict, show_missed: int = 0, forms: bool = False, seed: int = 0, out=sys.stdout, rules: list[str] | None = None) -> None:
    cases = [c for c in result["cases"] if not rules or c["rule"] in rules]
    summary = result["summary"] if not rules else summarise(cases)
    arts = ", ".join(f"{k} {v}" for k, v in sorted(result["articles_scanned"].items()))
    caught = sum(c["caught"] for c in cases)
    print(f"{len(cases)} planted cases ({arts} articles scanned); caught {caught} ({caught / max(1, len(cases)):.3f})"
          + ("; preview sub-checks on" if result.get("preview") else ""), file=out)
    print(f"\n{'rule':20} {'lang':4} {'cases':>6} {'caught':>6} {'recall':>7} {'collateral':>10}", file=out)
    rules = sorted({c["rule"] for c in cases}, key=list(KINDS).index)
    for rule in rules:
        for lang in ("ar", "en", "all"):
            row = summary.get(f"{rule}/{lang}")
            if not row:
                continue
            print(f"{rule:20} {lang:4} {row['cases']:6} {row['caught']:6} {row['recall']:7.3f} {row['collateral']:10}", file=out)
            if forms and lang != "all":
                for key, r in summary.items():
                    if key.startswith(f"{rule}/{lang}/"):
                        print(f"    {key.split('/', 2)[2]:38} {r['cases']:5} {r['caught']:5} {r['recall']:6.3f}", file=out)
    collateral = Counter(f"{c['rule']} -> {other}" for c in cases for other in c["collateral"])
    if collateral:
        print("\ncollateral (a new finding of another rule in the planted copy):", file=out)
        for key, n in collateral.most_common(15):
            print(f"  {key:45} {n:5}", file=out)
    if show_missed:
        print("\nmissed cases:", file=out)
        rng = random.Random(seed)
        for rule in rules:
            for lang in ("ar", "en"):
                missed = [c for c in cases if c["rule"] == rule and c["lang"] == lang and not c["caught"]]
                if not missed:
                    continue
                print(f"\n== {rule} / {lang}: {len(missed)} missed", file=out)
                for c in rng.sample(missed, min(show_missed, len(missed))):
                    print(f"- {c['file']} [{c['form']}] {c['note']}", file=out)
                    print(f"    | {c['context']}", file=out)
                    for e in c["elsewhere"]:
                        print(f"    elsewhere: {e}", file=out)
                    if c["collateral"]:
                        print(f"    collateral: {', '.join(c['collateral'])}", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, nargs="?", help="the corpus folder (manifest.tsv, or index.jsonl, or ar/ en/ *.txt)")
    parser.add_argument("--load", type=Path, metavar="JSON", help="report a saved --json result instead of running")
    parser.add_argument("--rule", action="append", choices=list(KINDS), help="only this rule's fault kind (repeatable)")
    parser.add_argument("--limit", type=int, default=None, help="at most N articles per language (default: all)")
    parser.add_argument("--max-cases", type=int, default=400, help="at most N cases per rule and language (default 400)")
    parser.add_argument("--seed", type=int, default=0, help="article order, sites and forms (default 0)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--json", action="store_true", help="machine-readable output (every case)")
    parser.add_argument("--show-missed", type=int, default=0, metavar="N", help="print N missed cases per rule and language, in context")
    parser.add_argument("--forms", action="store_true", help="recall per surface form too")
    parser.add_argument("--preview", action="store_true", help="run the rules' preview sub-checks too")
    parser.add_argument("--dirty", action="store_true", help="also plant in articles that already have a finding of the rule (away from it)")
    parser.add_argument("--progress", action="store_true", help="say on stderr when the planting starts")
    args = parser.parse_args(argv)
    if args.load:
        try:
            report(json.loads(args.load.read_text(encoding="utf-8")), args.show_missed, args.forms, args.seed, rules=args.rule)
        except BrokenPipeError:  # `| head` closed the pipe
            sys.stderr.close()
        return 0
    if args.folder is None or not args.folder.is_dir():
        print(f"error: {args.folder} is not a folder", file=sys.stderr)
        return 2
    result = run(args.folder, args.rule, args.limit, args.max_cases, args.seed, args.jobs, args.preview, args.progress, args.dirty)
    try:
        if args.json:
            json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
            print()
        else:
            report(result, args.show_missed, args.forms, args.seed)
    except BrokenPipeError:
        sys.stderr.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
