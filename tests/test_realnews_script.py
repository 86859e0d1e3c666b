"""bench/realnews.py: checks a folder of real articles and counts the findings per article and rule."""
from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "realnews.py"


@pytest.fixture(scope="module")
def realnews():
    spec = importlib.util.spec_from_file_location("realnews", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def folder(tmp_path):
    """Two short articles of our own: an English one with a quotation never closed, a clean Arabic one."""
    (tmp_path / "en").mkdir()
    (tmp_path / "ar").mkdir()
    (tmp_path / "en" / "council.txt").write_text(
        "Council approves new bridge\nThe mayor said \"the work starts in spring.\nThe budget is 4 million pounds.\n", encoding="utf-8"
    )
    (tmp_path / "ar" / "weather.txt").write_text(
        "أمطار غزيرة على الساحل\nقالت الأرصاد الجوية إن الأمطار ستستمر حتى نهاية الأسبوع.\n", encoding="utf-8"
    )
    with open(tmp_path / "index.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"file": "en/council.txt", "lang": "en", "url": None, "published": "2024-03-05"}) + "\n")
        fh.write(json.dumps({"file": "ar/weather.txt", "lang": "ar", "url": None, "published": None}) + "\n")
    return tmp_path


def test_counts_findings_per_article_and_rule(realnews, folder):
    result = realnews.run(folder)
    by_file = {a["file"]: a for a in result["articles"]}
    assert [f["rule"] for f in by_file["en/council.txt"]["findings"]] == ["quote-balance"]
    assert by_file["en/council.txt"]["findings"][0]["text"] == '"'
    assert by_file["ar/weather.txt"]["findings"] == []
    assert by_file["ar/weather.txt"]["lang"] == "ar"
    assert result["per_rule"] == {"quote-balance": 1}
    assert result["total"] == 1


def test_report_shows_rate_and_every_finding(realnews, folder):
    out = io.StringIO()
    realnews.report(realnews.run(folder), show=True, out=out)
    text = out.getvalue()
    assert text.startswith("2 articles (ar 1, en 1); 1 findings = 0.50 per article; 1 articles with findings")
    assert "quote-balance" in text
    assert 'en/council.txt:2:16 quote-balance """ ' in text  # file:line:col rule "span" message


def test_without_index_every_txt_is_checked(realnews, folder):
    (folder / "index.jsonl").unlink()
    result = realnews.run(folder)
    assert sorted(a["file"] for a in result["articles"]) == ["ar/weather.txt", "en/council.txt"]
    assert {a["file"]: a["lang"] for a in result["articles"]} == {"ar/weather.txt": "ar", "en/council.txt": "en"}


def test_only_selected_rules(realnews, folder):
    result = realnews.run(folder, rules=["bracket-balance"])
    assert result["total"] == 0


def test_command_line_json(realnews, folder, capsys):
    assert realnews.main(["check", str(folder), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1 and len(data["articles"]) == 2


@pytest.fixture
def triage(realnews, folder, tmp_path, monkeypatch, capsys):
    """A run's findings file, and verdicts written to a file of the test's own."""
    monkeypatch.setattr(realnews, "VERDICTS", tmp_path / "verdicts.tsv")
    out = tmp_path / "findings.jsonl"
    assert realnews.main(["run", str(folder), "--out", str(out)]) == 0
    return out


def test_run_writes_every_finding_and_the_rates(realnews, triage, capsys):
    meta, rows = realnews.load_findings(triage)
    assert meta["articles"] == {"en": 1, "ar": 1}
    assert [(r["path"], r["rule"], r["text"], r["start"]) for r in rows] == [("en/council.txt", "quote-balance", '"', 43)]
    assert "quote-balance" in capsys.readouterr().out


def test_sample_shows_the_finding_in_its_paragraph(realnews, triage, capsys):
    capsys.readouterr()
    realnews.main(["sample", "--findings", str(triage), "--rule", "quote-balance"])
    out = capsys.readouterr().out
    assert 'The mayor said ⟦"⟧the work starts in spring.' in out
    assert "KEY en/council.txt 43 44 quote-balance" in out


def test_verdicts_give_precision_and_audited_findings_leave_the_sample(realnews, triage, folder, capsys):
    realnews.main(["verdict", "en/council.txt", "43", "44", "quote-balance", "REAL", "quotation", "never", "closed", "--corpus", str(folder)])
    verdicts = realnews.load_verdicts()
    row = verdicts[("en/council.txt", "quote-balance", 43, 44)]
    assert (row["verdict"], row["text"], row["reason"]) == ("REAL", '"', "quotation never closed")
    capsys.readouterr()
    realnews.main(["precision", "--findings", str(triage)])
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("quote-balance"))
    assert line.split()[-1] == "1.00" and line.split()[5] == "1"  # audited 1, precision 1.00
    realnews.main(["sample", "--findings", str(triage), "--rule", "quote-balance"])
    assert capsys.readouterr().out.startswith("0 of 0 unaudited findings")


def test_a_wrong_verdict_class_is_refused(realnews, triage):
    with pytest.raises(SystemExit, match="not one of REAL, ARTIFACT, FALSE, UNSURE"):
        realnews.main(["verdict", "en/council.txt", "43", "44", "quote-balance", "WRONG", "why"])


def test_replay_counts_false_rows_gone_and_real_rows_kept(realnews, triage, tmp_path, capsys):
    audit = tmp_path / "audit.jsonl"
    rows = [
        {"path": "en/council.txt", "rule": "quote-balance", "start": 43, "end": 44, "class": "REAL"},
        {"path": "ar/weather.txt", "rule": "quote-balance", "start": 5, "end": 6, "class": "FALSE"},
    ]
    audit.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    _, found = realnews.load_findings(triage)
    result = realnews.replay(found, audit)
    assert result["total"]["real_kept"] == 1 and result["total"]["false_gone"] == 1


def test_compare_gives_rate_and_precision_before_and_after(realnews, triage, folder, capsys):
    realnews.main(["verdict", "en/council.txt", "43", "44", "quote-balance", "REAL", "never closed", "--corpus", str(folder)])
    capsys.readouterr()
    realnews.compare(triage, triage, markdown=True)
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("| quote-balance"))
    # before counts the first audit's verdicts only; after, every verdict
    assert row == "| quote-balance | en | default | 1000.0 | - | 1000.0 | 1.00 (1/1) |"
