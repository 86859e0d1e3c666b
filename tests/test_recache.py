"""The command line's cache of compiled regular expressions (checker/recache.py): a pattern
served from the cache matches exactly as a freshly compiled one, and a broken cache is no
error."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r'''
import json, re, sys
from checker import recache
print(json.dumps({"installed": recache.install(), "known": len(recache._entries or {})}))
text = "Sunday, 5 November 2023: 1,200 people; ٥ نوفمبر؛ the THE end. café Ünïcode"
patterns = [
    (r"(?P<wd>sunday|monday),?\s+(?P<d>\d{1,2})\s+(?P<m>November)\s+(?P<y>\d{4})", re.I),
    (r"(?<![\d,])\d{1,3}(?:,\d{3})+(?!\d)", 0),
    (r"\b(\w+)\s+\1\b", re.I),
    (r"[\u0660-\u0669]+\s*(?:نوفمبر|مايو)", 0),
    (r"(?i)caf[eé]|ünï", 0),
    (r"^(?=S)(?:[^:]*):", re.M),
]
out = [[m.span() + (m.groupdict(),) for m in re.finditer(p, text, f)] for p, f in patterns]
out.append([m.span() for m in re.finditer(rb"\d+", text.encode())])
print(json.dumps(out))
'''


def _probe(env: dict) -> tuple[dict, list]:
    run = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr
    state, matches = run.stdout.splitlines()
    return json.loads(state), json.loads(matches)


def test_patterns_from_the_cache_match_exactly_as_freshly_compiled_ones(tmp_path):
    env = {**os.environ, "FACTLINT_CACHE_DIR": str(tmp_path)}
    env.pop("FACTLINT_NO_CACHE", None)
    cold_state, cold = _probe(env)
    assert cold_state == {"installed": True, "known": 0}
    assert len(list(tmp_path.iterdir())) == 1  # written at exit
    warm_state, warm = _probe(env)
    assert warm_state["installed"] and warm_state["known"] >= 7
    fresh_state, fresh = _probe({**env, "FACTLINT_NO_CACHE": "1"})
    assert fresh_state["installed"] is False
    assert cold == warm == fresh
    assert fresh[0] == [[0, 23, {"wd": "Sunday", "d": "5", "m": "November", "y": "2023"}]]


def test_a_damaged_cache_file_is_ignored_and_replaced(tmp_path):
    env = {**os.environ, "FACTLINT_CACHE_DIR": str(tmp_path)}
    env.pop("FACTLINT_NO_CACHE", None)
    _probe(env)
    (cache,) = tmp_path.iterdir()
    cache.write_bytes(b"\x00not marshal data")
    state, matches = _probe(env)
    assert state == {"installed": True, "known": 0}
    assert matches == _probe({**env, "FACTLINT_NO_CACHE": "1"})[1]
    assert _probe(env)[0]["known"] >= 7


def test_check_gives_the_same_report_with_and_without_the_cache(tmp_path):
    article = ROOT / "samples" / "000_8fcd20fe111c0f9f.ar.txt"
    env = {**os.environ, "FACTLINT_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    env.pop("FACTLINT_NO_CACHE", None)
    runs = [
        subprocess.run([sys.executable, "-m", "checker", str(article)], capture_output=True, text=True, env=e, timeout=120)
        for e in (env, env, {**env, "FACTLINT_NO_CACHE": "1"})
    ]
    assert runs[0].stdout and "date-weekday" in runs[0].stdout
    assert [(r.returncode, r.stdout) for r in runs] == [(runs[2].returncode, runs[2].stdout)] * 3
    assert any((tmp_path / "cache").iterdir())


def test_a_bad_pattern_raises_re_error_as_usual_under_the_cache(tmp_path):
    code = (
        "import re\nfrom checker import recache\nassert recache.install()\n"
        "try:\n    re.compile('(unclosed')\nexcept re.error as exc:\n    print('re.error', exc.pos)\n"
    )
    env = {**os.environ, "FACTLINT_CACHE_DIR": str(tmp_path)}
    env.pop("FACTLINT_NO_CACHE", None)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert run.stdout.strip() == "re.error 0", run.stderr
