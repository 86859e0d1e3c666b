"""The README is part of the product: its rule table is generated from the rule classes."""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from gen_readme import END, START, updated  # noqa: E402

sys.path.pop(0)


def test_rule_table_is_current():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert START in readme and END in readme
    assert readme == updated(readme), "the README's rule table is out of date: run python scripts/gen_readme.py"


def test_readme_has_one_run_command_and_one_test_command_and_ci_uses_it():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    run = re.findall(r"^pip install [^\n]*&& check [^\n]+$", readme, re.M)
    test = re.findall(r"^pip install [^\n]*&& pytest[^\n]*$", readme, re.M)
    assert len(run) == 1 and len(test) == 1, (run, test)
    assert test[0] in (ROOT / ".ci" / "run").read_text()
    sample = run[0].split("&& check ", 1)[1].split()[0]
    assert (ROOT / sample).exists()
