"""Throughput: articles per second and MB/s, per-rule time, and peak memory as the corpus grows.

    python bench/throughput.py [CORPUS] [--articles 1000] [--jobs 1,2] [--profile 300]
                               [--memory] [--memory-sizes 1000,10000] [--keep DIR] [--json]

CORPUS is a folder of articles (*.txt, *.md, searched recursively, as `check` does). Without
it, a synthetic corpus of --articles articles is generated from the articles in samples/
(paragraphs shuffled into new articles, about half Arabic and half English, 1-5 KB each).

1. Throughput: `check CORPUS --format jsonl -j N` is run as a user runs it (a fresh process,
   start-up included, output to /dev/null) for each N of --jobs; wall time, articles/s, MB/s.
2. Per-rule time: the first --profile articles are checked in this process, rule by rule, so
   that the slowest rule is visible. The time of a shared analysis (doc.analysis(fn): dates,
   numbers, names...) is reported on its own line, not charged to the rule that asked first;
   "prepare" is reading, the prose view and language detection, "structure" the line index,
   paragraphs and sentences.
3. --memory: synthetic corpora of each --memory-sizes are checked with `-j 1` (one process)
   and the peak resident memory of that process is printed with the time per 1,000 articles:
   both should stay flat as the corpus grows (results are streamed, never all held).

A measurement, never a test: it does not fail on slow figures.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import check_command, sample_paragraphs  # noqa: E402


# -- the synthetic corpus -------------------------------------------------------------------------


def generate_corpus(folder: Path, count: int, seed: int = 8) -> Path:
    """`count` articles in `folder` (article-000001.txt ...), deterministic for a given seed."""
    rng = random.Random(seed)
    pools = {lang: sample_paragraphs(lang) for lang in ("en", "ar")}
    pools = {lang: paras for lang, paras in pools.items() if paras}
    if not pools:
        raise SystemExit(f"bench/throughput.py: no sample article in {ROOT / 'samples'}")
    langs = sorted(pools)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        lang = langs[i % len(langs)]
        paras = pools[lang]
        target = rng.randint(1000, 5000)
        out, size = [], 0
        while size < target:
            para = rng.choice(paras)
            out.append(para)
            size += len(para.encode("utf-8")) + 2
        (folder / f"article-{i + 1:06d}.{lang}.txt").write_text("\n\n".join(out) + "\n", encoding="utf-8")
    return folder


def corpus_files(folder: Path) -> list[Path]:
    from checker.sources import discover

    return [Path(p) for p in discover([str(folder)]) if isinstance(p, str)]


# -- 1. whole runs, as a user runs them -----------------------------------------------------------


def timed_run(cmd: list[str]) -> tuple[float, int, int]:
    """(wall seconds, peak RSS of the process in KB, exit code) of one command."""
    start = time.perf_counter()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as on a user's machine (see startup.py)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - start, usage.ru_maxrss, proc.returncode


def throughput(folder: Path, jobs: int) -> dict:
    files = corpus_files(folder)
    size = sum(f.stat().st_size for f in files)
    seconds, rss, code = timed_run(check_command() + [str(folder), "--format", "jsonl", "--quiet", "--exit-zero", "--jobs", str(jobs)])
    return {"jobs": jobs, "articles": len(files), "mb": size / 1e6, "seconds": seconds, "articles_per_s": len(files) / seconds, "mb_per_s": size / 1e6 / seconds, "exit": code, "peak_rss_mb": rss / 1024}


# -- 2. per-rule time, in process -----------------------------------------------------------------


class Clock:
    """Exclusive time per label: time spent in a nested label is not charged to its parent."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = defaultdict(float)
        self.stack: list[list] = []

    def __enter__(self):
        return self

    def push(self, label: str) -> None:
        self.stack.append([label, time.perf_counter(), 0.0])

    def pop(self) -> None:
        label, start, children = self.stack.pop()
        elapsed = time.perf_counter() - start
        self.totals[label] += elapsed - children
        if self.stack:
            self.stack[-1][2] += elapsed


def per_rule(files: list[Path]) -> tuple[dict[str, float], int]:
    from checker.config import Config
    from checker.document import Document
    from checker.engine import Engine, make_document
    from checker.sources import read_source

    clock = Clock()
    original = Document.analysis

    def timed_analysis(doc, compute):
        if compute in doc._cache:
            return doc._cache[compute]
        clock.push(f"analysis: {getattr(compute, '__module__', '?').replace('checker.', '')}.{getattr(compute, '__name__', repr(compute))}")
        try:
            return original(doc, compute)
        finally:
            clock.pop()

    Document.analysis = timed_analysis
    engine = Engine(Config(), discover=False)
    rules = engine.rules_for(engine.base)
    findings = 0
    try:
        for path in files:
            clock.push("prepare (read, prose view, language)")
            source = read_source(str(path))
            if source.error:
                clock.pop()
                continue
            doc = make_document(source, engine.base)
            clock.pop()
            clock.push("structure (lines, paragraphs, sentences)")
            doc.line_starts, doc.paragraphs, doc.sentences  # noqa: B018
            clock.pop()
            for rule in rules:
                if not rule.applies_to(doc.lang):
                    continue
                clock.push(f"rule: {rule.id}")
                try:
                    findings += len(list(rule.check(doc)))
                except Exception:  # a broken rule is the engine's business, not the benchmark's
                    pass
                finally:
                    clock.pop()
    finally:
        Document.analysis = original
    return dict(clock.totals), findings


# -- 3. memory as the corpus grows ----------------------------------------------------------------


def memory(sizes: list[int], tmp: Path) -> list[dict]:
    rows = []
    for count in sizes:
        folder = generate_corpus(tmp / f"memory-{count}", count)
        seconds, rss, code = timed_run(check_command() + [str(folder), "--format", "jsonl", "--quiet", "--exit-zero", "--jobs", "1"])
        rows.append({"articles": count, "seconds": seconds, "seconds_per_1000": seconds * 1000 / count, "peak_rss_mb": rss / 1024, "exit": code})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", help="folder of articles (default: a synthetic corpus)")
    parser.add_argument("--articles", type=int, default=1000, help="size of the synthetic corpus (default 1000)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to time (default 1,2)")
    parser.add_argument("--profile", type=int, default=300, help="articles profiled rule by rule (default 300; 0: none)")
    parser.add_argument("--memory", action="store_true", help="peak RSS and time for each of --memory-sizes synthetic articles")
    parser.add_argument("--memory-sizes", default="1000,10000", help="corpus sizes for --memory (default 1000,10000)")
    parser.add_argument("--keep", help="generate the synthetic corpus into this folder and keep it")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    report: dict = {}
    with tempfile.TemporaryDirectory(prefix="factlint-throughput-") as tmp:
        if args.corpus:
            folder = Path(args.corpus)
        else:
            folder = generate_corpus(Path(args.keep) if args.keep else Path(tmp) / "corpus", args.articles)
        report["corpus"] = str(folder) if args.corpus else f"synthetic, {args.articles} articles from samples/"
        report["throughput"] = [throughput(folder, int(j)) for j in args.jobs.split(",") if j.strip()]
        if args.profile:
            files = corpus_files(folder)[: args.profile]
            start = time.perf_counter()
            totals, findings = per_rule(files)
            report["profile"] = {"articles": len(files), "findings": findings, "seconds": time.perf_counter() - start, "ms_per_article": {k: v * 1000 / max(1, len(files)) for k, v in sorted(totals.items(), key=lambda kv: -kv[1])}}
        if args.memory:
            report["memory"] = memory([int(n) for n in args.memory_sizes.split(",") if n.strip()], Path(tmp))

    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"corpus: {report['corpus']}")
    for row in report["throughput"]:
        print(f"  --jobs {row['jobs']}: {row['articles']} articles, {row['mb']:.2f} MB in {row['seconds']:.2f} s -> {row['articles_per_s']:.0f} articles/s, {row['mb_per_s']:.2f} MB/s (start-up included; peak RSS of the main process {row['peak_rss_mb']:.0f} MB)")
    if "profile" in report:
        prof = report["profile"]
        print(f"\nper-rule time on {prof['articles']} articles ({prof['findings']} findings), ms per article, slowest first:")
        total = sum(prof["ms_per_article"].values())
        for label, ms in prof["ms_per_article"].items():
            print(f"  {ms:8.2f} ms  {100 * ms / total:5.1f}%  {label}")
        print(f"  {total:8.2f} ms          total")
    if "memory" in report:
        print("\npeak memory as the corpus grows (check -j 1, one process):")
        for row in report["memory"]:
            print(f"  {row['articles']:>7} articles: peak RSS {row['peak_rss_mb']:6.1f} MB, {row['seconds']:7.1f} s ({row['seconds_per_1000']:.1f} s per 1,000 articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
