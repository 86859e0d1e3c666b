"""Configuration: discovery, precedence, per-rule settings, per-file ignores, clear errors."""
from __future__ import annotations

import json

from clitools import cli

ARTICLE = "The talks resumed on Monday. . The minister said the the plan was ready.\n"


def _rules(result) -> list[str]:
    return [f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]]


def test_nearest_config_wins_and_the_command_line_overrides_it(tmp_path):
    (tmp_path / "factlint.toml").write_text('ignore = ["repeated-word"]\n')
    inner = tmp_path / "desk"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[tool.factlint]\nignore = ["punctuation-repeat"]\n')
    outer_article = tmp_path / "a.txt"
    inner_article = inner / "b.txt"
    outer_article.write_text(ARTICLE)
    inner_article.write_text(ARTICLE)
    assert "repeated-word" not in _rules(cli(str(outer_article), "--format", "json"))
    inner_rules = _rules(cli(str(inner_article), "--format", "json"))
    assert "punctuation-repeat" not in inner_rules and "repeated-word" in inner_rules
    overridden = _rules(cli(str(outer_article), "--format", "json", "--ignore", "quote-balance"))
    assert "repeated-word" in overridden


def test_per_rule_severity_and_per_file_ignores(tmp_path):
    (tmp_path / ".factlint.toml").write_text(
        '[rules.punctuation-repeat]\nseverity = "info"\n\n[per-file-ignores]\n"archive/*" = ["repeated-word"]\n'
    )
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.txt").write_text(ARTICLE)
    (tmp_path / "new.txt").write_text(ARTICLE)
    report = json.loads(cli(str(tmp_path), "--format", "json").stdout)
    by_path = {f["path"].rsplit("/", 2)[-2] + "/" + f["path"].rsplit("/", 1)[-1]: f["findings"] for f in report["files"]}
    old = next(v for k, v in by_path.items() if k.endswith("old.txt"))
    new = next(v for k, v in by_path.items() if k.endswith("new.txt"))
    assert "repeated-word" not in [f["rule"] for f in old]
    assert "repeated-word" in [f["rule"] for f in new]
    assert {f["severity"] for f in new if f["rule"] == "punctuation-repeat"} == {"info"}


def test_an_invalid_config_is_one_clear_error_naming_file_and_key(tmp_path):
    (tmp_path / "factlint.toml").write_text('fail-on = "sometimes"\n')
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = cli(str(tmp_path / "a.txt"))
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert "factlint.toml" in stderr and "fail-on" in stderr and "Traceback" not in stderr
    (tmp_path / "factlint.toml").write_text('colour = "red"\n')
    stderr = cli(str(tmp_path / "a.txt")).stderr.decode()
    assert "'colour'" in stderr and "unknown key" in stderr


def test_explicit_config_file_and_fail_on_from_config(tmp_path):
    config = tmp_path / "house.toml"
    config.write_text('fail-on = "error"\nselect = ["punctuation-repeat"]\n')
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = cli(str(tmp_path / "a.txt"), "--config", str(config), "--format", "json")
    assert _rules(result) == ["punctuation-repeat"]
    assert result.returncode == 0


def test_a_valid_file_is_read_into_its_values():
    import datetime

    from checker import config as cfg

    data = {
        "select": ["date-"], "ignore": ["digit-script"], "fail-on": "error", "lang": "ar",
        "date": datetime.date(2023, 11, 5), "exclude": ["drafts/*"], "facts": ["facts.toml"],
        "rules": {"punctuation-script": {"severity": "info"}}, "per-file-ignores": {"old/*": ["date-"]},
        "spelling": {"families": [["ceasefire", "cease-fire"]]}, "preview": True, "max-file-size": "2MB", "max-findings": 5,
    }
    config = cfg.parse_config(data, "factlint.toml")
    assert (config.fail_on, config.date, config.select, config.ignore, config.lang) == ("error", datetime.date(2023, 11, 5), ("date-",), ("digit-script",), "ar")
    assert config.rules == {"punctuation-script": {"severity": "info"}}
    assert config.spelling == {"families": [["ceasefire", "cease-fire"]]}
    assert config.per_file_ignores == {"old/*": ("date-",)}
    assert (config.preview, config.max_file_size, config.max_findings) == (True, 2_000_000, 5)


BAD = """select = ["nosuch-", "date-weekdy"]
lang = "klingon"
fail-on = "sometimes"

[rules.quote-balanse]
severity = "info"

[rules.quote-balance]
severity = "fatal"

[per-file-ignores]
"archive/*" = ["dates-"]
"""


def test_every_problem_of_a_config_is_listed_at_once_with_line_key_and_a_plain_reason(tmp_path):
    (tmp_path / "factlint.toml").write_text(BAD)
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = cli("a.txt", cwd=str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "factlint: error: factlint.toml:1: invalid configuration: key 'select': unknown rule or family 'nosuch-' (see check --list-rules)",
        "factlint: error: factlint.toml:1: invalid configuration: key 'select': unknown rule or family 'date-weekdy' (did you mean 'date-weekday'?)",
        "factlint: error: factlint.toml:2: invalid configuration: key 'lang': 'klingon' is not an ISO 639-1 language code (two letters, such as 'en' or 'ar'; or 'auto')",
        "factlint: error: factlint.toml:3: invalid configuration: key 'fail-on': 'sometimes' is not one of error, warning, info, never",
        "factlint: error: factlint.toml:5: invalid configuration: key 'rules.quote-balanse': unknown rule 'quote-balanse' (did you mean 'quote-balance'?)",
        "factlint: error: factlint.toml:9: invalid configuration: key 'rules.quote-balance.severity': 'fatal' is not one of error, warning, info",
        "factlint: error: factlint.toml:12: invalid configuration: key 'per-file-ignores.archive/*': unknown rule or family 'dates-' (did you mean 'date-'?)",
        "a.txt: error: not checked: its configuration factlint.toml is invalid",
    ]
    assert result.stdout == b""


def test_a_typo_in_select_no_longer_turns_the_gate_off(tmp_path):
    (tmp_path / "factlint.toml").write_text('select = ["nosuch-"]\n')
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = cli("a.txt", "--format", "text", cwd=str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.decode().splitlines()[0] == "factlint: error: factlint.toml:1: invalid configuration: key 'select': unknown rule or family 'nosuch-' (see check --list-rules)"


def test_a_multi_line_array_names_the_line_of_the_bad_item_and_pyproject_keys_their_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.factlint]\nignore = [\n  "repeated-word",\n  "repeated-wrd",\n]\n')
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = cli("a.txt", cwd=str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.decode().splitlines()[0] == (
        "factlint: error: pyproject.toml:7: invalid configuration: key 'ignore': unknown rule or family 'repeated-wrd' (did you mean 'repeated-word'?)"
    )


def test_a_bad_config_fails_only_the_files_it_governs(tmp_path):
    bad = tmp_path / "desk"
    bad.mkdir()
    (bad / "factlint.toml").write_text('lang = "klingon"\n')
    (bad / "b.txt").write_text(ARTICLE)
    (bad / "c.txt").write_text(ARTICLE)
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = cli(".", "--format", "text", cwd=str(tmp_path))
    assert result.returncode == 2
    stderr = result.stderr.decode().splitlines()
    assert stderr == [
        "factlint: error: desk/factlint.toml:1: invalid configuration: key 'lang': 'klingon' is not an ISO 639-1 language code (two letters, such as 'en' or 'ar'; or 'auto')",
        "desk/b.txt: error: not checked: its configuration desk/factlint.toml is invalid",
        "desk/c.txt: error: not checked: its configuration desk/factlint.toml is invalid",
    ]
    out = result.stdout.decode()
    assert "a.txt:1:" in out and "repeated-word" in out and "desk/" not in out


def test_an_explicit_config_lists_every_problem_and_stops(tmp_path):
    config = tmp_path / "house.toml"
    config.write_text('select = ["quote-balance"]\nmax-findings = -1\n[rules.punctuation-repeat]\nseverity = "info"\nwidth = 3\n')
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = cli("a.txt", "--config", "house.toml", cwd=str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "factlint: error: house.toml:2: invalid configuration: key 'max-findings': must be a whole number, 0 or more (0: no cap), not -1",
        "factlint: error: house.toml:5: invalid configuration: key 'rules.punctuation-repeat.width': unknown option of punctuation-repeat (it takes 'emphasis')",
    ]


def test_an_unknown_key_says_which_it_probably_is(tmp_path):
    (tmp_path / "factlint.toml").write_text('fail_on = "error"\n')
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = cli("a.txt", cwd=str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.decode().splitlines()[0] == "factlint: error: factlint.toml:1: invalid configuration: key 'fail_on': unknown key (did you mean 'fail-on'?)"


def test_lang_must_be_an_iso_639_1_code_on_the_command_line_too():
    from checker.config import plausible_lang

    assert all(plausible_lang(v) for v in ("auto", "en", "ar", "en-GB", "zh-Hant"))
    assert not any(plausible_lang(v) for v in ("klingon", "xx", "eng", "e", "", "en-"))
    result = cli("-", "--lang", "klingon", stdin=b"Text.\n")
    assert (result.returncode, result.stderr.decode()) == (2, "factlint: error: --lang 'klingon' is not an ISO 639-1 language code (two letters, such as 'en' or 'ar'; or 'auto')\n")
