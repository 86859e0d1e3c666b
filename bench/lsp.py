"""How fast factlint-lsp answers an editor: start-up, first diagnostics, and a re-check after
one keystroke (warm), measured by a client over stdio as an editor speaks to the server.

    python bench/lsp.py [--keystrokes 20] [--runs 3] [ARTICLE]

ARTICLE defaults to the seed (samples/000_8fcd20fe111c0f9f.ar.txt, 3.9 KB). It is checked twice:
in place (the samples' factlint.toml holds it against a facts register) and as a copy in a
folder with no configuration (the default rules only). Each keystroke types one more character
of a word (a text never seen before). The debounce is 0 here so that what is measured is the
check, not the pause the server waits for while a person types.
Figures are medians; on a busy machine they are higher (uptime's load is printed).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from lspclient import Client  # noqa: E402


def one_run(article: Path, keystrokes: int) -> dict:
    uri = article.as_uri()
    text = article.read_text(encoding="utf-8")
    started = time.perf_counter()
    client = Client(cwd=str(article.parent))
    try:
        client.initialize(str(article.parent), {"debounce": 0})
        initialized = client.received_at
        client.open(uri, text)
        client.diagnostics(uri, 1)
        first = client.received_at
        # type, one character at a time, the middle line's own opening words again at its start:
        # every keystroke makes a text not seen before (no cache answers for it)
        line = text.count("\n", 0, len(text) // 2)
        words = text.splitlines()[line]
        round_trips = []
        for version in range(2, keystrokes + 2):
            typed = version - 2
            at = {"line": line, "character": len(words[:typed].encode("utf-16-le")) // 2}
            change = {"range": {"start": at, "end": at}, "text": words[typed % len(words)]}
            sent = time.perf_counter()
            client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
            client.diagnostics(uri, version)
            round_trips.append((client.received_at - sent) * 1000)
        logs = [m["params"]["message"] for m in client.notifications if m["method"] == "window/logMessage"]
        checks = [float(m) for m in re.findall(r"in ([\d.]+) ms, published", "\n".join(logs))]
    finally:
        client.close()
    return {
        "initialize": (initialized - started) * 1000,
        "first diagnostics": (first - started) * 1000,
        "first check (server)": checks[0],
        "keystroke round trip": statistics.median(round_trips),
        "keystroke check (server)": statistics.median(checks[1:]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(ROOT / "samples" / "000_8fcd20fe111c0f9f.ar.txt"))
    parser.add_argument("--keystrokes", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    article = Path(args.article).resolve()
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; article {article.name}, {article.stat().st_size:,} bytes")
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / article.name
        shutil.copyfile(article, copy)
        for label, path in (("in place (its factlint.toml)", article), ("a copy, default configuration", copy)):
            runs = [one_run(path, args.keystrokes) for _ in range(args.runs)]
            print(f"\n{label}:")
            for key in runs[0]:
                print(f"  {key:<26} {statistics.median(r[key] for r in runs):8.1f} ms")


if __name__ == "__main__":
    main()
