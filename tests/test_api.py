"""The Python API (checker/api.py): check_text and check_paths, as a program calls them."""
from __future__ import annotations

import pickle
import subprocess
import sys
from datetime import date

import pytest

import checker
from checker import check_paths, check_text
from checker.config import Config, ConfigError
from checker.engine import FileResult
from checker.findings import Finding, Severity

EN_UNCLOSED = 'The mayor said "the bridge will reopen in May.\n'
AR_UNCLOSED = "قال رئيس البلدية «سيُعاد فتح الجسر في مايو.\n"
EN_CLEAN = 'The mayor said "the bridge will reopen in May."\n'
AR_CLEAN = "قال رئيس البلدية «سيُعاد فتح الجسر في مايو».\n"


def test_check_text_returns_the_findings_of_an_english_text():
    findings = check_text(EN_UNCLOSED, lang="en")
    assert [(f.rule, f.text) for f in findings] == [("quote-balance", '"')]
    assert isinstance(findings[0], Finding)
    assert (findings[0].line, findings[0].column) == (1, 16)
    assert "never closed" in findings[0].message


def test_check_text_returns_the_findings_of_an_arabic_text():
    findings = check_text(AR_UNCLOSED, lang="ar")
    assert [(f.rule, f.text) for f in findings] == [("quote-balance", "«")]
    assert "»" in findings[0].message


def test_clean_texts_give_no_finding_in_either_language():
    assert check_text(EN_CLEAN, lang="en") == []
    assert check_text(AR_CLEAN) == []  # language detected


def test_date_may_be_a_date_or_an_iso_string_and_a_bad_one_is_a_clear_error():
    assert check_text(EN_CLEAN, date="2024-05-02") == check_text(EN_CLEAN, date=date(2024, 5, 2))
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        check_text(EN_CLEAN, date="2 May")


def test_config_as_a_mapping_uses_the_keys_of_factlint_toml():
    info = check_text(EN_UNCLOSED, config={"rules": {"quote-balance": {"severity": "info"}}})
    assert [(f.rule, f.severity) for f in info] == [("quote-balance", Severity.INFO)]
    assert check_text(EN_UNCLOSED, config={"ignore": ["quote-"]}) == []
    with pytest.raises(ConfigError, match="fail-on"):
        check_text(EN_CLEAN, config={"fail-on": "sometimes"})


def test_config_as_a_file_path_or_a_config(tmp_path):
    toml = tmp_path / "factlint.toml"
    toml.write_text('select = ["bracket-balance"]\n', encoding="utf-8")
    assert check_text(EN_UNCLOSED, config=toml) == []
    assert check_text(EN_UNCLOSED, config=str(toml)) == []
    assert [f.rule for f in check_text(EN_UNCLOSED, config=Config(select=("quote-balance",)))] == ["quote-balance"]


def test_calls_share_no_state():
    """A configuration given to one call does not leak into the next."""
    assert check_text(EN_UNCLOSED, config={"ignore": ["quote-balance"]}) == []
    assert [f.rule for f in check_text(EN_UNCLOSED)] == ["quote-balance"]


def test_check_paths_streams_one_result_per_file_in_sorted_order(tmp_path):
    (tmp_path / "b.txt").write_text(EN_CLEAN, encoding="utf-8")
    (tmp_path / "a.txt").write_text(EN_UNCLOSED, encoding="utf-8")
    (tmp_path / "c.md").write_text(AR_UNCLOSED, encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"")
    results = check_paths(tmp_path)
    assert not isinstance(results, list)  # an iterator: results are streamed
    results = list(results)
    assert all(isinstance(r, FileResult) for r in results)
    assert [r.path.rsplit("/", 1)[-1] for r in results] == ["a.txt", "b.txt", "c.md", "d.txt"]
    assert [[f.rule for f in r.findings] for r in results[:3]] == [["quote-balance"], [], ["quote-balance"]]
    assert [r.language for r in results[:3]] == ["en", "en", "ar"]
    assert results[3].error == "empty file"  # a file that cannot be checked is a result, not an exception


def test_check_paths_with_jobs_gives_the_same_results(tmp_path):
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(EN_UNCLOSED if i % 2 else AR_CLEAN, encoding="utf-8")
    assert list(check_paths([str(tmp_path)], jobs=2)) == list(check_paths([str(tmp_path)], jobs=1))


def test_check_paths_finds_the_nearest_factlint_toml_unless_a_config_is_given(tmp_path):
    (tmp_path / "factlint.toml").write_text('ignore = ["quote-balance"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(EN_UNCLOSED, encoding="utf-8")
    assert [r.findings for r in check_paths(tmp_path / "a.txt")] == [[]]
    explicit = list(check_paths(tmp_path / "a.txt", config={}))
    assert [f.rule for f in explicit[0].findings] == ["quote-balance"]


def test_inputs_and_outputs_pickle(tmp_path):
    (tmp_path / "a.txt").write_text(AR_UNCLOSED, encoding="utf-8")
    findings = check_text(EN_UNCLOSED)
    results = list(check_paths(tmp_path))
    assert pickle.loads(pickle.dumps(findings)) == findings
    assert pickle.loads(pickle.dumps(results)) == results
    config = Config(select=("quote-balance",), date=date(2024, 5, 2))
    assert pickle.loads(pickle.dumps(config)) == config


def test_import_checker_stays_cheap():
    """The API is re-exported lazily: `import checker` loads neither the engine nor a rule."""
    code = "import sys, checker; print(sorted(m for m in sys.modules if m.startswith('checker')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['checker']"
    assert checker.check_text is check_text
    with pytest.raises(AttributeError):
        checker.no_such_name  # noqa: B018
