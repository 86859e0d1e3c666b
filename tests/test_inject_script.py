"""bench/inject.py: plants one fault per case in articles and counts the cases the target rule finds.

The articles here are a few sentences of our own (no corpus text), in a temporary corpus folder
with a manifest like the real-news corpus."""
from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"

EN = (
    "Council opens new bridge\n"
    "The council said on Tuesday, 5 March 2024, that the new bridge would open in May.\n"
    "\"We are proud of this work,\" the mayor said, adding that the bridge (the third in the town) cost four million pounds.\n"
    "Ministers from France and Germany visited the site, and the engineers thanked the people of the town for their patience.\n"
    "The mayor, Anna Brooks, said the council would publish its report in the spring. Brooks said the town had waited for years.\n"
)
AR = (
    "افتتاح جسر جديد\n"
    "أعلنت البلدية يوم الثلاثاء 5 مارس 2024 أن الجسر الجديد سيفتتح في شهر مايو.\n"
    "وقال رئيس البلدية: «نحن فخورون بهذا العمل»، مضيفا أن الجسر (الثالث في المدينة) كلف أربعة ملايين دينار.\n"
    "وزار الموقع وزراء من مصر والأردن، وشكر المهندسون سكان المدينة على صبرهم الطويل.\n"
    "وأكد المسؤول أن التقرير سيصدر قريبا، وأن المشروع سيكتمل خلال العام المقبل.\n"
)
# an article that already has an unclosed bracket: never a bracket-balance case
EN_DIRTY = (
    "Port reopens\n"
    "The port (closed since the storm reopened on Monday, officials said.\n"
    "The harbour master said the cranes had been checked one by one over the weekend, that the pilots were back at work "
    "and that the first ferries would sail at dawn, weather permitting, with the usual timetable restored within a week.\n"
    "Ships waited (some for days) outside the harbour, and the crews were tired.\n"
)


@pytest.fixture(scope="module")
def inject():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("inject", BENCH / "inject.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["inject"] = module  # the pool's workers find its functions by module name
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "ar").mkdir()
    (tmp_path / "en" / "bridge.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "ar" / "bridge.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "en" / "port.txt").write_text(EN_DIRTY, encoding="utf-8")
    rows = ["file\tlang\tdataset\toutlet\tcategory\tpublished", "en/bridge.txt\ten\tt\tt\tt\t2024-03-06",
            "ar/bridge.txt\tar\tt\tt\tt\t2024-03-06", "en/port.txt\ten\tt\tt\tt\t"]
    (tmp_path / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


ROBUST = ["quote-balance", "bracket-balance", "punctuation-repeat", "date-weekday"]


def _cases(result, rule, lang):
    return [c for c in result["cases"] if c["rule"] == rule and c["lang"] == lang]


def test_plants_one_fault_per_rule_and_language_and_the_rules_find_them(inject, corpus):
    result = inject.run(corpus, rules=ROBUST + ["repeated-word", "count-mismatch", "hijri-gregorian"], seed=1)
    for rule in ROBUST:
        for lang in ("en", "ar"):
            cases = [c for c in _cases(result, rule, lang) if c["file"].endswith("bridge.txt")]
            assert len(cases) == 1, (rule, lang)
            assert cases[0]["caught"], cases[0]
            assert "⟦" in cases[0]["context"]
    row = result["summary"]["quote-balance/all"]
    assert row["cases"] == 2 and row["caught"] == 2 and row["recall"] == 1.0


def test_the_planted_text_carries_the_fault(inject, corpus):
    result = inject.run(corpus, rules=["punctuation-repeat", "repeated-word", "quote-balance", "count-mismatch", "hijri-gregorian"], seed=3)
    rep = _cases(result, "punctuation-repeat", "ar")[0]
    assert rep["planted"] in ("،،", "، ،", ". .")
    word = _cases(result, "repeated-word", "en")[0]["planted"].split()
    assert len(word) == 2 and word[0] == word[1]
    quote = _cases(result, "quote-balance", "ar")[0]
    assert quote["planted"] in "«»" and quote["form"].startswith("guillemets-")
    # too few real lists: a constructed sentence with a wrong count and places of the article
    count = _cases(result, "count-mismatch", "en")[0]
    assert count["form"].startswith("constructed-") and ("France" in count["context"] and "Germany" in count["context"])
    hijri = _cases(result, "hijri-gregorian", "ar")[0]
    assert "هـ" in hijri["planted"] and hijri["form"].startswith("inserted-")


def test_an_article_with_a_finding_of_the_rule_gets_no_case_of_it(inject, corpus):
    result = inject.run(corpus, rules=["bracket-balance"], seed=0)
    assert not [c for c in result["cases"] if c["file"] == "en/port.txt"]
    dirty = inject.run(corpus, rules=["bracket-balance"], seed=0, dirty=True)
    port = [c for c in dirty["cases"] if c["file"] == "en/port.txt"]
    # the only free site is the closed bracket of the second paragraph, away from the open one
    assert len(port) == 1 and "some for days outside" in port[0]["context"]


def test_same_seed_same_cases_and_json_output(inject, corpus, monkeypatch):
    a = inject.run(corpus, rules=["repeated-word", "punctuation-repeat"], seed=7)
    b = inject.run(corpus, rules=["repeated-word", "punctuation-repeat"], seed=7)
    assert a["cases"] == b["cases"]
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    assert inject.main([str(corpus), "--rule", "bracket-balance", "--json"]) == 0
    data = json.loads(out.getvalue())
    assert data["summary"]["bracket-balance/en"]["cases"] == 1


def test_report_prints_recall_per_rule_and_missed_cases(inject, corpus):
    result = inject.run(corpus, rules=["bracket-balance", "punctuation-script"], seed=0)
    result["cases"][0]["caught"] = False  # show one as missed
    out = io.StringIO()
    inject.report(result, show_missed=1, forms=True, out=out)
    text = out.getvalue()
    assert "bracket-balance" in text and "recall" in text and "missed cases" in text


def test_positions_map_back_to_the_original(inject):
    from inject_base import plant

    p = plant("repeated-word", "x", "one two three", 4, 7, "two two")
    assert p.text == "one two two three" and (p.start, p.end) == (4, 11)
    assert p.back(0) == 0 and p.back(12) == 8 and p.back(5) is None and p.back(4, True) == 4


def test_a_process_pool_gives_the_same_cases(inject, corpus):
    one = inject.run(corpus, rules=["punctuation-repeat", "quote-balance"], seed=2)
    two = inject.run(corpus, rules=["punctuation-repeat", "quote-balance"], seed=2, jobs=2)
    assert one["cases"] == two["cases"]
