"""Scale: time and peak memory as ONE file grows (250 KB, 2 MB, 20 MB), per language and per rule.

    python bench/scale.py [--corpus /work/corpus] [--sizes 250K,2M,20M] [--langs en,ar]
                          [--rules all|none|ID,ID] [--rule-sizes 250K,2M] [--timeout 600]
                          [--keep DIR] [--json]
    python bench/scale.py --corpus-run /work/corpus [--jobs 1]

The big files are concatenations of whole articles, one paragraph a line, a blank line between
articles (a CMS export saved as one file). With --corpus the articles come from CORPUS/en and
CORPUS/ar (in sorted order, repeated when the corpus is smaller than the size); without it, from
the articles in samples/. The files are written to a temporary folder (or --keep DIR) and never
to the repository: corpus text is never committed.

1. Whole run: `check FILE -j 1 --lang L --date 2024-01-01 --format json -o /dev/null` in a fresh
   process, as a user runs it; wall time and the peak RSS of that process (wait4's ru_maxrss).
2. Per rule: each rule in a process of its own that reads the file, builds the document, and
   runs that rule only, so the shared analyses it needs are charged to it; a rule whose time
   grows faster than the file shows here. The rule table is for --rule-sizes (default 250K,2M:
   the ratio is what matters; add 20M when the rules are linear).
3. --corpus-run DIR: `check DIR -j 1` over every article, with its peak RSS.

The ratio time(2 MB) / time(250 KB) is about 8 for linear work (the sizes' ratio). A measurement,
never a test.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNITS = {"K": 1024, "M": 1024 * 1024}


def parse_size(text: str) -> int:
    text = text.strip().upper().rstrip("B")
    if text[-1] in UNITS:
        return int(float(text[:-1]) * UNITS[text[-1]])
    return int(text)


def label(size: int) -> str:
    return f"{size / UNITS['M']:g} MB" if size >= UNITS["M"] else f"{size / UNITS['K']:g} KB"


def articles(corpus: Path | None, lang: str) -> list[str]:
    """Whole articles' texts of one language (corpus folder CORPUS/lang, or samples/)."""
    if corpus is not None:
        folder = corpus / lang
        paths = sorted(folder.glob("*.txt"))
    else:
        paths = sorted(p for p in (ROOT / "samples").glob("*.txt") if f".{lang}." in p.name or p.name.endswith(f"{lang}.txt"))
    texts = []
    for p in paths:
        try:
            texts.append(p.read_text(encoding="utf-8").strip())
        except (UnicodeDecodeError, OSError):
            continue
    if not texts:
        raise SystemExit(f"bench/scale.py: no {lang} article found in {corpus / lang if corpus else ROOT / 'samples'}")
    return texts


def build(path: Path, texts: list[str], size: int) -> None:
    """Articles one after another, a blank line between them, up to `size` bytes of UTF-8."""
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        i = 0
        while written < size:
            chunk = texts[i % len(texts)] + "\n\n"
            data = chunk.encode("utf-8")
            if written + len(data) > size:
                data = data[: size - written].decode("utf-8", "ignore").encode("utf-8")
                chunk = data.decode("utf-8")
                if not chunk:
                    break
            out.write(chunk)
            written += len(data)
            i += 1


def measure(cmd: list[str], timeout: float) -> tuple[float | None, float, int]:
    """(seconds or None on timeout, peak RSS in MB, exit code) of a fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            return None, usage.ru_maxrss / 1024, -9
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        print(f"  ({' '.join(cmd[-6:])}: exit {proc.returncode}: {err.strip().splitlines()[-1] if err.strip() else ''})", file=sys.stderr)
    return elapsed, usage.ru_maxrss / 1024, proc.returncode


def one_rule(path: str, lang: str, rule_id: str) -> None:
    """Child process: read, build the document, run one rule; print its times as JSON."""
    from datetime import date

    from checker.config import Config
    from checker.engine import Engine, make_document
    from checker.sources import read_source

    t0 = time.perf_counter()
    source = read_source(path)
    config = Config(select=(rule_id,), lang=lang, date=date(2024, 1, 1), preview=True)
    engine = Engine(config, discover=False)
    doc = make_document(source, config)
    t1 = time.perf_counter()
    count = 0
    for rule in engine.rules_for(config):
        if rule.applies_to(doc.lang):
            count += len(list(rule.check(doc)))
    t2 = time.perf_counter()
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"prepare": t1 - t0, "rule": t2 - t1, "findings": count, "rss_mb": round(rss, 1)}))


def rule_ids() -> list[str]:
    from checker.registry import load_rules

    return [i for i, cls in load_rules().rules.items() if i != "archive-consistency"]


def timed_rule(path: Path, lang: str, rule_id: str, timeout: float) -> tuple[float | None, float, float]:
    """(the rule's seconds or None on timeout, preparation seconds, peak RSS in MB of its process)."""
    cmd = [sys.executable, __file__, "--one", str(path), lang, rule_id]
    start = time.perf_counter()
    try:
        out = subprocess.run(cmd, capture_output=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return None, 0.0, 0.0
    try:
        data = json.loads(out.stdout.decode().strip().splitlines()[-1])
    except (ValueError, IndexError):
        print(f"  ({rule_id}: {out.stderr.decode()[-300:]})", file=sys.stderr)
        return None, time.perf_counter() - start, 0.0
    return data["rule"], data["prepare"], data.get("rss_mb", 0.0)


def fmt(seconds: float | None, timeout: float) -> str:
    return f">{timeout:g}" if seconds is None else f"{seconds:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="a folder with en/ and ar/ articles (default: samples/)")
    parser.add_argument("--sizes", default="250K,2M,20M")
    parser.add_argument("--langs", default="en,ar")
    parser.add_argument("--rules", default="all", help="all, none, or rule ids (comma-separated)")
    parser.add_argument("--rule-sizes", default="250K,2M")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--keep", type=Path, help="write the files here (kept) instead of a temporary folder")
    parser.add_argument("--corpus-run", type=Path, help="check this whole folder with -j 1 and report its peak RSS")
    parser.add_argument("--jobs", default="1")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one_rule(*args.one)
        return
    if args.corpus_run:
        cmd = [sys.executable, "-m", "checker", str(args.corpus_run), "-j", args.jobs, "--format", "jsonl", "-o", os.devnull, "--fail-on", "never"]
        seconds, rss, code = measure(cmd, args.timeout * 10)
        files = sum(1 for _ in args.corpus_run.rglob("*.txt"))
        print(f"corpus run: {files} articles, -j {args.jobs}: {fmt(seconds, args.timeout * 10)} s, peak RSS {rss:.0f} MB (exit {code})")
        return
    sizes = [parse_size(s) for s in args.sizes.split(",") if s]
    rule_sizes = [parse_size(s) for s in args.rule_sizes.split(",") if s]
    langs = [l for l in args.langs.split(",") if l]
    ids = [] if args.rules == "none" else rule_ids() if args.rules == "all" else args.rules.split(",")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="factlint-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    report: dict = {"whole": [], "rules": []}
    for lang in langs:
        texts = articles(args.corpus, lang)
        for size in sorted(set(sizes) | set(rule_sizes)):
            path = folder / f"scale-{lang}-{size}.txt"
            if not path.exists() or path.stat().st_size != size:
                build(path, texts, size)
        print(f"\n== {lang} ==")
        print(f"{'size':>8} {'time s':>8} {'RSS MB':>8}  (whole run: check FILE -j 1)")
        times = {}
        for size in sizes:
            path = folder / f"scale-{lang}-{size}.txt"
            cmd = [sys.executable, "-m", "checker", str(path), "-j", "1", "--lang", lang, "--date", "2024-01-01", "--format", "json", "-o", os.devnull, "--fail-on", "never"]
            seconds, rss, code = measure(cmd, args.timeout)
            times[size] = seconds
            report["whole"].append({"lang": lang, "size": size, "seconds": seconds, "rss_mb": round(rss, 1), "exit": code})
            print(f"{label(size):>8} {fmt(seconds, args.timeout):>8} {rss:>8.0f}", flush=True)
        if len(sizes) >= 2 and all(times.get(s) for s in sizes[:2]):
            print(f"ratio time({label(sizes[1])}) / time({label(sizes[0])}) = {times[sizes[1]] / times[sizes[0]]:.1f} (sizes' ratio {sizes[1] / sizes[0]:.1f})")
        if not ids:
            continue
        print(f"\n{'rule':<26}" + "".join(f"{label(s):>10}" for s in rule_sizes) + "   ratio  RSS MB (largest)")
        for rule_id in ids:
            row = []
            rss = 0.0
            for size in rule_sizes:
                seconds, _, rss = timed_rule(folder / f"scale-{lang}-{size}.txt", lang, rule_id, args.timeout)
                row.append(seconds)
                report["rules"].append({"lang": lang, "size": size, "rule": rule_id, "seconds": seconds, "rss_mb": rss})
                if seconds is None:
                    break
            ratio = f"{row[-1] / row[0]:.1f}" if len(row) >= 2 and row[0] and row[-1] is not None else ""
            cells = "".join(f"{fmt(s, args.timeout):>10}" for s in row) + " " * 10 * (len(rule_sizes) - len(row))
            print(f"{rule_id:<26}{cells}   {ratio:>5}  {rss:>6.0f}", flush=True)
    if args.json:
        print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
