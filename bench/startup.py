"""Start-up: the wall time of `check` on one 4 KB article, with every rule, side by side in one
run with `python -c pass` and `python -c "import rich"` (the floor and a familiar yardstick).

    python bench/startup.py [--runs 21] [--article FILE ...] [--imports] [--json]

Without --article, a 4 KB English article and a 4 KB Arabic one are assembled from the
articles in samples/ (whole paragraphs, up to 4,096 bytes of UTF-8). The commands are run
round-robin (so that a busy moment of the machine hits all of them alike), after two warm-up
rounds, and the median, the fastest and the slowest run of each are printed with the ratio to
`python -c pass`. The goal is a median under 150 ms for `check FILE` (file names alone, as a
hook calls it; one more row shows `check FILE --format text`, parsed by typer). --imports adds the fifteen
most expensive imports of one `check` run (python -X importtime).

This is a measurement, run by hand or by a CI smoke step; it never fails on a slow result.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOAL_MS = 150


def sample_paragraphs(lang: str) -> list[str]:
    """Paragraphs of the sample articles in one language (Arabic: mostly Arabic letters)."""
    paragraphs = []
    files = sorted(SAMPLES.glob("*.txt")) + sorted(SAMPLES.glob("*.md")) + sorted((SAMPLES / "archive").glob("*.txt"))
    for path in files:
        if path.name.lower() == "readme.md":
            continue
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\A(---|\+\+\+)\n.*?\n\1\n", "", text, flags=re.S)  # front matter
        for para in re.split(r"\n\s*\n|\n", text):
            para = para.strip()
            if len(para) < 40 or para.startswith(("#", "<!--")):
                continue
            arabic = len(re.findall(r"[\u0600-\u06FF]", para))
            if (lang == "ar") == (arabic > len(para) / 3):
                paragraphs.append(para)
    return paragraphs


def make_article(lang: str, size: int = 4096) -> str:
    """About `size` bytes of UTF-8: whole sample paragraphs, blank-line separated."""
    paragraphs = sample_paragraphs(lang)
    if not paragraphs:
        raise SystemExit(f"bench/startup.py: no {lang} paragraph in {SAMPLES}")
    out: list[str] = []
    i = 0
    while True:
        para = paragraphs[i % len(paragraphs)]
        candidate = "\n\n".join(out + [para]) + "\n"
        if len(candidate.encode("utf-8")) > size and out:
            break
        out.append(para)
        i += 1
    return "\n\n".join(out) + "\n"


def check_command() -> list[str]:
    script = Path(sys.executable).with_name("check")
    return [str(script)] if script.exists() else [sys.executable, "-m", "checker"]


#: as on a user's machine: Python caches compiled modules (pip install compiles them too). Some
#: sandboxes and CI images set PYTHONDONTWRITEBYTECODE, which makes every start recompile every
#: module (about 80 ms here) and measures that instead of factlint.
USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def time_once(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=USER_ENV)
    return (time.perf_counter() - start) * 1000


def top_imports(cmd: list[str], count: int = 15) -> list[tuple[float, str]]:
    env = dict(USER_ENV, PYTHONPROFILEIMPORTTIME="1")
    err = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env).stderr
    rows = []
    for line in err.splitlines():
        m = re.match(r"import time:\s+\d+\s+\|\s+(\d+)\s+\|\s+(.*)$", line)
        if m:
            rows.append((int(m.group(1)) / 1000, m.group(2).rstrip()))
    # cumulative times of top-level names only (one line per package, its own subtree)
    tops = [(ms, name.strip()) for ms, name in rows if not name.startswith("  ")]
    return sorted(tops, reverse=True)[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="timed runs of each command (default 21)")
    parser.add_argument("--article", action="append", help="article(s) to check instead of the generated 4 KB ones")
    parser.add_argument("--imports", action="store_true", help="also list the most expensive imports of one check run")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="factlint-startup-") as tmp:
        articles = args.article or []
        if not articles:
            for lang in ("en", "ar"):
                path = Path(tmp) / f"article-4k.{lang}.txt"
                path.write_text(make_article(lang), encoding="utf-8")
                articles.append(str(path))
        check = check_command()
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            'python -c "import rich"': [sys.executable, "-c", "import rich"],
        }
        for article in articles:  # as a pre-commit hook or an editor calls it: the file names alone
            size = os.path.getsize(article)
            commands[f"check {Path(article).name} ({size / 1024:.1f} KB)"] = check + [article]
        # with an option, typer parses the command line (about 45 ms more): shown for the record
        commands[f"check {Path(articles[0]).name} --format text"] = check + [articles[0], "--format", "text"]
        for _ in range(2):  # warm-up: file cache, .pyc files
            for cmd in commands.values():
                time_once(cmd)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                times[name].append(time_once(cmd))
        imports = top_imports(commands[list(commands)[-2]]) if args.imports else []

    floor = statistics.median(times["python -c pass"])
    rows = [
        {"command": name, "median_ms": round(statistics.median(t), 1), "min_ms": round(min(t), 1), "max_ms": round(max(t), 1), "ratio": round(statistics.median(t) / floor, 1)}
        for name, t in times.items()
    ]
    if args.json:
        print(json.dumps({"runs": args.runs, "goal_ms": GOAL_MS, "rows": rows, "imports": imports}, indent=2))
        return 0
    print(f"start-up, {args.runs} runs each, round-robin ({sys.executable}, {os.cpu_count()} CPUs)")
    width = max(len(r["command"]) for r in rows)
    print(f"{'command':<{width}}  {'median':>8}  {'min':>8}  {'max':>8}  {'x python':>8}")
    for r in rows:
        print(f"{r['command']:<{width}}  {r['median_ms']:>6.1f}ms  {r['min_ms']:>6.1f}ms  {r['max_ms']:>6.1f}ms  {r['ratio']:>8.1f}")
    checks = [r for r in rows if r["command"].startswith("check ") and "--" not in r["command"]]
    worst = max(r["median_ms"] for r in checks)
    print(f"goal: check under {GOAL_MS} ms -> {'met' if worst < GOAL_MS else 'NOT met'} (slowest median {worst:.1f} ms)")
    if imports:
        print("\nmost expensive imports of one check run (cumulative, top-level):")
        for ms, name in imports:
            print(f"  {ms:7.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
