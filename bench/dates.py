"""Time date extraction on a 4 KB article after warm-up (goal: under 1 ms).

    python bench/dates.py [FILE ...] [--lang ar] [--runs 200]

Without FILE, the repository's sample articles (samples/*.txt, *.md) are each cut or repeated
to 4 096 characters. Prints, per article, the median time of find_dates + find_anchor on a fresh
Document (the compiled patterns are cached per language set, as in a real run), and the cold
cost of the first call in this process (importing the module, loading the tables, compiling).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def four_kb(text: str) -> str:
    while len(text) < 4096:
        text = text + "\n\n" + text
    return text[:4096]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--lang")
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args(argv)
    files = args.files or sorted(p for p in (ROOT / "samples").glob("*.*") if p.suffix in (".txt", ".md") and p.name != "README.md")

    t0 = time.perf_counter()
    from checker.document import Document
    from checker.extract.dates import find_anchor, find_dates

    cold_done = False
    for path in files:
        text = four_kb(path.read_text(encoding="utf-8"))
        lang = args.lang or ("ar" if ".ar." in path.name else "en")
        doc = Document(path=str(path), source=text, lang=lang)
        doc.analysis(find_dates)
        if not cold_done:
            print(f"cold: first extraction (imports, tables, compile) {1000 * (time.perf_counter() - t0):.1f} ms")
            cold_done = True
        times = []
        for _ in range(args.runs):
            doc = Document(path=str(path), source=text, lang=lang)
            start = time.perf_counter()
            found = doc.analysis(find_dates)
            doc.analysis(find_anchor)
            times.append(time.perf_counter() - start)
        print(f"{path.name:40} {len(text)} chars  {len(found):3} dates  median {1000 * statistics.median(times):.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
